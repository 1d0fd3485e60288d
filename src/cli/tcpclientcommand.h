// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

/** `socketlab-cli tcp-client`: connect, send, show what comes back; N connections for load tests (DESIGN §4). */
class TcpClientCommand final
{
    Q_DECLARE_TR_FUNCTIONS(TcpClientCommand)

public:
    static int run(const QStringList &arguments);
};
