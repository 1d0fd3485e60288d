// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

/** The network group box of the TCP server page, as saved. Copyable value. */
struct TcpServerPageSettings
{
    /** As typed: "0.0.0.0", "::", "127.0.0.1", or empty/"*" for every address (dual-stack). */
    QString address = QStringLiteral("0.0.0.0");
    int port = 9000;
    bool reuseAddress = true;
    bool dualStack = true;
    int backlog = 50;
    int maxClients = 0;
    int readSize = 0;
    int readDelayMs = 0;
    /** ReplyPolicy::modeName(): "none", "echo", "upper", "rules". */
    QString replyMode = QStringLiteral("none");
    /** ReplyPolicy::parseRule() texts, one per rule. */
    QStringList replyRules;
};

/** The network group box of the TCP client page, as saved. */
struct TcpClientPageSettings
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 9000;
    /** Empty: let the system choose. */
    QString bindAddress;
    int bindPort = 0;
    int connectTimeoutMs = 10000;
    bool autoReconnect = false;
    bool noDelay = false;
    bool keepAlive = false;
    int sendBufferSize = 0;
    int receiveBufferSize = 0;
    /** Disconnect with a reset (RST) instead of a graceful close (FIN). */
    bool abortOnClose = false;
    int readSize = 0;
    int readDelayMs = 0;
};

/** The network group box of the UDP page, as saved. */
struct UdpPageSettings
{
    QString bindAddress = QStringLiteral("0.0.0.0");
    int port = 9000;
    bool reuseAddress = false;
    /** The target typed last: host and port. */
    QString targetAddress = QStringLiteral("127.0.0.1");
    int targetPort = 9001;
    /** AddressBook::toJson() of the named targets. */
    QByteArray addressBook;
    QString multicastGroup = QStringLiteral("239.255.0.1");
    QString replyMode = QStringLiteral("none");
};
