// SPDX-License-Identifier: GPL-3.0-or-later
#include "retranslator.h"

#include <QCoreApplication>
#include <QEvent>

namespace views {

void Retranslator::follow(QObject *owner, std::function<void()> apply)
{
    apply();
    new Retranslator(owner, std::move(apply)); // owned by `owner`, so it ends with it
}

Retranslator::Retranslator(QObject *owner, std::function<void()> apply)
    : QObject(owner)
    , m_apply(std::move(apply))
{
    // The application object hears of a new translator at once, while widgets are told by
    // posted events later: watching it also reaches owners that are no widgets (actions,
    // controllers), and the texts are right before the next paint.
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

bool Retranslator::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance())
        m_apply();
    return false;
}

} // namespace views
