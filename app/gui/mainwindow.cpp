// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "accessform.h"
#include "addressentry.h"
#include "annotationlayer.h"
#include "applanguage.h"
#include "appsettings.h"
#include "bitsliceview.h"
#include "chartspanel.h"
#include "cycleview.h"
#include "faultview.h"
#include "figureactions.h"
#include "figureexporter.h"
#include "lessoncontroller.h"
#include "lessonnotesview.h"
#include "memorymapview.h"
#include "messagebar.h"
#include "narrationview.h"
#include "playbackbar.h"
#include "presentationmode.h"
#include "replaycontroller.h"
#include "retranslator.h"
#include "stepcontroller.h"
#include "steplistview.h"
#include "stepnarrator.h"
#include "steptransition.h"
#include "tlbview.h"
#include "walkview.h"

#include "lesson.h"
#include "machinefile.h"
#include "translationsession.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QGroupBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

/** Text size at 100 % zoom: large enough to read from the back of a lecture hall at 1080p. */
constexpr double BasePointSize = 12.0;

/** A titled panel; `title` gives the title in the current language. */
QGroupBox *panel(std::function<QString()> title, QWidget *content, bool scroll, QScrollArea **area = nullptr)
{
    auto *box = new QGroupBox;
    views::Retranslator::follow(box, [box, title = std::move(title)] { box->setTitle(title()); });
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 6);
    if (scroll) {
        auto *s = new QScrollArea;
        s->setWidget(content);
        s->setWidgetResizable(true);
        s->setFrameShape(QFrame::NoFrame);
        layout->addWidget(s);
        if (area)
            *area = s;
    } else {
        layout->addWidget(content);
    }
    return box;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(std::make_unique<AppSettings>(), parent)
{
}

