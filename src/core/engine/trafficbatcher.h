// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <atomic>
#include <memory>

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include "trace/trafficentry.h"

class TcpClient;
class TcpServer;
class UdpPeer;

/**
 * Lives in the engine thread: collects traffic entries and hands them to the GUI in batches, at most `maxRateHz` per
 * second. Entries are delivered exactly once, in order; memory between two batches is bounded by maxPending (oldest
 * dropped and counted when a view cannot keep up — the TrafficLog file sink is where "keep everything" lives).
 *
 * A view that cannot keep up is noticed, not buried: the next batch leaves only once the application's main thread has
 * worked through its queue up to the previous one, so batches never pile up in the GUI's event queue.
 */
class TrafficBatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficBatcher)

public:
    /** `maxRateHz` counts from 1 to 1000, `maxPending` from 1. */
    explicit TrafficBatcher(int maxRateHz = 30, qsizetype maxPending = 100000, QObject *parent = nullptr);
    /** Entries still pending are discarded: at shutdown there is no view left to show them. */
    ~TrafficBatcher() override;

    /** Queues one entry (from the batcher's thread); a zero timeMs becomes now, the time it happened. */
    void add(TrafficEntry entry);
    /** Delivers what is pending now, whatever the rate and the previous batch. */
    void flush();
    /** Entries dropped so far because maxPending were already waiting. Safe from any thread. */
    quint64 dropped() const { return m_dropped.load(std::memory_order_relaxed); }
    /** Entries waiting for the next batch (from the batcher's thread). */
    qsizetype pendingCount() const { return m_pending.size(); }
    int maxRateHz() const { return m_maxRateHz; }
    qsizetype maxPending() const { return m_maxPending; }

    /** Turns what the object reports into rows of `batcher`; the object and the batcher must share a thread.
        Reads, frames, writes and datagrams carry their bytes. Connects and orderly closes
        are Note/Event rows with the state name (TcpClient::stateName); a close with a reason carries the reason. */
    static void attach(TcpServer *server, TrafficBatcher *batcher);
    static void attach(TcpClient *client, TrafficBatcher *batcher);
    static void attach(UdpPeer *peer, TrafficBatcher *batcher);

    /** Where rows go: a batcher, a TrafficLog, ... */
    using RowSink = std::function<void(TrafficEntry)>;
    /** The same rows handed to `sink` as they happen (in the object's thread, `context` owning the connections),
        e.g. to record every row in a TrafficLog file without batching. */
    static void attach(TcpServer *server, QObject *context, RowSink sink);
    static void attach(TcpClient *client, QObject *context, RowSink sink);
    static void attach(UdpPeer *peer, QObject *context, RowSink sink);

    /** Makes QList<TrafficEntry> usable in queued connections and QVariant; the constructor calls it. */
    static void registerMetaTypes();

signals:
    /** Connect with a context object in the GUI thread, so the connection is queued. `droppedSoFar` counts every entry
        dropped since the batcher was made. */
    void batchReady(const QList<TrafficEntry> &entries, quint64 droppedSoFar);

private:
    void schedule(qint64 delayNs);
    void onTimer();
    void deliver();

    int m_maxRateHz;
    qsizetype m_maxPending;
    qint64 m_intervalNs;
    QList<TrafficEntry> m_pending;
    std::atomic<quint64> m_dropped{0};
    QTimer m_timer;
    QElapsedTimer m_sinceBatch;
    /** Batches emitted so far. */
    quint64 m_sent = 0;
    /** The last batch the main thread's event loop has got past (set there). */
    std::shared_ptr<std::atomic<quint64>> m_passed;
};
