// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <deque>
#include <memory>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

#include "trace/trafficentry.h"

class QFile;

/** The bounded log behind every data view, with an optional file sink that keeps everything. Movable, not copyable.

    Memory is bounded by an estimate: data.size() + 2 * (peer.size() + message.size()) + EntryOverhead per entry;
    the estimate never exceeds maxBytes (an entry larger than maxBytes on its own is written to the sink and evicted at
    once). Sequences keep counting across clear(). */
class TrafficLog final
{
    Q_DECLARE_TR_FUNCTIONS(TrafficLog)

public:
    static constexpr qint64 DefaultMaxBytes = 64 * 1024 * 1024;
    /** Fixed part of the per-entry memory estimate. */
    static constexpr qint64 EntryOverhead = 64;

    explicit TrafficLog(qint64 maxBytes = DefaultMaxBytes);
    ~TrafficLog();
    TrafficLog(const TrafficLog &) = delete;
    TrafficLog &operator=(const TrafficLog &) = delete;
    /** The moved-from log is empty, without a sink, and keeps its maxBytes. */
    TrafficLog(TrafficLog &&other);
    TrafficLog &operator=(TrafficLog &&other);

    /** Appends (assigning sequence and, if 0, time); writes the entry to the sink first, if one is open, then evicts
        the oldest entries while the memory estimate exceeds maxBytes. Returns the sequence. */
    quint64 append(TrafficEntry entry);

    qsizetype size() const { return static_cast<qsizetype>(m_entries.size()); }
    /** Index 0 = oldest kept. */
    const TrafficEntry &at(qsizetype index) const;
    /** Sequence of at(0), 0 if empty. */
    quint64 firstSequence() const { return m_entries.empty() ? 0 : m_entries.front().sequence; }
    /** Entries dropped to stay within maxBytes (clear() does not count). */
    quint64 evictedCount() const { return m_evictedCount; }
    qint64 memoryEstimate() const { return m_memoryEstimate; }
    qint64 maxBytes() const { return m_maxBytes; }
    /** Negative counts as 0; shrinking evicts at once. */
    void setMaxBytes(qint64 maxBytes);
    /** Drops every kept entry; sequences continue and an open sink stays open. */
    void clear();

    /** The memory estimate of one entry. */
    static qint64 estimate(const TrafficEntry &entry);

    /** Opens (appends to) a file that receives every entry as one JSON object per line:
        {"seq":1,"time":"2026-11-23T11:06:01.123Z","dir":"in","kind":"read","conn":3,"peer":"127.0.0.1:5000",
         "size":5,"hex":"68656c6c6f","message":""}
        Replaces a sink already open. Returns false with *error = one translated sentence naming the file and QFile's
        reason (an open sink then stays open). */
    bool openSink(const QString &path, QString *error);
    /** Flushes and closes the sink; a flush failure is reported by takeSinkError(). */
    void closeSink();
    bool hasSink() const { return m_sink != nullptr; }
    /** The open sink's path, empty without one. */
    QString sinkPath() const { return m_sinkPath; }
    /** A write error on the sink closes it and is reported here once (translated sentence); empty if none. */
    QString takeSinkError();

private:
    void evictWhileOver();
    void writeToSink(const TrafficEntry &entry);
    bool flushSink();
    void failSink();

    std::deque<TrafficEntry> m_entries;
    qint64 m_maxBytes;
    qint64 m_memoryEstimate = 0;
    quint64 m_lastSequence = 0;
    quint64 m_evictedCount = 0;
    std::unique_ptr<QFile> m_sink;
    QString m_sinkPath;
    QString m_sinkError;
    QElapsedTimer m_sinkFlushTimer;
};
