// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

/** `socketlab-cli tcp-server`: a TCP server on the command line (DESIGN §4). */
class TcpServerCommand final
{
    Q_DECLARE_TR_FUNCTIONS(TcpServerCommand)

public:
    static int run(const QStringList &arguments);
};
