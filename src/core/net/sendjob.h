// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <QList>
#include <QObject>
#include <QTimer>

/**
 * Sends a list of messages `repeat` times, one message per write call, `intervalMs` apart. With no
 * interval it writes as fast as the sink takes data: it stops while ready() is false and goes on
 * when resume() is called (e.g. on TcpConnection::writeBufferLow), so memory stays bounded.
 */
class SendJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendJob)

public:
    /** Sends one message; false stops the job (the sink reported an error). */
    using Sender = std::function<bool(const QByteArray &)>;
    /** True when the sink can take another message now. */
    using Ready = std::function<bool()>;

    SendJob(QList<QByteArray> messages, qint64 repeat, int intervalMs, QObject *parent = nullptr);
    ~SendJob() override;

    void start(Sender sender, Ready ready);
    /** The sink has room again. */
    void resume();
    void cancel();

    qint64 sentCount() const { return m_sent; }
    qint64 totalCount() const { return m_total; }
    bool isFinished() const { return m_finished; }

signals:
    /** All messages were handed to the sink (`completed`), or the job stopped early. */
    void finished(bool completed);

private:
    void pump();
    void finish(bool completed);

    QList<QByteArray> m_messages;
    qint64 m_total = 0;
    qint64 m_sent = 0;
    int m_intervalMs = 0;
    Sender m_sender;
    Ready m_ready;
    QTimer m_timer;
    bool m_started = false;
    bool m_finished = false;
    bool m_pumpQueued = false;
};
