// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

#include <cstdint>
#include <optional>

class QLabel;
class QLineEdit;

namespace mmu {
struct PagingFormat;
struct AddressError;
} // namespace mmu

namespace views {

/**
 * The virtual-address line edit. It validates as the user types (hex with or without 0x,
 * '_' and '\'' separators), says what is wrong and where, and reports a valid address both
 * while typing (for the live bit slice) and when Return is pressed (to translate).
 */
class AddressEntry : public QWidget {
    Q_OBJECT
public:
    explicit AddressEntry(const mmu::PagingFormat &format, QWidget *parent = nullptr);

    void setFormat(const mmu::PagingFormat &format);
    void setText(const QString &text);
    QString text() const;
    std::optional<uint64_t> address() const { return m_address; }
    QString errorText() const;
    QLineEdit *lineEdit() const { return m_edit; }

    /** Remembers a submitted address; ↑ and ↓ in the line edit walk through them, newest first. */
    void addToHistory(const QString &text);
    const QStringList &history() const { return m_history; }
    /**
     * Shows `va`, an address translated before (stepping back to it): as it was typed when it
     * is in the history, where ↑ and ↓ then go on from it; otherwise in hex. Text that already
     * means `va` stays as it is.
     */
    void showAddress(uint64_t va);

    /** The translated sentence for a parse error, for any widget that shows one. */
    static QString describe(const mmu::AddressError &error);

signals:
    void addressEdited(quint64 address);
    void addressSubmitted(quint64 address);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void revalidate();
    void recall(int delta);

    const mmu::PagingFormat *m_format;
    QLineEdit *m_edit;
    QLabel *m_status;
    std::optional<uint64_t> m_address;
    QStringList m_history; ///< oldest first
    int m_historyPos = -1; ///< index into m_history while recalling, -1 when editing fresh text
    QString m_draft;       ///< what was typed before ↑ was first pressed
};

} // namespace views
