// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QPlainTextEdit;

/**
 * File → Import OSTEP Problem…: the output of OSTEP's paging-multilevel-translate.py, pasted
 * into the box or read from a file with Open File…. The window checks the text when the
 * dialog is accepted; a problem that does not parse comes back here with its line and column.
 */
class OstepImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit OstepImportDialog(QWidget *parent = nullptr);

    QString text() const;
    /** Where the text came from: the file's name, or "pasted text". */
    QString origin() const { return m_origin; }
    /** Puts the contents of `path` in the box; false, with the reason shown, when it cannot be read. */
    bool loadFile(const QString &path);
    void showError(const QString &message);
    /** Replaces the file dialog (tests): returns a path or empty. */
    void setFileChooser(std::function<QString()> chooser) { m_chooseFile = std::move(chooser); }

private:
    QPlainTextEdit *m_text;
    QLabel *m_error;
    QString m_origin;
    std::function<QString()> m_chooseFile;
};
