// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "net/tcpclient.h"

#include <QHostInfo>
#include <QTcpSocket>

#include "net/endpoint.h"
#include "net/socketerrortext.h"
#include "net/tcpconnection.h"

TcpClient::TcpClient(QObject *parent)
    : QObject(parent)
    // Children, so that moveToThread() takes them along (the engine thread).
    , m_connectTimer(this)
    , m_reconnectTimer(this)
{
    m_connectTimer.setSingleShot(true);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        SocketErrorText::Context context;
        context.endpoint = target();
        context.timeoutMs = m_config.connectTimeoutMs;
        onConnectFailed(SocketErrorText::describe(QAbstractSocket::SocketTimeoutError, context));
    });
    connect(&m_reconnectTimer, &QTimer::timeout, this, &TcpClient::lookUp);
}

TcpClient::~TcpClient()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    if (m_connection)
        m_connection->disconnect(this);
}

QString TcpClient::stateName(State state)
{
    switch (state) {
    case State::Idle:
        return tr("idle");
    case State::LookingUp:
        return tr("looking up");
    case State::Connecting:
        return tr("connecting");
    case State::Connected:
        return tr("connected");
    case State::Closing:
        return tr("closing");
    case State::Closed:
        return tr("closed");
    }
    return {};
}

QString TcpClient::target() const
{
    Endpoint endpoint;
    endpoint.host = m_config.host;
    endpoint.port = m_config.port;
    return endpoint.toString();
}

void TcpClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void TcpClient::start(const TcpClientConfig &config)
{
    stop(true);
    m_config = config;
    m_stopped = false;
    m_attempt = 0;
    lookUp();
}

void TcpClient::stop(bool abort)
{
    m_stopped = true;
    m_reconnectTimer.stop();
    m_connectTimer.stop();
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (m_connection && m_connection->isOpen()) {
        setState(State::Closing);
        abort ? m_connection->abort() : m_connection->close();
    } else if (m_state != State::Idle && m_state != State::Closed) {
        setState(State::Closed);
    }
}

bool TcpClient::sendMessage(const QByteArray &message)
{
    return m_connection && m_connection->isOpen() && m_connection->sendMessage(message);
}

void TcpClient::lookUp()
{
    if (m_stopped)
        return;
    m_addresses.clear();
    m_nextAddress = 0;
    const QHostAddress literal(m_config.host);
    if (!literal.isNull()) {
        m_addresses.append(literal);
        connectNext();
        return;
    }
    setState(State::LookingUp);
    m_lookupId = QHostInfo::lookupHost(m_config.host, this, [this](const QHostInfo &info) {
        m_lookupId = -1;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            SocketErrorText::Context context;
            context.endpoint = m_config.host;
            context.systemText = info.errorString();
            onConnectFailed(SocketErrorText::describe(QAbstractSocket::HostNotFoundError, context));
            return;
        }
        m_addresses = info.addresses();
        QStringList shown;
        for (const QHostAddress &address : std::as_const(m_addresses))
            shown.append(Endpoint::plain(address).toString());
        emit hostResolved(shown);
        connectNext();
    });
}

void TcpClient::connectNext()
{
    if (m_nextAddress >= m_addresses.size())
        return;
    const QHostAddress address = m_addresses.at(m_nextAddress++);
    setState(State::Connecting);
    auto *socket = new QTcpSocket(this);
    m_socket = socket;
    if (!m_config.bindAddress.isNull() || m_config.bindPort != 0) {
        const QHostAddress local = m_config.bindAddress.isNull()
            ? (address.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress(QHostAddress::AnyIPv6)
                                                                   : QHostAddress(QHostAddress::AnyIPv4))
            : m_config.bindAddress;
        if (!socket->bind(local, m_config.bindPort)) {
            SocketErrorText::Context context;
            context.endpoint = Endpoint::format(local, m_config.bindPort);
            context.port = m_config.bindPort;
            context.systemText = socket->errorString();
            onConnectFailed(SocketErrorText::describe(socket->error(), context));
            return;
        }
    }
    connect(socket, &QTcpSocket::connected, this, &TcpClient::onConnected);
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket, address](QAbstractSocket::SocketError error) {
        if (socket != m_socket)
            return;
        SocketErrorText::Context context;
        context.endpoint = Endpoint::format(address, m_config.port);
        context.systemText = socket->errorString();
        onConnectFailed(SocketErrorText::describe(error, context));
    });
    if (m_config.connectTimeoutMs > 0)
        m_connectTimer.start(m_config.connectTimeoutMs);
    socket->connectToHost(address, m_config.port);
}

void TcpClient::onConnected()
{
    m_connectTimer.stop();
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    applyOptions(socket);
    m_attempt = 0;
    auto *connection = new TcpConnection(++m_connectionCount, socket, m_config.connection, this);
    m_connection = connection;
    connect(connection, &TcpConnection::readReceived, this,
            [this](quint64, const QByteArray &bytes) { emit readReceived(bytes); });
    connect(connection, &TcpConnection::frameReceived, this,
            [this](quint64, const Frame &frame) { emit frameReceived(frame); });
    connect(connection, &TcpConnection::written, this,
            [this](quint64, const QByteArray &bytes) { emit written(bytes); });
    connect(connection, &TcpConnection::writeBufferLow, this, [this](quint64) { emit writeBufferLow(); });
    connect(connection, &TcpConnection::notice, this, [this](quint64, const QString &text) { emit notice(text); });
    connect(connection, &TcpConnection::errorOccurred, this,
            [this](quint64, const QString &message) { emit errorOccurred(message); });
    connect(connection, &TcpConnection::closed, this,
            [this](quint64, const QString &reason) { onConnectionClosed(reason); });
    setState(State::Connected);
    emit connected(connection->local(), connection->peer());
}

void TcpClient::onConnectFailed(const QString &message)
{
    m_connectTimer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    // Another address of the same name may answer.
    if (!m_stopped && m_nextAddress < m_addresses.size()) {
        emit notice(message);
        connectNext();
        return;
    }
    emit errorOccurred(message);
    setState(State::Closed);
    scheduleReconnect();
}

void TcpClient::onConnectionClosed(const QString &reason)
{
    if (m_connection) {
        m_connection->disconnect(this);
        m_connection->deleteLater();
        m_connection = nullptr;
    }
    setState(State::Closed);
    emit disconnected(reason);
    scheduleReconnect();
}

void TcpClient::scheduleReconnect()
{
    if (m_stopped || !m_config.autoReconnect)
        return;
    const int shift = qMin(m_attempt, 16);
    const qint64 delay = qMin<qint64>(qint64(m_config.reconnectInitialMs) << shift, m_config.reconnectMaxMs);
    ++m_attempt;
    emit reconnectScheduled(static_cast<int>(delay), m_attempt);
    m_reconnectTimer.start(static_cast<int>(delay));
}

void TcpClient::applyOptions(QTcpSocket *socket) const
{
    socket->setSocketOption(QAbstractSocket::LowDelayOption, m_config.noDelay ? 1 : 0);
    socket->setSocketOption(QAbstractSocket::KeepAliveOption, m_config.keepAlive ? 1 : 0);
    if (m_config.sendBufferSize > 0)
        socket->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, m_config.sendBufferSize);
    if (m_config.receiveBufferSize > 0)
        socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, m_config.receiveBufferSize);
}
