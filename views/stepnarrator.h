// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "step.h"

#include <QCoreApplication>
#include <QString>

namespace mmu {
struct PagingFormat;
}

namespace views {

/**
 * Turns the model's step records into translated sentences that explain what happens and
 * why. The model writes no prose; this is the only place that does, for the GUI.
 */
class StepNarrator {
    Q_DECLARE_TR_FUNCTIONS(views::StepNarrator)
public:
    explicit StepNarrator(const mmu::PagingFormat &format);

    QString narrate(const mmu::Step &step) const;
    /** One-line summary of a whole translation. */
    QString summarize(const mmu::Translation &t) const;
    static QString hexAddress(uint64_t value);
    static QString byteSize(uint64_t bytes);
    static QString accessName(mmu::AccessType type);

private:
    QString levelName(int level) const;
    QString violations(uint8_t violation) const;

    const mmu::PagingFormat *m_format;
};

} // namespace views
