// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include "rcmd/rcmdclient.h"
#include "rcmd/rcmdmessage.h"

/**
 * The engine-thread half of RcmdClientHandle: owns the RcmdClient, names commands by the handle's tickets (known
 * to the GUI at once, unlike the client's ids) and coalesces output into batches (at most ~30 a second), flushed
 * before anything that follows it (an Exit, a failure), so the order the agent sent is kept.
 */
class RcmdClientRelay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RcmdClientRelay)

public:
    /** Output is held at most `batchMs` before it is emitted. */
    explicit RcmdClientRelay(int batchMs = 30, QObject *parent = nullptr);
    ~RcmdClientRelay() override;

    RcmdClient *client() const { return m_client; }

    /** Connects; the signals about this connection carry `generation`, so that the GUI can tell them from late
        news about an earlier one. */
    void connectToAgent(const RcmdClientConfig &config, quint64 generation);
    /** Runs `argv` as command `ticket`; commandFailed(ticket) when the client is not ready. */
    void run(quint32 ticket, const QStringList &argv, bool shell, const QString &workingDirectory,
             const QStringList &environment);
    /** Asks the agent to kill command `ticket` (nothing when it is not running). */
    void cancel(quint32 ticket);
    void close();

signals:
    void stateChanged(RcmdClient::State state, quint64 generation);
    /** Authenticated; the agent's declared output encoding and (TLS) its certificate's SHA-256. */
    void ready(const QString &agentOutputEncoding, const QByteArray &peerFingerprint, quint64 generation);
    void output(quint32 ticket, RcmdMessage::Stream stream, const QByteArray &data);
    void finished(quint32 ticket, const RcmdMessage &exit);
    void commandFailed(quint32 ticket, const QString &message);
    /** `peerFingerprint`: the certificate the agent presented (TLS), also after a mismatch or an untrusted one. */
    void failed(RcmdClient::Failure failure, const QString &message, const QByteArray &peerFingerprint,
                quint64 generation);
    void closed(quint64 generation);

private:
    /** Output of one command and stream, waiting for the next batch. */
    struct Pending
    {
        quint32 ticket = 0;
        RcmdMessage::Stream stream = RcmdMessage::Stream::Stdout;
        QByteArray data;
    };

    void onOutput(quint32 id, RcmdMessage::Stream stream, const QByteArray &data);
    void flush();
    /** The ticket of command `id` (0 when unknown); `remove` forgets it. */
    quint32 ticketOf(quint32 id, bool remove);

    RcmdClient *m_client;
    QTimer m_batchTimer;
    QList<Pending> m_pending;
    /** Client id -> ticket, for the commands still running. */
    QHash<quint32, quint32> m_tickets;
    quint64 m_generation = 0;
};
