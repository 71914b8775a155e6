// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "palette.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

/**
 * Every setting the GUI keeps between runs, typed, with its key and default in one place.
 * It wraps QSettings (the application's organisation and name choose the file); tests pass
 * their own QSettings so they never touch a person's settings.
 */
class AppSettings {
public:
    static constexpr int DefaultZoom = 100; ///< percent
    static constexpr int MinZoom = 50;
    static constexpr int MaxZoom = 300;
    static constexpr int DefaultSpeed = 2;  ///< steps per second
    static constexpr int MaxRecentLessons = 8;

    AppSettings();
    explicit AppSettings(std::unique_ptr<QSettings> settings);

    int zoom() const;
    void setZoom(int percent);
    views::Theme theme() const;
    void setTheme(views::Theme theme);
    /** Language of the user interface: "" for the system's, else a code such as "de" or "zh_CN". */
    QString language() const;
    void setLanguage(const QString &code);
    /** Preset id of the last machine ("teaching", "skylake", …). */
    QString machine() const;
    void setMachine(const QString &id);
    int speed() const;
    void setSpeed(int stepsPerSecond);
    /** Whether a step's change is animated; off for people who prefer reduced motion. */
    bool animations() const;
    void setAnimations(bool on);
    QByteArray geometry() const;
    void setGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    /** Lesson files opened or saved last, newest first; at most MaxRecentLessons. */
    QStringList recentLessons() const;
    void addRecentLesson(const QString &path);
    void removeRecentLesson(const QString &path);
    /** Where the last lesson was opened or saved, for the file dialogs. */
    QString lessonDirectory() const;
    void setLessonDirectory(const QString &directory);

    void sync() { m_settings->sync(); }

private:
    std::unique_ptr<QSettings> m_settings;
};
