// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QByteArray>
#include <QString>

class QSettings;

/**
 * The one typed wrapper around the GUI's persistent settings: every key lives in appsettings.cpp.
 * The default constructor uses the user's settings; tests pass a file of their own.
 */
class AppSettings final
{
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    /** The user's settings (QSettings with the application's organisation and name). */
    AppSettings();
    /** Settings kept in the INI file at `iniFilePath`. */
    explicit AppSettings(const QString &iniFilePath);
    ~AppSettings();

    /** The saved UI language code, or an empty string when none was chosen yet. */
    QString language() const;
    void setLanguage(const QString &code);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);
    int currentTab() const;
    void setCurrentTab(int index);

    /** Writes pending changes to storage. */
    void sync();
    /** Where the settings are stored (a file path), for the About dialog and support. */
    QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};
