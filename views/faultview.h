// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anchorprovider.h"
#include "machineconfig.h"
#include "step.h"

#include <QWidget>

#include <vector>

class QLabel;

namespace mmu {
struct PagingFormat;
}

namespace views {

/**
 * The fault, if the translation raises one: its kind, the level whose entry was missing or
 * forbade the access, and the violated permission. Every Fault step reached so far is
 * listed in order, so the handler's steps of the OS model will appear here as they come.
 * Anchors: "headline" and "details" (the handler's steps).
 */
class FaultView : public QWidget, public AnchorProvider {
    Q_OBJECT
public:
    explicit FaultView(QWidget *parent = nullptr);

    void setMachine(const mmu::MachineConfig &machine) { m_machine = machine; }
    void setSteps(const mmu::PagingFormat &format, const std::vector<mmu::Step> &steps, int current);
    void clear();

    /** The headline shown: the fault kind or “No fault”. */
    QString headline() const;
    int faultCount() const { return m_count; }

    QRectF anchorRect(QStringView element) const override;
    QStringList anchors() const override;

private:
    mmu::MachineConfig m_machine;
    QLabel *m_headline;
    QLabel *m_details;
    int m_count = 0;
};

} // namespace views
