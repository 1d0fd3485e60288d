// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QHostAddress>

/**
 * Creates a listening TCP socket natively, so that SO_REUSEADDR is set only when asked
 * (QTcpServer always sets it on Unix, which hides the tutorials' "address already in use").
 * The descriptor is then handed to QTcpServer::setSocketDescriptor().
 */
class ListenSocket final
{
    Q_DECLARE_TR_FUNCTIONS(ListenSocket)

public:
    struct Options
    {
        QHostAddress address; ///< null = every address, IPv6 and IPv4 (dual-stack)
        quint16 port = 0;
        bool reuseAddress = true;
        bool ipv6Only = false; ///< for IPv6 addresses: refuse IPv4-mapped clients
        int backlog = 50;
    };

    /** Returns a listening, non-blocking descriptor, or -1 with *error set to one translated sentence. */
    static qintptr open(const Options &options, QString *error);
    /** Closes a descriptor that was not handed over. */
    static void close(qintptr descriptor);
};
