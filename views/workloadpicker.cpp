// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloadpicker.h"

#include "machinefile.h"
#include "workloadspec.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace views {

namespace {

const mmu::PageSizePolicy AllPageSizes[] = {mmu::PageSizePolicy::Base, mmu::PageSizePolicy::Huge2M,
                                            mmu::PageSizePolicy::Huge1G, mmu::PageSizePolicy::Thp};

QString name(mmu::PageSizePolicy p)
{
    return QString::fromLatin1(mmu::pageSizePolicyName(p));
}

QStringList keysOf(mmu::WorkloadKind kind)
{
    return QString::fromLatin1(mmu::workloadKindKeys(kind)).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

WorkloadPicker::WorkloadPicker(QWidget *parent)
    : QDialog(parent)
    , m_generated(new QRadioButton(tr("&Generated workload")))
    , m_traced(new QRadioButton(tr("&Trace file")))
    , m_kind(new QComboBox)
    , m_params(new QFormLayout)
    , m_trace(new QLineEdit)
    , m_machine(new QComboBox)
    , m_otherMachine(new QComboBox)
    , m_command(new QLabel)
    , m_error(new QLabel)
{
    setWindowTitle(tr("Choose a workload"));
    const std::pair<mmu::WorkloadKind, QString> kinds[] = {
        {mmu::WorkloadKind::Sequential, tr("sequential scan")},
        {mmu::WorkloadKind::Strided, tr("strided")},
        {mmu::WorkloadKind::Random, tr("uniform random")},
        {mmu::WorkloadKind::HotCold, tr("hot/cold working set")},
        {mmu::WorkloadKind::Matrix, tr("matrix traversal")},
        {mmu::WorkloadKind::PointerChase, tr("pointer chase")},
        {mmu::WorkloadKind::ScanHot, tr("scan over a hot set")}};
    for (const auto &[kind, text] : kinds)
        m_kind->addItem(text, QString::fromLatin1(mmu::workloadKindName(kind)));
    m_params->addRow(tr("Pattern:"), m_kind);
    // One field per key of any kind; a kind shows the keys it takes. Empty means the default.
    const std::pair<QString, QString> keys[] = {
        {QStringLiteral("size"), tr("Region size:")},   {QStringLiteral("rows"), tr("Rows:")},
        {QStringLiteral("cols"), tr("Columns:")},       {QStringLiteral("order"), tr("Order (row/col):")},
        {QStringLiteral("hot"), tr("Hot set size:")},   {QStringLiteral("hotfrac"), tr("Hot fraction:")},
        {QStringLiteral("scan"), tr("Scanned size:")},  {QStringLiteral("stride"), tr("Stride:")},
        {QStringLiteral("node"), tr("Node size:")},     {QStringLiteral("count"), tr("Accesses:")},
        {QStringLiteral("elem"), tr("Bytes per access:")}, {QStringLiteral("write"), tr("Write fraction:")},
        {QStringLiteral("seed"), tr("Seed:")},          {QStringLiteral("base"), tr("Base address:")}};
    for (const auto &[key, label] : keys) {
        auto *edit = new QLineEdit;
        edit->setPlaceholderText(tr("default"));
        m_fields.insert(key, edit);
        m_params->addRow(label, edit);
        connect(edit, &QLineEdit::textChanged, this, &WorkloadPicker::update);
    }
    m_fields[QStringLiteral("size")]->setText(QStringLiteral("64M"));
    m_fields[QStringLiteral("count")]->setText(QStringLiteral("1M"));
    m_fields[QStringLiteral("size")]->setToolTip(tr("Bytes: 4K, 64M, 1G (powers of 1024)"));
    m_fields[QStringLiteral("count")]->setToolTip(tr("Accesses: 1000, 10K, 10M (powers of 1000)"));

    auto *source = new QGroupBox(tr("Accesses"));
    auto *sourceLayout = new QVBoxLayout(source);
    sourceLayout->addWidget(m_generated);
    sourceLayout->addLayout(m_params);
    sourceLayout->addWidget(m_traced);
    auto *traceRow = new QHBoxLayout;
    auto *browse = new QPushButton(tr("Open trace file…"));
    m_trace->setPlaceholderText(tr("Valgrind lackey, Dinero din, Pin or plain address list"));
    traceRow->addWidget(m_trace, 1);
    traceRow->addWidget(browse);
    sourceLayout->addLayout(traceRow);
    m_generated->setChecked(true);

    auto *machine = new QGroupBox(tr("Machine and page size"));
    auto *machineLayout = new QFormLayout(machine);
    m_otherMachine->addItem(tr("(no comparison)"), QString());
    for (const std::string &preset : mmu::presetNames()) {
        m_machine->addItem(QString::fromStdString(preset), QString::fromStdString(preset));
        m_otherMachine->addItem(QString::fromStdString(preset), QString::fromStdString(preset));
    }
    auto *machineRow = new QHBoxLayout;
    auto *machineFile = new QPushButton(tr("Machine file…"));
    machineRow->addWidget(m_machine, 1);
    machineRow->addWidget(machineFile);
    machineLayout->addRow(tr("Machine:"), machineRow);
    auto *sizes = new QHBoxLayout;
    for (mmu::PageSizePolicy p : AllPageSizes) {
        auto *box = new QCheckBox(name(p));
        m_sizes.insert(p, box);
        sizes->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &WorkloadPicker::update);
    }
    m_sizes[mmu::PageSizePolicy::Base]->setChecked(true);
    sizes->addStretch();
    machineLayout->addRow(tr("Page sizes (two or more compare):"), sizes);
    auto *otherRow = new QHBoxLayout;
    auto *otherFile = new QPushButton(tr("Machine file…"));
    otherRow->addWidget(m_otherMachine, 1);
    otherRow->addWidget(otherFile);
    machineLayout->addRow(tr("Compare with machine:"), otherRow);

    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_command->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::BrightText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Replay"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(source);
    layout->addWidget(machine);
    layout->addWidget(m_command);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &WorkloadPicker::kindChanged);
    connect(m_generated, &QRadioButton::toggled, this, &WorkloadPicker::update);
    connect(m_trace, &QLineEdit::textChanged, this, [this] {
        m_traced->setChecked(true);
        update();
    });
    connect(browse, &QPushButton::clicked, this, &WorkloadPicker::browseTrace);
    connect(machineFile, &QPushButton::clicked, this, [this] { addMachineFile(m_machine); });
    connect(otherFile, &QPushButton::clicked, this, [this] { addMachineFile(m_otherMachine); });
    connect(m_machine, &QComboBox::currentIndexChanged, this, &WorkloadPicker::update);
    connect(m_otherMachine, &QComboBox::currentIndexChanged, this, &WorkloadPicker::update);
    m_kind->setCurrentIndex(m_kind->findData(QStringLiteral("random")));
    kindChanged();
}

