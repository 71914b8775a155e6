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

QColor seriesColor(int index, bool dark)
{
    static const std::array<QColor, 7> colors{QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00),
                                              QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                              QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
                                              QColor(0x00, 0x00, 0x00)};
    const QColor c = colors[static_cast<size_t>(index) % colors.size()];
    if (!dark)
        return c;
    return c == QColor(Qt::black) ? QColor(Qt::white) : c.lighter(135);
}

} // namespace views
