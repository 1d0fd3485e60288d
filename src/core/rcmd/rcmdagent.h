// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include "rcmd/rcmdagentconfig.h"

class QTcpServer;

/**
 * The remote-command agent: listens, and gives each connection a session — RcmdSession for the authenticated
 * SocketLab protocol, RcmdClassicSession in classic mode. It enforces the agent-wide limits (connections,
 * commands, the back-off after failed authentications) and reports every event as an audit line. Event-driven;
 * lives in the thread that created it.
 */
class RcmdAgent final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RcmdAgent)

public:
    /** Below this many characters a token draws a warning: one challenge lets a listener test guesses offline. */
    static constexpr int MinimumTokenLength = 16;

    explicit RcmdAgent(QObject *parent = nullptr);
    /** Closes every connection; their commands are killed and reaped. */
    ~RcmdAgent() override;

    /** One translated sentence saying why `config` must not start (non-loopback without the flag, root, no token,
        half a TLS identity...); empty when it may. */
    static QString validate(const RcmdAgentConfig &config);
    /** The warnings that starting with `config` prints (classic mode, plain TCP beyond loopback, a short token). */
    static QStringList warnings(const RcmdAgentConfig &config);

    /** Starts listening; false with errorString() when validate() objects or the address cannot be bound. */
    bool start(const RcmdAgentConfig &config);
    /** Stops listening and closes every connection. */
    void stop();

    bool isListening() const;
    quint16 port() const;
    QString errorString() const { return m_error; }
    int connectionCount() const { return m_connections; }
    int runningCommands() const { return m_running; }

signals:
    /** Listening on `address` (as text) and `port`. */
    void listening(const QString &address, quint16 port);
    /** One audit line (see RcmdAudit). */
    void audit(const QString &line);

private:
    void onNewConnection(qintptr descriptor);
    /** The reason to refuse a connection from `address` now, or empty. */
    QString refusalFor(const QString &address);
    void refuse(class QTcpSocket *socket, const QString &peer, const QString &reason);
    void recordFailure(const QString &address);
    QString acquireSlot();
    void releaseSlot();

    /** Failed authentications of one address. */
    struct Failures
    {
        int count = 0;
        QElapsedTimer since; ///< the last failure
    };

    RcmdAgentConfig m_config;
    QTcpServer *m_server = nullptr;
    QHash<QString, Failures> m_failures;
    QString m_error;
    int m_connections = 0;
    int m_running = 0;
};
