// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "lab/labreceiver.h"

#include "framing/framecodec.h"
#include "framing/framingspecparser.h"
#include "lab/labsendplan.h"
#include "payload/escapedtext.h"
#include "trace/streamtrace.h"

namespace {

TraceEvent readEvent(qint64 offset, qint64 length, qint64 timeNs)
{
    TraceEvent event;
    event.kind = TraceEvent::Kind::Read;
    event.offset = offset;
    event.length = length;
    event.timeNs = timeNs;
    return event;
}

} // namespace

LabReceiver::LabReceiver(const LabExperiment &experiment)
    : m_experiment(experiment)
    , m_handshake(experiment.pattern == LabExperiment::SendPattern::Handshake)
{
    QString error;
    auto spec = FramingSpecParser::parse(experiment.framing, &error);
    if (!spec)
        spec = FramingSpecParser::parse(QStringLiteral("none"), &error);
    m_codec = FrameCodec::create(*spec);
}

LabReceiver::~LabReceiver() = default;

qint64 LabReceiver::nextReadSize() const
{
    const QList<qint64> &sizes = m_experiment.readSizes;
    if (sizes.isEmpty())
        return 0;
    if (m_reads < sizes.size())
        return sizes.at(m_reads);
    return m_experiment.repeatReadSizes ? sizes.constLast() : 0;
}

QByteArray LabReceiver::onRead(QByteArrayView bytes, qint64 timeNs, StreamTrace *trace)
{
    const qint64 offset = m_bytesRead;
    ++m_reads;
    m_bytesRead += bytes.size();
    trace->append(readEvent(offset, bytes.size(), timeNs));
    trace->appendReadBytes(bytes);
    if (!m_error.isEmpty())
        return {};
    if (m_handshake)
        return onHandshakeRead(bytes, offset, timeNs, trace);
    QList<Frame> frames;
    const bool ok = m_codec->feed(bytes, &frames);
    for (Frame &frame : frames)
        addFrame(std::move(frame), timeNs, trace);
    if (!ok)
        m_error = m_codec->error();
    return {};
}

QByteArray LabReceiver::onHandshakeRead(QByteArrayView bytes, qint64 offset, qint64 timeNs, StreamTrace *trace)
{
    if (!m_inBody) {
        // As in the tutorials, the whole read is taken as the length text: length = int(conn.recv(1024)).
        bool ok = false;
        const qint64 length = QByteArray(bytes.data(), bytes.size()).toLongLong(&ok);
        if (!ok || length < 0 || length > LabExperiment::maxTotalBytes) {
            m_error = tr("The handshake is out of step: expected a length as text, read \"%1\".")
                          .arg(EscapedText::escape(bytes.first(qMin<qsizetype>(bytes.size(), 32))));
            return {};
        }
        m_inBody = true;
        m_frameOffset = offset;
        m_headerLength = bytes.size();
        m_expected = length;
        m_body.clear();
        if (m_expected == 0)
            completeHandshakeFrame(timeNs, trace);
        return LabSendPlan::readyReply();
    }
    m_body.append(bytes);
    if (m_body.size() >= m_expected)
        completeHandshakeFrame(timeNs, trace);
    return {};
}

void LabReceiver::completeHandshakeFrame(qint64 timeNs, StreamTrace *trace)
{
    const qint64 extra = m_body.size() - m_expected;
    Frame frame;
    frame.offset = m_frameOffset;
    frame.headerLength = m_headerLength;
    frame.payload = m_body;
    frame.length = m_headerLength + m_body.size();
    addFrame(std::move(frame), timeNs, trace);
    m_inBody = false;
    m_body.clear();
    if (extra > 0)
        m_error =
            tr("The handshake is out of step: %1 bytes came after a message of %2 bytes.").arg(extra).arg(m_expected);
}

void LabReceiver::onDatagram(qint64 datagramOffset, QByteArrayView bytes, qint64 datagramSize, qint64 timeNs,
                             StreamTrace *trace)
{
    ++m_reads;
    m_bytesRead += bytes.size();
    trace->append(readEvent(datagramOffset, bytes.size(), timeNs));
    if (bytes.size() < datagramSize)
        ++m_truncated;
    Frame frame;
    frame.offset = datagramOffset;
    frame.length = bytes.size();
    frame.payload = bytes.toByteArray();
    addFrame(std::move(frame), timeNs, trace);
}

void LabReceiver::addFrame(Frame frame, qint64 timeNs, StreamTrace *trace)
{
    TraceEvent event;
    event.kind = TraceEvent::Kind::Frame;
    event.offset = frame.offset;
    event.length = frame.length;
    event.headerLength = frame.headerLength;
    event.trailerLength = frame.trailerLength;
    event.timeNs = timeNs;
    trace->append(event);
    m_frames.append(std::move(frame));
}

void LabReceiver::finish()
{
    if (!m_error.isEmpty())
        return;
    if (m_handshake) {
        if (m_inBody)
            m_incomplete = tr("Incomplete message: %1 of %2 bytes.").arg(m_body.size()).arg(m_expected);
        return;
    }
    if (m_experiment.transport == LabExperiment::Transport::Tcp)
        m_incomplete = m_codec->finish();
}
