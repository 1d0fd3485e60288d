// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QMainWindow>

#include "trace/streamtrace.h"

class QActionGroup;
class AppSettings;
class EngineThread;
class LanguageManager;
class LessonsDialog;
class QuickSendModel;
class RemoteCommandPage;
class VisualizerPage;
class TcpClientPage;
class TcpServerPage;
class UdpPage;

namespace Ui {
class MainWindow;
}

/** The main window: one tab per tool, a menu bar and a status bar. */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /** `languages` switches the UI language; `settings` (may be null) restores and keeps window state. */
    MainWindow(LanguageManager *languages, AppSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Number of pages (tabs). */
    int pageCount() const;
    /** Shows the page at `index` (tab order). */
    void showPage(int index);
    /** A stable, untranslated identifier of the page at `index`, e.g. "tcp-server". */
    QString pageId(int index) const;

    TcpServerPage *tcpServerPage() const { return m_tcpServerPage; }
    TcpClientPage *tcpClientPage() const { return m_tcpClientPage; }
    UdpPage *udpPage() const { return m_udpPage; }
    RemoteCommandPage *remoteCommandPage() const { return m_remoteCommandPage; }
    VisualizerPage *visualizerPage() const { return m_visualizerPage; }
    QuickSendModel *quickSendModel() const { return m_quickSend; }
    /** Help → Lessons (created on first use; null before). */
    LessonsDialog *lessonsDialog() const { return m_lessons; }
    /** The last trace handed over by "Visualize this connection" (empty before). */
    const StreamTrace &handedTrace() const { return m_handedTrace; }
    QString handedTraceTitle() const { return m_handedTraceTitle; }
    /** Writes every page's settings, the quick-send list and the window state (also done on close). */
    void saveSettings();

signals:
    /** A page handed a connection's trace to the visualizer, which is now shown. */
    void traceHandedOver(const QString &title, const StreamTrace &trace);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpLanguageMenu();
    void retranslate();
    void showAbout();
    void showLessons();
    void setUpPages();
    void handOverTrace(const QString &title, const StreamTrace &trace);

    std::unique_ptr<Ui::MainWindow> m_ui;
    LanguageManager *m_languages;
    AppSettings *m_settings;
    QActionGroup *m_languageGroup = nullptr;
    /** Deleted after the pages (see the destructor), which need it to end their sockets. */
    std::unique_ptr<EngineThread> m_engine;
    QuickSendModel *m_quickSend = nullptr;
    TcpServerPage *m_tcpServerPage = nullptr;
    TcpClientPage *m_tcpClientPage = nullptr;
    UdpPage *m_udpPage = nullptr;
    RemoteCommandPage *m_remoteCommandPage = nullptr;
    VisualizerPage *m_visualizerPage = nullptr;
    LessonsDialog *m_lessons = nullptr;
    StreamTrace m_handedTrace;
    QString m_handedTraceTitle;
};
