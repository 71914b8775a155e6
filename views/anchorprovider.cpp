// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchorprovider.h"

namespace views {

QString AnchorProvider::anchorAt(QPointF point) const
{
    QString best;
    double bestArea = 0;
    for (const QString &name : anchors()) {
        const QRectF r = anchorRect(name);
        const double area = r.width() * r.height();
        if (!r.isEmpty() && r.contains(point) && (best.isEmpty() || area < bestArea)) {
            best = name;
            bestArea = area;
        }
    }
    return best;
}

} // namespace views
