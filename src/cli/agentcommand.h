// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

/** `socketlab-cli agent`: the remote-command agent (DESIGN §4). */
class AgentCommand final
{
    Q_DECLARE_TR_FUNCTIONS(AgentCommand)

public:
    static int run(const QStringList &arguments);
};
