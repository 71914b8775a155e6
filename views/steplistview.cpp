// SPDX-License-Identifier: GPL-3.0-or-later
#include "steplistview.h"

#include "stepnarrator.h"

#include <QHeaderView>

namespace views {

StepListView::StepListView(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("Cycles"), tr("Step")});
    setRootIsDecorated(false);
    setWordWrap(true);
    setUniformRowHeights(false);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
    setAccessibleName(tr("Translation steps"));
}

void StepListView::setTranslation(const mmu::PagingFormat &format, const mmu::Translation &t,
                                  const std::vector<mmu::Step> &steps)
{
    clear();
    const StepNarrator narrator(format);
    for (const mmu::Step &s : steps) {
        auto *item = new QTreeWidgetItem(this);
        item->setText(0, QString::number(s.cycles));
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(1, narrator.narrate(s));
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

QString StepListView::sentence(int row) const
{
    const QTreeWidgetItem *item = topLevelItem(row);
    return item ? item->text(1) : QString();
}

} // namespace views
