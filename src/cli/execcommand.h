// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

/** `socketlab-cli exec`: run one command through a remote-command agent (DESIGN §4). Exits with the command's
    status (128 + N when signal N ended it, 127 when it could not start), or 1 when the connection failed. */
class ExecCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ExecCommand)

public:
    /** Exit status when the agent could not start the command (as a shell reports a missing program). */
    static constexpr int NotStarted = 127;

    static int run(const QStringList &arguments);
};
