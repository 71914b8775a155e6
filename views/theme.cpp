// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include "palette.h"

#include <cmath>

namespace views {

namespace {

struct Colors {
    QColor window, windowText, base, alternateBase, button, mid, dark, light, midlight, highlight, disabled;
};

Colors colorsOf(Theme theme)
{
    switch (theme) {
    case Theme::Dark:
        return {{0x1e, 0x1f, 0x22}, {0xf2, 0xf2, 0xf2}, {0x12, 0x13, 0x15}, {0x26, 0x28, 0x2c}, {0x34, 0x36, 0x3a},
                {0x5a, 0x5c, 0x60}, {0x0a, 0x0a, 0x0a}, {0x48, 0x4a, 0x4e}, {0x3c, 0x3e, 0x42}, {0x56, 0xB4, 0xE9},
                {0x5a, 0x5c, 0x60}};
    case Theme::HighContrast:
        // Projectors wash out light greys and thin lines: pure white, pure black, and rules in a
        // grey that still has 8:1 contrast on white (WCAG AAA asks 7:1).
        return {{0xff, 0xff, 0xff}, {0x00, 0x00, 0x00}, {0xff, 0xff, 0xff}, {0xea, 0xea, 0xea}, {0xe0, 0xe0, 0xe0},
                {0x4d, 0x4d, 0x4d}, {0x00, 0x00, 0x00}, {0xff, 0xff, 0xff}, {0xb0, 0xb0, 0xb0}, {0x00, 0x72, 0xB2},
                {0x4d, 0x4d, 0x4d}};
    case Theme::Light:
        break;
    }
    return {{0xf6, 0xf6, 0xf4}, {0x10, 0x10, 0x10}, {0xff, 0xff, 0xff}, {0xee, 0xee, 0xea}, {0xe4, 0xe4, 0xe0},
            {0xa8, 0xa8, 0xa4}, {0x70, 0x70, 0x6c}, {0xff, 0xff, 0xff}, {0xd8, 0xd8, 0xd4}, {0x00, 0x72, 0xB2},
            {0xa8, 0xa8, 0xa4}};
}

} // namespace

QList<Theme> allThemes()
{
    return {Theme::Light, Theme::Dark, Theme::HighContrast};
}

QString themeName(Theme theme)
{
    switch (theme) {
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::HighContrast:
        return QStringLiteral("high-contrast");
    case Theme::Light:
        break;
    }
    return QStringLiteral("light");
}

std::optional<Theme> themeFromName(QStringView name)
{
    const QString n = name.trimmed().toString().toLower();
    if (n == QLatin1String("light"))
        return Theme::Light;
    if (n == QLatin1String("dark"))
        return Theme::Dark;
    if (n == QLatin1String("high-contrast") || n == QLatin1String("highcontrast") || n == QLatin1String("contrast")
        || n == QLatin1String("presentation"))
        return Theme::HighContrast;
    return std::nullopt;
}

QPalette themePalette(Theme theme)
{
    const Colors c = colorsOf(theme);
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.windowText);
    p.setColor(QPalette::Base, c.base);
    p.setColor(QPalette::AlternateBase, c.alternateBase);
    p.setColor(QPalette::Text, c.windowText);
    p.setColor(QPalette::Button, c.button);
    p.setColor(QPalette::ButtonText, c.windowText);
    p.setColor(QPalette::Mid, c.mid);
    p.setColor(QPalette::Dark, c.dark);
    p.setColor(QPalette::Light, c.light);
    p.setColor(QPalette::Midlight, c.midlight);
    p.setColor(QPalette::Shadow, QColor(Qt::black));
    p.setColor(QPalette::Highlight, c.highlight);
    p.setColor(QPalette::HighlightedText, textOn(c.highlight));
    p.setColor(QPalette::ToolTipBase, c.base);
    p.setColor(QPalette::ToolTipText, c.windowText);
    p.setColor(QPalette::PlaceholderText, c.mid);
    p.setColor(QPalette::Link, c.highlight);
    p.setColor(QPalette::BrightText, theme == Theme::Dark ? QColor(Qt::white) : QColor(Qt::black));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, c.disabled);
    return p;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

double presentationPointSize(double logicalDpi)
{
    const double dpi = logicalDpi > 0 ? logicalDpi : 96.0;
    // Rounded up to a quarter point, so the font engine's rounding cannot drop below the pixels asked.
    return std::ceil(PresentationPixelSize * 72.0 / dpi * 4.0) / 4.0;
}

} // namespace views
