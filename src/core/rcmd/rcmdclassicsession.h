// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QString>

#include "rcmd/commandresult.h"
#include "rcmd/commandrunner.h"
#include "rcmd/rcmdagentconfig.h"

class QTcpSocket;

/**
 * One connection in classic mode: the tutorials' remote-command protocol, kept for their Python clients. No
 * authentication exists in it. What one read brings is a command line (several when it holds newlines); each runs
 * through /bin/sh, one after another, and the answer is struct.pack('i', n) — n as a 4-byte little-endian signed
 * integer, as Python packs it on x86 and ARM — followed by n bytes: the command's stdout, then its stderr. The
 * agent's timeout and output cap apply. Reading the command line per read is the tutorials' own behaviour, sticky
 * packets included: two commands sent back to back without newlines can arrive as one line.
 */
class RcmdClassicSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RcmdClassicSession)

public:
    /** Command lines waiting while one runs; a client sending more is closed. */
    static constexpr int MaxQueued = 64;
    /** The longest command line kept (the tutorials read 1024 or 10240 bytes at a time). */
    static constexpr qint64 MaxCommandLine = 64 * 1024;
    /** The largest answer, whatever the agent's output cap: the answer is held in memory until the command ends. */
    static constexpr qint64 MaxAnswer = 256 * 1024 * 1024;

    RcmdClassicSession(QTcpSocket *socket, const RcmdAgentConfig &config, std::function<QString()> acquireSlot,
                       std::function<void()> releaseSlot, QObject *parent = nullptr);
    ~RcmdClassicSession() override;

    QString peer() const { return m_peer; }
    /** Closes the connection now, killing the running command. */
    void abort();

signals:
    void audit(const QString &line);
    void closed();

private:
    void onReadyRead();
    void runNext();
    void onOutput(quint32 id, CommandRunner::Stream stream, const QByteArray &chunk);
    void onFinished(quint32 id, const CommandResult &result);
    void onDisconnected();
    void deleteWhenIdle();

    RcmdAgentConfig m_config;
    QPointer<QTcpSocket> m_socket;
    QString m_peer;
    CommandRunner m_runner;
    std::function<QString()> m_acquireSlot;
    std::function<void()> m_releaseSlot;
    QQueue<QString> m_queue;
    QByteArray m_stdout;
    QByteArray m_stderr;
    quint32 m_nextId = 1;
    bool m_running = false;
    bool m_slotHeld = false;
    bool m_closed = false;
};