MainWindow::MainWindow(std::unique_ptr<AppSettings> settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(std::move(settings))
    , m_language(std::make_unique<AppLanguage>())
    , m_form(new views::AccessForm(mmu::x86_64Format()))
    , m_bitSlice(new views::BitSliceView(mmu::x86_64Format()))
    , m_narration(new views::NarrationView)
    , m_walk(new views::WalkView(mmu::x86_64Format()))
    , m_tlb(new views::TlbView)
    , m_cycles(new views::CycleView(mmu::x86_64Format()))
    , m_fault(new views::FaultView)
    , m_memory(new views::MemoryMapView)
    , m_steps(new views::StepListView)
    , m_playback(new views::PlaybackBar)
    , m_controller(new views::StepController(this))
    , m_transition(new views::StepTransition(this))
{
    // The language first: what the constructor builds next then speaks it from the start.
    m_language->apply(m_settings->language());
    m_annotations = new views::AnnotationLayer(this);
    m_presentation = new views::PresentationMode(this);
    m_lessons = new LessonController(*m_settings, m_annotations, this);
    m_figures = new FigureActions([this] { return figureSource(); },
                                  [this] { return m_lessons->figureInfo(m_controller->step()); }, *m_settings, this);
    m_messages = new views::MessageBar;
    m_figures->setLeftOut(figureLeftOut());
    buildLayout();
    createMenus();

    m_form->setMachines(m_lessons->machineChoices());
    m_form->setMachine(m_settings->machine());
    rebuildSession();

    connect(m_form, &views::AccessForm::machineChanged, this, &MainWindow::setMachine);
    connect(m_form, &views::AccessForm::formatChanged, this, [this] { rebuildSession(); });
    connect(m_form, &views::AccessForm::translateRequested, this, &MainWindow::translate);
    connect(addressEntry(), &views::AddressEntry::addressEdited, this, [this](quint64 va) {
        if (!m_session || m_session->current() < 0)
            m_bitSlice->setAddress(va);
    });
    connect(m_controller, &views::StepController::positionChanged, this, &MainWindow::stepChanged);
    connect(m_transition, &views::StepTransition::progressChanged, m_bitSlice, &views::BitSliceView::setTransitionProgress);
    connect(m_transition, &views::StepTransition::progressChanged, m_walk, &views::WalkView::setTransitionProgress);
    connect(m_transition, &views::StepTransition::progressChanged, m_tlb, &views::TlbView::setTransitionProgress);
    connect(m_transition, &views::StepTransition::progressChanged, m_cycles, &views::CycleView::setTransitionProgress);
    connect(m_controller, &views::StepController::playingChanged, m_playback, &views::PlaybackBar::setPlaying);
    connect(m_playback->firstAction(), &QAction::triggered, m_controller, &views::StepController::first);
    connect(m_playback->backAction(), &QAction::triggered, m_controller, &views::StepController::stepBack);
    connect(m_playback->playAction(), &QAction::triggered, m_controller, &views::StepController::togglePlay);
    connect(m_playback->forwardAction(), &QAction::triggered, m_controller, &views::StepController::stepForward);
    connect(m_playback->lastAction(), &QAction::triggered, m_controller, &views::StepController::last);
    connect(m_playback, &views::PlaybackBar::intervalChanged, this, [this](int ms) {
        m_controller->setInterval(ms);
        m_transition->setDuration(views::StepTransition::durationForInterval(ms));
        m_settings->setSpeed(m_playback->speed());
    });
    connect(m_steps, &views::StepListView::stepActivated, m_controller, &views::StepController::goToStep);
    connect(m_controller, &views::StepController::positionChanged, m_lessons, &LessonController::showCurrentAccess);
    connect(m_lessons, &LessonController::lessonOpened, this, &MainWindow::openLesson);
    connect(m_lessons, &LessonController::stateChanged, this, &MainWindow::updateTitle);
    connect(m_lessons, &LessonController::errorOccurred, m_messages, &views::MessageBar::showError);
    connect(m_figures, &FigureActions::errorOccurred, m_messages, &views::MessageBar::showError);
    // The window holds the stepping actions too, so their keys work wherever the focus is.
    addActions(m_playback->actions());
    m_playback->setSpeed(m_settings->speed());
    m_controller->setInterval(1000 / m_playback->speed());
    m_transition->setDuration(views::StepTransition::durationForInterval(m_controller->interval()));
    setAnimationsEnabled(m_settings->animations());

    setTheme(m_settings->theme());
    setZoom(m_settings->zoom());
    resize(1280, 800);
    restoreGeometry(m_settings->geometry());
    restoreState(m_settings->windowState());
    // Texts the window composes from the session: after a change of language they are composed again.
    views::Retranslator::follow(this, [this] {
        {
            const QSignalBlocker block(m_form); // the same machine, in other words: no new session
            const QString machine = m_form->machine();
            m_form->setMachines(m_lessons->machineChoices()); // "… (lesson)"
            m_form->setMachine(machine);
        }
        if (m_session->current() >= 0)
            m_steps->setTranslation(m_session->format(), m_session->translation(), m_session->steps(),
                                    &m_session->machine());
        showPosition();
        updateTitle();
        if (m_session->current() < 0)
            statusBar()->showMessage(tr("Type a virtual address and press Return."));
    });
}

MainWindow::~MainWindow()
{
    // The translators go while the window is whole: their removal has every text redone.
    m_language.reset();
}

void MainWindow::setLanguage(const QString &code)
{
    m_settings->setLanguage(code);
    m_language->apply(code);
    for (QAction *a : m_languages->actions())
        a->setChecked(a->data().toString() == m_language->code());
}

QString MainWindow::language() const
{
    return m_language->code();
}

views::AddressEntry *MainWindow::addressEntry() const
{
    return m_form->addressEntry();
}

const mmu::Translation &MainWindow::lastTranslation() const
{
    return m_session->translation();
}

void MainWindow::setAnimationsEnabled(bool on)
{
    m_transition->setEnabled(on);
    m_animate->setChecked(on);
    m_settings->setAnimations(on);
}

bool MainWindow::animationsEnabled() const
{
    return m_transition->isEnabled();
}

QWidget *MainWindow::figureSource() const
{
    m_transition->finish();
    return centralWidget();
}

QList<QWidget *> MainWindow::figureLeftOut() const
{
    return {m_messages, m_form, m_playback};
}

void MainWindow::buildLayout()
{
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 6, 8, 4);
    layout->setSpacing(6);
    layout->addWidget(m_messages);
    layout->addWidget(m_form);
    layout->addWidget(panel([] { return tr("Virtual address"); }, m_bitSlice, false));
    m_narration->setAutoFillBackground(true);
    m_narration->setBackgroundRole(QPalette::AlternateBase);
    layout->addWidget(m_narration);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(panel([] { return tr("Cycles"); }, m_cycles, false));
    rightLayout->addWidget(panel([] { return tr("Fault"); }, m_fault, false));
    auto *tabs = m_tabs = new QTabWidget;
    auto *memoryScroll = new QScrollArea;
    memoryScroll->setWidget(m_memory);
    memoryScroll->setWidgetResizable(true);
    memoryScroll->setFrameShape(QFrame::NoFrame);
    tabs->addTab(memoryScroll, QString());
    tabs->addTab(m_steps, QString());
    views::Retranslator::follow(tabs, [tabs] {
        tabs->setTabText(0, tr("Physical memory"));
        tabs->setTabText(1, tr("All steps"));
    });
    rightLayout->addWidget(tabs, 1);

    auto *split = m_split = new QSplitter(Qt::Horizontal);
    split->addWidget(panel([] { return tr("Page walk"); }, m_walk, true, &m_walkScroll));
    split->addWidget(panel([] { return tr("TLBs"); }, m_tlb, true, &m_tlbScroll));
    m_tlb->installEventFilter(this);
    m_tlbScroll->viewport()->installEventFilter(this);
    split->addWidget(right);
    // At 1920 pixels: the walk and the TLB grids (eight ways wide) get the room, the cycle
    // column what they leave.
    split->setSizes({620, 860, 400});
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);
    layout->addWidget(m_playback);
    setCentralWidget(central);
    m_notesDock = new QDockWidget(this);
    views::Retranslator::follow(m_notesDock, [this] { m_notesDock->setWindowTitle(tr("Lesson notes")); });
    m_notesDock->setObjectName(QStringLiteral("lessonNotesDock"));
    m_notesDock->setWidget(m_lessons->notesView());
    addDockWidget(Qt::RightDockWidgetArea, m_notesDock);
    m_notesDock->hide(); // shown by a lesson that has notes
    m_charts = new views::ChartsPanel;
    m_charts->setChartExporter([](QWidget *chart, const QString &path, QString *error) {
        return FigureExporter(chart, FigureInfo{}).write(path, error);
    });
    m_chartsDock = new QDockWidget(this);
    views::Retranslator::follow(m_chartsDock, [this] { m_chartsDock->setWindowTitle(tr("Charts")); });
    m_chartsDock->setObjectName(QStringLiteral("chartsDock"));
    m_chartsDock->setWidget(m_charts);
    // Beside the panels: the walk needs the window's height more than its full width.
    addDockWidget(Qt::RightDockWidgetArea, m_chartsDock);
    m_chartsDock->hide(); // View → Charts
    // The timeline cursor: the access clicked in a chart, replayed, in the step-through views.
    connect(m_charts, &views::ChartsPanel::cursorSessionReady, this, [this] {
        if (auto session = m_charts->controller()->takeCursorSession()) {
            installSession(std::move(session));
            m_controller->restart();
        }
    });

    // Annotations can go on every panel; the ids are the panel names of lesson files.
    m_annotations->setHost(central);
    m_annotations->addPanel(QStringLiteral("bits"), m_bitSlice, m_bitSlice);
    m_annotations->addPanel(QStringLiteral("walk"), m_walk, m_walk);
    m_annotations->addPanel(QStringLiteral("tlb"), m_tlb, m_tlb);
    m_annotations->addPanel(QStringLiteral("cycles"), m_cycles, m_cycles);
    m_annotations->addPanel(QStringLiteral("fault"), m_fault, m_fault);
    m_annotations->addPanel(QStringLiteral("memory"), m_memory, m_memory);
    m_annotations->addPanel(QStringLiteral("narration"), m_narration, m_narration);
    m_annotations->addPanel(QStringLiteral("steps"), m_steps->viewport(), m_steps);
    // A projector keeps the address, its slices, the walk, the TLBs, the cycles and the narration.
    m_presentation->setHiddenWidgets(m_form->secondaryWidgets() + QList<QWidget *>{m_tabs, m_playback});
    connect(m_presentation, &views::PresentationMode::activeChanged, this, &MainWindow::presentationChanged);
    m_presentation->setArrange([this] { fitToProjector(); });
}

