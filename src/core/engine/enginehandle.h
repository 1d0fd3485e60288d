// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <QList>
#include <QObject>
#include <QPointer>

#include "trace/streamtrace.h"
#include "trace/trafficentry.h"
#include "trace/trafficsnapshot.h"

class EngineRelay;
class EngineThread;

/**
 * The GUI-thread face of one network object living in the engine thread (a TCP server, a TCP client, a UDP peer).
 * Pages call its methods, which post work to the engine and never block; what happens comes back as queued signals:
 * traffic rows in batches (≤ 30 Hz), counters four times a second, traces on request.
 *
 * Destroy handles before their EngineThread; a handle whose engine is already gone does nothing.
 */
class EngineHandle : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineHandle)

public:
    ~EngineHandle() override;

    /** True between sendStarted and sendFinished (as the GUI has heard it). */
    bool isSending() const { return m_sending; }
    /** Stops a repeated send. */
    void cancelSend();
    /** Reads the counters now instead of at the next tick (statsUpdated follows). */
    void refreshStats();

signals:
    void batchReady(const QList<TrafficEntry> &entries, quint64 droppedSoFar);
    /** Totals over the whole object (all clients of a server) and, for a server, per client. */
    void statsUpdated(const TrafficSnapshot &totals, const QList<PeerTraffic> &peers);
    void traceReady(quint64 id, const QString &peer, const StreamTrace &trace);
    void sendStarted(qint64 total);
    void sendFinished(bool completed, qint64 sent);
    /** A request that could not be carried out: nothing to send to, a connection already gone, ... */
    void refused(const QString &message);

protected:
    EngineHandle(EngineThread *engine, QObject *parent);

    /** The engine-thread half: make the network object its child (before adopt()) and use it inside run(). */
    EngineRelay *relay() const { return m_relay; }
    /** Moves the relay and its children to the engine thread; call once, at the end of the subclass constructor. */
    void adopt();
    /** Runs `work` in the engine thread (queued; dropped when the engine is gone). */
    void run(std::function<void()> work) const;

private:
    QPointer<EngineThread> m_engine;
    EngineRelay *m_relay;
    bool m_sending = false;
};
