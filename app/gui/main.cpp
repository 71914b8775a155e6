// SPDX-License-Identifier: GPL-3.0-or-later
#include "applanguage.h"
#include "appsettings.h"
#include "batchexport.h"
#include "commandline.h"
#include "lessoncontroller.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "theme.h"

#include <QApplication>
#include <QIcon>

#include <cstdio>
#include <cstdlib>

namespace {

bool hasDisplay()
{
    const char *platform = std::getenv("QT_QPA_PLATFORM");
    if (platform && *platform)
        return true;
    const char *x = std::getenv("DISPLAY");
    const char *wayland = std::getenv("WAYLAND_DISPLAY");
    return (x && *x) || (wayland && *wayland);
}

/** A figure run prints only its own errors: the offscreen platform's chatter is no news. */
void quietHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
}

void printError(const QString &message)
{
    std::fprintf(stderr, "mmulab: %s\n", message.toLocal8Bit().constData());
}

} // namespace

int main(int argc, char **argv)
{
    // The command line is read before QApplication exists: --help and --export must work
    // without a display.
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const CommandLine options = parseCommandLine(arguments);
    if (!options.error.isEmpty()) {
        printError(options.error + QStringLiteral(" (see mmulab --help)"));
        return options.exitCode;
    }
    if (options.action == CommandLine::Action::Help) {
        std::fputs(commandLineUsage().toLocal8Bit().constData(), stdout);
        return 0;
    }
    if (options.action == CommandLine::Action::Version) {
        std::printf("mmulab %s\n", MMULAB_VERSION);
        return 0;
    }
    const bool exporting = options.action == CommandLine::Action::Export;
    if (exporting) {
        // A figure needs no screen, and must not depend on the one there happens to be.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        qInstallMessageHandler(quietHandler);
    } else if (!hasDisplay()) {
        std::fputs("mmulab: no display found (DISPLAY and WAYLAND_DISPLAY are unset); "
                   "run it under a virtual one with: xvfb-run -a mmulab\n",
                   stderr);
        return 1;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mmulab"));
    QApplication::setOrganizationName(QStringLiteral("mmulab"));
    QApplication::setApplicationVersion(QStringLiteral(MMULAB_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.mmulab"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mmulab.svg")));

    if (exporting) {
        // A figure speaks the language chosen in the settings, as the window would.
        AppLanguage language;
        language.apply(AppSettings().language());
        BatchExport batch(options);
        const int status = batch.run();
        if (status != 0)
            printError(batch.error());
        return status;
    }

    MainWindow window;
    window.show();
    if (!options.lesson.isEmpty() || !options.address.isEmpty()) {
        // Problems show in the window, as they would after File → Open.
        QString error;
        if (!BatchExport::show(window, options, false, &error) && window.lessonController()->lastError() != error)
            window.messageBar()->showError(error); // the lesson's own errors are there already
    }
    if (!options.theme.isEmpty())
        window.setTheme(views::themeFromName(options.theme).value_or(window.theme()));
    return QApplication::exec();
}
