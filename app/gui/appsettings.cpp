// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <algorithm>

namespace {
// Keys, in one place; renaming one loses that setting for every user.
const QString ZoomKey = QStringLiteral("view/zoom");
const QString ThemeKey = QStringLiteral("view/theme");
const QString LanguageKey = QStringLiteral("view/language");
const QString MachineKey = QStringLiteral("machine/last");
const QString SpeedKey = QStringLiteral("playback/speed");
const QString AnimationsKey = QStringLiteral("playback/animations");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString DefaultMachine = QStringLiteral("teaching");
const QString RecentLessonsKey = QStringLiteral("lessons/recent");
const QString LessonDirectoryKey = QStringLiteral("lessons/directory");
} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{
}

AppSettings::AppSettings(std::unique_ptr<QSettings> settings)
    : m_settings(std::move(settings))
{
}

int AppSettings::zoom() const
{
    return std::clamp(m_settings->value(ZoomKey, DefaultZoom).toInt(), MinZoom, MaxZoom);
}

void AppSettings::setZoom(int percent)
{
    m_settings->setValue(ZoomKey, std::clamp(percent, MinZoom, MaxZoom));
}

views::Theme AppSettings::theme() const
{
    return views::themeFromName(m_settings->value(ThemeKey).toString()).value_or(views::Theme::Light);
}

void AppSettings::setTheme(views::Theme theme)
{
    m_settings->setValue(ThemeKey, views::themeName(theme));
}

QString AppSettings::language() const
{
    return m_settings->value(LanguageKey).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    m_settings->setValue(LanguageKey, code);
}

QString AppSettings::machine() const
{
    return m_settings->value(MachineKey, DefaultMachine).toString();
}

void AppSettings::setMachine(const QString &id)
{
    m_settings->setValue(MachineKey, id);
}

int AppSettings::speed() const
{
    return std::clamp(m_settings->value(SpeedKey, DefaultSpeed).toInt(), 1, 10);
}

void AppSettings::setSpeed(int stepsPerSecond)
{
    m_settings->setValue(SpeedKey, stepsPerSecond);
}

bool AppSettings::animations() const
{
    return m_settings->value(AnimationsKey, true).toBool();
}

void AppSettings::setAnimations(bool on)
{
    m_settings->setValue(AnimationsKey, on);
}

QByteArray AppSettings::geometry() const
{
    return m_settings->value(GeometryKey).toByteArray();
}

void AppSettings::setGeometry(const QByteArray &geometry)
{
    m_settings->setValue(GeometryKey, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(StateKey).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(StateKey, state);
}

QStringList AppSettings::recentLessons() const
{
    QStringList paths = m_settings->value(RecentLessonsKey).toStringList();
    paths.removeAll(QString());
    return paths.mid(0, MaxRecentLessons);
}

void AppSettings::addRecentLesson(const QString &path)
{
    QStringList paths = recentLessons();
    paths.removeAll(path);
    paths.prepend(path);
    m_settings->setValue(RecentLessonsKey, paths.mid(0, MaxRecentLessons));
}

void AppSettings::removeRecentLesson(const QString &path)
{
    QStringList paths = recentLessons();
    if (paths.removeAll(path))
        m_settings->setValue(RecentLessonsKey, paths);
}

QString AppSettings::lessonDirectory() const
{
    return m_settings->value(LessonDirectoryKey).toString();
}

void AppSettings::setLessonDirectory(const QString &directory)
{
    m_settings->setValue(LessonDirectoryKey, directory);
}
