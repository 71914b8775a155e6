// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "step.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace mmu {
struct MachineConfig;
struct PagingFormat;
} // namespace mmu

namespace views {

/**
 * Turns the model's step records into translated sentences that explain what happens and
 * why. The model writes no prose; this is the only place that does, for the GUI. With a
 * machine, TLBs and caches are called by their machine names ("L1 dTLB 4K", "L2").
 */
class StepNarrator {
    Q_DECLARE_TR_FUNCTIONS(views::StepNarrator)
public:
    explicit StepNarrator(const mmu::PagingFormat &format, const mmu::MachineConfig *machine = nullptr);

    /** One step on its own. */
    QString narrate(const mmu::Step &step) const;
    /** Step `index` of a translation, told with what comes next (e.g. "the walk starts at CR3"). */
    QString narrate(const std::vector<mmu::Step> &steps, size_t index) const;
    /** One-line summary of a whole translation. */
    QString summarize(const mmu::Translation &t) const;
    static QString hexAddress(uint64_t value);
    static QString byteSize(uint64_t bytes);
    static QString accessName(mmu::AccessType type);

    QString tlbName(int unit) const;
    /** "L1D", "L2", … or "DRAM" for a data-cache level as Step::servedBy counts them. */
    QString servedByName(int servedBy) const;
    QString levelName(int level) const;

private:
    QString violations(uint8_t violation) const;
    QString missKindText(mmu::MissKind kind) const;
    QString entryRead(const mmu::Step &s) const;
    /** The format's name for an entry that is not valid: "P = 0", "V = 0", "bit 0 = 0", "VALID = 0". */
    QString validBit() const;
    /** Why an entry above the last level is a leaf, in the format's terms (PS = 1, R/W/X set, a block). */
    QString largeLeafReason() const;
    QString tlbLookup(const mmu::Step &s) const;

    const mmu::PagingFormat *m_format;
    const mmu::MachineConfig *m_machine;
};

} // namespace views
