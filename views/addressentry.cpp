// SPDX-License-Identifier: GPL-3.0-or-later
#include "addressentry.h"

#include "address.h"
#include "pagingformat.h"
#include "retranslator.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace views {

AddressEntry::AddressEntry(const mmu::PagingFormat &format, QWidget *parent)
    : QWidget(parent)
    , m_format(&format)
    , m_edit(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    // No clear button: it fades in with the first text, so the same step would look different
    // a moment later, in a figure or a projected picture. Select all and type does the same.
    QFont mono = m_edit->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_edit->setFont(mono);
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_status);

    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textChanged, this, &AddressEntry::revalidate);
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        if (m_address)
            emit addressSubmitted(*m_address);
    });
    Retranslator::follow(this, [this] {
        m_edit->setPlaceholderText(tr("Virtual address, e.g. 0x7fff_a1b2_c3d4"));
        m_edit->setAccessibleName(tr("Virtual address"));
        revalidate(); // the verdict under the line is a sentence too
    });
}

void AddressEntry::setFormat(const mmu::PagingFormat &format)
{
    m_format = &format;
    revalidate();
}

void AddressEntry::setText(const QString &text)
{
    m_edit->setText(text);
}

QString AddressEntry::text() const
{
    return m_edit->text();
}

void AddressEntry::addToHistory(const QString &text)
{
    const QString t = text.trimmed();
    m_historyPos = -1;
    if (t.isEmpty() || (!m_history.isEmpty() && m_history.last() == t))
        return;
    m_history.removeAll(t);
    m_history.append(t);
}

void AddressEntry::showAddress(uint64_t va)
{
    if (m_address == va)
        return;
    if (m_historyPos < 0)
        m_draft = m_edit->text(); // ↓ past the newest address brings back what was being typed
    for (int i = static_cast<int>(m_history.size()) - 1; i >= 0; --i) {
        const QByteArray utf8 = m_history[i].toUtf8();
        const auto parsed = mmu::parseAddress(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())), *m_format);
        if (parsed && *parsed == va) {
            m_historyPos = i;
            m_edit->setText(m_history[i]);
            return;
        }
    }
    m_historyPos = -1;
    m_edit->setText(QString::fromStdString(mmu::hex(va)));
}

bool AddressEntry::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down) {
            recall(key == Qt::Key_Up ? -1 : +1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AddressEntry::recall(int delta)
{
    if (m_history.isEmpty())
        return;
    if (m_historyPos < 0) {
        if (delta > 0)
            return;
        m_draft = m_edit->text();
        m_historyPos = static_cast<int>(m_history.size());
    }
    const int pos = m_historyPos + delta;
    if (pos < 0)
        return;
    if (pos >= m_history.size()) {
        m_historyPos = -1;
        m_edit->setText(m_draft);
        return;
    }
    m_historyPos = pos;
    m_edit->setText(m_history[pos]);
}

QString AddressEntry::errorText() const
{
    return m_address ? QString() : m_status->text();
}

QString AddressEntry::describe(const mmu::AddressError &e)
{
    using Kind = mmu::AddressError::Kind;
    switch (e.kind) {
    case Kind::Empty:
        return tr("Type a hexadecimal virtual address.");
    case Kind::NoDigits:
        return tr("Column %1: hex digits must follow “0x”.").arg(e.column);
    case Kind::InvalidCharacter:
        return tr("Column %1: “%2” is not a hex digit.")
            .arg(e.column)
            .arg(e.character >= 0x20 && e.character < 0x7f ? QString(QChar(static_cast<char16_t>(e.character)))
                                                           : QStringLiteral("\\x%1").arg(e.character, 2, 16, QLatin1Char('0')));
    case Kind::MisplacedSeparator:
        return tr("Column %1: a digit separator must stand between two hex digits.").arg(e.column);
    case Kind::TooWide:
        return tr("Column %1: bit %2 is set, but %3 addresses have %4 bits.")
            .arg(e.column)
            .arg(e.bit)
            .arg(QString::fromStdString(e.formatId))
            .arg(e.addressBits);
    }
    return {};
}

void AddressEntry::revalidate()
{
    const QByteArray utf8 = m_edit->text().toUtf8();
    auto parsed = mmu::parseAddress(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())), *m_format);
    if (parsed) {
        m_address = *parsed;
        const bool canonical = m_format->isCanonical(*parsed);
        m_status->setText(canonical ? tr("Canonical address.")
                                    : tr("Not canonical: bits %1..%2 must all equal bit %3, so this access "
                                         "raises a general-protection fault.")
                                          .arg(m_format->addressBits - 1)
                                          .arg(m_format->vaBits)
                                          .arg(m_format->vaBits - 1));
        m_edit->setPalette(QPalette());
        emit addressEdited(*parsed);
    } else {
        m_address.reset();
        m_status->setText(describe(parsed.error()));
        // Only the text colour is set, so the rest of the palette follows the theme.
        QPalette pal;
        if (!m_edit->text().trimmed().isEmpty())
            pal.setColor(QPalette::Text, QColor(0xD5, 0x5E, 0x00));
        m_edit->setPalette(pal);
    }
}

} // namespace views
