// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lesson.h"
#include "lessonnotesview.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class AppSettings;
class QAction;
class QMenu;
class QWidget;

namespace mmu {
class TranslationSession;
}

namespace views {
class AnnotationLayer;
}

struct FigureInfo;

/**
 * The lesson as a document: which file it came from, whether it has unsaved changes, and
 * File → New, Open…, Open Recent, Save and Save As… (DESIGN §2.6). The window's session
 * holds the machine, mappings and accesses; the annotation layer holds the annotations;
 * this class keeps the rest (title, notes) and puts them together when saving. A file that
 * cannot be read or is newer than this program is reported through errorOccurred() and the
 * open lesson stays as it was. Writes go through QSaveFile, so a failed save leaves the old
 * file intact.
 */
class LessonController : public QObject {
    Q_OBJECT
public:
    /** The combo-box id of a lesson's own machine when it is none of the presets. */
    static const QString LessonMachineId;

    LessonController(AppSettings &settings, views::AnnotationLayer *annotations, QWidget *window);
    ~LessonController() override;

    /** Reads a lesson (a path, or ":/lessons/…"); false, and nothing changed, when it cannot. */
    bool open(const QString &path);
    /** Writes the current lesson to `path` and makes it the lesson's file; false and an error otherwise. */
    bool saveAs(const QString &path);
    /** Writes to the lesson's file; false when it has none (untitled or bundled) or the write fails. */
    bool save();
    /** An empty, untitled lesson on the current machine. */
    void newLesson();
    /**
     * An OSTEP problem (the text paging-multilevel-translate.py printed; `origin` names it) as a
     * new lesson with no file, on the current machine with OSTEP paging, one access per address;
     * false, and nothing changed, when it does not parse (lastError() says where).
     */
    bool importOstep(const QString &text, const QString &origin);
    QString lastError() const { return m_error; }

    /** The window's session, which holds the lesson's machine, mappings and accesses. */
    void setSession(const mmu::TranslationSession *session);
    /** The session's accesses or machine changed (a translation, another machine). */
    void sessionChanged();
    /** Shows the notes of the session's current access. */
    void showCurrentAccess();

    /** The lesson as it would be saved now. */
    mmu::Lesson currentLesson() const;
    const mmu::Lesson &document() const { return m_document; }
    void setTitle(const QString &title);
    void setNotes(const QString &markdown);
    /** The file the lesson was read from or saved to; empty for a new lesson. */
    QString filePath() const { return m_path; }
    /** Bundled lessons live in the program's resources: Save asks for a file name. */
    bool isBundled() const { return m_path.startsWith(QLatin1Char(':')); }
    bool isModified() const { return m_modified; }
    /** The name for the title bar: the file name, the lesson's title, or "Untitled". */
    QString displayName() const;
    /** "name[*] — mmulab": QWidget::setWindowTitle shows the [*] as the modified marker. */
    QString windowTitle() const;
    /** The metadata of a figure of step `step` of the current access. */
    FigureInfo figureInfo(int step) const;

    /** The machines for the machine selector: the presets, then the lesson's own when it is not one. */
    QList<QPair<QString, QString>> machineChoices() const;
    /** The machine behind a selector id: a preset, the lesson's own (LessonMachineId), else teaching. */
    mmu::MachineConfig machineFor(const QString &id) const;
    /** The selector id of `machine` ignoring its paging format: a preset id, or LessonMachineId. */
    QString machineIdFor(const mmu::MachineConfig &machine) const;

    /**
     * Asks whether to save unsaved changes before they would be lost; true when it is fine to
     * go on (saved, discarded, or nothing worth asking about). A new lesson with accesses but
     * no file, title, notes or annotations is scratch work and is not asked about.
     */
    bool maybeSave();
    /** Replaces the Save/Discard/Cancel question (tests); the default shows a message box. */
    void setQuestion(std::function<QMessageBox::StandardButton(const QString &)> question);
    /** Replaces the file dialogs (tests): (title, directory, filter, save) → path or empty. */
    void setFileChooser(std::function<QString(const QString &, const QString &, const QString &, bool)> chooser);

    /** New, Open…, Open Recent, Open Bundled Lesson, Save, Save As…, inserted before `before`. */
    void addFileActions(QMenu *file, QAction *before);
    /** A menu of the bundled lessons (Help → Lessons). */
    QMenu *lessonsMenu() const { return m_lessonsMenu; }
    QAction *saveAction() const { return m_saveAction; }
    views::LessonNotesView *notesView() const { return m_notes.data(); }

    /** ":/lessons/…" paths of the bundled lessons, in order. */
    static QStringList bundledLessons();
    /** The path of bundled lesson `number` (1-based), or empty. */
    static QString bundledLesson(int number);

signals:
    /** A lesson was read or created: the window makes a session of it (openLessonSession). */
    void lessonOpened(const mmu::Lesson &lesson);
    /** The file, the title or the modified state changed: the title bar follows. */
    void stateChanged();
    void errorOccurred(const QString &message);

private:
    void openInteractively();
    void importOstepInteractively();
    void saveInteractively();
    bool saveAsInteractively();
    void adopt(const mmu::Lesson &lesson, const QString &path);
    void updateModified();
    void fillRecentMenu();
    void fail(const QString &message);
    bool worthAsking() const;

    AppSettings &m_settings;
    QPointer<views::AnnotationLayer> m_annotations;
    QPointer<QWidget> m_window;
    QPointer<views::LessonNotesView> m_notes; ///< ours until a dock takes it
    const mmu::TranslationSession *m_session = nullptr;
    mmu::Lesson m_document; ///< title, notes and per-access notes; machine etc. as last opened or saved
    mmu::Lesson m_saved;    ///< what the file holds; its machine is the selector's "lesson" machine
    QString m_path;
    bool m_modified = false;
    QString m_error;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_lessonsMenu = nullptr;
    QAction *m_saveAction = nullptr;
    std::function<QMessageBox::StandardButton(const QString &)> m_question;
    std::function<QString(const QString &, const QString &, const QString &, bool)> m_chooser;
};
