// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include "rcmd/rcmdauthclient.h"
#include "rcmd/rcmdmessage.h"
#include "rcmd/rcmdreader.h"

class QTcpSocket;
class QTimer;

/** Where and how RcmdClient connects. */
struct RcmdClientConfig
{
    QString host;
    quint16 port = 0;
    QByteArray token;
    /** Connect with TLS. */
    bool tls = false;
    /** The agent certificate's SHA-256 (RcmdTls::parseFingerprint()); when set, exactly that certificate is
        accepted, self-signed or not. Empty: the system's certificate authorities decide. */
    QByteArray fingerprint;
    /** From connectToAgent() to authenticated: lookup, connect, TLS and handshake together. */
    int timeoutMs = 10 * 1000;
};

/**
 * A client of the remote-command agent: connects (optionally over TLS, with the certificate pinned), runs the
 * mutual handshake, then runs commands and streams their output. Event-driven, never blocks; lives in the thread
 * that created it.
 */
class RcmdClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RcmdClient)

public:
    enum class State {
        Idle,
        Connecting,     ///< looking up, connecting, TLS
        Authenticating, ///< the handshake
        Ready,          ///< authenticated: run() works
        Closed          ///< after close(), the agent leaving, or failure()
    };
    Q_ENUM(State)

    /** Why the connection failed. */
    enum class Failure {
        None,
        HostNotFound,
        Refused,
        TimedOut,
        TlsError,
        FingerprintMismatch,
        AuthenticationFailed,
        ProtocolError,
        ConnectionLost, ///< the agent went away (or the network failed) while commands were running
        NetworkError
    };
    Q_ENUM(Failure)

    explicit RcmdClient(QObject *parent = nullptr);
    ~RcmdClient() override;

    /** Starts connecting; ready() or failed() follows. */
    void connectToAgent(const RcmdClientConfig &config);
    /** Sends Run and returns the command's id; 0 (nothing sent) unless state() is Ready. */
    quint32 run(const QStringList &argv, bool shell = false, const QString &workingDirectory = QString(),
                const QStringList &environment = {});
    /** Asks the agent to kill command `id`; false when it is not running. */
    bool cancel(quint32 id);
    /** Says Bye and closes (the agent kills what still runs); closed() follows. */
    void close();

    State state() const { return m_state; }
    Failure failure() const { return m_failure; }
    /** The failure as one translated sentence. */
    QString errorString() const { return m_error; }
    /** The SHA-256 of the certificate the agent presented (TLS only; also after a fingerprint mismatch). */
    QByteArray peerFingerprint() const { return m_peerFingerprint; }
    /** The encoding the agent declared for command output (once Ready). */
    QString agentOutputEncoding() const { return m_auth ? m_auth->agentOutputEncoding() : QString(); }
    /** Ids of commands started and not yet finished. */
    QSet<quint32> runningCommands() const { return m_running; }

signals:
    void stateChanged(RcmdClient::State state);
    /** Authenticated: commands may run. */
    void ready();
    void output(quint32 id, RcmdMessage::Stream stream, const QByteArray &data);
    /** Command `id` ended; `exit` is its Exit message. */
    void finished(quint32 id, const RcmdMessage &exit);
    /** Command `id` did not run (the agent's sentence: no such program, a limit...). */
    void commandFailed(quint32 id, const QString &message);
    /** The connection failed or broke; see failure() and errorString(). State is Closed. */
    void failed(RcmdClient::Failure failure, const QString &message);
    /** The connection closed after close() or the agent's Bye, with no failure. */
    void closed();

private:
    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onSocketError();
    void onDisconnected();
    void handle(const RcmdMessage &message);
    void sendFrame(const QByteArray &frame);
    void send(const RcmdMessage &message);
    void setState(State state);
    void fail(Failure failure, const QString &message);
    QString endpoint() const;

    RcmdClientConfig m_config;
    QPointer<QTcpSocket> m_socket;
    QTimer *m_deadline = nullptr;
    std::unique_ptr<RcmdAuthClient> m_auth;
    std::unique_ptr<RcmdReader> m_reader;
    QSet<quint32> m_running;
    QByteArray m_peerFingerprint;
    quint32 m_nextId = 1;
    State m_state = State::Idle;
    Failure m_failure = Failure::None;
    QString m_error;
    bool m_closing = false;
};
