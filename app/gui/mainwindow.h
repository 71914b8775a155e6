// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "palette.h"
#include "step.h"

#include <QMainWindow>

#include <memory>
#include <utility>

class AppLanguage;
class AppSettings;
class FigureActions;
class LessonController;
class QAction;
class QActionGroup;
class QDockWidget;
class QScrollArea;
class QSplitter;
class QTabWidget;

namespace mmu {
class TranslationSession;
struct Lesson;
} // namespace mmu

namespace views {
class AccessForm;
class AddressEntry;
class AnnotationLayer;
class BitSliceView;
class ChartsPanel;
class CycleView;
class FaultView;
class MemoryMapView;
class MessageBar;
class NarrationView;
class PlaybackBar;
class PresentationMode;
class StepController;
class StepTransition;
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
    /** The animated move between two steps' pictures. */
    views::StepTransition *stepTransition() const { return m_transition; }
    /** Animated steps (kept in the settings); off, each step shows its picture at once. */
    void setAnimationsEnabled(bool on);
    bool animationsEnabled() const;
    /** The charts dock's page: live replays, comparisons, the timeline cursor. */
    views::ChartsPanel *chartsPanel() const { return m_charts; }
    QDockWidget *chartsDock() const { return m_chartsDock; }
    /** The lesson's annotations on the panels, their tools and their undo stack. */
    views::AnnotationLayer *annotationLayer() const { return m_annotations; }
    views::PresentationMode *presentationMode() const { return m_presentation; }
    /** The lesson as a document: File → New, Open, Save; its notes; unsaved changes. */
    LessonController *lessonController() const { return m_lessons; }
    /** File → Export Figure… and Edit → Copy Picture. */
    FigureActions *figureActions() const { return m_figures; }
    /** Where errors about lesson files and exports are shown. */
    views::MessageBar *messageBar() const { return m_messages; }
    /** The controls a figure of the main view leaves out: messages, the access form, playback. */
    QList<QWidget *> figureLeftOut() const;
    /** Makes a session of `lesson` (its machine, mappings and accesses) and shows its first access. */
    void openLesson(const mmu::Lesson &lesson);
    /** Presentation mode: full screen, large type, high contrast, only the panels a projector needs. */
    void setPresenting(bool on);
    bool isPresenting() const;
    const mmu::TranslationSession &session() const { return *m_session; }
    const mmu::Translation &lastTranslation() const;

    /** Translates `va` with the selected access and mode, as if the user pressed Return; shows step 1. */
    void translate(uint64_t va);
    void setZoom(int percent);
    int zoom() const { return m_zoom; }
    void setTheme(views::Theme theme);
    views::Theme theme() const { return m_theme; }
    /** Language of the texts, kept in the settings: "" for the system's, else "en", "de", "es" or "zh_CN". */
    void setLanguage(const QString &code);
    QString language() const;
    /** Machine preset by id; the accesses so far are replayed on it. */
    void setMachine(const QString &id);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildLayout();
    void createMenus();
    void rebuildSession();
    void installSession(std::unique_ptr<mmu::TranslationSession> session);
    void updateTitle();
    void showPosition();
    /** The step changed: the panels move from what they show to the new step's picture. */
    void stepChanged();
    /** The TLB panel scrolls to the set the step indexes, as the walk to its level. */
    void scrollTlbsToStep();
    /** What a figure shows: the main view, never a frame between two steps. */
    QWidget *figureSource() const;
    void presentationChanged(bool on);
    void fitToProjector();

    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<AppLanguage> m_language;
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
    views::StepTransition *m_transition;
    QAction *m_animate = nullptr;
    QScrollArea *m_walkScroll = nullptr;
    QScrollArea *m_tlbScroll = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_split = nullptr;
    QActionGroup *m_themes = nullptr;
    QActionGroup *m_languages = nullptr;
    views::AnnotationLayer *m_annotations = nullptr;
    views::PresentationMode *m_presentation = nullptr;
    LessonController *m_lessons = nullptr;
    FigureActions *m_figures = nullptr;
    views::MessageBar *m_messages = nullptr;
    QDockWidget *m_notesDock = nullptr;
    views::ChartsPanel *m_charts = nullptr;
    QDockWidget *m_chartsDock = nullptr;
    int m_listedTranslation = -1; ///< the translation the step list shows
    int m_zoom = 100;
    views::Theme m_theme = views::Theme::Light;
    /** Theme and zoom to return to when presentation mode ends. */
    std::pair<views::Theme, int> m_beforePresenting{views::Theme::Light, 100};
};
