// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "lab/labsimulator.h"

#include <deque>
#include <functional>
#include <queue>
#include <vector>

#include "lab/labreceiver.h"

namespace {

constexpr qint64 maxSimulatedEvents = 20000000;

/** One run of the model: a discrete-event simulation over both ends of the connection. */
class Simulation
{
public:
    Simulation(const LabExperiment &experiment, LabResult *result)
        : m_ex(experiment)
        , m_result(result)
        , m_plan(result->plan)
        , m_receiver(experiment)
        , m_oneWayNs(experiment.rttUs * 1000 / 2)
        , m_callCostNs(experiment.callCostUs * 1000)
        , m_peerWindow(experiment.receiveBuffer)
        , m_lastAdvertised(experiment.receiveBuffer)
    { }

    bool run()
    {
        at(0, [this] { nextStep(); });
        at(qint64(m_ex.readDelayMs) * 1000000, [this] { read(); });
        qint64 handled = 0;
        while (!m_queue.empty()) {
            if (++handled > maxSimulatedEvents)
                return false;
            // Copy out before popping: the handler may schedule more events.
            Event event = m_queue.top();
            m_queue.pop();
            m_now = event.timeNs;
            event.handler();
        }
        finish();
        return true;
    }

private:
    struct Event
    {
        qint64 timeNs;
        quint64 sequence;
        std::function<void()> handler;
    };
    struct Later
    {
        bool operator()(const Event &a, const Event &b) const
        {
            return a.timeNs != b.timeNs ? a.timeNs > b.timeNs : a.sequence > b.sequence;
        }
    };
    struct Datagram
    {
        qint64 offset;
        qint64 size;
    };

    bool isUdp() const { return m_ex.transport == LabExperiment::Transport::Udp; }

    void at(qint64 timeNs, std::function<void()> handler)
    {
        m_queue.push(Event{timeNs, m_sequence++, std::move(handler)});
    }

    void record(TraceEvent::Kind kind, qint64 offset, qint64 length)
    {
        TraceEvent event;
        event.kind = kind;
        event.offset = offset;
        event.length = length;
        event.timeNs = m_now;
        m_result->trace.append(event);
    }

    // ---- sender ----

    void nextStep()
    {
        if (m_step >= m_plan.steps.size()) {
            m_senderDone = true;
            if (!isUdp()) {
                m_closing = true;
                trySend();
            }
            return;
        }
        const LabSendPlan::Step &step = m_plan.steps.at(m_step);
        if (step.kind == LabSendPlan::Step::Kind::AwaitReply) {
            m_replyNeeded += LabSendPlan::readyReply().size();
            m_awaitingReply = true;
            checkReply();
            return;
        }
        const qint64 length = step.bytes.size();
        record(TraceEvent::Kind::Send, m_writeOffset, length);
        m_result->trace.appendSentBytes(step.bytes);
        const qint64 offset = m_writeOffset;
        m_writeOffset += length;
        if (isUdp()) {
            record(TraceEvent::Kind::Segment, offset, length);
            ++m_datagramsInFlight;
            at(m_now + m_oneWayNs, [this, offset, length] { datagramArrives(offset, length); });
            stepDone();
            return;
        }
        m_writeRemaining = length;
        continueWrite();
    }

    void continueWrite()
    {
        const qint64 room = m_ex.sendBuffer - (m_appEnd - m_sendUnacked);
        const qint64 copied = qMin(room, m_writeRemaining);
        m_appEnd += copied;
        m_writeRemaining -= copied;
        if (copied > 0)
            trySend();
        m_writerBlocked = m_writeRemaining > 0;
        if (!m_writerBlocked)
            stepDone();
    }

    void stepDone()
    {
        ++m_step;
        const bool anotherWrite = m_step < m_plan.steps.size();
        const qint64 pause = m_callCostNs + (anotherWrite ? qint64(m_ex.writeIntervalMs) * 1000000 : 0);
        at(m_now + pause, [this] { nextStep(); });
    }

    void checkReply()
    {
        if (m_awaitingReply && m_replyArrived >= m_replyNeeded) {
            m_awaitingReply = false;
            ++m_step;
            at(m_now + m_callCostNs, [this] { nextStep(); });
        }
    }

