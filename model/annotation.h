// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace mmu {

/**
 * A note an instructor pins on the view: a text callout, an arrow or a highlight box. It is
 * anchored to a named element of a panel ("walk" / "PML4.entry", "tlb" / "L1 DTLB.set"; an
 * empty element is the whole panel), so it follows the element through zoom and layout
 * changes. The views know what the names mean; the model only keeps them. Lesson files keep
 * the same fields per access (LessonAnnotation in lesson.h, same geometry); this flat form,
 * with the translation it belongs to, is what the views edit.
 *
 * Geometry is measured from the anchor's rectangle in lines of the panel's text (1.0 = one
 * line height), so it scales with the zoom:
 * - Callout: the text box's top-left is the anchor's centre + `offset`; `size` is the box
 *   (0 × 0: fitted to the text); a pointer runs from the box to the anchor's edge.
 * - Arrow: its tail is the anchor's centre + `offset`, its head touches the anchor's edge;
 *   `text`, when not empty, is written at the tail; `size` is unused.
 * - Box: the anchor's rectangle moved by `offset` and grown by `size` on each side
 *   (0.25 × 0.25 frames the element with a small margin).
 *
 * `translation` (0-based index of the access in the lesson) and `step` (0-based index of
 * the step within that translation) say when it is shown; −1 means every translation or
 * every step.
 */
struct Annotation {
    enum class Kind { Callout, Arrow, Box };
    struct Offset {
        double x = 0;
        double y = 0;
        bool operator==(const Offset &) const = default;
    };
    struct Size {
        double width = 0;
        double height = 0;
        bool operator==(const Size &) const = default;
    };

    Kind kind = Kind::Callout;
    std::string panel;   ///< "bits", "walk", "tlb", "cycles", "fault", "memory", "narration", "steps"
    std::string element; ///< an anchor name of that panel
    std::string text;    ///< UTF-8
    Offset offset;
    Size size;
    int translation = -1;
    int step = -1;

    /** True when shown at step `atStep` of translation `atTranslation`. */
    bool shownAt(int atTranslation, int atStep) const
    {
        return (translation < 0 || translation == atTranslation) && (step < 0 || step == atStep);
    }
    bool operator==(const Annotation &) const = default;
};

} // namespace mmu