void MainWindow::presentationChanged(bool on)
{
    // The layout itself is PresentationMode's; type, theme and the panels' detail are ours.
    if (on)
        m_beforePresenting = {m_theme, m_zoom};
    setTheme(on ? views::Theme::HighContrast : m_beforePresenting.first);
    setZoom(on ? AppSettings::DefaultZoom : m_beforePresenting.second);
    m_tlb->setCompact(on);
    m_cycles->setCompact(on);
    showPosition();
}

void MainWindow::fitToProjector()
{
    // The cycle column keeps just its bar; the TLB grids get what they draw (+ scroll bar and
    // frame) unless the walk, which matters most, would be narrower than it can be: then the
    // TLBs scroll sideways.
    const int w = m_split->width();
    const int right = std::max(w * 18 / 100, m_cycles->sizeHint().width() + 30);
    const int walk = std::max(w - right - (m_tlb->sizeHint().width() + 40), m_walk->minimumSizeHint().width() + 40);
    m_split->setSizes({walk, w - right - walk, right});
    showPosition(); // the walk scrolls to the current step in its new size
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(QString());
    QAction *quit = file->addAction(QString(), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    m_lessons->addFileActions(file, quit);
    file->insertAction(quit, m_figures->exportAction());
    file->insertSeparator(quit);

    QMenu *edit = menuBar()->addMenu(QString());
    edit->addActions({m_annotations->undoAction(), m_annotations->redoAction()});
    edit->addSeparator();
    edit->addAction(m_figures->copyAction());

    QMenu *view = menuBar()->addMenu(QString());
    QAction *in = view->addAction(QString(), this, [this] { setZoom(m_zoom + 10); });
    in->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *out = view->addAction(QString(), this, [this] { setZoom(m_zoom - 10); });
    out->setShortcuts(QKeySequence::ZoomOut);
    QAction *reset = view->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_0), this,
                                     [this] { setZoom(AppSettings::DefaultZoom); });
    addAction(reset);
    view->addSeparator();
    m_themes = new QActionGroup(this);
    for (const views::Theme theme : {views::Theme::Light, views::Theme::Dark, views::Theme::HighContrast}) {
        QAction *a = view->addAction(QString(), this, [this, theme] { setTheme(theme); });
        a->setCheckable(true);
        a->setData(static_cast<int>(theme));
        m_themes->addAction(a);
    }
    view->addSeparator();
    m_animate = view->addAction(QString(), this, [this](bool on) { setAnimationsEnabled(on); });
    m_animate->setCheckable(true);
    view->addAction(m_notesDock->toggleViewAction());
    view->addAction(m_chartsDock->toggleViewAction());
    view->addAction(m_presentation->action()); // F11
    view->addSeparator();
    QMenu *languages = view->addMenu(QString());
    m_languages = new QActionGroup(this);
    for (const AppLanguage::Choice &choice : AppLanguage::choices()) {
        QAction *a = languages->addAction(choice.name, this, [this, code = choice.code] { setLanguage(code); });
        a->setCheckable(true);
        a->setChecked(choice.code == m_language->code());
        a->setData(choice.code);
        m_languages->addAction(a);
    }
    QMenu *annotate = menuBar()->addMenu(QString());
    annotate->addActions(m_annotations->actions());
    QToolBar *annotations = addToolBar(QString());
    annotations->setObjectName(QStringLiteral("annotateToolBar"));
    annotations->addActions(m_annotations->toolActions());
    annotations->addAction(m_annotations->deleteAction());
    // Held by the window too: their keys work while presentation mode hides the menu bar.
    addActions({m_presentation->action(), in, out, m_annotations->undoAction(), m_annotations->redoAction()});
    addActions(m_annotations->actions());
    QMenu *playback = menuBar()->addMenu(QString());
    playback->addActions(m_playback->actions());

    QMenu *help = menuBar()->addMenu(QString());
    help->addMenu(m_lessons->lessonsMenu());
    QAction *about = help->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About mmulab"),
                           tr("<p><b>mmulab</b> %1</p><p>A laboratory for virtual memory address translation.</p>"
                              "<p>License: GPL-3.0-or-later.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    // Escape in the address field hands the keys back to stepping.
    auto *leave = new QAction(this);
    leave->setShortcut(QKeySequence(Qt::Key_Escape));
    leave->setShortcutContext(Qt::WindowShortcut);
    connect(leave, &QAction::triggered, this, [this] {
        if (m_presentation->isActive() && !addressEntry()->lineEdit()->hasFocus())
            setPresenting(false); // Escape ends a presentation, as in slide software
        else
            m_walkScroll->setFocus();
    });
    addAction(leave);

    views::Retranslator::follow(this, [=, this] {
        file->setTitle(tr("&File"));
        quit->setText(tr("&Quit"));
        edit->setTitle(tr("&Edit"));
        view->setTitle(tr("&View"));
        in->setText(tr("Zoom &in"));
        out->setText(tr("Zoom &out"));
        reset->setText(tr("&Reset zoom"));
        const QList<QAction *> themes = m_themes->actions(); // light, dark, high contrast
        themes[0]->setText(tr("&Light theme"));
        themes[1]->setText(tr("&Dark theme"));
        themes[2]->setText(tr("&High-contrast theme"));
        m_animate->setText(tr("&Animate Steps"));
        m_animate->setStatusTip(tr("Move the highlights smoothly from step to step; off, each step appears at once"));
        languages->setTitle(tr("La&nguage"));
        m_languages->actions().constFirst()->setText(AppLanguage::choices().constFirst().name); // "System language"
        annotate->setTitle(tr("&Annotate"));
        annotations->setWindowTitle(tr("Annotate"));
        playback->setTitle(tr("&Step"));
        help->setTitle(tr("&Help"));
        about->setText(tr("&About mmulab"));
    });
}