    void trySend()
    {
        for (;;) {
            const qint64 unsent = m_appEnd - m_sendNext;
            if (unsent == 0) {
                if (m_closing && !m_finSent) {
                    m_finSent = true;
                    at(m_now + m_oneWayNs, [this] { finArrives(); });
                }
                return;
            }
            const qint64 window = m_sendUnacked + m_peerWindow - m_sendNext;
            if (window <= 0)
                return;
            const qint64 size = qMin(qMin(m_ex.mss, unsent), window);
            // Nagle: a small segment waits while data is unacknowledged (closing pushes it out).
            if (!m_ex.noDelay && !m_closing && size < m_ex.mss && m_sendNext > m_sendUnacked)
                return;
            const qint64 offset = m_sendNext;
            record(TraceEvent::Kind::Segment, offset, size);
            m_sendNext += size;
            at(m_now + m_oneWayNs, [this, size] { segmentArrives(size); });
        }
    }

    void ackArrives(qint64 ack, qint64 window)
    {
        if (ack >= m_sendUnacked) {
            m_sendUnacked = ack;
            m_peerWindow = window;
        }
        trySend();
        if (m_writerBlocked)
            continueWrite();
    }

    // ---- receiver ----

    qint64 buffered() const { return m_received - m_readPosition; }

    void segmentArrives(qint64 size)
    {
        m_received += size;
        if (++m_unackedSegments >= 2 || m_ex.delayedAckMs == 0)
            sendAck();
        else if (!m_ackTimerArmed)
            armAckTimer();
        wakeReader();
    }

    void finArrives()
    {
        m_finArrived = true;
        sendAck();
        wakeReader();
    }

    void datagramArrives(qint64 offset, qint64 size)
    {
        --m_datagramsInFlight;
        if (m_queuedBytes + size > m_ex.receiveBuffer) {
            ++m_result->droppedDatagrams;
        } else {
            m_datagrams.push_back(Datagram{offset, size});
            m_queuedBytes += size;
        }
        wakeReader();
    }

    void wakeReader()
    {
        if (m_readerBlocked) {
            m_readerBlocked = false;
            read();
        }
    }

    qint64 advertisedWindow() const { return m_ex.receiveBuffer - buffered(); }

    void sendAck()
    {
        m_unackedSegments = 0;
        m_ackTimerArmed = false;
        ++m_ackTimerGeneration;
        const qint64 ack = m_received;
        const qint64 window = advertisedWindow();
        m_lastAdvertised = window;
        at(m_now + m_oneWayNs, [this, ack, window] { ackArrives(ack, window); });
    }

    void armAckTimer()
    {
        m_ackTimerArmed = true;
        const quint64 generation = ++m_ackTimerGeneration;
        at(m_now + qint64(m_ex.delayedAckMs) * 1000000, [this, generation] {
            if (m_ackTimerArmed && generation == m_ackTimerGeneration)
                sendAck();
        });
    }

    void sendReply(const QByteArray &reply)
    {
        const qint64 offset = m_result->replies.size();
        m_result->replies.append(reply);
        record(TraceEvent::Kind::Reply, offset, reply.size());
        // The reply segment carries the acknowledgement.
        m_unackedSegments = 0;
        m_ackTimerArmed = false;
        ++m_ackTimerGeneration;
        const qint64 ack = m_received;
        const qint64 window = advertisedWindow();
        m_lastAdvertised = window;
        const qint64 size = reply.size();
        at(m_now + m_oneWayNs, [this, ack, window, size] {
            m_replyArrived += size;
            ackArrives(ack, window);
            checkReply();
        });
    }

    void scheduleNextRead()
    {
        at(m_now + m_callCostNs + qint64(m_ex.readDelayMs) * 1000000, [this] { read(); });
    }

