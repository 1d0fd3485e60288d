// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

/** The outcome of one run of a SocketLab executable in a test. */
struct ProcessRun
{
    bool finished = false; ///< false when it crashed or did not end within the time limit
    int exitCode = -1;
    QString out;
    QString err;

    /**
     * Runs `program` with `arguments` and an environment of `extra` variables over the test's own
     * (so tests can choose a locale or a settings folder), waiting at most `timeoutMs`.
     */
    static ProcessRun exec(const QString &program, const QStringList &arguments,
                           const QProcessEnvironment &extra = QProcessEnvironment(), int timeoutMs = 30000)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QStringList keys = extra.keys();
        for (const QString &key : keys)
            environment.insert(key, extra.value(key));
        process.setProcessEnvironment(environment);
        process.start(program, arguments);
        ProcessRun run;
        if (!process.waitForStarted(timeoutMs))
            return run;
        process.closeWriteChannel();
        run.finished = process.waitForFinished(timeoutMs) && process.exitStatus() == QProcess::NormalExit;
        if (!run.finished) {
            process.kill();
            process.waitForFinished(5000);
        }
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }
};
