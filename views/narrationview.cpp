// SPDX-License-Identifier: GPL-3.0-or-later
#include "narrationview.h"

#include "retranslator.h"

#include <QEvent>
#include <QVBoxLayout>
#include <QLabel>

namespace views {

NarrationView::NarrationView(QWidget *parent)
    : QWidget(parent)
    , m_position(new QLabel(this))
    , m_sentence(new QLabel(this))
{
    m_sentence->setWordWrap(true);
    m_sentence->setTextFormat(Qt::PlainText);
    m_position->setTextFormat(Qt::PlainText);
    Retranslator::follow(this, [this] {
        setAccessibleName(tr("Narration"));
        m_sentence->setAccessibleName(tr("Current step"));
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 4, 10, 6);
    layout->setSpacing(2);
    layout->addWidget(m_position);
    layout->addWidget(m_sentence, 1);
    applyFonts();
    clear();
}

void NarrationView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        applyFonts();
    QWidget::changeEvent(event);
}

void NarrationView::applyFonts()
{
    // The sentence is the largest text on screen; it follows the window's zoom.
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 1.3);
    big.setBold(true);
    m_sentence->setFont(big);
    m_sentence->setMinimumHeight(2 * QFontMetrics(big).height() + 4);
}

void NarrationView::clear()
{
    m_position->setText(QString()); // not clear(): a cleared label ignores later font changes
    m_sentence->setText(tr("Type a virtual address and press Return; then step with → and ←."));
}

void NarrationView::setSentence(const QString &sentence, int translation, int translations, const QString &access,
                                int step, int steps)
{
    m_position->setText(tr("Translation %L1/%L2 (%3) · step %L4/%L5")
                            .arg(translation)
                            .arg(translations)
                            .arg(access)
                            .arg(step)
                            .arg(steps));
    m_sentence->setText(sentence);
}

QString NarrationView::sentence() const
{
    return m_sentence->text();
}

QString NarrationView::position() const
{
    return m_position->text();
}

QStringList NarrationView::anchors() const
{
    return {QStringLiteral("position"), QStringLiteral("sentence")};
}

QRectF NarrationView::anchorRect(QStringView element) const
{
    const QLabel *label = element == QLatin1String("sentence") ? m_sentence
        : element == QLatin1String("position")                 ? m_position
                                                               : nullptr;
    if (!label || label->text().isEmpty())
        return {};
    const QRect text = label->fontMetrics().boundingRect(label->contentsRect(), int(label->alignment()) | Qt::TextWordWrap,
                                                         label->text());
    return QRectF(text.translated(label->geometry().topLeft()));
}

} // namespace views
