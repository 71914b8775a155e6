// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct CommandLine;
class MainWindow;

/**
 * `mmulab --lesson FILE --export OUT` (DESIGN §3): lays the main window out at a fixed size
 * with settings of its own (so a person's zoom or theme never changes a course-notes
 * figure), shows the chosen access and step, and writes the view or one panel. Needs a
 * QApplication, on the offscreen platform when there is no display.
 */
class BatchExport {
public:
    explicit BatchExport(const CommandLine &options);

    /** 0 when the figure was written; 1 with error() set when the input was bad. */
    int run();
    QString error() const { return m_error; }

    /** The lesson file a --lesson value names: a bundled lesson's number, or the path as given. */
    static QString lessonPath(const QString &value);
    /** Opens the lesson and shows the access and step the options ask for (the window's command line too). */
    static bool show(MainWindow &window, const CommandLine &options, bool lastStepByDefault, QString *error);

private:
    const CommandLine &m_options;
    QString m_error;
};
