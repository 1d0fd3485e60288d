// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

/** `socketlab-cli udp`: bind, send datagrams to peers, show every datagram received (DESIGN §4). */
class UdpCommand final
{
    Q_DECLARE_TR_FUNCTIONS(UdpCommand)

public:
    static int run(const QStringList &arguments);
};
