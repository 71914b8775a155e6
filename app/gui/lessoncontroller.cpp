// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessoncontroller.h"

#include "annotationlayer.h"
#include "appsettings.h"
#include "figureexporter.h"
#include "lessonnotesview.h"
#include "ostepimportdialog.h"
#include "retranslator.h"

#include "address.h"
#include "lessonfile.h"
#include "machinefile.h"
#include "translationsession.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSaveFile>

const QString LessonController::LessonMachineId = QStringLiteral("lesson");

namespace {

const char *const LessonSuffix = ".mmulab";

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

/** The machine as its file would say, without the paging format the selector sets apart. */
nlohmann::json withoutPaging(const mmu::MachineConfig &machine)
{
    mmu::MachineConfig m = machine;
    m.paging.clear();
    return mmu::machineToJson(m);
}

/** A lesson's text from a file, or from the metadata of a figure mmulab exported. */
bool readLessonText(const QString &path, QByteArray &text, QString &error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        error = QObject::tr("%1: no such file").arg(path);
        return false;
    }
    if (info.isDir()) {
        error = QObject::tr("%1: is a directory, not a file").arg(path);
        return false;
    }
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("png") || suffix == QLatin1String("svg")) {
        const auto embedded = FigureExporter::embeddedLesson(path);
        if (!embedded) {
            error = QObject::tr("%1: this picture holds no mmulab lesson").arg(path);
            return false;
        }
        text = *embedded;
        return true;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = QObject::tr("%1: cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    // Bounded, as the model reads files: /dev/zero or a huge file must not take all memory.
    text = file.read(static_cast<qint64>(mmu::MaxTextFileBytes) + 1);
    if (static_cast<size_t>(text.size()) > mmu::MaxTextFileBytes) {
        text.clear();
        error = QObject::tr("%1: is larger than %2 MiB, more than any lesson file")
                    .arg(path)
                    .arg(mmu::MaxTextFileBytes >> 20);
        return false;
    }
    return true;
}

} // namespace

LessonController::LessonController(AppSettings &settings, views::AnnotationLayer *annotations, QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_annotations(annotations)
    , m_window(window)
    , m_notes(new views::LessonNotesView)
{
    m_document = mmu::emptyLesson(machineFor(QStringLiteral("teaching")));
    m_saved = m_document;
    m_lessonsMenu = new QMenu(window); // its title is the File menu's entry, set there
    int number = 1;
    for (const QString &path : bundledLessons()) {
        QFile file(path);
        QString title = QFileInfo(path).completeBaseName();
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray text = file.readAll();
            if (auto lesson = mmu::parseLesson(std::string_view(text.constData(), static_cast<size_t>(text.size())),
                                               path.toStdString()))
                title = fromStd(lesson->title);
        }
        QAction *a = m_lessonsMenu->addAction(tr("&%1 %2").arg(number++).arg(title), this, [this, path] {
            if (maybeSave())
                open(path);
        });
        a->setData(path);
    }
    if (m_annotations)
        connect(m_annotations, &views::AnnotationLayer::annotationsChanged, this, &LessonController::updateModified);
}

LessonController::~LessonController()
{
    if (m_notes && !m_notes->parent())
        delete m_notes.data(); // nobody docked it
}

