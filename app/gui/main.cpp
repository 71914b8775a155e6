// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

const char *const Usage = "usage: mmulab [--help] [--version]\n"
                          "  Opens the mmulab window: type a virtual address and watch it being translated.\n";

bool hasDisplay()
{
    const char *platform = std::getenv("QT_QPA_PLATFORM");
    if (platform && *platform)
        return true;
    const char *x = std::getenv("DISPLAY");
    const char *wayland = std::getenv("WAYLAND_DISPLAY");
    return (x && *x) || (wayland && *wayland);
}

} // namespace

int main(int argc, char **argv)
{
    // The command line is read before QApplication exists: --help must work without a display.
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h")) {
            std::fputs(Usage, stdout);
            return 0;
        }
        if (!std::strcmp(argv[i], "--version")) {
            std::printf("mmulab %s\n", MMULAB_VERSION);
            return 0;
        }
        std::fprintf(stderr, "mmulab: unknown option '%s'\n%s", argv[i], Usage);
        return 2;
    }
    if (!hasDisplay()) {
        std::fputs("mmulab: no display found (DISPLAY and WAYLAND_DISPLAY are unset); "
                   "run it under a virtual one with: xvfb-run -a mmulab\n",
                   stderr);
        return 1;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mmulab"));
    QApplication::setOrganizationName(QStringLiteral("mmulab"));
    QApplication::setApplicationVersion(QStringLiteral(MMULAB_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("mmulab"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    MainWindow window;
    window.show();
    return QApplication::exec();
}
