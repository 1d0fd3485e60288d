// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QHostAddress>
#include <QTcpSocket>

/** A plain QTcpSocket peer for engine tests: connects on loopback and collects every byte it receives. */
struct RawClient
{
    std::unique_ptr<QTcpSocket> socket = std::make_unique<QTcpSocket>();
    QByteArray received;
    bool disconnected = false;
    quint16 localPort = 0; ///< kept after the socket closes (QTcpSocket forgets it)

    RawClient()
    {
        QObject::connect(socket.get(), &QTcpSocket::connected, socket.get(),
                         [this] { localPort = socket->localPort(); });
        QObject::connect(socket.get(), &QTcpSocket::readyRead, socket.get(), [this] { received += socket->readAll(); });
        QObject::connect(socket.get(), &QTcpSocket::disconnected, socket.get(), [this] { disconnected = true; });
    }

    void connectTo(const QHostAddress &address, quint16 port) { socket->connectToHost(address, port); }
    bool isConnected() const { return socket->state() == QAbstractSocket::ConnectedState; }
};
