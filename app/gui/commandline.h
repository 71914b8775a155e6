// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

/**
 * What the command line asks of mmulab. It is read before QApplication exists (--help and
 * --export must work without a display), so it uses nothing that needs an application.
 * Usage errors set `error` and exit code 2; problems with the input itself (a lesson that
 * does not load, a step that does not exist) are found later and exit with 1.
 */
struct CommandLine {
    enum class Action { Window, Help, Version, Export };

    Action action = Action::Window;
    QString lesson;  ///< a file, ":/lessons/…", or the number of a bundled lesson
    int access = 0;  ///< 1-based; 0: not given
    int step = 0;    ///< 1-based; 0: not given (an export shows the last step)
    QString address; ///< picks the lesson's access at this address, or translates it
    QString exportPath;
    double scale = 2.0; ///< PNG pixel ratio
    QString theme;      ///< empty: the user's theme (window) or light (export)
    QString panel;      ///< export only this panel ("walk", "tlb", …); empty: the main view
    QSize size;         ///< size of the exported main view in logical pixels; invalid: DefaultExportSize
    QString error;
    int exitCode = 0;

    /** The projector size the panels are laid out for (DESIGN §4). */
    static constexpr QSize DefaultExportSize{1920, 1080};
};

/** Parses the arguments after the program name. */
CommandLine parseCommandLine(const QStringList &arguments);
/** The --help text. */
QString commandLineUsage();