void MainWindow::setZoom(int percent)
{
    m_transition->finish(); // its start positions are of the old size
    m_zoom = std::clamp(percent, AppSettings::MinZoom, AppSettings::MaxZoom);
    QFont f = font();
    // Presentation mode zooms from its own base size: body text of 24 px at 100 %.
    const double base = isPresenting() ? views::presentationPointSize(logicalDpiY()) : BasePointSize;
    f.setPointSizeF(base * m_zoom / 100.0);
    setFont(f);
    if (!isPresenting())
        m_settings->setZoom(m_zoom);
    else
        m_presentation->rearrange();
    statusBar()->showMessage(tr("Zoom %1 %").arg(m_zoom), 2000);
}

void MainWindow::setTheme(views::Theme theme)
{
    m_theme = theme;
    setPalette(views::themePalette(theme));
    m_charts->setTheme(theme);
    if (!isPresenting())
        m_settings->setTheme(theme);
    for (QAction *a : m_themes->actions())
        a->setChecked(a->data().toInt() == static_cast<int>(theme));
}

void MainWindow::setPresenting(bool on)
{
    m_presentation->setActive(on);
}

bool MainWindow::isPresenting() const
{
    return m_presentation && m_presentation->isActive();
}

void MainWindow::setMachine(const QString &id)
{
    m_settings->setMachine(id);
    if (m_form->machine() != id)
        m_form->setMachine(id); // emits machineChanged again, which lands here with nothing to do
    else
        rebuildSession();
}

