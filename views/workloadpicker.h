// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replayjob.h"

#include <QDialog>
#include <QMap>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace views {

/**
 * Chooses what the charts replay: a generator with its parameters — written as the same
 * `--workload` spec the command line takes, and checked by the same parser — or a trace file;
 * the machine and page size; and optionally a comparison of 2–4 page sizes or of two machines.
 * It shows the `mmulab-cli run` command that replays the same.
 */
class WorkloadPicker : public QDialog {
    Q_OBJECT
public:
    explicit WorkloadPicker(QWidget *parent = nullptr);

    /** Fills the generator fields from a spec ("random:size=1G,count=10M,seed=7"); false if it does not parse. */
    bool setWorkload(const QString &spec);
    void setTraceFile(const QString &path);
    /** A preset name or a machine file. */
    void setMachine(const QString &machine);
    /** One page size: a single run; more: a comparison of them. */
    void setPageSizes(const QList<mmu::PageSizePolicy> &sizes);
    /** Compares the machine with `other` (a preset or file); empty: no machine comparison. */
    void setCompareMachine(const QString &other);

    /** The spec the generator fields make. */
    QString workloadSpec() const;
    /** The job as chosen, or nullopt with `error` saying what is wrong and where. */
    std::optional<mmu::ReplayJob> job(QString *error = nullptr) const;

private:
    void kindChanged();
    void update();
    void browseTrace();
    void addMachineFile(QComboBox *box);
    QList<mmu::PageSizePolicy> pageSizes() const;

    QRadioButton *m_generated;
    QRadioButton *m_traced;
    QComboBox *m_kind;
    QFormLayout *m_params;
    QMap<QString, QLineEdit *> m_fields;
    QLineEdit *m_trace;
    QComboBox *m_machine;
    QComboBox *m_otherMachine;
    QMap<mmu::PageSizePolicy, QCheckBox *> m_sizes;
    QLabel *m_command;
    QLabel *m_error;
    QPushButton *m_ok = nullptr;
};

} // namespace views
