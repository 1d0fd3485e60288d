// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHostAddress>
#include <QNetworkInterface>
#include <QObject>
#include <QUdpSocket>

#include "net/replypolicy.h"
#include "trace/trafficcounters.h"

/** Where a UDP peer binds and how it answers. */
struct UdpPeerConfig
{
    QHostAddress bindAddress;  ///< null = every address, IPv6 and IPv4
    quint16 port = 0;          ///< 0 = any free port
    bool reuseAddress = false; ///< let other programs bind the same port (needed for multicast groups)
    ReplyPolicy reply;
    int multicastTtl = 1; ///< hops for multicast; 0 keeps it on this machine
    bool multicastLoopback = true;
    QString multicastInterface; ///< name, e.g. "lo"; empty = the system's choice
};

/** One UDP socket: datagrams in and out, each one event with its source; broadcast and multicast. */
class UdpPeer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UdpPeer)

public:
    /** The largest UDP payload over IPv4 (65,535 − 20 IP − 8 UDP) and over IPv6 (65,535 − 8). */
    static constexpr qint64 MaxDatagramIPv4 = 65507;
    static constexpr qint64 MaxDatagramIPv6 = 65527;

    explicit UdpPeer(QObject *parent = nullptr);
    ~UdpPeer() override;

    bool start(const UdpPeerConfig &config);
    void stop();
    bool isBound() const { return m_socket.state() == QAbstractSocket::BoundState; }
    quint16 port() const { return m_socket.localPort(); }
    QString localEndpoint() const;
    const TrafficCounters &counters() const { return m_counters; }

    /** Sends one datagram (empty ones too). False (with errorOccurred) when it is too large or cannot be sent. */
    bool sendTo(const QHostAddress &address, quint16 port, const QByteArray &data);
    bool joinGroup(const QHostAddress &group);
    bool leaveGroup(const QHostAddress &group);

signals:
    void bound(const QString &endpoint, quint16 port);
    void datagramReceived(const QString &peer, const QHostAddress &address, quint16 port, const QByteArray &data);
    void sent(const QString &peer, const QByteArray &data);
    void notice(const QString &text);
    void errorOccurred(const QString &message);

private:
    void readPending();
    QNetworkInterface multicastInterface() const;

    QUdpSocket m_socket;
    QByteArray m_buffer;
    UdpPeerConfig m_config;
    TrafficCounters m_counters;
};