void WorkloadPicker::kindChanged()
{
    const auto kind = mmu::workloadKindFromName(m_kind->currentData().toString().toStdString());
    const QStringList keys = keysOf(kind.value_or(mmu::WorkloadKind::Random));
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        m_params->setRowVisible(it.value(), keys.contains(it.key()));
    update();
}

QString WorkloadPicker::workloadSpec() const
{
    const auto kind = mmu::workloadKindFromName(m_kind->currentData().toString().toStdString());
    QString spec = m_kind->currentData().toString() + QLatin1Char(':');
    QStringList parts;
    for (const QString &key : keysOf(kind.value_or(mmu::WorkloadKind::Random))) {
        const QString value = m_fields.value(key)->text().trimmed();
        if (!value.isEmpty())
            parts.append(key + QLatin1Char('=') + value);
    }
    return spec + parts.join(QLatin1Char(','));
}

bool WorkloadPicker::setWorkload(const QString &spec)
{
    if (!mmu::parseWorkloadSpec(spec.toStdString()))
        return false;
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    const int index = m_kind->findData(spec.left(colon < 0 ? spec.size() : colon).trimmed());
    for (QLineEdit *edit : m_fields)
        edit->clear();
    if (colon >= 0)
        for (const QString &pair : spec.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            if (QLineEdit *edit = m_fields.value(pair.left(eq).trimmed()); edit && eq > 0)
                edit->setText(pair.mid(eq + 1).trimmed());
        }
    m_kind->setCurrentIndex(index);
    m_generated->setChecked(true);
    kindChanged();
    return true;
}

