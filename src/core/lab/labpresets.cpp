// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "lab/labpresets.h"

#include <map>

#include "i18n/sentences.h"
#include "lab/labsimulator.h"

namespace {

const QList<QByteArray> tutorialMessages = {QByteArrayLiteral("hello"), QByteArrayLiteral("world"),
                                            QByteArrayLiteral("egon")};

QString ms(qint64 ns)
{
    return QString::number(double(ns) / 1e6, 'f', ns % 1000000 == 0 ? 0 : 3);
}

} // namespace

QList<LabPreset> LabPresets::all()
{
    QList<LabPreset> presets;
    {
        LabPreset preset;
        preset.name = QStringLiteral("coalesce");
        preset.description = tr("Three small sends (hello, world, egon) arrive in one read: helloworldegon.");
        preset.experiment.messages = tutorialMessages;
        preset.experiment.readDelayMs = 100;
        presets.append(preset);
    }
    {
        LabPreset preset;
        preset.name = QStringLiteral("split");
        preset.description = tr("One send read with recv(1), recv(5), recv(1) is cut apart: h, ellow, o.");
        preset.experiment.messages = {QByteArrayLiteral("helloworldegon")};
        preset.experiment.readSizes = {1, 5, 1};
        preset.experiment.repeatReadSizes = false;
        preset.experiment.readDelayMs = 100;
        presets.append(preset);
    }
    {
        LabPreset preset;
        preset.name = QStringLiteral("handshake");
        preset.description = tr("The \"low\" fix: send the length, wait for ready, then send the data.");
        preset.experiment.messages = tutorialMessages;
        preset.experiment.pattern = LabExperiment::SendPattern::Handshake;
        presets.append(preset);
    }
    {
        LabPreset preset;
        preset.name = QStringLiteral("length-prefix");
        preset.description = tr("The struct.pack('i') fix: a 4-byte length before each message restores every "
                                "message.");
        preset.experiment.messages = tutorialMessages;
        preset.experiment.framing = QStringLiteral("struct-i");
        preset.experiment.readDelayMs = 100;
        presets.append(preset);
    }
    {
        LabPreset preset;
        preset.name = QStringLiteral("jsonhdr");
        preset.description = tr("The JSON-header fix: header length, a JSON header with the size, then the body.");
        preset.experiment.messages = tutorialMessages;
        preset.experiment.framing = QStringLiteral("jsonhdr");
        preset.experiment.readDelayMs = 100;
        presets.append(preset);
    }
    {
        LabPreset preset;
        preset.name = QStringLiteral("udp");
        preset.description = tr("The same messages over UDP keep their boundaries; an empty datagram arrives, an "
                                "empty TCP send does not.");
        preset.experiment.messages = tutorialMessages;
        preset.experiment.messages.append(QByteArray());
        preset.experiment.transport = LabExperiment::Transport::Udp;
        preset.experiment.readDelayMs = 100;
        presets.append(preset);
    }
    {
        LabPreset preset;
        preset.name = QStringLiteral("nagle");
        preset.description = tr("Twenty one-byte writes, 5 ms apart: Nagle's algorithm on versus TCP_NODELAY.");
        for (char c = 'a'; c <= 't'; ++c)
            preset.experiment.messages.append(QByteArray(1, c));
        preset.experiment.writeIntervalMs = 5;
        presets.append(preset);
    }
    return presets;
}

QStringList LabPresets::names()
{
    QStringList result;
    for (const LabPreset &preset : all())
        result.append(preset.name);
    return result;
}

std::optional<LabPreset> LabPresets::find(const QString &name)
{
    for (const LabPreset &preset : all()) {
        if (preset.name == name)
            return preset;
    }
    return std::nullopt;
}