void MainWindow::rebuildSession()
{
    mmu::MachineConfig machine = m_lessons->machineFor(m_form->machine());
    machine.paging = m_form->formatId().toStdString();
    // The lesson's mappings stay, and its accesses replay on the new machine: compare machines without retyping.
    // An imported OSTEP problem's memory stays while the format is OSTEP's; in another the process layout takes over.
    const mmu::MemoryImage *image = m_session && m_session->image() ? &*m_session->image() : nullptr;
    auto session = image && machine.paging == mmu::ostepFormat().id
        ? std::make_unique<mmu::TranslationSession>(machine, *image)
        : std::make_unique<mmu::TranslationSession>(
              machine, m_session && !image ? m_session->layout() : mmu::defaultProcessLayout());
    if (m_session) {
        for (const mmu::SessionAccess &a : m_session->accesses())
            session->translate(a);
        if (m_session->current() >= 0)
            session->goTo(m_session->current());
    }
    installSession(std::move(session));
}

void MainWindow::installSession(std::unique_ptr<mmu::TranslationSession> session)
{
    if (const auto &error = session->layoutError())
        statusBar()->showMessage(QString::fromStdString(error->message()));
    m_lessons->setSession(nullptr);
    m_controller->setSession(nullptr);
    m_session = std::move(session);
    const mmu::PagingFormat &format = m_session->format();
    const mmu::MachineConfig &machine = m_session->machine();
    addressEntry()->setFormat(format);
    m_bitSlice->setFormat(format);
    m_walk->setMachine(machine);
    m_cycles->setMachine(machine);
    m_fault->setMachine(machine);
    if (m_session->current() >= 0)
        m_steps->setTranslation(format, m_session->translation(), m_session->steps(), &m_session->machine());
    else
        m_steps->clear();
    m_listedTranslation = m_session->current();
    m_lessons->setSession(m_session.get());
    m_controller->setSession(m_session.get());
}