QStringList LessonController::bundledLessons()
{
    QStringList paths;
    const QDir dir(QStringLiteral(":/lessons"));
    for (const QString &name : dir.entryList({QStringLiteral("*.mmulab")}, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

QString LessonController::bundledLesson(int number)
{
    const QStringList paths = bundledLessons();
    return number >= 1 && number <= paths.size() ? paths[number - 1] : QString();
}

// --- opening and saving ------------------------------------------------------------------------

bool LessonController::open(const QString &path)
{
    QByteArray text;
    QString error;
    if (!readLessonText(path, text, error)) {
        fail(error);
        return false;
    }
    auto lesson = mmu::parseLesson(std::string_view(text.constData(), static_cast<size_t>(text.size())),
                                   path.toStdString());
    if (!lesson) {
        fail(fromStd(lesson.error().message()));
        return false;
    }
    // The window asks for the lesson's machine while it makes the session: the lesson is ours first.
    m_document = *lesson;
    m_saved = *lesson;
    emit lessonOpened(*lesson);
    if (m_annotations)
        m_annotations->setAnnotations(lesson->annotations);
    // A figure's lesson is a new document: saving must not overwrite the picture.
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool figure = suffix == QLatin1String("png") || suffix == QLatin1String("svg");
    adopt(*lesson, figure ? QString() : path);
    if (!figure && !isBundled())
        m_settings.addRecentLesson(QFileInfo(path).absoluteFilePath());
    return true;
}

bool LessonController::saveAs(const QString &path)
{
    if (path.startsWith(QLatin1Char(':'))) {
        fail(tr("%1: cannot save into the program's own lessons; choose another file").arg(path));
        return false;
    }
    const mmu::Lesson lesson = currentLesson();
    const std::string text = mmu::serializeLesson(lesson);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        fail(tr("%1: cannot save: %2").arg(path, file.errorString()));
        return false;
    }
    const auto size = static_cast<qint64>(text.size());
    // Qt 6.4's commit() renames a file whose buffered write failed (a full disk) without
    // saying so: check the flush ourselves and cancel, so the old file stays as it was.
    if (file.write(text.data(), size) != size || !file.flush()) {
        const QString why = file.errorString();
        file.cancelWriting();
        file.commit(); // removes the temporary file
        fail(tr("%1: cannot save: %2").arg(path, why));
        return false;
    }
    if (!file.commit()) {
        fail(tr("%1: cannot save: %2").arg(path, file.errorString()));
        return false;
    }
    adopt(lesson, path);
    const QFileInfo info(path);
    m_settings.addRecentLesson(info.absoluteFilePath());
    m_settings.setLessonDirectory(info.absolutePath());
    return true;
}

bool LessonController::save()
{
    if (m_path.isEmpty() || isBundled()) {
        fail(tr("The lesson has no file yet; use Save As."));
        return false;
    }
    return saveAs(m_path);
}

void LessonController::newLesson()
{
    mmu::Lesson lesson = mmu::emptyLesson(m_session ? m_session->machine() : machineFor(QStringLiteral("teaching")));
    m_document = lesson;
    m_saved = lesson;
    emit lessonOpened(lesson);
    if (m_annotations)
        m_annotations->setAnnotations({});
    adopt(lesson, QString());
}

bool LessonController::importOstep(const QString &text, const QString &origin)
{
    auto imported = mmu::ostepLesson(text.toStdString(), origin.toStdString(),
                                     m_session ? m_session->machine() : machineFor(QStringLiteral("teaching")));
    if (!imported) {
        fail(fromStd(imported.error().message()));
        return false;
    }
    mmu::Lesson lesson = std::move(*imported);
    lesson.title = tr("OSTEP problem: %1").arg(origin).toStdString();
    m_document = lesson;
    m_saved = lesson;
    emit lessonOpened(lesson);
    if (m_annotations)
        m_annotations->setAnnotations({});
    adopt(lesson, QString());
    return true;
}

void LessonController::adopt(const mmu::Lesson &lesson, const QString &path)
{
    m_document = lesson;
    m_saved = lesson;
    m_path = path;
    m_error.clear();
    m_notes->setLesson(fromStd(lesson.title), fromStd(lesson.notes));
    showCurrentAccess();
    m_modified = false;
    updateModified();
    emit stateChanged();
}

void LessonController::fail(const QString &message)
{
    m_error = message;
    emit errorOccurred(message);
}

// --- the document ------------------------------------------------------------------------------

void LessonController::setSession(const mmu::TranslationSession *session)
{
    m_session = session;
    sessionChanged();
}

void LessonController::sessionChanged()
{
    if (m_session)
        m_document = currentLesson(); // notes of accesses the session dropped go with them
    showCurrentAccess();
    updateModified();
}

void LessonController::showCurrentAccess()
{
    const int index = m_session ? m_session->current() : -1;
    const int count = m_session ? m_session->count() : 0;
    QString notes;
    if (index >= 0 && static_cast<size_t>(index) < m_document.accesses.size())
        notes = fromStd(m_document.accesses[static_cast<size_t>(index)].notes);
    m_notes->setAccessNotes(index, count, notes);
}

mmu::Lesson LessonController::currentLesson() const
{
    if (!m_session)
        return m_document;
    return mmu::lessonWithSession(m_document, *m_session,
                                  m_annotations ? m_annotations->annotations() : m_document.annotations);
}

void LessonController::setTitle(const QString &title)
{
    m_document.title = title.toStdString();
    m_notes->setLesson(title, fromStd(m_document.notes));
    updateModified();
    emit stateChanged();
}

void LessonController::setNotes(const QString &markdown)
{
    m_document.notes = markdown.toStdString();
    m_notes->setLesson(fromStd(m_document.title), markdown);
    updateModified();
}

void LessonController::updateModified()
{
    const bool modified = m_session && !(currentLesson() == m_saved);
    if (modified == m_modified)
        return;
    m_modified = modified;
    emit stateChanged();
}

QString LessonController::displayName() const
{
    if (!m_path.isEmpty() && !isBundled())
        return QFileInfo(m_path).fileName();
    if (!m_document.title.empty())
        return fromStd(m_document.title);
    return tr("Untitled");
}

QString LessonController::windowTitle() const
{
    return tr("%1[*] — mmulab").arg(displayName());
}

FigureInfo LessonController::figureInfo(int step) const
{
    FigureInfo info;
    const mmu::Lesson lesson = currentLesson();
    info.title = fromStd(lesson.title);
    info.lessonFile = m_path;
    info.lesson = QByteArray::fromStdString(mmu::serializeLesson(lesson));
    if (m_session && m_session->current() >= 0) {
        const mmu::Translation &t = m_session->translation();
        info.address = fromStd(mmu::hex(t.va));
        info.access = m_session->current() + 1;
        info.accesses = m_session->count();
        info.step = std::clamp(step, 0, static_cast<int>(m_session->steps().size()) - 1) + 1;
        info.steps = static_cast<int>(m_session->steps().size());
    }
    return info;
}

// --- machines ----------------------------------------------------------------------------------

QList<QPair<QString, QString>> LessonController::machineChoices() const
{
    QList<QPair<QString, QString>> choices;
    for (const std::string &id : mmu::presetNames())
        choices.append({fromStd(id), fromStd(machineFor(fromStd(id)).name)});
    // The machine the file holds, also after the user tried another one.
    if (machineIdFor(m_saved.machine) == LessonMachineId)
        choices.append({LessonMachineId, tr("%1 (lesson)").arg(fromStd(m_saved.machine.name))});
    return choices;
}

mmu::MachineConfig LessonController::machineFor(const QString &id) const
{
    if (id == LessonMachineId)
        return m_saved.machine;
    auto m = mmu::loadMachine(id.toStdString());
    return m ? *m : *mmu::loadMachine("teaching");
}

QString LessonController::machineIdFor(const mmu::MachineConfig &machine) const
{
    const nlohmann::json mine = withoutPaging(machine);
    for (const std::string &id : mmu::presetNames())
        if (auto preset = mmu::loadMachine(id); preset && withoutPaging(*preset) == mine)
            return fromStd(id);
    return LessonMachineId;
}

// --- asking ------------------------------------------------------------------------------------

bool LessonController::worthAsking() const
{
    if (!m_modified)
        return false;
    if (!m_path.isEmpty())
        return true;
    const mmu::Lesson lesson = currentLesson();
    return !lesson.title.empty() || !lesson.notes.empty() || !lesson.annotations.empty();
}

bool LessonController::maybeSave()
{
    if (!worthAsking())
        return true;
    const QString question = tr("Save the changes to “%1”?").arg(displayName());
    QMessageBox::StandardButton answer;
    if (m_question) {
        answer = m_question(question);
    } else {
        answer = QMessageBox::question(m_window, tr("Unsaved changes"), question,
                                       QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                       QMessageBox::Save);
    }
    if (answer == QMessageBox::Discard)
        return true;
    if (answer != QMessageBox::Save)
        return false;
    if (!m_path.isEmpty() && !isBundled())
        return save();
    return saveAsInteractively();
}

void LessonController::setQuestion(std::function<QMessageBox::StandardButton(const QString &)> question)
{
    m_question = std::move(question);
}

void LessonController::setFileChooser(
    std::function<QString(const QString &, const QString &, const QString &, bool)> chooser)
{
    m_chooser = std::move(chooser);
}

// --- menus -------------------------------------------------------------------------------------

void LessonController::addFileActions(QMenu *file, QAction *before)
{
    auto add = [&](const QKeySequence &keys, auto slot) {
        auto *a = new QAction(file);
        a->setShortcut(keys);
        connect(a, &QAction::triggered, this, slot);
        file->insertAction(before, a);
        return a;
    };
    QAction *newAction = add(QKeySequence::New, [this] {
        if (maybeSave())
            newLesson();
    });
    QAction *openAction = add(QKeySequence::Open, [this] { openInteractively(); });
    QAction *importAction = add(QKeySequence(), [this] { importOstepInteractively(); });
    m_recentMenu = new QMenu(file);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &LessonController::fillRecentMenu);
    file->insertMenu(before, m_recentMenu);
    fillRecentMenu(); // so the menu is enabled when there is something in it
    file->insertMenu(before, m_lessonsMenu);
    file->insertSeparator(before);
    m_saveAction = add(QKeySequence::Save, [this] { saveInteractively(); });
    QAction *saveAsAction = add(QKeySequence::SaveAs, [this] { saveAsInteractively(); });
    file->insertSeparator(before);
    views::Retranslator::follow(file, [this, newAction, openAction, importAction, saveAsAction] {
        newAction->setText(tr("&New Lesson"));
        openAction->setText(tr("&Open…"));
        importAction->setText(tr("&Import OSTEP Problem…"));
        m_recentMenu->setTitle(tr("Open &Recent"));
        m_lessonsMenu->setTitle(tr("Open &Bundled Lesson"));
        m_saveAction->setText(tr("&Save"));
        saveAsAction->setText(tr("Save &As…"));
    });
}

void LessonController::importOstepInteractively()
{
    if (!maybeSave())
        return;
    OstepImportDialog dialog(m_window);
    // A problem that does not parse keeps the dialog open with the text and where it is wrong.
    while (dialog.exec() == QDialog::Accepted) {
        if (importOstep(dialog.text(), dialog.origin()))
            return;
        dialog.showError(m_error);
    }
}

void LessonController::fillRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &path : m_settings.recentLessons()) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            if (!maybeSave())
                return;
            if (!open(path) && !QFileInfo::exists(path))
                m_settings.removeRecentLesson(path);
        });
    }
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

