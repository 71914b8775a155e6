// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "theme.h"

#include <QColor>
#include <QPalette>

namespace views {

/**
 * Colours for address fields and walk levels: the Okabe–Ito palette, which stays
 * distinguishable under the common forms of colour blindness (Okabe & Ito, 2008).
 */
QColor fieldColor(int index);
/** Text colour that stays readable on top of `background`. */
QColor textOn(const QColor &background);

/** Meanings, each an Okabe–Ito colour, so hit and miss never rely on red against green. */
QColor hitColor();     ///< bluish green
QColor missColor();    ///< vermillion
QColor victimColor();  ///< reddish purple
QColor currentColor(const QPalette &palette); ///< the frame around the current step's item
QColor tableColor();   ///< page-table frames: blue
QColor dataColor();    ///< data frames: orange
/**
 * Lines of a chart, Okabe–Ito without the yellow (too faint on white): blue, vermillion,
 * bluish green, reddish purple, orange, sky blue, black; lightened on a dark background.
 */
QColor seriesColor(int index, bool dark = false);

} // namespace views
