// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "appsettings.h"

#include <QSettings>

namespace Key {
const QString language = QStringLiteral("ui/language");
const QString mainWindowGeometry = QStringLiteral("mainWindow/geometry");
const QString mainWindowState = QStringLiteral("mainWindow/state");
const QString currentTab = QStringLiteral("mainWindow/currentTab");
} // namespace Key

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{ }

AppSettings::AppSettings(const QString &iniFilePath)
    : m_settings(std::make_unique<QSettings>(iniFilePath, QSettings::IniFormat))
{ }

AppSettings::~AppSettings() = default;

QString AppSettings::language() const
{
    return m_settings->value(Key::language).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    m_settings->setValue(Key::language, code);
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return m_settings->value(Key::mainWindowGeometry).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(Key::mainWindowGeometry, geometry);
}

QByteArray AppSettings::mainWindowState() const
{
    return m_settings->value(Key::mainWindowState).toByteArray();
}

void AppSettings::setMainWindowState(const QByteArray &state)
{
    m_settings->setValue(Key::mainWindowState, state);
}

int AppSettings::currentTab() const
{
    return m_settings->value(Key::currentTab, 0).toInt();
}

void AppSettings::setCurrentTab(int index)
{
    m_settings->setValue(Key::currentTab, index);
}

void AppSettings::sync()
{
    m_settings->sync();
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}
