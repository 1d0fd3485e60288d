// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include "framing/frame.h"
#include "net/connectionsettings.h"
#include "trace/streamtrace.h"
#include "trace/trafficcounters.h"

class QTcpSocket;
class FrameCodec;

/**
 * One TCP connection, server side or client side: reads as configured (read size, read delay), decodes
 * frames, answers by the reply policy, records the stream trace and counters, and drops a peer that
 * stops reading. Everything it sees it reports through signals; it never blocks.
 */
class TcpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpConnection)

public:
    /** Takes ownership of a connected `socket`. */
    TcpConnection(quint64 id, QTcpSocket *socket, const ConnectionSettings &settings, QObject *parent = nullptr);
    ~TcpConnection() override;

    quint64 id() const { return m_id; }
    /** "127.0.0.1:50123" */
    QString peer() const { return m_peer; }
    /** "127.0.0.1:9000": our end. */
    QString local() const { return m_local; }
    QDateTime since() const { return m_since; }
    const TrafficCounters &counters() const { return m_counters; }
    const StreamTrace &trace() const { return m_trace; }
    QTcpSocket *socket() const { return m_socket; }
    bool isOpen() const { return !m_closed; }
    qint64 bytesToWrite() const;

    /** Also counts this connection's traffic into `totals` (a server's sum over its clients); may be null. */
    void setAggregate(TrafficCounters *totals) { m_aggregate = totals; }

    /** Sends one message, framed when a framing is set. False (with errorOccurred) when it cannot be framed. */
    bool sendMessage(const QByteArray &message);
    /** One write call of exactly these bytes. */
    void writeRaw(const QByteArray &bytes);
    /** Graceful close: pending data is sent, then FIN. */
    void close();
    /** Abort: pending data is discarded and the peer gets a reset (RST). */
    void abort();

    /** Below this many unsent bytes, writeBufferLow() invites more data. */
    static constexpr qint64 LowWaterMark = 256 * 1024;

signals:
    /** One read from the socket, as it came. */
    void readReceived(quint64 id, const QByteArray &bytes);
    /** One message decoded by the framing. */
    void frameReceived(quint64 id, const Frame &frame);
    /** One write call handed to the socket, with its bytes. */
    void written(quint64 id, const QByteArray &bytes);
    /** Unsent bytes fell below LowWaterMark: a sender may write more. */
    void writeBufferLow(quint64 id);
    /** Something worth telling that is not an error (e.g. an incomplete frame at close). */
    void notice(quint64 id, const QString &text);
    void errorOccurred(quint64 id, const QString &message);
    /** The connection is over; `reason` is empty for an orderly close. Emitted once. */
    void closed(quint64 id, const QString &reason);

private:
    void onReadyRead();
    void readOnce();
    void handleRead(const QByteArray &bytes);
    void answer(QByteArrayView message);
    void onBytesWritten();
    void onDisconnected();
    void onSocketError();
    void fail(const QString &reason);
    void dropSocket();
    void countIn(qint64 bytes, qint64 messages);
    void countOut(qint64 bytes);
    void finish(const QString &reason);

    quint64 m_id;
    QTcpSocket *m_socket;
    ConnectionSettings m_settings;
    std::unique_ptr<FrameCodec> m_codec;
    QString m_peer;
    QString m_local;
    QDateTime m_since;
    TrafficCounters m_counters;
    TrafficCounters *m_aggregate = nullptr;
    StreamTrace m_trace;
    QTimer m_readTimer;
    QString m_pendingReason;
    bool m_peerGone = false;
    bool m_closed = false;
    bool m_wasAboveLowWater = false;
};
