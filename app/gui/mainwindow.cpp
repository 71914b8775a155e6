// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "accessform.h"
#include "addressentry.h"
#include "appsettings.h"
#include "bitsliceview.h"
#include "cycleview.h"
#include "faultview.h"
#include "memorymapview.h"
#include "narrationview.h"
#include "playbackbar.h"
#include "stepcontroller.h"
#include "steplistview.h"
#include "stepnarrator.h"
#include "tlbview.h"
#include "walkview.h"

#include "machinefile.h"
#include "translationsession.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QGroupBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

/** Text size at 100 % zoom: large enough to read from the back of a lecture hall at 1080p. */
constexpr double BasePointSize = 12.0;

QGroupBox *panel(const QString &title, QWidget *content, bool scroll, QScrollArea **area = nullptr)
{
    auto *box = new QGroupBox(title);
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

mmu::MachineConfig loadPreset(const QString &id)
{
    auto m = mmu::loadMachine(id.toStdString());
    return m ? *m : *mmu::loadMachine("teaching");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(std::make_unique<AppSettings>(), parent)
{
}

MainWindow::MainWindow(std::unique_ptr<AppSettings> settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(std::move(settings))
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
{
    setWindowTitle(tr("mmulab — address translation laboratory"));
    buildLayout();
    createMenus();

    QList<QPair<QString, QString>> machines;
    for (const std::string &id : mmu::presetNames())
        machines.append({QString::fromStdString(id), QString::fromStdString(loadPreset(QString::fromStdString(id)).name)});
    m_form->setMachines(machines);
    m_form->setMachine(m_settings->machine());
    rebuildSession();

    connect(m_form, &views::AccessForm::machineChanged, this, &MainWindow::setMachine);
    connect(m_form, &views::AccessForm::formatChanged, this, [this] { rebuildSession(); });
    connect(m_form, &views::AccessForm::translateRequested, this, &MainWindow::translate);
    connect(addressEntry(), &views::AddressEntry::addressEdited, this, [this](quint64 va) {
        if (!m_session || m_session->current() < 0)
            m_bitSlice->setAddress(va);
    });
    connect(m_controller, &views::StepController::positionChanged, this, &MainWindow::showPosition);
    connect(m_controller, &views::StepController::playingChanged, m_playback, &views::PlaybackBar::setPlaying);
    connect(m_playback->firstAction(), &QAction::triggered, m_controller, &views::StepController::first);
    connect(m_playback->backAction(), &QAction::triggered, m_controller, &views::StepController::stepBack);
    connect(m_playback->playAction(), &QAction::triggered, m_controller, &views::StepController::togglePlay);
    connect(m_playback->forwardAction(), &QAction::triggered, m_controller, &views::StepController::stepForward);
    connect(m_playback->lastAction(), &QAction::triggered, m_controller, &views::StepController::last);
    connect(m_playback, &views::PlaybackBar::intervalChanged, this, [this](int ms) {
        m_controller->setInterval(ms);
        m_settings->setSpeed(m_playback->speed());
    });
    connect(m_steps, &views::StepListView::stepActivated, m_controller, &views::StepController::goToStep);
    // The window holds the stepping actions too, so their keys work wherever the focus is.
    addActions(m_playback->actions());
    m_playback->setSpeed(m_settings->speed());
    m_controller->setInterval(1000 / m_playback->speed());

    setTheme(m_settings->theme());
    setZoom(m_settings->zoom());
    resize(1280, 800);
    restoreGeometry(m_settings->geometry());
    restoreState(m_settings->windowState());
    showPosition();
    statusBar()->showMessage(tr("Type a virtual address and press Return."));
}

MainWindow::~MainWindow() = default;

views::AddressEntry *MainWindow::addressEntry() const
{
    return m_form->addressEntry();
}

const mmu::Translation &MainWindow::lastTranslation() const
{
    return m_session->translation();
}

void MainWindow::buildLayout()
{
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 6, 8, 4);
    layout->setSpacing(6);
    layout->addWidget(m_form);
    layout->addWidget(panel(tr("Virtual address"), m_bitSlice, false));
    m_narration->setAutoFillBackground(true);
    m_narration->setBackgroundRole(QPalette::AlternateBase);
    layout->addWidget(m_narration);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(panel(tr("Cycles"), m_cycles, false));
    rightLayout->addWidget(panel(tr("Fault"), m_fault, false));
    auto *tabs = new QTabWidget;
    auto *memoryScroll = new QScrollArea;
    memoryScroll->setWidget(m_memory);
    memoryScroll->setWidgetResizable(true);
    memoryScroll->setFrameShape(QFrame::NoFrame);
    tabs->addTab(memoryScroll, tr("Physical memory"));
    tabs->addTab(m_steps, tr("All steps"));
    rightLayout->addWidget(tabs, 1);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(panel(tr("Page walk"), m_walk, true, &m_walkScroll));
    split->addWidget(panel(tr("TLBs"), m_tlb, true));
    split->addWidget(right);
    // At 1920 pixels: the walk and the TLB grids get the room, the cycle column what they leave.
    split->setSizes({640, 780, 460});
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);
    layout->addWidget(m_playback);
    setCentralWidget(central);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *in = view->addAction(tr("Zoom &in"), this, [this] { setZoom(m_zoom + 10); });
    in->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *out = view->addAction(tr("Zoom &out"), this, [this] { setZoom(m_zoom - 10); });
    out->setShortcuts(QKeySequence::ZoomOut);
    view->addAction(tr("&Reset zoom"), QKeySequence(Qt::CTRL | Qt::Key_0), this,
                    [this] { setZoom(AppSettings::DefaultZoom); });
    view->addSeparator();
    auto *themes = new QActionGroup(this);
    QAction *light = view->addAction(tr("&Light theme"), this, [this] { setTheme(views::Theme::Light); });
    QAction *dark = view->addAction(tr("&Dark theme"), this, [this] { setTheme(views::Theme::Dark); });
    for (QAction *a : {light, dark}) {
        a->setCheckable(true);
        themes->addAction(a);
    }
    m_lightAction = light;
    m_darkAction = dark;
    view->addSeparator();
    // QKeySequence::FullScreen can be empty (STYLE.md): bind F11 explicitly.
    view->addAction(tr("&Presentation (full screen)"), QKeySequence(Qt::Key_F11), this,
                    [this] { setWindowState(windowState() ^ Qt::WindowFullScreen); });
    QMenu *playback = menuBar()->addMenu(tr("&Step"));
    playback->addActions(m_playback->actions());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About mmulab"), this, [this] {
        QMessageBox::about(this, tr("About mmulab"),
                           tr("<p><b>mmulab</b> %1</p><p>A laboratory for virtual memory address translation.</p>"
                              "<p>License: GPL-3.0-or-later.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    // Escape in the address field hands the keys back to stepping.
    auto *leave = new QAction(this);
    leave->setShortcut(QKeySequence(Qt::Key_Escape));
    leave->setShortcutContext(Qt::WindowShortcut);
    connect(leave, &QAction::triggered, this, [this] { m_walkScroll->setFocus(); });
    addAction(leave);
}

void MainWindow::setZoom(int percent)
{
    m_zoom = std::clamp(percent, AppSettings::MinZoom, AppSettings::MaxZoom);
    QFont f = font();
    f.setPointSizeF(BasePointSize * m_zoom / 100.0);
    setFont(f);
    m_settings->setZoom(m_zoom);
    statusBar()->showMessage(tr("Zoom %1 %").arg(m_zoom), 2000);
}

void MainWindow::setTheme(views::Theme theme)
{
    m_theme = theme;
    setPalette(views::themePalette(theme));
    m_settings->setTheme(theme);
    (theme == views::Theme::Dark ? m_darkAction : m_lightAction)->setChecked(true);
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
    mmu::MachineConfig machine = loadPreset(m_form->machine());
    machine.paging = m_form->formatId().toStdString();
    auto session = std::make_unique<mmu::TranslationSession>(machine);
    if (const auto &error = session->layoutError())
        statusBar()->showMessage(QString::fromStdString(error->message()));
    // The same accesses on the new machine: compare machines without retyping.
    if (m_session) {
        for (const mmu::SessionAccess &a : m_session->accesses())
            session->translate(a);
        if (m_session->current() >= 0)
            session->goTo(m_session->current());
    }
    m_controller->setSession(nullptr);
    m_session = std::move(session);
    const mmu::PagingFormat &format = m_session->format();
    addressEntry()->setFormat(format);
    m_bitSlice->setFormat(format);
    m_walk->setMachine(machine);
    m_cycles->setMachine(machine);
    m_fault->setMachine(machine);
    if (m_session->current() >= 0)
        m_steps->setTranslation(format, m_session->translation(), m_session->steps(), &m_session->machine());
    else
        m_steps->clear();
    m_controller->setSession(m_session.get());
}

void MainWindow::translate(uint64_t va)
{
    m_session->translate({va, m_form->accessType(), m_form->privilege()});
    addressEntry()->addToHistory(addressEntry()->text());
    m_steps->setTranslation(m_session->format(), m_session->translation(), m_session->steps(), &m_session->machine());
    m_controller->restart();
    if (addressEntry()->lineEdit()->hasFocus())
        m_walkScroll->setFocus(); // → and ← now step instead of moving the text cursor
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
    m_walk->setWalk(format, va, m_session->root(), steps, step);
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
    m_steps->setCurrentStep(step);
    statusBar()->showMessage(narrator.summarize(m_session->translation()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->sync();
    QMainWindow::closeEvent(event);
}
