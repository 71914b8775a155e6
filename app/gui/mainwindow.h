// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "step.h"

#include <QMainWindow>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;

namespace mmu {
class System;
struct PagingFormat;
} // namespace mmu

namespace views {
class AddressEntry;
class BitSliceView;
class StepListView;
} // namespace views

/**
 * The main window: wires the address entry, the bit-slice view and the step list to one
 * simulated system per paging format. It holds no translation logic of its own.
 */
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    views::AddressEntry *addressEntry() const { return m_entry; }
    views::BitSliceView *bitSliceView() const { return m_bitSlice; }
    views::StepListView *stepListView() const { return m_steps; }
    const mmu::Translation &lastTranslation() const { return m_last; }

    /** Translates `va` with the selected access and mode, as if the user pressed Return. */
    void translate(uint64_t va);

private:
    void selectFormat(int index);
    void createMenus();

    std::unique_ptr<mmu::System> m_system;
    QComboBox *m_formatBox;
    QComboBox *m_accessBox;
    QComboBox *m_modeBox;
    views::AddressEntry *m_entry;
    views::BitSliceView *m_bitSlice;
    views::StepListView *m_steps;
    QLabel *m_summary;
    mmu::Translation m_last;
};
