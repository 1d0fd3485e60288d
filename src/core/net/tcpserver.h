// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <map>

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

#include "framing/frame.h"
#include "net/connectionsettings.h"
#include "trace/trafficcounters.h"

class TcpConnection;

/** What a TCP server listens on and how it treats clients. */
struct TcpServerConfig
{
    QHostAddress address; ///< null = every address, IPv6 and IPv4 (dual-stack)
    quint16 port = 0;     ///< 0 = any free port; the real one is reported by listening()
    bool reuseAddress = true;
    bool ipv6Only = false;
    int backlog = 50;
    int maxClients = 0; ///< 0 = no limit
    ConnectionSettings connection;
};

/**
 * A TCP server serving many clients on one event loop. Every client is a TcpConnection; the server
 * forwards what they report, tagged with the client's id.
 */
class TcpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpServer)

public:
    explicit TcpServer(QObject *parent = nullptr);
    ~TcpServer() override;

    /** Starts listening; false (and errorOccurred) when it cannot. */
    bool start(const TcpServerConfig &config);
    /** Closes the listening socket and every client (gracefully). */
    void stop();
    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }
    /** "127.0.0.1:9000", "[::]:9000" */
    QString localEndpoint() const;
    const TcpServerConfig &config() const { return m_config; }

    QList<quint64> clientIds() const;
    /** The client's connection, or null once it is gone. */
    TcpConnection *client(quint64 id) const;
    int clientCount() const { return static_cast<int>(m_clients.size()); }
    /** Every client this server has accepted since it started. */
    quint64 clientsServed() const { return m_nextId - m_firstId; }
    /** Traffic of all clients together, past and present, with rates. */
    const TrafficCounters &totals() const { return m_totals; }

    /** Sends one message (framed when a framing is set) to one client, some, or all. Returns how many got it. */
    int send(quint64 id, const QByteArray &message);
    int send(const QList<quint64> &ids, const QByteArray &message);
    int sendToAll(const QByteArray &message);
    /** Disconnects one client (gracefully, or with a reset when `abort`), or all of them. */
    void disconnectClient(quint64 id, bool abort = false);
    void disconnectAll(bool abort = false);

signals:
    void listening(const QString &endpoint, quint16 port);
    void clientConnected(quint64 id, const QString &peer);
    /** A client was turned away (e.g. the client limit); it never becomes a connection. */
    void clientRefused(const QString &peer, const QString &reason);
    void readReceived(quint64 id, const QByteArray &bytes);
    void frameReceived(quint64 id, const Frame &frame);
    void written(quint64 id, const QByteArray &bytes);
    void notice(quint64 id, const QString &text);
    /** id 0: the server itself (listening failed, accept failed). */
    void errorOccurred(quint64 id, const QString &message);
    void clientDisconnected(quint64 id, const QString &reason);
    void stopped();

private:
    void acceptPending();
    void onClientClosed(quint64 id, const QString &reason);

    QTcpServer m_server;
    TcpServerConfig m_config;
    std::map<quint64, TcpConnection *> m_clients;
    TrafficCounters m_totals;
    quint64 m_nextId = 1;
    quint64 m_firstId = 1;
};