void WorkloadPicker::setTraceFile(const QString &path)
{
    m_trace->setText(path);
    m_traced->setChecked(true);
}

void WorkloadPicker::setMachine(const QString &machine)
{
    int i = m_machine->findData(machine);
    if (i < 0) {
        m_machine->addItem(machine, machine);
        i = m_machine->count() - 1;
    }
    m_machine->setCurrentIndex(i);
}

void WorkloadPicker::setCompareMachine(const QString &other)
{
    int i = m_otherMachine->findData(other);
    if (i < 0) {
        m_otherMachine->addItem(other, other);
        i = m_otherMachine->count() - 1;
    }
    m_otherMachine->setCurrentIndex(i);
}

void WorkloadPicker::setPageSizes(const QList<mmu::PageSizePolicy> &sizes)
{
    for (auto it = m_sizes.begin(); it != m_sizes.end(); ++it)
        it.value()->setChecked(sizes.contains(it.key()));
}

QList<mmu::PageSizePolicy> WorkloadPicker::pageSizes() const
{
    QList<mmu::PageSizePolicy> sizes;
    for (mmu::PageSizePolicy p : AllPageSizes)
        if (m_sizes.value(p)->isChecked())
            sizes.append(p);
    return sizes;
}

std::optional<mmu::ReplayJob> WorkloadPicker::job(QString *error) const
{
    auto fail = [&](const QString &why) -> std::optional<mmu::ReplayJob> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    mmu::ReplayJob job;
    if (m_generated->isChecked()) {
        const std::string spec = workloadSpec().toStdString();
        if (auto parsed = mmu::parseWorkloadSpec(spec); !parsed)
            return fail(QString::fromStdString(parsed.error().message()));
        job.workload = spec;
    } else {
        if (m_trace->text().trimmed().isEmpty())
            return fail(tr("Choose a trace file."));
        job.trace = m_trace->text().trimmed().toStdString();
    }
    const QList<mmu::PageSizePolicy> sizes = pageSizes();
    if (sizes.isEmpty())
        return fail(tr("Choose at least one page size."));
    const QString other = m_otherMachine->currentData().toString();
    if (!other.isEmpty() && sizes.size() > 1)
        return fail(tr("Compare page sizes or machines, not both: check one page size to compare machines."));
    QStringList machines{m_machine->currentData().toString()};
    if (!other.isEmpty())
        machines.append(other);
    for (const QString &m : machines) {
        auto machine = mmu::loadMachine(m.toStdString());
        if (!machine)
            return fail(tr("Machine %1").arg(QString::fromStdString(machine.error().message())));
        for (mmu::PageSizePolicy p : sizes) {
            const std::string label = machines.size() > 1 ? m.toStdString() : std::string(mmu::pageSizePolicyName(p));
            job.runs.push_back({label, m.toStdString(), mmu::ReplayConfig{*machine, p}});
        }
    }
    return job;
}

void WorkloadPicker::update()
{
    if (!m_ok)
        return; // still being built: the constructor updates once at its end
    QString error;
    const auto j = job(&error);
    m_ok->setEnabled(j.has_value());
    m_error->setText(error);
    if (!j) {
        m_command->clear();
        return;
    }
    QStringList args{QStringLiteral("mmulab-cli run")};
    for (const std::string &a : j->cliArguments())
        args.append(QString::fromStdString(a));
    m_command->setText(tr("The same on the command line: %1").arg(args.join(QLatin1Char(' '))));
}

void WorkloadPicker::browseTrace()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open trace file"), QString(),
                                                      tr("Traces (*.lackey *.din *.out *.trace *.txt);;All files (*)"));
    if (!path.isEmpty())
        setTraceFile(path);
}

void WorkloadPicker::addMachineFile(QComboBox *box)
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open machine file"), QString(), tr("Machine files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    box->addItem(path, path);
    box->setCurrentIndex(box->count() - 1);
}

} // namespace views
