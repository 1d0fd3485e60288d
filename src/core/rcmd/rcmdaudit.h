// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

#include "rcmd/commandresult.h"

/**
 * The remote-command agent's audit record: one line per event, a JSON object so that any value (an argv with
 * newlines or quotes in it) stays on its line and tools can read it. Every line has "time" (UTC, ISO 8601 with
 * milliseconds), "event" and "peer"; the other keys depend on the event:
 * - connect; refused (reason); auth (result "ok" or "failed", reason); disconnect (reason)
 * - run: id, argv, shell, cwd (and mode "classic" for the tutorials' protocol)
 * - exit: id, exitCode (null when a signal ended it), signal, bytesOut, durationMs, truncated, killed
 *   ("none", "timeout", "cancel", "disconnect", "limit"), and error instead when the command did not start
 */
class RcmdAudit final
{
public:
    /** The line (no newline) for `event` from `peer` with the extra `fields`. */
    static QString line(const QString &event, const QString &peer, const QJsonObject &fields = {});
    /** An audit line as a person reads it: "12:00:01.250 127.0.0.1:5000 exit id=1 exitCode=0 ..." with the time in
        UTC or local time (`spec`), nulls as "-"; a line that is not a JSON object comes back as it is. */
    static QString readable(const QString &jsonLine, Qt::TimeSpec spec);

    /** The fields of an "exit" line for command `id` that sent `bytesOut` bytes. */
    static QJsonObject exitFields(quint32 id, const CommandResult &result, qint64 bytesOut);
};
