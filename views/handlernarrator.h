// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "step.h"

#include <QCoreApplication>
#include <QString>

namespace views {

/** Translated sentences for the operating system's page-fault handler steps (Stage::Handler). */
class HandlerNarrator {
    Q_DECLARE_TR_FUNCTIONS(views::HandlerNarrator)
public:
    static QString narrate(const mmu::Step &step);
    /** "minor fault", "major fault", … for summaries. */
    static QString faultName(mmu::OsFault fault);
};

} // namespace views
