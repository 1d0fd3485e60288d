// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <signal.h>

#include <cerrno>
#include <optional>

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

/** A few fields of /proc/<pid>/stat, for tests that check what became of a process. */
struct ProcStat
{
    char state = 0;
    qint64 parent = 0;
    qint64 group = 0;
    qint64 session = 0;
};

inline std::optional<ProcStat> procStat(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray line = file.readAll();
    // The command name may contain spaces and parentheses; the fields follow the last ')'.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    if (fields.size() < 4 || fields.at(0).isEmpty())
        return std::nullopt;
    ProcStat stat;
    stat.state = fields.at(0).at(0);
    stat.parent = fields.at(1).toLongLong();
    stat.group = fields.at(2).toLongLong();
    stat.session = fields.at(3).toLongLong();
    return stat;
}

/** A zombie counts as gone: some containers' PID 1 never reaps the orphans a killed group leaves. */
inline bool isDead(const std::optional<ProcStat> &stat)
{
    return !stat || stat->state == 'Z' || stat->state == 'X';
}

/** True when `pid` no longer runs: kill(pid, 0) fails with ESRCH, or it is a zombie. */
inline bool processGone(qint64 pid)
{
    if (::kill(static_cast<pid_t>(pid), 0) == -1 && errno == ESRCH)
        return true;
    return isDead(procStat(pid));
}
