// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "step.h"

#include <QWidget>

#include <cstdint>

class QComboBox;
class QPushButton;

namespace mmu {
struct PagingFormat;
}

namespace views {

class AddressEntry;

/**
 * The row above the pictures: which machine, which paging format, what kind of access in
 * which mode, and the virtual address. It only collects choices; the window acts on them.
 */
class AccessForm : public QWidget {
    Q_OBJECT
public:
    explicit AccessForm(const mmu::PagingFormat &format, QWidget *parent = nullptr);

    /** Machine presets as (id, display name); the id is what settings store. */
    void setMachines(const QList<QPair<QString, QString>> &machines);
    void setMachine(const QString &id);
    QString machine() const;
    QString formatId() const;
    void setFormatId(const QString &id);
    mmu::AccessType accessType() const;
    mmu::Privilege privilege() const;

    AddressEntry *addressEntry() const { return m_entry; }
    /** Everything but the address line: what a projector can do without. */
    QList<QWidget *> secondaryWidgets() const { return m_secondary; }

signals:
    void machineChanged(const QString &id);
    void formatChanged(const QString &id);
    /** Return in the address line or the Translate button, with a valid address. */
    void translateRequested(quint64 va);

private:
    QComboBox *m_machineBox;
    QComboBox *m_formatBox;
    QComboBox *m_accessBox;
    QComboBox *m_modeBox;
    AddressEntry *m_entry;
    QPushButton *m_translate;
    QList<QWidget *> m_secondary;
};

} // namespace views
