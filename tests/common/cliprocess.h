// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

/**
 * A long-running socketlab-cli (a server, a UDP peer) started with --json: reads its events line by line,
 * with bounded waits, and stops it with SIGTERM at the end.
 */
class CliProcess
{
public:
    explicit CliProcess(const QString &program) { m_process.setProgram(program); }
    ~CliProcess() { stop(); }

    bool start(const QStringList &arguments)
    {
        m_process.setArguments(arguments);
        m_process.start();
        return m_process.waitForStarted(10000);
    }

    /** Waits up to `timeoutMs` for the next event named `name` (skipping others, which stay in events()). */
    QJsonObject waitFor(const QString &name, int timeoutMs = 10000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            for (; m_next < m_events.size(); ++m_next) {
                if (m_events.at(m_next).value(QStringLiteral("event")).toString() == name)
                    return m_events.at(m_next++);
            }
            if (!m_process.waitForReadyRead(100) && m_process.state() != QProcess::Running)
                break;
            readLines();
        }
        readLines();
        for (; m_next < m_events.size(); ++m_next) {
            if (m_events.at(m_next).value(QStringLiteral("event")).toString() == name)
                return m_events.at(m_next++);
        }
        return {};
    }

    /** The port announced by the `listening` event, or 0. */
    quint16 waitForPort()
    {
        return static_cast<quint16>(waitFor(QStringLiteral("listening")).value(QStringLiteral("port")).toInt());
    }

    /** SIGTERM, then the exit code (or -1 when it had to be killed). */
    int stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return m_process.exitCode();
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
            return -1;
        }
        readLines();
        return m_process.exitCode();
    }

    const QList<QJsonObject> &events() const { return m_events; }
    QString standardError() { return QString::fromUtf8(m_process.readAllStandardError()); }

private:
    void readLines()
    {
        while (m_process.canReadLine()) {
            const QByteArray line = m_process.readLine().trimmed();
            const QJsonDocument document = QJsonDocument::fromJson(line);
            if (document.isObject())
                m_events.append(document.object());
        }
    }

    QProcess m_process;
    QList<QJsonObject> m_events;
    qsizetype m_next = 0;
};
