// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "net/sendjob.h"
#include "trace/streamtrace.h"
#include "trace/trafficsnapshot.h"

class TrafficBatcher;

/**
 * The engine-thread half of an EngineHandle: parent of the handle's network object, its TrafficBatcher, the counters
 * poll and the running SendJob. Everything the GUI learns from the engine leaves through its signals (queued to the
 * handle), so nothing in the engine ever holds a pointer into the GUI thread.
 */
class EngineRelay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineRelay)

public:
    /** Reads the counters (in the engine thread). */
    using StatsProvider = std::function<void(TrafficSnapshot &totals, QList<PeerTraffic> &peers)>;

    /** Counters are read every `statsIntervalMs` (from 1). */
    explicit EngineRelay(int statsIntervalMs = 250, QObject *parent = nullptr);
    ~EngineRelay() override;

    TrafficBatcher *batcher() const { return m_batcher; }
    void setStatsProvider(StatsProvider provider) { m_statsProvider = std::move(provider); }
    /** Reads the counters now and emits statsReady. */
    void publishStats();

    /** Replaces a running job (cancelled first) with one sending `messages` `repeat` times, `intervalMs` apart. */
    void startSend(const QList<QByteArray> &messages, qint64 repeat, int intervalMs, SendJob::Sender sender,
                   SendJob::Ready ready);
    /** The sink may take data again. */
    void resumeSend();
    void cancelSend();

signals:
    void statsReady(const TrafficSnapshot &totals, const QList<PeerTraffic> &peers);
    void traceReady(quint64 id, const QString &peer, const StreamTrace &trace);
    void sendStarted(qint64 total);
    void sendFinished(bool completed, qint64 sent);
    /** Something the user asked for could not be done (one translated sentence). */
    void refused(const QString &message);

private:
    TrafficBatcher *m_batcher;
    QTimer m_statsTimer;
    StatsProvider m_statsProvider;
    QPointer<SendJob> m_job;
};
