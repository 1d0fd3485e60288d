// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include "rcmd/rcmdagentconfig.h"

class EngineThread;
class RcmdAgentRelay;

/**
 * A remote-command agent (RcmdAgent) in the engine thread, driven from the GUI thread: start() and stop() post the
 * work and never block; what happens comes back as queued signals, in the order the agent reported it.
 *
 * Destroy the handle before its EngineThread (the agent then closes every connection and kills their commands in
 * the engine thread); a handle whose engine is already gone does nothing.
 */
class RcmdAgentHandle final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RcmdAgentHandle)

public:
    explicit RcmdAgentHandle(EngineThread *engine, QObject *parent = nullptr);
    ~RcmdAgentHandle() override;

    /** Starts the agent with `config` (an agent already listening is stopped first); listening or startFailed
        follows. Check RcmdAgent::validate() first to refuse a bad config at once. */
    void start(const RcmdAgentConfig &config);
    /** Stops listening and closes every connection; stopped follows. */
    void stop();

    /** As the GUI has heard it. */
    bool isListening() const { return m_listening; }
    /** The address (as text) and port listened on, while listening. */
    QString address() const { return m_address; }
    quint16 port() const { return m_port; }

signals:
    /** Listening on `address` (as text) and `port` (the actual one when 0 was asked for). */
    void listening(const QString &address, quint16 port);
    /** The agent did not start: one translated sentence (a refused config, a port in use...). */
    void startFailed(const QString &message);
    /** The agent stopped listening (after stop(), or before a restart that failed). */
    void stopped();
    /** One audit line (see RcmdAudit): a JSON object. */
    void audit(const QString &line);

private:
    QPointer<EngineThread> m_engine;
    RcmdAgentRelay *m_relay;
    QString m_address;
    quint16 m_port = 0;
    bool m_listening = false;
};
