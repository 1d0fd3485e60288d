// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

/** One command a client asks the agent to run. CommandRunner::validate() says whether it is acceptable. */
struct CommandRequest
{
    quint32 id = 0;           ///< the client's handle, repeated in every signal about this command
    QStringList argv;         ///< program and arguments; in shell mode exactly one element, the command line
    bool shell = false;       ///< run argv's single command line with /bin/sh -c instead of a program directly
    QString workingDirectory; ///< empty = the runner's default (the agent's own when that is empty too)
    QStringList environment;  ///< "NAME=VALUE" entries added to (or replacing in) the agent's environment
    int timeoutMs = 0;        ///< the command is killed after this long; 0 = no timeout
    qint64 outputCap = 0;     ///< bytes of stdout and stderr together before the command is cut off; 0 = no limit
};