void LessonController::openInteractively()
{
    if (!maybeSave())
        return;
    const QString filter = tr("mmulab lessons (*.mmulab);;Figures exported by mmulab (*.png *.svg);;All files (*)");
    const QString path = m_chooser ? m_chooser(tr("Open Lesson"), m_settings.lessonDirectory(), filter, false)
                                   : QFileDialog::getOpenFileName(m_window, tr("Open Lesson"),
                                                                  m_settings.lessonDirectory(), filter);
    if (path.isEmpty())
        return;
    m_settings.setLessonDirectory(QFileInfo(path).absolutePath());
    open(path);
}

void LessonController::saveInteractively()
{
    if (m_path.isEmpty() || isBundled())
        saveAsInteractively();
    else
        save();
}

bool LessonController::saveAsInteractively()
{
    QString suggestion = m_path.isEmpty() || isBundled() ? displayName() : QFileInfo(m_path).fileName();
    if (!suggestion.endsWith(QLatin1String(LessonSuffix)))
        suggestion = QFileInfo(suggestion).completeBaseName().isEmpty() ? tr("lesson") + QLatin1String(LessonSuffix)
                                                                       : suggestion + QLatin1String(LessonSuffix);
    const QString start = QDir(m_settings.lessonDirectory()).filePath(suggestion);
    const QString filter = tr("mmulab lessons (*.mmulab)");
    QString path = m_chooser ? m_chooser(tr("Save Lesson"), start, filter, true)
                             : QFileDialog::getSaveFileName(m_window, tr("Save Lesson"), start, filter);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(LessonSuffix);
    return saveAs(path);
}
