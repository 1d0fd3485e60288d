// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "net/tcpserver.h"

#include <limits>

#include <QTcpSocket>

#include "net/endpoint.h"
#include "net/listensocket.h"
#include "net/socketerrortext.h"
#include "net/tcpconnection.h"

TcpServer::TcpServer(QObject *parent)
    : QObject(parent)
    , m_server(this) // a child, so that moveToThread() takes it along (the engine thread)
{
    // Take every waiting connection on each notification; the kernel backlog does the queueing.
    m_server.setMaxPendingConnections(std::numeric_limits<int>::max());
    connect(&m_server, &QTcpServer::newConnection, this, &TcpServer::acceptPending);
    connect(&m_server, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError error) {
        SocketErrorText::Context context;
        context.endpoint = localEndpoint();
        context.port = port();
        context.systemText = m_server.errorString();
        emit errorOccurred(0, tr("Could not accept a client: %1").arg(SocketErrorText::describe(error, context)));
    });
}

TcpServer::~TcpServer()
{
    // Clients are children; make sure none reports into a half-destroyed server.
    for (auto &[id, connection] : m_clients)
        connection->disconnect(this);
}

bool TcpServer::start(const TcpServerConfig &config)
{
    stop();
    m_config = config;
    ListenSocket::Options options;
    options.address = config.address;
    options.port = config.port;
    options.reuseAddress = config.reuseAddress;
    options.ipv6Only = config.ipv6Only;
    options.backlog = config.backlog;
    QString error;
    const qintptr descriptor = ListenSocket::open(options, &error);
    if (descriptor < 0) {
        emit errorOccurred(0, error);
        return false;
    }
    if (!m_server.setSocketDescriptor(descriptor)) {
        ListenSocket::close(descriptor);
        emit errorOccurred(0, tr("Could not listen on %1: %2").arg(localEndpoint(), m_server.errorString()));
        return false;
    }
    m_totals.reset();
    m_firstId = m_nextId;
    emit listening(localEndpoint(), m_server.serverPort());
    return true;
}

void TcpServer::stop()
{
    if (!m_server.isListening() && m_clients.empty())
        return;
    m_server.close();
    disconnectAll();
    emit stopped();
}

QString TcpServer::localEndpoint() const
{
    if (!m_server.isListening())
        return m_config.address.isNull() ? QStringLiteral("*:%1").arg(m_config.port)
                                         : Endpoint::format(m_config.address, m_config.port);
    if (m_config.address.isNull())
        return QStringLiteral("*:%1").arg(m_server.serverPort());
    return Endpoint::format(m_server.serverAddress(), m_server.serverPort());
}

QList<quint64> TcpServer::clientIds() const
{
    QList<quint64> ids;
    ids.reserve(static_cast<qsizetype>(m_clients.size()));
    for (const auto &[id, connection] : m_clients)
        ids.append(id);
    return ids;
}

TcpConnection *TcpServer::client(quint64 id) const
{
    const auto it = m_clients.find(id);
    return it == m_clients.end() ? nullptr : it->second;
}

int TcpServer::send(quint64 id, const QByteArray &message)
{
    TcpConnection *connection = client(id);
    return connection && connection->isOpen() && connection->sendMessage(message) ? 1 : 0;
}

int TcpServer::send(const QList<quint64> &ids, const QByteArray &message)
{
    int count = 0;
    for (quint64 id : ids)
        count += send(id, message);
    return count;
}

int TcpServer::sendToAll(const QByteArray &message)
{
    return send(clientIds(), message);
}

void TcpServer::disconnectClient(quint64 id, bool abort)
{
    if (TcpConnection *connection = client(id))
        abort ? connection->abort() : connection->close();
}

void TcpServer::disconnectAll(bool abort)
{
    const QList<quint64> ids = clientIds();
    for (quint64 id : ids)
        disconnectClient(id, abort);
}

void TcpServer::acceptPending()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_config.maxClients > 0 && clientCount() >= m_config.maxClients) {
            const QString peer = Endpoint::format(socket->peerAddress(), socket->peerPort());
            socket->abort();
            socket->deleteLater();
            emit clientRefused(
                peer,
                tr("Refused %1: the server already has its maximum of %n client(s).", nullptr, m_config.maxClients)
                    .arg(peer));
            continue;
        }
        const quint64 id = m_nextId++;
        auto *connection = new TcpConnection(id, socket, m_config.connection, this);
        connection->setAggregate(&m_totals);
        m_clients.emplace(id, connection);
        connect(connection, &TcpConnection::readReceived, this, &TcpServer::readReceived);
        connect(connection, &TcpConnection::frameReceived, this, &TcpServer::frameReceived);
        connect(connection, &TcpConnection::written, this, &TcpServer::written);
        connect(connection, &TcpConnection::notice, this, &TcpServer::notice);
        connect(connection, &TcpConnection::errorOccurred, this, &TcpServer::errorOccurred);
        connect(connection, &TcpConnection::closed, this, &TcpServer::onClientClosed);
        emit clientConnected(id, connection->peer());
    }
}

void TcpServer::onClientClosed(quint64 id, const QString &reason)
{
    const auto it = m_clients.find(id);
    if (it == m_clients.end())
        return;
    TcpConnection *connection = it->second;
    m_clients.erase(it);
    emit clientDisconnected(id, reason);
    connection->deleteLater();
}
