// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <algorithm>

namespace {
// Keys, in one place; renaming one loses that setting for every user.
const QString ZoomKey = QStringLiteral("view/zoom");
const QString ThemeKey = QStringLiteral("view/theme");
const QString MachineKey = QStringLiteral("machine/last");
const QString SpeedKey = QStringLiteral("playback/speed");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString DefaultMachine = QStringLiteral("teaching");
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
    return m_settings->value(ThemeKey).toString() == QStringLiteral("dark") ? views::Theme::Dark : views::Theme::Light;
}

void AppSettings::setTheme(views::Theme theme)
{
    m_settings->setValue(ThemeKey, theme == views::Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light"));
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
