// SPDX-License-Identifier: GPL-3.0-or-later
#include "palette.h"

#include <array>

namespace views {

QColor fieldColor(int index)
{
    // Okabe–Ito: orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple.
    static const std::array<QColor, 7> colors{QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
                                              QColor(0x00, 0x9E, 0x73), QColor(0xF0, 0xE4, 0x42),
                                              QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00),
                                              QColor(0xCC, 0x79, 0xA7)};
    return colors[static_cast<size_t>(index) % colors.size()];
}

QColor textOn(const QColor &background)
{
    // Relative luminance, ITU-R BT.709 weights.
    const double l = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return l > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
}

QPalette themePalette(Theme theme)
{
    const bool dark = theme == Theme::Dark;
    const QColor window = dark ? QColor(0x1e, 0x1f, 0x22) : QColor(0xf6, 0xf6, 0xf4);
    const QColor base = dark ? QColor(0x12, 0x13, 0x15) : QColor(Qt::white);
    const QColor text = dark ? QColor(0xf2, 0xf2, 0xf2) : QColor(0x10, 0x10, 0x10);
    const QColor button = dark ? QColor(0x34, 0x36, 0x3a) : QColor(0xe4, 0xe4, 0xe0);
    const QColor mid = dark ? QColor(0x5a, 0x5c, 0x60) : QColor(0xa8, 0xa8, 0xa4);
    const QColor highlight = dark ? QColor(0x56, 0xB4, 0xE9) : QColor(0x00, 0x72, 0xB2);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, dark ? QColor(0x26, 0x28, 0x2c) : QColor(0xee, 0xee, 0xea));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Mid, mid);
    p.setColor(QPalette::Dark, dark ? QColor(0x0a, 0x0a, 0x0a) : QColor(0x70, 0x70, 0x6c));
    p.setColor(QPalette::Light, dark ? QColor(0x48, 0x4a, 0x4e) : QColor(Qt::white));
    p.setColor(QPalette::Midlight, dark ? QColor(0x3c, 0x3e, 0x42) : QColor(0xd8, 0xd8, 0xd4));
    p.setColor(QPalette::Shadow, QColor(Qt::black));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, textOn(highlight));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, mid);
    p.setColor(QPalette::Link, highlight);
    p.setColor(QPalette::BrightText, dark ? QColor(Qt::white) : QColor(Qt::black));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, mid);
    return p;
}

QColor hitColor()
{
    return {0x00, 0x9E, 0x73};
}

QColor missColor()
{
    return {0xD5, 0x5E, 0x00};
}

QColor victimColor()
{
    return {0xCC, 0x79, 0xA7};
}

QColor currentColor(const QPalette &palette)
{
    return palette.color(QPalette::Highlight);
}

QColor tableColor()
{
    return {0x00, 0x72, 0xB2};
}

QColor dataColor()
{
    return {0xE6, 0x9F, 0x00};
}

} // namespace views
