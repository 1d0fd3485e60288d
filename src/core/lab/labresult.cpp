// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "lab/labresult.h"

LabResult LabResult::prepare(const LabExperiment &experiment, Mode mode)
{
    LabResult result;
    result.mode = mode;
    result.experiment = experiment;
    result.error = experiment.validate();
    result.runFailed = !result.error.isEmpty() || !LabSendPlan::build(experiment, &result.plan, &result.error);
    return result;
}

int LabResult::count(TraceEvent::Kind kind) const
{
    int n = 0;
    for (const TraceEvent &event : trace.events()) {
        if (event.kind == kind)
            ++n;
    }
    return n;
}

QByteArray LabResult::bytesOf(const TraceEvent &event) const
{
    const QByteArray &source = event.kind == TraceEvent::Kind::Reply ? replies : plan.stream;
    if (event.offset < 0 || event.offset > source.size())
        return {};
    return source.mid(event.offset, qMin(event.length, source.size() - event.offset));
}

QList<TraceEvent> LabResult::events(TraceEvent::Kind kind) const
{
    QList<TraceEvent> result;
    for (const TraceEvent &event : trace.events()) {
        if (event.kind == kind)
            result.append(event);
    }
    return result;
}

QList<QByteArray> LabResult::readPayloads() const
{
    QList<QByteArray> result;
    for (const TraceEvent &event : trace.events()) {
        if (event.kind == TraceEvent::Kind::Read)
            result.append(bytesOf(event));
    }
    return result;
}

QList<QByteArray> LabResult::framePayloads() const
{
    QList<QByteArray> result;
    for (const Frame &frame : frames)
        result.append(frame.payload);
    return result;
}

namespace {

/** How many events of `outer` overlap more than one event of `inner` (both in stream order, non-empty only). */
int spanningCount(const QList<TraceEvent> &outer, const QList<TraceEvent> &inner)
{
    int spanning = 0;
    qsizetype first = 0;
    for (const TraceEvent &event : outer) {
        if (event.length == 0)
            continue;
        const qint64 end = event.offset + event.length;
        while (first < inner.size() && inner.at(first).offset + inner.at(first).length <= event.offset)
            ++first;
        int overlapping = 0;
        for (qsizetype i = first; i < inner.size() && inner.at(i).offset < end && overlapping < 2; ++i) {
            if (inner.at(i).length > 0)
                ++overlapping;
        }
        if (overlapping > 1)
            ++spanning;
    }
    return spanning;
}

} // namespace

int LabResult::coalescedReads() const
{
    if (experiment.transport == LabExperiment::Transport::Udp)
        return 0;
    return spanningCount(events(TraceEvent::Kind::Read), events(TraceEvent::Kind::Send));
}

int LabResult::splitSends() const
{
    if (experiment.transport == LabExperiment::Transport::Udp)
        return 0;
    return spanningCount(events(TraceEvent::Kind::Send), events(TraceEvent::Kind::Read));
}

QString LabResult::countsLine() const
{
    QStringList parts;
    parts << tr("%n send(s)", nullptr, count(TraceEvent::Kind::Send));
    if (mode == Mode::Simulated) {
        parts << (experiment.transport == LabExperiment::Transport::Udp
                      ? tr("%n datagram(s)", nullptr, count(TraceEvent::Kind::Segment))
                      : tr("%n segment(s)", nullptr, count(TraceEvent::Kind::Segment)));
    }
    parts << tr("%n read(s)", nullptr, count(TraceEvent::Kind::Read));
    parts << tr("%n frame(s)", nullptr, count(TraceEvent::Kind::Frame));
    return parts.join(QStringLiteral(" → "));
}

QString LabResult::modeName(Mode mode)
{
    return mode == Mode::Live ? tr("live") : tr("simulated");
}
