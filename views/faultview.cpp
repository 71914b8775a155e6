// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultview.h"

#include "pagingformat.h"
#include "palette.h"
#include "retranslator.h"
#include "stepnarrator.h"

#include <QLabel>
#include <QStringList>
#include <QVBoxLayout>

namespace views {

FaultView::FaultView(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_details(new QLabel(this))
{
    Retranslator::follow(this, [this] { setAccessibleName(tr("Fault")); });
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_headline->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_headline);
    layout->addWidget(m_details, 1);
    clear();
}

void FaultView::clear()
{
    m_count = 0;
    m_headline->setText(tr("No fault"));
    m_headline->setStyleSheet(QString());
    m_details->setText(QString()); // not clear(): a cleared label ignores later font changes
}

QString FaultView::headline() const
{
    return m_headline->text();
}

QStringList FaultView::anchors() const
{
    QStringList names{QStringLiteral("headline")};
    if (!m_details->text().isEmpty())
        names << QStringLiteral("details");
    return names;
}

QRectF FaultView::anchorRect(QStringView element) const
{
    const QLabel *label = element == QLatin1String("headline") ? m_headline
        : element == QLatin1String("details")                  ? m_details
                                                               : nullptr;
    if (!label || label->text().isEmpty())
        return {};
    const QRect text = label->fontMetrics().boundingRect(label->contentsRect(), int(label->alignment()) | Qt::TextWordWrap,
                                                         label->text());
    return QRectF(text.translated(label->geometry().topLeft()));
}

void FaultView::setSteps(const mmu::PagingFormat &format, const std::vector<mmu::Step> &steps, int current)
{
    clear();
    const StepNarrator narrator(format, &m_machine);
    QStringList lines;
    const mmu::Step *first = nullptr;
    for (int i = 0; i <= current && i < static_cast<int>(steps.size()); ++i) {
        const mmu::Step &s = steps[static_cast<size_t>(i)];
        // The fault and, once the OS model handles it, every step of its handler.
        if (s.stage != mmu::Stage::Fault && s.stage != mmu::Stage::Handler)
            continue;
        if (!first && s.stage == mmu::Stage::Fault)
            first = &s;
        m_count += s.stage == mmu::Stage::Fault;
        lines << narrator.narrate(s);
    }
    if (!first)
        return;
    QString kind;
    const QString level = narrator.levelName(first->level);
    // Each architecture's own name for the exception.
    switch (format.style) {
    case mmu::EntryStyle::X86:
    case mmu::EntryStyle::X86Legacy:
        switch (first->fault) {
        case mmu::FaultKind::GeneralProtection:
            kind = tr("General-protection fault (#GP)");
            break;
        case mmu::FaultKind::NotPresent:
            kind = tr("Page fault (#PF): not present at %1").arg(level);
            break;
        case mmu::FaultKind::Protection:
            kind = tr("Page fault (#PF): protection at %1").arg(level);
            break;
        case mmu::FaultKind::None:
            kind = tr("Fault");
            break;
        }
        break;
    case mmu::EntryStyle::RiscV:
        kind = first->fault == mmu::FaultKind::GeneralProtection ? tr("Page fault: the upper address bits are not a sign extension")
            : first->fault == mmu::FaultKind::Protection          ? tr("Page fault: the leaf's permissions forbid it (%1)").arg(level)
                                                                  : tr("Page fault: no valid leaf (%1)").arg(level);
        break;
    case mmu::EntryStyle::AArch64:
        kind = first->fault == mmu::FaultKind::GeneralProtection ? tr("Translation fault: the address is not in TTBR0's half")
            : first->fault == mmu::FaultKind::Protection          ? tr("Permission fault at %1").arg(level)
                                                                  : tr("Translation fault at %1").arg(level);
        break;
    case mmu::EntryStyle::Ostep:
        kind = tr("Fault: the %1 entry is not valid").arg(level);
        break;
    }
    m_headline->setText(kind);
    // A style sheet, not setFont(): the label keeps following the window's zoom.
    m_headline->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(missColor().name()));
    m_details->setText(lines.join(QLatin1Char('\n')));
}

} // namespace views
