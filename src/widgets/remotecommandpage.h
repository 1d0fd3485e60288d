// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <optional>

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QWidget>

#include "pagesettings.h"
#include "payload/streamdecoder.h"
#include "rcmd/rcmdagentconfig.h"
#include "rcmd/rcmdclient.h"
#include "rcmd/rcmdmessage.h"

class AppSettings;
class EngineThread;
class QCompleter;
class QListWidgetItem;
class QStringListModel;
class QTimer;
class RcmdAgentHandle;
class RcmdClientHandle;

namespace Ui {
class RemoteCommandPage;
}

/**
 * The Remote Command tab, in two halves that can be shown together for teaching: an agent running inside the
 * application (with its live audit log) and a console that connects to any agent, runs commands and streams their
 * output. Both halves drive engine-thread objects (RcmdAgentHandle, RcmdClientHandle): nothing here blocks.
 */
class RemoteCommandPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteCommandPage)

public:
    /** The audit view keeps this many lines; the output view about this many characters (the newest). */
    static constexpr int MaxAuditLines = 5000;
    static constexpr int MaxOutputChars = 2 * 1024 * 1024;

    /** `settings` may be null (nothing restored or saved). */
    RemoteCommandPage(EngineThread *engine, AppSettings *settings, QWidget *parent = nullptr);
    /** Ends the agent and the console connection (their commands are killed) through the engine thread. */
    ~RemoteCommandPage() override;

    RcmdAgentHandle *agentHandle() const { return m_agent; }
    RcmdClientHandle *clientHandle() const { return m_client; }

    /** Runs `commandLine` in the console as the Run button does (program and arguments, or through the shell, as
        chosen). False, with the reason shown inline, when nothing was sent. */
    bool runCommand(const QString &commandLine);
    /** The output view's text (output still waiting for the next batch included): what Save transcript writes. */
    QString transcript();
    /** Writes transcript() to `path` as UTF-8; false, with the reason shown inline, when it cannot. */
    bool saveTranscript(const QString &path);
    /** Writes every setting of the page (never a typed token). */
    void saveSettings();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /** What a piece of the output view is, which decides its look. */
    enum class Kind {
        Header,
        Stdout,
        Stderr,
        Footer,
        FailedFooter,
        Note
    };

    /** Output waiting for the next batch. */
    struct Segment
    {
        Kind kind = Kind::Stdout;
        QString text;
    };

    void retranslate();
    void loadSettings();

    // Agent half.
    std::optional<RcmdAgentConfig> agentConfig(QString *error) const;
    void setAgentRunning(bool on);
    void showAgentState();
    void updateBanner();
    void loadBannerCertificate();
    void appendAudit(const QString &line);
    void generateToken();
    void useAgentInConsole();

    // Console half: profiles and the connection.
    void commitProfile();
    void showProfile(int index);
    void addProfile();
    void removeProfile();
    void setConnected(bool on);
    void showConsoleState();
    void showConsoleMessage(const QString &text, bool error);
    void onConnectionFailed(RcmdClient::Failure failure, const QString &message);
    void showTrust();
    void trustFingerprint();
    void cancelTrust();

    // Console half: commands and their output.
    bool runWith(const QString &commandLine, bool shell);
    void cancelCommand();
    void clearOutput();
    void saveTranscriptAs();
    void onOutput(quint32 ticket, RcmdMessage::Stream stream, const QByteArray &data);
    void onFinished(quint32 ticket, const RcmdMessage &exit);
    void onCommandFailed(quint32 ticket, const QString &message);
    /** Flushes the decoders of the running command into the pending output. */
    void finishDecoders();
    void append(Kind kind, const QString &text);
    /** Shows waiting output: a bounded share, or `all` of it. */
    void flushOutput(bool all);
    void trimOutput();
    void dropOlderOutput();
    void insertDroppedMarker();
    void showDropped();
    QString footerText(const RcmdMessage &exit) const;
    void showCommandButtons();

    // History and quick commands.
    void addToHistory(const QString &commandLine);
    void updateCompletion();
    void addQuickCommand();
    void removeQuickCommand();
    void runQuickCommand(QListWidgetItem *item);
    QListWidgetItem *makeQuickItem(const RemoteQuickCommand &command);
    void showViews();

    std::unique_ptr<Ui::RemoteCommandPage> m_ui;
    AppSettings *m_settings;
    RcmdAgentHandle *m_agent;
    RcmdClientHandle *m_client;

    // The agent as started: what "Use in console" copies and the banner describes.
    RcmdAgentConfig m_startedConfig;
    bool m_agentStarting = false;
    QString m_agentError;
    QSslCertificate m_bannerCertificate;
    int m_auditCount = 0;

    QList<RemoteProfile> m_profiles;
    /** The name given to the first-start profile in the current language. */
    QString m_defaultProfileName;
    /** Typed tokens, per profile: kept in memory only. */
    QStringList m_typedTokens;
    int m_currentProfile = -1;
    /** host:port of the connection being made or made. */
    QString m_endpoint;
    /** The profile the connection was made for (its index), to pin a trusted fingerprint into. */
    int m_connectedProfile = -1;
    QByteArray m_trustFingerprint;
    /** The user asked to disconnect: the close that follows needs no explanation. */
    bool m_closingByUser = false;

    quint32 m_ticket = 0;
    bool m_cancelling = false;
    std::optional<StreamDecoder> m_stdoutDecoder;
    std::optional<StreamDecoder> m_stderrDecoder;
    QList<Segment> m_pending;
    qsizetype m_pendingChars = 0;
    QString m_droppedMarker;
    QTimer *m_flushTimer;
    bool m_atLineStart = true;
    bool m_dropped = false;
    bool m_followOutput = true;

    QStringList m_history;
    int m_historyIndex = -1;
    QString m_historyDraft;
    QStringListModel *m_completionModel;
    QCompleter *m_completer;
};
