// SPDX-License-Identifier: GPL-3.0-or-later
#include "steplistview.h"

#include "retranslator.h"
#include "stepnarrator.h"

#include <QHeaderView>

namespace views {

StepListView::StepListView(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(2);
    setRootIsDecorated(false);
    setWordWrap(true);
    setUniformRowHeights(false);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
    Retranslator::follow(this, [this] {
        setHeaderLabels({tr("Cycles"), tr("Step")});
        setAccessibleName(tr("Translation steps"));
    });
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const int row = indexOfTopLevelItem(item);
        if (row >= 0 && row + 1 < topLevelItemCount()) // the last row is the summary
            emit stepActivated(row);
    });
}

void StepListView::setCurrentStep(int step)
{
    const QSignalBlocker block(this);
    if (QTreeWidgetItem *item = topLevelItem(step)) {
        setCurrentItem(item);
        scrollToItem(item);
    }
}

void StepListView::setTranslation(const mmu::PagingFormat &format, const mmu::Translation &t,
                                  const std::vector<mmu::Step> &steps, const mmu::MachineConfig *machine)
{
    clear();
    const StepNarrator narrator(format, machine);
    for (size_t i = 0; i < steps.size(); ++i) {
        auto *item = new QTreeWidgetItem(this);
        item->setText(0, QString::number(steps[i].cycles));
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(1, narrator.narrate(steps, i));
    }
    auto *total = new QTreeWidgetItem(this);
    total->setText(0, QString::number(t.cycles));
    total->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
    total->setText(1, narrator.summarize(t));
    QFont bold = font();
    bold.setBold(true);
    total->setFont(0, bold);
    total->setFont(1, bold);
}

QStringList StepListView::anchors() const
{
    QStringList names;
    for (const QString &name : {QStringLiteral("current"), QStringLiteral("total")})
        if (!anchorRect(name).isEmpty())
            names << name;
    return names;
}

QRectF StepListView::anchorRect(QStringView element) const
{
    QTreeWidgetItem *item = element == QLatin1String("current") ? currentItem()
        : element == QLatin1String("total")                     ? topLevelItem(topLevelItemCount() - 1)
                                                                : nullptr;
    if (!item)
        return {};
    const QRect r = visualItemRect(item);
    return QRectF(r.intersected(viewport()->rect()));
}

QString StepListView::sentence(int row) const
{
    const QTreeWidgetItem *item = topLevelItem(row);
    return item ? item->text(1) : QString();
}

} // namespace views
