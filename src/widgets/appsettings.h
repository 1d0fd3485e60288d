// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "pageoptions.h"
#include "pagesettings.h"
#include "quicksendentry.h"

class QSettings;

/**
 * The one typed wrapper around the GUI's persistent settings: every key lives in appsettings.cpp.
 * The default constructor uses the user's settings, or the portable file beside the executable; tests pass a file of
 * their own. Values read back are checked: anything out of range falls back to its default.
 */
class AppSettings final
{
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    /** Portable mode: the settings file beside the executable, used instead of the user's settings when a file named
        `portable` sits there too. */
    static QString portableFilePath(const QString &applicationDirectory);
    /** The user's settings (QSettings with the application's organisation and name), or the portable file when the
        application's directory holds the `portable` marker. */
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

    /** The pages' settings, by stable page id ("tcp-server", "tcp-client", "udp"). */
    ReceiveOptions receiveOptions(const QString &page) const;
    void setReceiveOptions(const QString &page, const ReceiveOptions &options);
    SendOptions sendOptions(const QString &page) const;
    void setSendOptions(const QString &page, const SendOptions &options);
    /** Oldest first. */
    QStringList sendHistory(const QString &page) const;
    void setSendHistory(const QString &page, const QStringList &history);
    /** The splitter and table layouts of a page (QSplitter/QHeaderView::saveState). */
    QByteArray pageLayout(const QString &page, const QString &part) const;
    void setPageLayout(const QString &page, const QString &part, const QByteArray &state);

    TcpServerPageSettings tcpServerPage() const;
    void setTcpServerPage(const TcpServerPageSettings &page);
    TcpClientPageSettings tcpClientPage() const;
    void setTcpClientPage(const TcpClientPageSettings &page);
    UdpPageSettings udpPage() const;
    void setUdpPage(const UdpPageSettings &page);
    /** The Remote Command page, under "remote/": profiles without typed tokens, history and quick commands. */
    RemotePageSettings remotePage() const;
    void setRemotePage(const RemotePageSettings &page);

    /** The quick-send list shared by the pages. */
    QList<QuickSendEntry> quickSendEntries() const;
    void setQuickSendEntries(const QList<QuickSendEntry> &entries);

    /** Writes pending changes to storage. */
    void sync();
    /** Where the settings are stored (a file path), for the About dialog and support. */
    QString fileName() const;

private:
    int intValue(const QString &key, int fallback, int minimum, int maximum) const;
    bool boolValue(const QString &key, bool fallback) const;
    QString stringValue(const QString &key, const QString &fallback) const;

    std::unique_ptr<QSettings> m_settings;
};