void MainWindow::openLesson(const mmu::Lesson &lesson)
{
    {
        // The selector follows the lesson's machine; its signals would rebuild the session.
        const QSignalBlocker block(m_form);
        m_form->setMachines(m_lessons->machineChoices());
        m_form->setMachine(m_lessons->machineIdFor(lesson.machine));
        m_form->setFormatId(QString::fromStdString(lesson.machine.paging));
    }
    installSession(mmu::openLessonSession(lesson));
    if (m_session->current() >= 0)
        addressEntry()->showAddress(m_session->translation().va);
    const bool notes = !lesson.notes.empty()
        || std::any_of(lesson.accesses.begin(), lesson.accesses.end(), [](const mmu::LessonAccess &a) { return !a.notes.empty(); });
    m_notesDock->setVisible(notes);
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_lessons->windowTitle());
    setWindowModified(m_lessons->isModified());
}

void MainWindow::translate(uint64_t va)
{
    m_session->translate({va, m_form->accessType(), m_form->privilege()});
    // What was typed goes into the history; an address given otherwise (a lesson, the chart
    // cursor, a test) replaces a stale text in the field.
    if (addressEntry()->address() == va)
        addressEntry()->addToHistory(addressEntry()->text());
    else
        addressEntry()->showAddress(va);
    m_steps->setTranslation(m_session->format(), m_session->translation(), m_session->steps(), &m_session->machine());
    m_listedTranslation = m_session->current();
    m_lessons->sessionChanged();
    m_controller->restart();
    if (addressEntry()->lineEdit()->hasFocus())
        m_walkScroll->setFocus(); // → and ← now step instead of moving the text cursor
}

void MainWindow::stepChanged()
{
    if (!m_transition->isEnabled() || !isVisible()) {
        showPosition();
        return;
    }
    // The panels note what they show now, take the new step, and the transition carries them over.
    m_bitSlice->beginTransition();
    m_walk->beginTransition();
    m_tlb->beginTransition();
    m_cycles->beginTransition();
    showPosition();
    m_transition->start();
}