QString LabPresets::explain(const QString &presetName, const LabResult &result)
{
    if (!result.error.isEmpty() && result.trace.events().isEmpty())
        return result.error;
    const LabExperiment &ex = result.experiment;
    // A preset's own story holds for its own transport only (a TCP preset run over UDP has no 粘包 to tell).
    const std::optional<LabPreset> known = find(presetName);
    const QString preset = known && known->experiment.transport == ex.transport ? presetName : QString();
    const int sends = result.count(TraceEvent::Kind::Send);
    const int reads = result.count(TraceEvent::Kind::Read);
    const int frames = result.count(TraceEvent::Kind::Frame);
    const int messages = int(ex.messages.size());
    const qint64 bytes = result.plan.stream.size();
    QString text;

    if (preset == QLatin1String("coalesce")) {
        if (result.coalescedReads() > 0) {
            text = tr("The sender made %1 write calls; the receiver got their %2 bytes in %n read(s). When it read "
                      "(after waiting %3 ms), the bytes of several writes were already in its buffer and one "
                      "recv(%4) returned them together: TCP carries a byte stream, not messages. This is 粘包 "
                      "(sticky packets).",
                      nullptr, reads)
                       .arg(sends)
                       .arg(bytes)
                       .arg(ex.readDelayMs)
                       .arg(ex.readSizes.constFirst());
        } else {
            text = tr("This time each of the %1 writes was read on its own: the receiver read before the next "
                      "bytes arrived. Raise the read delay and the writes stick together.")
                       .arg(sends);
        }
    } else if (preset == QLatin1String("split")) {
        QStringList sizes;
        for (qint64 size : ex.readSizes)
            sizes.append(QStringLiteral("recv(%1)").arg(size));
        QStringList got;
        for (const QByteArray &read : result.readPayloads())
            got.append(QLatin1Char('"') + QString::fromUtf8(read) + QLatin1Char('"'));
        text = tr("One write of %1 bytes was read with %2 and got %3: each recv(N) takes at most N bytes from the "
                  "stream, wherever a message ends. A message cut across reads is 拆包.")
                   .arg(bytes)
                   .arg(sizes.join(QStringLiteral(", ")), got.join(QStringLiteral(", ")));
    } else if (preset == QLatin1String("handshake")) {
        text = tr("Before each message the sender sent its length as text and waited for \"ready\"; only then did "
                  "it send the message. So no two messages shared a read: %1 messages, %2 reads, %3 messages "
                  "rebuilt. It works, but every message costs a round trip: the run took %4 ms.")
                   .arg(messages)
                   .arg(reads)
                   .arg(frames)
                   .arg(ms(result.durationNs));
    } else if (preset == QLatin1String("length-prefix")) {
        text = tr("Each message went out behind a 4-byte length, struct.pack('i', len). The %n read(s) still ran "
                  "the messages together (%1 bytes), yet the decoder rebuilt %2 of %3 messages exactly: the "
                  "length tells the receiver where each message ends.",
                  nullptr, reads)
                   .arg(bytes)
                   .arg(frames)
                   .arg(messages);
    } else if (preset == QLatin1String("jsonhdr")) {
        text = tr("Each message went out as a 4-byte header length, a JSON header holding the body size, then the "
                  "body. The %n read(s) ran them together (%1 bytes), yet the decoder rebuilt %2 of %3 messages "
                  "from their headers.",
                  nullptr, reads)
                   .arg(bytes)
                   .arg(frames)
                   .arg(messages);
    } else if (preset == QLatin1String("udp")) {
        int empty = 0;
        for (const TraceEvent &read : result.events(TraceEvent::Kind::Read)) {
            if (read.length == 0)
                ++empty;
        }
        text = tr("%1 datagrams were sent and %2 read, one datagram per read: UDP keeps message boundaries. "
                  "%n empty datagram(s) arrived as reads of 0 bytes. Over TCP an empty send puts nothing on the "
                  "wire, and the receiver never sees it.",
                  nullptr, empty)
                   .arg(sends)
                   .arg(reads);
    } else if (preset == QLatin1String("nagle")) {
        if (result.mode == LabResult::Mode::Simulated) {
            LabExperiment other = ex;
            other.noDelay = !ex.noDelay;
            const LabResult counterpart = LabSimulator::run(other);
            const int segments = result.count(TraceEvent::Kind::Segment);
            const int otherSegments = counterpart.count(TraceEvent::Kind::Segment);
            if (ex.noDelay) {
                text = tr("With TCP_NODELAY each of the %1 writes went out at once: %2 segments. With Nagle's "
                          "algorithm the same writes take %3 segments.")
                           .arg(sends)
                           .arg(segments)
                           .arg(otherSegments);
            } else {
                text = tr("With Nagle's algorithm on, %1 writes went out as %2 segments: a small segment waits "
                          "while earlier data is unacknowledged, and the receiver delays its ACK up to %3 ms. "
                          "With TCP_NODELAY the same writes take %4 segments.")
                           .arg(sends)
                           .arg(segments)
                           .arg(ex.delayedAckMs)
                           .arg(otherSegments);
            }
        } else {
            text = tr("%1 writes arrived in %2 reads (TCP_NODELAY %3). Segments are visible only in simulated "
                      "mode; on loopback ACKs come back so fast that Nagle's algorithm rarely holds data.")
                       .arg(sends)
                       .arg(reads)
                       .arg(ex.noDelay ? tr("on") : tr("off"));
        }
    } else {
        text = tr("%1 were read in %2.", "write count, read count")
                   .arg(tr("%n write(s)", nullptr, sends), tr("%n read(s)", nullptr, reads));
        if (result.coalescedReads() > 0)
            Sentences::append(
                text, tr("%n read(s) held bytes of more than one write (粘包).", nullptr, result.coalescedReads()));
        if (result.splitSends() > 0)
            Sentences::append(
                text, tr("%n write(s) were spread over more than one read (拆包).", nullptr, result.splitSends()));
        if (ex.framing != QLatin1String("none"))
            Sentences::append(text,
                              tr("With framing %1 the decoder rebuilt %2 of %n message(s).", nullptr, messages)
                                  .arg(ex.framing)
                                  .arg(frames));
    }
    return Sentences::joined(text, generalNotes(result));
}

QString LabPresets::generalNotes(const LabResult &result)
{
    QStringList notes;
    if (result.unreadBytes > 0)
        notes.append(tr("%n byte(s) were never read.", nullptr, static_cast<int>(result.unreadBytes)));
    if (result.truncatedDatagrams > 0)
        notes.append(
            tr("%n datagram(s) were longer than the read size and lost the rest.", nullptr, result.truncatedDatagrams));
    if (result.droppedDatagrams > 0)
        notes.append(tr("%n datagram(s) were dropped: the receive buffer was full.", nullptr, result.droppedDatagrams));
    if (result.senderBlocked && result.mode == LabResult::Mode::Simulated)
        notes.append(tr("The sender is stuck: the receiver stopped reading and both buffers are full."));
    notes.append(result.incompleteFrame);
    notes.append(result.error);
    return Sentences::join(notes);
}

QString LabPresets::summarizeRuns(const QList<LabResult> &runs)
{
    // (sends, reads) → runs, ordered by sends then reads.
    std::map<std::pair<int, int>, int> outcomes;
    for (const LabResult &run : runs)
        ++outcomes[{run.count(TraceEvent::Kind::Send), run.count(TraceEvent::Kind::Read)}];
    QStringList parts;
    for (const auto &[key, count] : outcomes) {
        parts.append(tr("%1 → %2 in %3 of %n run(s).", "send count, read count", int(runs.size()))
                         .arg(tr("%n send(s)", nullptr, key.first), tr("%n read(s)", nullptr, key.second))
                         .arg(count));
    }
    return Sentences::join(parts);
}
