// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anchorprovider.h"
#include "step.h"

#include <QTreeWidget>

#include <vector>

namespace mmu {
struct MachineConfig;
struct PagingFormat;
} // namespace mmu

namespace views {

/**
 * The steps of one translation as a list: cycles and the narrated sentence per step.
 * Anchors, in the viewport's coordinates: "current" (the current step's row), "total".
 */
class StepListView : public QTreeWidget, public AnchorProvider {
    Q_OBJECT
public:
    explicit StepListView(QWidget *parent = nullptr);

    void setTranslation(const mmu::PagingFormat &format, const mmu::Translation &t, const std::vector<mmu::Step> &steps,
                        const mmu::MachineConfig *machine = nullptr);
    /** Selects row `step` without emitting stepActivated. */
    void setCurrentStep(int step);
    /** The narrated text of row `row`, for tests and accessibility. */
    QString sentence(int row) const;

    QRectF anchorRect(QStringView element) const override;
    QStringList anchors() const override;

signals:
    /** The user picked a step row. */
    void stepActivated(int step);
};

} // namespace views