void MainWindow::showPosition()
{
    const bool any = m_session && m_session->current() >= 0;
    for (QAction *a : {m_playback->firstAction(), m_playback->backAction()})
        a->setEnabled(any && !m_controller->atStart());
    for (QAction *a : {m_playback->forwardAction(), m_playback->lastAction()})
        a->setEnabled(any && !m_controller->atEnd());
    m_playback->playAction()->setEnabled(any);
    if (!any) {
        m_walk->clear();
        m_tlb->clear();
        m_cycles->clear();
        m_fault->clear();
        m_memory->clear();
        m_narration->clear();
        m_bitSlice->setHighlightedField(-1);
        m_annotations->setPosition(-1, -1);
        return;
    }
    const mmu::PagingFormat &format = m_session->format();
    const std::vector<mmu::Step> &steps = m_session->steps();
    const int step = std::min(m_controller->step(), static_cast<int>(steps.size()) - 1);
    const mmu::Step &s = steps[static_cast<size_t>(step)];
    const uint64_t va = m_session->translation().va;

    m_bitSlice->setLeafLevel(-1);
    m_bitSlice->setAddress(va);
    // Once the page size is known (leaf read or TLB hit), a hugepage's offset is shown whole.
    m_bitSlice->setLeafLevel(m_session->leafLevelKnownAt(step));
    int field = -1;
    if (s.stage == mmu::Stage::EntryRead || s.stage == mmu::Stage::AccessedDirty || s.stage == mmu::Stage::WalkCache)
        field = s.level;
    else if (s.stage == mmu::Stage::Physical)
        field = static_cast<int>(m_bitSlice->fields().size()) - 1;
    m_bitSlice->setHighlightedField(field);

    std::vector<const mmu::Tlb *> tlbs;
    for (size_t u = 0; u < m_session->machine().tlbs.size(); ++u)
        tlbs.push_back(&m_session->tlbAtStep(static_cast<int>(u), step));
    m_tlb->setState(tlbs, steps, step);
    scrollTlbsToStep();
    m_walk->setWalk(format, va, m_session->root(), steps, step);
    m_walkScroll->verticalScrollBar()->setValue(m_walk->scrollTarget(m_walkScroll->viewport()->height()));
    m_cycles->setSteps(format, steps, step);
    m_fault->setSteps(format, steps, step);

    m_memory->setFrames(m_session->frameMap(), format.pageSize(), m_session->framesTouched(step),
                        m_session->frameTouchedBy(step));

    const views::StepNarrator narrator(format, &m_session->machine());
    const mmu::Translation &t = m_session->translation();
    const QString access = tr("%1 of %2 in %3 mode")
                               .arg(views::StepNarrator::accessName(t.type), views::StepNarrator::hexAddress(t.va),
                                    t.privilege == mmu::Privilege::User ? tr("user") : tr("supervisor"));
    m_narration->setSentence(narrator.narrate(steps, static_cast<size_t>(step)), m_session->current() + 1,
                             m_session->count(), access, step + 1, static_cast<int>(steps.size()));
    if (m_listedTranslation != m_session->current()) { // stepped into another translation
        addressEntry()->showAddress(va);
        m_steps->setTranslation(format, m_session->translation(), steps, &m_session->machine());
        m_listedTranslation = m_session->current();
    }
    m_steps->setCurrentStep(step);
    m_annotations->setPosition(m_session->current(), step);
    statusBar()->showMessage(narrator.summarize(m_session->translation()));
}

void MainWindow::scrollTlbsToStep()
{
    m_tlbScroll->verticalScrollBar()->setValue(m_tlb->scrollTarget(m_tlbScroll->viewport()->height()));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The grids' height follows the translation and the view's the window: once either has its
    // new size (after the step was shown), the indexed set is scrolled into view again.
    if (event->type() == QEvent::Resize && (watched == m_tlb || watched == m_tlbScroll->viewport()))
        scrollTlbsToStep();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_lessons->maybeSave()) {
        event->ignore();
        return;
    }
    setPresenting(false); // the normal layout is the one to keep
    m_settings->setGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->sync();
    QMainWindow::closeEvent(event);
}