    void read()
    {
        if (m_receiverDone)
            return;
        const qint64 size = m_receiver.nextReadSize();
        if (size == 0) {
            m_receiverDone = true;
            return;
        }
        if (isUdp()) {
            readDatagram(size);
            return;
        }
        if (buffered() == 0) {
            if (m_finArrived) {
                m_result->endOfStream = true;
                m_result->endOfStreamNs = m_now;
                m_receiverDone = true;
            } else {
                m_readerBlocked = true;
            }
            return;
        }
        const qint64 length = qMin(size, buffered());
        const QByteArray bytes = m_plan.stream.mid(m_readPosition, length);
        m_readPosition += length;
        const QByteArray reply = m_receiver.onRead(bytes, m_now, &m_result->trace);
        if (m_receiver.failed()) {
            // The tutorials' receiver dies on a bad length (int() raises); so does this one.
            m_receiverDone = true;
            return;
        }
        if (!reply.isEmpty())
            sendReply(reply);
        else if (advertisedWindow() - m_lastAdvertised >= qMin(m_ex.mss, m_ex.receiveBuffer / 2))
            sendAck(); // window update
        scheduleNextRead();
    }

    void readDatagram(qint64 size)
    {
        if (m_datagrams.empty()) {
            if (!(m_senderDone && m_datagramsInFlight == 0))
                m_readerBlocked = true;
            return;
        }
        const Datagram datagram = m_datagrams.front();
        m_datagrams.pop_front();
        m_queuedBytes -= datagram.size;
        const qint64 length = qMin(size, datagram.size);
        m_receiver.onDatagram(datagram.offset, QByteArrayView(m_plan.stream).sliced(datagram.offset, length),
                              datagram.size, m_now, &m_result->trace);
        scheduleNextRead();
    }

    void finish()
    {
        m_receiver.finish();
        m_result->frames = m_receiver.frames();
        m_result->truncatedDatagrams = m_receiver.truncatedDatagrams();
        m_result->error = m_receiver.error();
        m_result->incompleteFrame = m_receiver.incompleteFrame();
        m_result->senderBlocked = m_step < m_plan.steps.size();
        if (isUdp()) {
            qint64 unread = 0;
            for (const Datagram &datagram : m_datagrams)
                unread += datagram.size;
            m_result->unreadBytes = unread + (m_plan.stream.size() - m_writeOffset);
        } else {
            m_result->unreadBytes = m_plan.stream.size() - m_readPosition;
        }
        m_result->durationNs = m_now;
    }

    const LabExperiment &m_ex;
    LabResult *m_result;
    const LabSendPlan &m_plan;
    LabReceiver m_receiver;
    const qint64 m_oneWayNs;
    const qint64 m_callCostNs;

    std::priority_queue<Event, std::vector<Event>, Later> m_queue;
    quint64 m_sequence = 0;
    qint64 m_now = 0;

    // Sender.
    qsizetype m_step = 0;
    qint64 m_writeOffset = 0;
    qint64 m_writeRemaining = 0;
    bool m_writerBlocked = false;
    qint64 m_appEnd = 0;
    qint64 m_sendUnacked = 0;
    qint64 m_sendNext = 0;
    qint64 m_peerWindow;
    bool m_closing = false;
    bool m_finSent = false;
    bool m_senderDone = false;
    bool m_awaitingReply = false;
    qint64 m_replyNeeded = 0;
    qint64 m_replyArrived = 0;

    // Receiver.
    qint64 m_received = 0;
    qint64 m_readPosition = 0;
    int m_unackedSegments = 0;
    bool m_ackTimerArmed = false;
    quint64 m_ackTimerGeneration = 0;
    qint64 m_lastAdvertised;
    bool m_finArrived = false;
    bool m_readerBlocked = false;
    bool m_receiverDone = false;
    std::deque<Datagram> m_datagrams;
    qint64 m_queuedBytes = 0;
    int m_datagramsInFlight = 0;
};

} // namespace

LabResult LabSimulator::run(const LabExperiment &experiment)
{
    LabResult result = LabResult::prepare(experiment, LabResult::Mode::Simulated);
    if (result.runFailed)
        return result;
    Simulation simulation(experiment, &result);
    result.runFailed = !simulation.run();
    if (result.runFailed)
        result.error = tr("The simulation did not finish within %1 steps.").arg(maxSimulatedEvents);
    return result;
}
