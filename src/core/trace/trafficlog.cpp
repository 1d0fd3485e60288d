// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "trace/trafficlog.h"

#include <utility>

#include <QDateTime>
#include <QDir>
#include <QFile>

#include "payload/hexcodec.h"

namespace {

/** A crash or a power cut loses at most this much of the sink; flushing per entry would cost a syscall each. */
constexpr qint64 SinkFlushIntervalMs = 100;

const char *directionName(TrafficEntry::Direction direction)
{
    switch (direction) {
    case TrafficEntry::Direction::In:
        return "in";
    case TrafficEntry::Direction::Out:
        return "out";
    case TrafficEntry::Direction::Note:
        return "note";
    case TrafficEntry::Direction::Error:
        return "error";
    }
    return "note";
}

const char *kindName(TrafficEntry::Kind kind)
{
    switch (kind) {
    case TrafficEntry::Kind::Read:
        return "read";
    case TrafficEntry::Kind::Write:
        return "write";
    case TrafficEntry::Kind::Frame:
        return "frame";
    case TrafficEntry::Kind::Datagram:
        return "datagram";
    case TrafficEntry::Kind::Event:
        return "event";
    }
    return "event";
}

void appendJsonString(QByteArray &out, const QString &text)
{
    static const char digits[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out.append('"');
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (byte) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (byte < 0x20) {
                out.append("\\u00");
                out.append(digits[byte >> 4]);
                out.append(digits[byte & 0x0f]);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

QByteArray jsonLine(const TrafficEntry &entry)
{
    const QByteArray hex = HexCodec::format(entry.data, QChar(), false).toLatin1();
    QByteArray line;
    line.reserve(160 + hex.size() + 3 * (entry.peer.size() + entry.message.size()));
    line.append("{\"seq\":");
    line.append(QByteArray::number(entry.sequence));
    line.append(",\"time\":\"");
    line.append(QDateTime::fromMSecsSinceEpoch(entry.timeMs, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1());
    line.append("\",\"dir\":\"");
    line.append(directionName(entry.direction));
    line.append("\",\"kind\":\"");
    line.append(kindName(entry.kind));
    line.append("\",\"conn\":");
    line.append(QByteArray::number(entry.connectionId));
    line.append(",\"peer\":");
    appendJsonString(line, entry.peer);
    line.append(",\"size\":");
    line.append(QByteArray::number(entry.data.size()));
    line.append(",\"hex\":\"");
    line.append(hex);
    line.append("\",\"message\":");
    appendJsonString(line, entry.message);
    line.append("}\n");
    return line;
}

} // namespace

TrafficLog::TrafficLog(qint64 maxBytes)
    : m_maxBytes(qMax<qint64>(maxBytes, 0))
{ }

TrafficLog::~TrafficLog()
{
    closeSink();
}

TrafficLog::TrafficLog(TrafficLog &&other)
    : m_entries(std::move(other.m_entries))
    , m_maxBytes(other.m_maxBytes)
    , m_memoryEstimate(std::exchange(other.m_memoryEstimate, 0))
    , m_lastSequence(std::exchange(other.m_lastSequence, 0))
    , m_evictedCount(std::exchange(other.m_evictedCount, 0))
    , m_sink(std::move(other.m_sink))
    , m_sinkPath(std::exchange(other.m_sinkPath, QString()))
    , m_sinkError(std::exchange(other.m_sinkError, QString()))
    , m_sinkFlushTimer(other.m_sinkFlushTimer)
{
    other.m_entries.clear();
}

TrafficLog &TrafficLog::operator=(TrafficLog &&other)
{
    if (this == &other)
        return *this;
    closeSink();
    m_entries = std::move(other.m_entries);
    other.m_entries.clear();
    m_maxBytes = other.m_maxBytes;
    m_memoryEstimate = std::exchange(other.m_memoryEstimate, 0);
    m_lastSequence = std::exchange(other.m_lastSequence, 0);
    m_evictedCount = std::exchange(other.m_evictedCount, 0);
    m_sink = std::move(other.m_sink);
    m_sinkPath = std::exchange(other.m_sinkPath, QString());
    m_sinkError = std::exchange(other.m_sinkError, QString());
    m_sinkFlushTimer = other.m_sinkFlushTimer;
    return *this;
}

quint64 TrafficLog::append(TrafficEntry entry)
{
    entry.sequence = ++m_lastSequence;
    if (entry.timeMs == 0)
        entry.timeMs = QDateTime::currentMSecsSinceEpoch();
    if (m_sink)
        writeToSink(entry);
    m_memoryEstimate += estimate(entry);
    m_entries.push_back(std::move(entry));
    evictWhileOver();
    return m_lastSequence;
}

const TrafficEntry &TrafficLog::at(qsizetype index) const
{
    Q_ASSERT(index >= 0 && index < size());
    return m_entries[static_cast<std::size_t>(index)];
}

void TrafficLog::setMaxBytes(qint64 maxBytes)
{
    m_maxBytes = qMax<qint64>(maxBytes, 0);
    evictWhileOver();
}

void TrafficLog::clear()
{
    m_entries.clear();
    m_memoryEstimate = 0;
}

qint64 TrafficLog::estimate(const TrafficEntry &entry)
{
    return entry.data.size() + 2 * (qint64(entry.peer.size()) + entry.message.size()) + EntryOverhead;
}

void TrafficLog::evictWhileOver()
{
    while (m_memoryEstimate > m_maxBytes && !m_entries.empty()) {
        m_memoryEstimate -= estimate(m_entries.front());
        m_entries.pop_front();
        ++m_evictedCount;
    }
}

bool TrafficLog::openSink(const QString &path, QString *error)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error) {
            //: %1 is the file path, %2 the system's reason (e.g. "No such file or directory").
            *error = tr("Cannot open the traffic log file %1: %2. Choose a file in a folder you can write to.")
                         .arg(QDir::toNativeSeparators(path), file->errorString());
        }
        return false;
    }
    closeSink();
    m_sink = std::move(file);
    m_sinkPath = path;
    m_sinkFlushTimer.start();
    if (error)
        error->clear();
    return true;
}

void TrafficLog::closeSink()
{
    if (!m_sink)
        return;
    if (!flushSink())
        return;
    m_sink->close();
    m_sink.reset();
    m_sinkPath.clear();
}

QString TrafficLog::takeSinkError()
{
    return std::exchange(m_sinkError, QString());
}

void TrafficLog::writeToSink(const TrafficEntry &entry)
{
    const QByteArray line = jsonLine(entry);
    if (m_sink->write(line) != line.size()) {
        failSink();
        return;
    }
    if (m_sinkFlushTimer.hasExpired(SinkFlushIntervalMs)) {
        if (flushSink())
            m_sinkFlushTimer.start();
    }
}

bool TrafficLog::flushSink()
{
    if (m_sink->flush())
        return true;
    failSink();
    return false;
}

void TrafficLog::failSink()
{
    if (m_sinkError.isEmpty()) {
        //: %1 is the file path, %2 the system's reason (e.g. "No space left on device").
        m_sinkError = tr("Writing the traffic log file %1 failed: %2. The file was closed; free some space or choose "
                         "another file.")
                          .arg(QDir::toNativeSeparators(m_sinkPath), m_sink->errorString());
    }
    // Whatever is still buffered cannot be written either; drop it instead of retrying at close.
    m_sink.reset();
    m_sinkPath.clear();
}
