// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

/** How one command ended: reported exactly once per CommandRunner::start(). */
struct CommandResult
{
    Q_GADGET

public:
    /** Why the agent killed the command's process group, if it did. */
    enum class KillReason {
        None,       ///< the command ended on its own
        Timeout,    ///< CommandRequest::timeoutMs passed
        Cancel,     ///< the client cancelled it
        Disconnect, ///< the client went away
        Limit       ///< the output reached CommandRequest::outputCap
    };
    Q_ENUM(KillReason)

    int exitCode = -1;      ///< the exit status; -1 when a signal ended the command or it never started
    int signalNumber = 0;   ///< the signal that ended the command (15 for SIGTERM); 0 when it exited or never started
    qint64 durationMs = 0;  ///< from start() to the end
    bool truncated = false; ///< output beyond the cap was dropped
    KillReason killedReason = KillReason::None;
    QString startError; ///< one translated sentence when the command could not be started; empty otherwise

    /** True when the command ran (whatever its exit); false when startError says why it did not. */
    bool started() const { return startError.isEmpty(); }
};
