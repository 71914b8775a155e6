// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchexport.h"

#include "annotationlayer.h"
#include "appsettings.h"
#include "commandline.h"
#include "figureexporter.h"
#include "lessoncontroller.h"
#include "mainwindow.h"
#include "stepcontroller.h"
#include "theme.h"

#include "address.h"
#include "translationsession.h"

#include <QApplication>
#include <QDockWidget>
#include <QSettings>
#include <QTemporaryDir>

namespace {

/** Lets layouts, overlays and deferred updates settle before drawing. */
void settle()
{
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

} // namespace

BatchExport::BatchExport(const CommandLine &options)
    : m_options(options)
{
}

QString BatchExport::lessonPath(const QString &value)
{
    bool number = false;
    const int n = value.toInt(&number);
    if (number) {
        const QString bundled = LessonController::bundledLesson(n);
        return bundled.isEmpty() ? value : bundled;
    }
    return value;
}

bool BatchExport::show(MainWindow &window, const CommandLine &options, bool lastStepByDefault, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    LessonController *lessons = window.lessonController();
    if (!options.lesson.isEmpty()) {
        const QString path = lessonPath(options.lesson);
        bool number = false;
        const int n = options.lesson.toInt(&number);
        if (number && path == options.lesson)
            return fail(QStringLiteral("--lesson %1: there are %2 bundled lessons")
                            .arg(n)
                            .arg(LessonController::bundledLessons().size()));
        if (!lessons->open(path))
            return fail(lessons->lastError());
    }
    const mmu::TranslationSession &session = window.session();
    int access = options.access > 0 ? options.access - 1 : 0;
    if (!options.address.isEmpty()) {
        auto va = mmu::parseAddress(options.address.toStdString(), session.format());
        if (!va)
            return fail(QStringLiteral("--address '%1': %2").arg(options.address, QString::fromStdString(va.error().message())));
        const auto &accesses = session.accesses();
        const auto it = std::find_if(accesses.begin(), accesses.end(),
                                     [&](const mmu::SessionAccess &a) { return a.va == *va; });
        if (it != accesses.end()) {
            access = static_cast<int>(it - accesses.begin());
        } else {
            window.translate(*va);
            access = window.session().current();
        }
    }
    if (session.count() == 0) {
        if (options.access > 0 || options.step > 0)
            return fail(QStringLiteral("the lesson has no accesses"));
        return true;
    }
    if (access >= session.count())
        return fail(QStringLiteral("--access %1: the lesson has %2 accesses").arg(options.access).arg(session.count()));
    window.stepController()->goTo(access, 0);
    const int steps = static_cast<int>(window.session().steps().size());
    if (options.step > steps)
        return fail(QStringLiteral("--step %1: access %2 has %3 steps").arg(options.step).arg(access + 1).arg(steps));
    const int step = options.step > 0 ? options.step - 1 : (lastStepByDefault ? steps - 1 : 0);
    window.stepController()->goTo(access, step);
    return true;
}

int BatchExport::run()
{
    // Settings of its own: the same command gives the same figure on every machine.
    QTemporaryDir dir;
    auto settings = std::make_unique<AppSettings>(
        std::make_unique<QSettings>(dir.filePath(QStringLiteral("export.ini")), QSettings::IniFormat));
    MainWindow window(std::move(settings));
    window.lessonController()->setQuestion([](const QString &) { return QMessageBox::Discard; });
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.setAnimationsEnabled(false); // a figure is a step's picture, never one on its way there
    window.setTheme(views::themeFromName(m_options.theme).value_or(views::Theme::Light));
    const QSize size = m_options.size.isValid() ? m_options.size : CommandLine::DefaultExportSize;
    window.resize(size);
    window.show();
    settle();
    // The main view itself gets the size asked for; menus, tool bar and status bar come on top.
    window.resize(size + window.size() - window.centralWidget()->size());
    settle();
    if (!show(window, m_options, true, &m_error))
        return 1;
    // The figure is the view; the lesson notes belong in the course notes around it.
    if (auto *notes = window.findChild<QDockWidget *>(QStringLiteral("lessonNotesDock")))
        notes->hide();
    settle();

    QWidget *source = m_options.panel.isEmpty() ? window.centralWidget()
                                                : window.annotationLayer()->panel(m_options.panel);
    if (!source) {
        m_error = QStringLiteral("--panel %1: no such panel").arg(m_options.panel);
        return 1;
    }
    FigureExporter exporter(source, window.lessonController()->figureInfo(window.stepController()->step()));
    exporter.setLeftOut(window.figureLeftOut());
    exporter.setScale(m_options.scale);
    if (!exporter.write(m_options.exportPath, &m_error))
        return 1;
    return 0;
}
