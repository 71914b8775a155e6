// SPDX-License-Identifier: GPL-3.0-or-later
#include "ostepimportdialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

OstepImportDialog::OstepImportDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit)
    , m_error(new QLabel)
    , m_origin(tr("pasted text"))
{
    setWindowTitle(tr("Import OSTEP Problem"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Paste what <tt>paging-multilevel-translate.py</tt> printed (the <tt>page NN:</tt> "
                                "lines, the PDBR line and the virtual addresses), or open a file with it."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setPlaceholderText(QStringLiteral("page   0: 00 03 06 09 …\nPDBR: 2  (decimal) [This means the page directory is held in this page]\nVirtual Address 0067: Translates To What Physical Address (And Fetches what Value)? Or Fault?"));
    layout->addWidget(m_text, 1);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *open = buttons->addButton(tr("Open &File…"), QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = m_chooseFile ? m_chooseFile()
                                          : QFileDialog::getOpenFileName(this, tr("Open OSTEP Problem"), QString(),
                                                                         tr("Text files (*.txt);;All files (*)"));
        if (!path.isEmpty())
            loadFile(path);
    });
    // An error is about the text as it was: editing it clears the message.
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] { m_error->hide(); });
    resize(760, 520);
}

QString OstepImportDialog::text() const
{
    return m_text->toPlainText();
}

bool OstepImportDialog::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("%1: cannot read: %2").arg(path, file.errorString()));
        return false;
    }
    m_text->setPlainText(QString::fromUtf8(file.readAll()));
    m_origin = QFileInfo(path).fileName();
    return true;
}

void OstepImportDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}
