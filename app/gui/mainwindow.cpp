// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "addressentry.h"
#include "bitsliceview.h"
#include "steplistview.h"
#include "stepnarrator.h"

#include "system.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_formatBox(new QComboBox)
    , m_accessBox(new QComboBox)
    , m_modeBox(new QComboBox)
    , m_entry(new views::AddressEntry(mmu::x86_64Format()))
    , m_bitSlice(new views::BitSliceView(mmu::x86_64Format()))
    , m_steps(new views::StepListView)
    , m_summary(new QLabel)
{
    setWindowTitle(tr("mmulab — address translation laboratory"));

    for (const mmu::PagingFormat *f : mmu::allFormats())
        m_formatBox->addItem(QString::fromStdString(f->displayName), QString::fromStdString(f->id));
    m_accessBox->addItem(tr("Read"), static_cast<int>(mmu::AccessType::Read));
    m_accessBox->addItem(tr("Write"), static_cast<int>(mmu::AccessType::Write));
    m_accessBox->addItem(tr("Execute"), static_cast<int>(mmu::AccessType::Execute));
    m_modeBox->addItem(tr("User mode"), static_cast<int>(mmu::Privilege::User));
    m_modeBox->addItem(tr("Supervisor mode"), static_cast<int>(mmu::Privilege::Supervisor));

    auto *translateButton = new QPushButton(tr("&Translate"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Paging format:"), m_formatBox);
    form->addRow(tr("&Access:"), m_accessBox);
    form->addRow(tr("&Mode:"), m_modeBox);
    form->addRow(tr("&Virtual address:"), m_entry);
    form->addRow(QString(), translateButton);

    auto *sliceBox = new QGroupBox(tr("Address fields"));
    (new QVBoxLayout(sliceBox))->addWidget(m_bitSlice);
    auto *walkBox = new QGroupBox(tr("Translation"));
    auto *walkLayout = new QVBoxLayout(walkBox);
    walkLayout->addWidget(m_summary);
    walkLayout->addWidget(m_steps);
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->addLayout(form);
    layout->addWidget(sliceBox);
    layout->addWidget(walkBox, 1);
    setCentralWidget(central);
    createMenus();

    connect(m_formatBox, &QComboBox::currentIndexChanged, this, &MainWindow::selectFormat);
    connect(m_entry, &views::AddressEntry::addressEdited, m_bitSlice, &views::BitSliceView::setAddress);
    connect(m_entry, &views::AddressEntry::addressSubmitted, this, &MainWindow::translate);
    connect(translateButton, &QPushButton::clicked, this, [this] {
        if (auto va = m_entry->address())
            translate(*va);
    });

    selectFormat(0);
    resize(1100, 760);
    statusBar()->showMessage(tr("Type a virtual address and press Return."));
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About mmulab"), this, [this] {
        QMessageBox::about(this, tr("About mmulab"),
                           tr("<p><b>mmulab</b> %1</p><p>A laboratory for virtual memory address translation.</p>"
                              "<p>License: GPL-3.0-or-later.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::selectFormat(int index)
{
    const QByteArray id = m_formatBox->itemData(index).toString().toUtf8();
    const mmu::PagingFormat *format = mmu::findFormat(std::string_view(id.constData(), static_cast<size_t>(id.size())));
    if (!format)
        return;
    m_system = std::make_unique<mmu::System>(*format);
    if (auto layout = m_system->addDefaultLayout(); !layout)
        QMessageBox::warning(this, tr("Default layout"), QString::fromStdString(layout.error().message()));
    m_entry->setFormat(*format);
    m_bitSlice->setFormat(*format);
    m_steps->clear();
    m_summary->clear();
}

void MainWindow::translate(uint64_t va)
{
    const auto type = static_cast<mmu::AccessType>(m_accessBox->currentData().toInt());
    const auto privilege = static_cast<mmu::Privilege>(m_modeBox->currentData().toInt());
    std::vector<mmu::Step> steps;
    m_last = m_system->translate(va, type, privilege, &steps);
    m_bitSlice->setAddress(va);
    m_steps->setTranslation(m_system->format(), m_last, steps);
    m_summary->setText(views::StepNarrator(m_system->format()).summarize(m_last));
    statusBar()->showMessage(tr("%n step(s)", nullptr, static_cast<int>(steps.size())));
}
