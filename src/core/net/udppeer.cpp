// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "net/udppeer.h"

#include <QNetworkInterface>

#include "monotonicclock.h"
#include "net/endpoint.h"
#include "net/socketerrortext.h"

UdpPeer::UdpPeer(QObject *parent)
    : QObject(parent)
    , m_socket(this) // a child, so that moveToThread() takes it along (the engine thread)
{
    connect(&m_socket, &QUdpSocket::readyRead, this, &UdpPeer::readPending);
}

UdpPeer::~UdpPeer() = default;

bool UdpPeer::start(const UdpPeerConfig &config)
{
    stop();
    m_config = config;
    const QHostAddress address = config.bindAddress.isNull() ? QHostAddress(QHostAddress::Any) : config.bindAddress;
    const QAbstractSocket::BindMode mode = config.reuseAddress
        ? QAbstractSocket::ShareAddress | QAbstractSocket::ReuseAddressHint
        : QAbstractSocket::DefaultForPlatform;
    if (!m_socket.bind(address, config.port, mode)) {
        SocketErrorText::Context context;
        context.endpoint = config.bindAddress.isNull() ? QStringLiteral("*:%1").arg(config.port)
                                                       : Endpoint::format(config.bindAddress, config.port);
        context.port = config.port;
        context.reuseAddress = config.reuseAddress;
        context.systemText = m_socket.errorString();
        emit errorOccurred(SocketErrorText::describe(m_socket.error(), context));
        return false;
    }
    m_socket.setSocketOption(QAbstractSocket::MulticastTtlOption, config.multicastTtl);
    m_socket.setSocketOption(QAbstractSocket::MulticastLoopbackOption, config.multicastLoopback ? 1 : 0);
    const QNetworkInterface interface = multicastInterface();
    if (interface.isValid())
        m_socket.setMulticastInterface(interface);
    emit bound(localEndpoint(), m_socket.localPort());
    return true;
}

void UdpPeer::stop()
{
    if (m_socket.state() != QAbstractSocket::UnconnectedState)
        m_socket.close();
}

QString UdpPeer::localEndpoint() const
{
    if (m_config.bindAddress.isNull())
        return QStringLiteral("*:%1").arg(m_socket.localPort());
    return Endpoint::format(m_socket.localAddress(), m_socket.localPort());
}

QNetworkInterface UdpPeer::multicastInterface() const
{
    return m_config.multicastInterface.isEmpty() ? QNetworkInterface()
                                                 : QNetworkInterface::interfaceFromName(m_config.multicastInterface);
}

bool UdpPeer::sendTo(const QHostAddress &address, quint16 port, const QByteArray &data)
{
    const QString peer = Endpoint::format(address, port);
    bool isV4 = false;
    Endpoint::plain(address).toIPv4Address(&isV4);
    const qint64 limit = isV4 ? MaxDatagramIPv4 : MaxDatagramIPv6;
    if (data.size() > limit) {
        emit errorOccurred(tr("The datagram for %1 is %2 bytes: UDP over %3 carries at most %4 bytes. Split it or use "
                              "TCP.")
                               .arg(peer)
                               .arg(data.size())
                               .arg(isV4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6"))
                               .arg(limit));
        return false;
    }
    if (!isBound()) {
        emit errorOccurred(tr("Cannot send to %1: the UDP socket is not open.").arg(peer));
        return false;
    }
    const qint64 written = m_socket.writeDatagram(data, address, port);
    if (written < 0) {
        SocketErrorText::Context context;
        context.endpoint = peer;
        context.systemText = m_socket.errorString();
        emit errorOccurred(SocketErrorText::describe(m_socket.error(), context));
        return false;
    }
    m_counters.addOut(written, 1, MonotonicClock::nowMs());
    emit sent(peer, data);
    return true;
}

bool UdpPeer::joinGroup(const QHostAddress &group)
{
    const QNetworkInterface interface = multicastInterface();
    const bool ok =
        interface.isValid() ? m_socket.joinMulticastGroup(group, interface) : m_socket.joinMulticastGroup(group);
    if (!ok) {
        emit errorOccurred(
            tr("Could not join the multicast group %1: %2").arg(group.toString(), m_socket.errorString()));
        return false;
    }
    emit notice(tr("Joined the multicast group %1.").arg(group.toString()));
    return true;
}

bool UdpPeer::leaveGroup(const QHostAddress &group)
{
    const QNetworkInterface interface = multicastInterface();
    const bool ok =
        interface.isValid() ? m_socket.leaveMulticastGroup(group, interface) : m_socket.leaveMulticastGroup(group);
    if (!ok) {
        emit errorOccurred(
            tr("Could not leave the multicast group %1: %2").arg(group.toString(), m_socket.errorString()));
        return false;
    }
    emit notice(tr("Left the multicast group %1.").arg(group.toString()));
    return true;
}

void UdpPeer::readPending()
{
    // Every pending datagram on each notification (STYLE rule 5), empty ones included. One reusable buffer
    // large enough for any datagram: no size probe per datagram, and each payload is copied at its own size.
    if (m_buffer.isEmpty())
        m_buffer.resize(MaxDatagramIPv6 + 8);
    while (m_socket.hasPendingDatagrams()) {
        QHostAddress source;
        quint16 sourcePort = 0;
        const qint64 size = m_socket.readDatagram(m_buffer.data(), m_buffer.size(), &source, &sourcePort);
        if (size < 0)
            break;
        const QByteArray data(m_buffer.constData(), size);
        m_counters.addIn(data.size(), 1, MonotonicClock::nowMs());
        emit datagramReceived(Endpoint::format(source, sourcePort), source, sourcePort, data);
        if (const std::optional<QByteArray> reply = m_config.reply.replyTo(data))
            sendTo(source, sourcePort, *reply);
    }
}
