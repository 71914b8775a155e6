// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "palette.h"
#include "step.h"

#include <QMainWindow>

#include <memory>

class AppSettings;
class QAction;
class QScrollArea;

namespace mmu {
class TranslationSession;
}

namespace views {
class AccessForm;
class AddressEntry;
class BitSliceView;
class CycleView;
class FaultView;
class MemoryMapView;
class NarrationView;
class PlaybackBar;
class StepController;
class StepListView;
class TlbView;
class WalkView;
} // namespace views

/**
 * The main window: it wires the access form, the panels and the stepping controls to one
 * translation session and a step controller, and keeps settings. It holds no translation
 * logic and draws nothing itself.
 */
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /** Uses the application's settings. */
    explicit MainWindow(QWidget *parent = nullptr);
    explicit MainWindow(std::unique_ptr<AppSettings> settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    views::AccessForm *accessForm() const { return m_form; }
    views::AddressEntry *addressEntry() const;
    views::BitSliceView *bitSliceView() const { return m_bitSlice; }
    views::NarrationView *narrationView() const { return m_narration; }
    views::WalkView *walkView() const { return m_walk; }
    views::TlbView *tlbView() const { return m_tlb; }
    views::CycleView *cycleView() const { return m_cycles; }
    views::FaultView *faultView() const { return m_fault; }
    views::MemoryMapView *memoryMapView() const { return m_memory; }
    views::StepListView *stepListView() const { return m_steps; }
    views::PlaybackBar *playbackBar() const { return m_playback; }
    views::StepController *stepController() const { return m_controller; }
    const mmu::TranslationSession &session() const { return *m_session; }
    const mmu::Translation &lastTranslation() const;

    /** Translates `va` with the selected access and mode, as if the user pressed Return; shows step 1. */
    void translate(uint64_t va);
    void setZoom(int percent);
    int zoom() const { return m_zoom; }
    void setTheme(views::Theme theme);
    views::Theme theme() const { return m_theme; }
    /** Machine preset by id; the accesses so far are replayed on it. */
    void setMachine(const QString &id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildLayout();
    void createMenus();
    void rebuildSession();
    void showPosition();

    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<mmu::TranslationSession> m_session;
    views::AccessForm *m_form;
    views::BitSliceView *m_bitSlice;
    views::NarrationView *m_narration;
    views::WalkView *m_walk;
    views::TlbView *m_tlb;
    views::CycleView *m_cycles;
    views::FaultView *m_fault;
    views::MemoryMapView *m_memory;
    views::StepListView *m_steps;
    views::PlaybackBar *m_playback;
    views::StepController *m_controller;
    QScrollArea *m_walkScroll = nullptr;
    QAction *m_lightAction = nullptr;
    QAction *m_darkAction = nullptr;
    int m_zoom = 100;
    views::Theme m_theme = views::Theme::Light;
};
