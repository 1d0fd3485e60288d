// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include "rcmd/rcmdclient.h"
#include "rcmd/rcmdmessage.h"

class EngineThread;
class RcmdClientRelay;

/**
 * A remote-command client (RcmdClient) in the engine thread, driven from the GUI thread: every call posts the work
 * and returns at once; what happens comes back as queued signals, in the order the agent sent it. Commands are named
 * by tickets that run() returns at once. Output arrives in batches (at most ~30 a second per connection).
 *
 * Destroy the handle before its EngineThread (the connection is then aborted in the engine thread, and the agent
 * kills what still runs); a handle whose engine is already gone does nothing.
 */
class RcmdClientHandle final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RcmdClientHandle)

public:
    explicit RcmdClientHandle(EngineThread *engine, QObject *parent = nullptr);
    ~RcmdClientHandle() override;

    /** Connects and authenticates (a connection already open is dropped first); ready or failed follows. From now
        on state() is Connecting, and news about an earlier connection still on its way is dropped. */
    void connectToAgent(const RcmdClientConfig &config);
    /** Runs `argv` (through the agent's shell when `shell`: argv is then one command line) and returns the command's
        ticket (from 1); output and then finished, or commandFailed, follow with that ticket. */
    quint32 run(const QStringList &argv, bool shell = false, const QString &workingDirectory = QString(),
                const QStringList &environment = {});
    /** Asks the agent to kill command `ticket`; its finished (killed reason Cancel) follows. */
    void cancel(quint32 ticket);
    /** Says Bye and closes (the agent kills what still runs); closed follows. */
    void close();

    /** As the GUI has heard it. */
    RcmdClient::State state() const { return m_state; }
    /** The encoding the agent declared for command output (once ready). */
    QString agentOutputEncoding() const { return m_agentOutputEncoding; }
    /** The SHA-256 of the agent's certificate (TLS; also after a mismatch or an untrusted certificate). */
    QByteArray peerFingerprint() const { return m_peerFingerprint; }
    /** The last failure (None after a clean close or while connected). */
    RcmdClient::Failure failure() const { return m_failure; }
    QString errorString() const { return m_error; }
    /** Tickets run and not yet finished or failed, as the GUI has heard it. */
    QSet<quint32> runningCommands() const { return m_running; }

signals:
    void stateChanged(RcmdClient::State state);
    /** Authenticated: commands may run. */
    void ready();
    void output(quint32 ticket, RcmdMessage::Stream stream, const QByteArray &data);
    /** Command `ticket` ended; `exit` is the agent's Exit message. */
    void finished(quint32 ticket, const RcmdMessage &exit);
    /** Command `ticket` did not run or was lost with the connection (one translated sentence). */
    void commandFailed(quint32 ticket, const QString &message);
    /** The connection failed or broke: one translated sentence. State is Closed. */
    void failed(RcmdClient::Failure failure, const QString &message);
    /** The connection closed without a failure. */
    void closed();

private:
    QPointer<EngineThread> m_engine;
    RcmdClientRelay *m_relay;
    RcmdClient::State m_state = RcmdClient::State::Idle;
    RcmdClient::Failure m_failure = RcmdClient::Failure::None;
    QString m_error;
    QString m_agentOutputEncoding;
    QByteArray m_peerFingerprint;
    QSet<quint32> m_running;
    quint32 m_nextTicket = 1;
    /** Counts connectToAgent() calls; the relay tags what it reports with the one it serves. */
    quint64 m_generation = 0;
};
