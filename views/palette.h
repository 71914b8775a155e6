// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace views {

/**
 * Colours for address fields and walk levels: the Okabe–Ito palette, which stays
 * distinguishable under the common forms of colour blindness (Okabe & Ito, 2008).
 */
QColor fieldColor(int index);
/** Text colour that stays readable on top of `background`. */
QColor textOn(const QColor &background);

} // namespace views
