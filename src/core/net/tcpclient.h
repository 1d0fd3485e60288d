// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "framing/frame.h"
#include "net/connectionsettings.h"
#include "net/tcpconnection.h"

class QTcpSocket;

/** Where a TCP client connects and how. */
struct TcpClientConfig
{
    QString host; ///< a name or an address
    quint16 port = 0;
    int connectTimeoutMs = 10000;
    QHostAddress bindAddress; ///< null = let the system choose
    quint16 bindPort = 0;
    bool autoReconnect = false;
    int reconnectInitialMs = 500; ///< first retry delay; doubles each failure up to reconnectMaxMs
    int reconnectMaxMs = 30000;
    bool noDelay = false;      ///< TCP_NODELAY: turn Nagle's algorithm off
    bool keepAlive = false;    ///< SO_KEEPALIVE
    int sendBufferSize = 0;    ///< SO_SNDBUF; 0 = system default
    int receiveBufferSize = 0; ///< SO_RCVBUF; 0 = system default
    ConnectionSettings connection;
};

/**
 * A TCP client that walks through the connection's life in plain sight: looking up, connecting,
 * connected, closing, closed; with a connect timeout and, when asked, reconnects with backoff.
 */
class TcpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpClient)

public:
    enum class State {
        Idle,
        LookingUp,
        Connecting,
        Connected,
        Closing,
        Closed
    };
    Q_ENUM(State)

    explicit TcpClient(QObject *parent = nullptr);
    ~TcpClient() override;

    /** Starts looking up and connecting (asynchronously). */
    void start(const TcpClientConfig &config);
    /** Closes gracefully (or with a reset when `abort`) and stops reconnecting. */
    void stop(bool abort = false);

    State state() const { return m_state; }
    const TcpClientConfig &config() const { return m_config; }
    /** The live connection, or null. */
    TcpConnection *connection() const { return m_connection; }
    /** The addresses the last lookup found. */
    QList<QHostAddress> resolvedAddresses() const { return m_addresses; }
    /** Sends one message (framed when a framing is set); false when not connected or not framable. */
    bool sendMessage(const QByteArray &message);

    static QString stateName(State state);

signals:
    void stateChanged(TcpClient::State state);
    /** Every address the name resolved to, in the order they will be tried. */
    void hostResolved(const QStringList &addresses);
    void connected(const QString &local, const QString &peer);
    void readReceived(const QByteArray &bytes);
    void frameReceived(const Frame &frame);
    void written(const QByteArray &bytes);
    void writeBufferLow();
    void notice(const QString &text);
    void errorOccurred(const QString &message);
    /** The connection ended (`reason` empty for an orderly close). */
    void disconnected(const QString &reason);
    void reconnectScheduled(int delayMs, int attempt);

private:
    void setState(State state);
    void lookUp();
    void connectNext();
    void onConnected();
    void onConnectFailed(const QString &message);
    void onConnectionClosed(const QString &reason);
    void scheduleReconnect();
    void applyOptions(QTcpSocket *socket) const;
    QString target() const;

    TcpClientConfig m_config;
    State m_state = State::Idle;
    QList<QHostAddress> m_addresses;
    int m_nextAddress = 0;
    QPointer<QTcpSocket> m_socket; ///< while connecting
    QPointer<TcpConnection> m_connection;
    QTimer m_connectTimer;
    QTimer m_reconnectTimer;
    int m_lookupId = -1;
    int m_attempt = 0;
    bool m_stopped = true;
    quint64 m_connectionCount = 0;
};
