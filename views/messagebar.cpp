// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebar.h"

#include "palette.h"
#include "retranslator.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace views {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    Retranslator::follow(this, [this] {
        m_close->setToolTip(tr("Dismiss"));
        m_close->setAccessibleName(tr("Dismiss message"));
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    applyColors();
    hide();
}

void MessageBar::showError(const QString &message)
{
    const int size = fontMetrics().height();
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_text->setText(message);
    show();
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyColors();
    QFrame::changeEvent(event);
}

void MessageBar::applyColors()
{
    // A light tint of the miss colour (vermillion) over the window, text as the window's.
    QPalette p = palette();
    // The parent's window colour: ours is the tint once set.
    const QColor window = (parentWidget() ? parentWidget()->palette() : p).color(QPalette::Window);
    const QColor tint = missColor();
    const QColor mixed = QColor::fromRgbF(0.85f * window.redF() + 0.15f * tint.redF(),
                                          0.85f * window.greenF() + 0.15f * tint.greenF(),
                                          0.85f * window.blueF() + 0.15f * tint.blueF());
    if (p.color(QPalette::Window) == mixed)
        return;
    p.setColor(QPalette::Window, mixed);
    // Changing our own palette sends another PaletteChange: the check above ends it.
    setPalette(p);
}

} // namespace views
