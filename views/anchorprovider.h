// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>
#include <QStringList>
#include <QStringView>

namespace views {

/**
 * A panel that names the elements it draws, so annotations can point at them. Names are
 * stable across zoom, themes and layout ("CR3", "PML4.entry", "L1 DTLB.set", "bar"); the
 * rectangle is where the element is drawn now, in the panel's own coordinates.
 */
class AnchorProvider {
public:
    virtual ~AnchorProvider() = default;

    /** Where `element` is drawn now; an empty rectangle when it is not drawn at the moment. */
    virtual QRectF anchorRect(QStringView element) const = 0;
    /** The elements drawn now, the larger ones before the parts they contain. */
    virtual QStringList anchors() const = 0;

    /** The smallest element containing `point` (panel coordinates), or an empty string. */
    QString anchorAt(QPointF point) const;
};

} // namespace views
