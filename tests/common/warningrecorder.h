// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <utility>

#include <QMutex>
#include <QStringList>
#include <QtGlobal>

/** Collects warnings from any thread (e.g. Qt's "Timers cannot be started from another thread") so that a test can
    fail on them. Install in initTestCase(), take() in cleanup(). */
namespace WarningRecorder {

struct State
{
    QMutex mutex;
    QStringList warnings;
    QtMessageHandler previous = nullptr;
};

inline State &state()
{
    static State instance;
    return instance;
}

inline void record(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg) {
        const QMutexLocker locker(&state().mutex);
        state().warnings.append(message);
    }
    if (state().previous)
        state().previous(type, context, message);
}

inline void install()
{
    state().previous = qInstallMessageHandler(record);
}

inline void uninstall()
{
    qInstallMessageHandler(state().previous);
}

/** The warnings seen since the last call, one per line; empty when there were none. */
inline QString take()
{
    const QMutexLocker locker(&state().mutex);
    const QStringList seen = std::exchange(state().warnings, {});
    return seen.join(QLatin1Char('\n'));
}

} // namespace WarningRecorder
