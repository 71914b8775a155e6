// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPalette>
#include <QString>
#include <QStringView>

#include <optional>

namespace views {

/**
 * The colour themes every panel is drawn in. Panels take their colours from the palette the
 * window sets (themePalette()); data colours stay the Okabe–Ito palette in every theme.
 * HighContrast is the projector theme: pure black on white, darker rules and borders.
 */
enum class Theme { Light, Dark, HighContrast };

/** Every theme, in menu order. */
QList<Theme> allThemes();
/** The name settings, lesson files and the command line use: "light", "dark", "high-contrast". */
QString themeName(Theme theme);
/**
 * The theme of a name, case-insensitive: "light", "dark", "high-contrast" (also
 * "highcontrast", "contrast") and "presentation", which is the high-contrast theme.
 */
std::optional<Theme> themeFromName(QStringView name);

/** The window palette of a theme; the highlight (the current step's frame) is Okabe–Ito blue. */
QPalette themePalette(Theme theme);
/** True when text is light on a dark window (panels lighten meaning colours used as text). */
bool isDark(const QPalette &palette);

/** Body text in presentation mode, in logical pixels: legible from the back of a hall at 1080p. */
inline constexpr double PresentationPixelSize = 24.0;
/** The point size giving at least PresentationPixelSize at `logicalDpi` dots per inch. */
double presentationPointSize(double logicalDpi);

} // namespace views
