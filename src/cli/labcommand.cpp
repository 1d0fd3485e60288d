// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "labcommand.h"

#include <QJsonArray>
#include <QJsonObject>

#include "cliapplication.h"
#include "console.h"
#include "eventprinter.h"
#include "lab/labliverunner.h"
#include "lab/labpresets.h"
#include "lab/labsimulator.h"
#include "optionreader.h"
#include "payload/hexcodec.h"
#include "payload/streamdecoder.h"

namespace {

/** Longest text shown per event in the readable output; --json always carries every byte. */
constexpr qsizetype maxShownBytes = 64;

double toMs(qint64 ns)
{
    return double(ns) / 1e6;
}

QString decoded(const QByteArray &bytes, const QString &encoding)
{
    StreamDecoder decoder(encoding);
    return decoder.decode(bytes) + decoder.flush();
}

QString lanePrefix(TraceEvent::Kind kind)
{
    switch (kind) {
    case TraceEvent::Kind::Send:
        return QStringLiteral("send");
    case TraceEvent::Kind::Segment:
        return QStringLiteral("segment");
    case TraceEvent::Kind::Read:
        return QStringLiteral("read");
    case TraceEvent::Kind::Frame:
        return QStringLiteral("frame");
    case TraceEvent::Kind::Reply:
        return QStringLiteral("reply");
    }
    return {};
}

QString laneTitle(TraceEvent::Kind kind, bool udp)
{
    switch (kind) {
    case TraceEvent::Kind::Send:
        return LabCommand::tr("Sends (one per write call)");
    case TraceEvent::Kind::Segment:
        return udp ? LabCommand::tr("Wire (one datagram per send)") : LabCommand::tr("Wire (TCP segments)");
    case TraceEvent::Kind::Read:
        return LabCommand::tr("Reads (one per recv call)");
    case TraceEvent::Kind::Frame:
        return LabCommand::tr("Frames (messages the receiver rebuilt)");
    case TraceEvent::Kind::Reply:
        return LabCommand::tr("Replies (receiver to sender)");
    }
    return {};
}

class LabPrinter
{
public:
    LabPrinter(EventPrinter &printer, const QString &encoding)
        : m_printer(printer)
        , m_encoding(encoding)
    { }

    void header(const QString &preset, const LabResult &result)
    {
        if (m_printer.json())
            return;
        const LabExperiment &ex = result.experiment;
        QStringList readSizes;
        for (qint64 size : ex.readSizes)
            readSizes.append(QString::number(size));
        QString line =
            LabCommand::tr("lab %1 · %2 · %3 · %4 · reads %5%6 · read delay %7 ms · framing %8")
                .arg(preset.isEmpty() ? LabCommand::tr("(custom)") : preset, LabResult::modeName(result.mode),
                     LabExperiment::transportName(ex.transport).toUpper(),
                     ex.transport == LabExperiment::Transport::Udp
                         ? LabCommand::tr("no Nagle (UDP)")
                         : (ex.noDelay ? QStringLiteral("TCP_NODELAY") : LabCommand::tr("Nagle on")),
                     readSizes.join(QLatin1Char(',')), ex.repeatReadSizes ? QString() : LabCommand::tr(" (then stop)"))
                .arg(ex.readDelayMs)
                .arg(ex.framing);
        if (result.mode == LabResult::Mode::Simulated)
            line += QLatin1Char('\n') +
                LabCommand::tr("simulated network: MSS %1 bytes, round trip %2 ms, delayed ACK %3 ms, receive buffer "
                               "%4 bytes")
                    .arg(ex.mss)
                    .arg(double(ex.rttUs) / 1000.0)
                    .arg(ex.delayedAckMs)
                    .arg(ex.receiveBuffer);
        Console::out(line);
    }

    void lanes(const LabResult &result)
    {
        const bool udp = result.experiment.transport == LabExperiment::Transport::Udp;
        const TraceEvent::Kind order[] = {TraceEvent::Kind::Send, TraceEvent::Kind::Segment, TraceEvent::Kind::Read,
                                          TraceEvent::Kind::Frame, TraceEvent::Kind::Reply};
        for (TraceEvent::Kind kind : order) {
            const QList<TraceEvent> events = result.events(kind);
            if (events.isEmpty() && kind != TraceEvent::Kind::Read && kind != TraceEvent::Kind::Send)
                continue;
            if (!m_printer.json())
                Console::out(QLatin1Char('\n') + laneTitle(kind, udp));
            int index = 0;
            int frameIndex = 0;
            for (const TraceEvent &event : events) {
                ++index;
                QByteArray bytes = result.bytesOf(event);
                qint64 headerLength = 0;
                if (kind == TraceEvent::Kind::Frame && frameIndex < result.frames.size()) {
                    bytes = result.frames.at(frameIndex++).payload;
                    headerLength = event.headerLength;
                }
                print(kind, index, event, bytes, headerLength);
            }
            if (kind == TraceEvent::Kind::Read && result.endOfStream && !m_printer.json())
                Console::out(LabCommand::tr("  end of stream at %1 ms: recv returned 0 bytes")
                                 .arg(toMs(result.endOfStreamNs), 0, 'f', 3));
        }
    }

    void print(TraceEvent::Kind kind, int index, const TraceEvent &event, const QByteArray &bytes, qint64 headerLength)
    {
        const QString text = decoded(bytes, m_encoding);
        if (m_printer.json()) {
            QJsonObject fields{{QStringLiteral("index"), index},
                               {QStringLiteral("offset"), event.offset},
                               {QStringLiteral("length"), event.length},
                               {QStringLiteral("timeMs"), toMs(event.timeNs)},
                               {QStringLiteral("size"), bytes.size()},
                               {QStringLiteral("hex"), HexCodec::format(bytes, QChar(), false)},
                               {QStringLiteral("text"), text}};
            if (kind == TraceEvent::Kind::Frame) {
                fields.insert(QStringLiteral("headerLength"), event.headerLength);
                fields.insert(QStringLiteral("trailerLength"), event.trailerLength);
            }
            m_printer.event(lanePrefix(kind), fields, QString());
            return;
        }
        QString shown = text;
        QString more;
        if (bytes.size() > maxShownBytes) {
            shown = decoded(bytes.first(maxShownBytes), m_encoding);
            more = LabCommand::tr(" … (+%1 bytes)").arg(bytes.size() - maxShownBytes);
        }
        QString line = QStringLiteral("  %1 %2 %3 ms  ")
                           .arg(QStringLiteral("%1#%2").arg(lanePrefix(kind)).arg(index), -11)
                           .arg(QStringLiteral("[%1,%2)").arg(event.offset).arg(event.offset + event.length), -13)
                           .arg(toMs(event.timeNs), 10, 'f', 3);
        if (headerLength > 0)
            line += LabCommand::tr("header %1 + ").arg(headerLength);
        Console::out(line + EventPrinter::quoted(shown) + more);
    }

    void summary(const QString &preset, const LabResult &result, const QString &explanation, int run = 0)
    {
        if (m_printer.json()) {
            QJsonObject fields{{QStringLiteral("mode"),
                                result.mode == LabResult::Mode::Live ? QStringLiteral("live") : QStringLiteral("sim")},
                               {QStringLiteral("transport"), LabExperiment::transportName(result.experiment.transport)},
                               {QStringLiteral("sends"), result.count(TraceEvent::Kind::Send)},
                               {QStringLiteral("segments"), result.count(TraceEvent::Kind::Segment)},
                               {QStringLiteral("reads"), result.count(TraceEvent::Kind::Read)},
                               {QStringLiteral("frames"), result.count(TraceEvent::Kind::Frame)},
                               {QStringLiteral("replies"), result.count(TraceEvent::Kind::Reply)},
                               {QStringLiteral("bytes"), result.plan.stream.size()},
                               {QStringLiteral("unreadBytes"), result.unreadBytes},
                               {QStringLiteral("endOfStream"), result.endOfStream},
                               {QStringLiteral("truncatedDatagrams"), result.truncatedDatagrams},
                               {QStringLiteral("droppedDatagrams"), result.droppedDatagrams},
                               {QStringLiteral("coalescedReads"), result.coalescedReads()},
                               {QStringLiteral("splitSends"), result.splitSends()},
                               {QStringLiteral("durationMs"), toMs(result.durationNs)},
                               {QStringLiteral("explanation"), explanation}};
            if (!preset.isEmpty())
                fields.insert(QStringLiteral("preset"), preset);
            if (run > 0)
                fields.insert(QStringLiteral("run"), run);
            if (!result.error.isEmpty())
                fields.insert(QStringLiteral("error"), result.error);
            if (!result.incompleteFrame.isEmpty())
                fields.insert(QStringLiteral("incompleteFrame"), result.incompleteFrame);
            m_printer.event(run > 0 ? QStringLiteral("run") : QStringLiteral("summary"), fields, QString());
            return;
        }
        if (run > 0) {
            Console::out(LabCommand::tr("run %1: %2").arg(run).arg(result.countsLine()) +
                         (result.error.isEmpty() ? QString() : QStringLiteral(" — ") + result.error));
            return;
        }
        Console::out(QLatin1Char('\n') + result.countsLine() + QLatin1Char('\n') + explanation);
    }

private:
    EventPrinter &m_printer;
    QString m_encoding;
};

} // namespace

int LabCommand::run(const QStringList &arguments)
{
    OptionReader options;
    options.value(QStringLiteral("preset"), QStringLiteral("NAME"));
    options.value(QStringLiteral("messages"), QStringLiteral("A,B,C"));
    options.value(QStringLiteral("generate"), QStringLiteral("COUNTxSIZE"));
    options.value(QStringLiteral("mode"), QStringLiteral("sim|live"));
    options.value(QStringLiteral("transport"), QStringLiteral("tcp|udp"));
    options.value(QStringLiteral("pattern"), QStringLiteral("PATTERN"));
    options.flag(QStringLiteral("nodelay"));
    options.flag(QStringLiteral("nagle"));
    options.value(QStringLiteral("read-size"), QStringLiteral("N"));
    options.value(QStringLiteral("read-sizes"), QStringLiteral("N,N,..."));
    options.value(QStringLiteral("read-delay"), QStringLiteral("MS"));
    options.value(QStringLiteral("write-interval"), QStringLiteral("MS"));
    options.value(QStringLiteral("framing"), QStringLiteral("SPEC"));
    options.value(QStringLiteral("runs"), QStringLiteral("N"));
    options.value(QStringLiteral("mss"), QStringLiteral("BYTES"));
    options.value(QStringLiteral("rtt-us"), QStringLiteral("US"));
    options.value(QStringLiteral("delayed-ack"), QStringLiteral("MS"));
    options.value(QStringLiteral("receive-buffer"), QStringLiteral("BYTES"));
    options.value(QStringLiteral("send-buffer"), QStringLiteral("BYTES"));
    options.value(QStringLiteral("encoding"), QStringLiteral("NAME"));
    options.flag(QStringLiteral("list-presets"));
    options.flag(QStringLiteral("json"));
    options.parse(arguments);
    options.rejectPositional();

    const bool json = options.isSet(QStringLiteral("json"));
    if (options.ok() && options.isSet(QStringLiteral("list-presets"))) {
        EventPrinter printer(json, QStringLiteral("UTF-8"));
        for (const LabPreset &preset : LabPresets::all()) {
            printer.event(QStringLiteral("preset"),
                          {{QStringLiteral("name"), preset.name}, {QStringLiteral("description"), preset.description}},
                          QStringLiteral("%1 %2").arg(preset.name, -14).arg(preset.description));
        }
        return CliApplication::Success;
    }

    const QString presetName = options.text(QStringLiteral("preset"));
    const int sources = int(!presetName.isEmpty()) + int(options.isSet(QStringLiteral("messages"))) +
        int(options.isSet(QStringLiteral("generate")));
    LabExperiment experiment;
    if (options.ok() && sources != 1)
        options.fail(tr("Give one of --preset NAME, --messages A,B,C or --generate COUNTxSIZE."));
    if (!presetName.isEmpty()) {
        const std::optional<LabPreset> preset = LabPresets::find(presetName);
        if (preset)
            experiment = preset->experiment;
        else
            options.fail(
                tr("Unknown preset \"%1\" (%2).").arg(presetName, LabPresets::names().join(QStringLiteral(", "))));
    }
    QString error;
    if (options.isSet(QStringLiteral("messages")) &&
        !LabExperiment::parseMessages(options.text(QStringLiteral("messages")), &experiment.messages, &error))
        options.fail(error);
    if (options.isSet(QStringLiteral("generate"))) {
        const QString text = options.text(QStringLiteral("generate"));
        const QStringList parts = text.toLower().split(QLatin1Char('x'));
        bool countOk = false;
        bool sizeOk = false;
        const qint64 count = parts.size() == 2 ? parts.at(0).toLongLong(&countOk) : 0;
        const qint64 size = parts.size() == 2 ? parts.at(1).toLongLong(&sizeOk) : 0;
        if (!countOk || !sizeOk || count < 1 || count > LabExperiment::maxMessages || size < 0 ||
            count * size > LabExperiment::maxTotalBytes)
            options.fail(tr("--generate needs COUNTxSIZE, e.g. 100x10 (at most %1 messages and %2 bytes in all), "
                            "not \"%3\".")
                             .arg(LabExperiment::maxMessages)
                             .arg(LabExperiment::maxTotalBytes)
                             .arg(text));
        else
            experiment.messages = LabExperiment::generateMessages(count, size);
    }
    const QString mode = options.text(QStringLiteral("mode"), QStringLiteral("sim"));
    if (mode != QLatin1String("sim") && mode != QLatin1String("live"))
        options.fail(tr("--mode is sim or live, not \"%1\".").arg(mode));
    const bool live = mode == QLatin1String("live");
    if (options.isSet(QStringLiteral("transport"))) {
        const QString transport = options.text(QStringLiteral("transport"));
        if (transport == QLatin1String("tcp"))
            experiment.transport = LabExperiment::Transport::Tcp;
        else if (transport == QLatin1String("udp"))
            experiment.transport = LabExperiment::Transport::Udp;
        else
            options.fail(tr("--transport is tcp or udp, not \"%1\".").arg(transport));
    }
    if (options.isSet(QStringLiteral("pattern")) &&
        !experiment.setPatternText(options.text(QStringLiteral("pattern")), &error))
        options.fail(error);
    if (options.isSet(QStringLiteral("nodelay")) && options.isSet(QStringLiteral("nagle")))
        options.fail(tr("--nodelay and --nagle contradict each other."));
    if (options.isSet(QStringLiteral("nodelay")))
        experiment.noDelay = true;
    if (options.isSet(QStringLiteral("nagle")))
        experiment.noDelay = false;
    if (options.isSet(QStringLiteral("read-size")) && options.isSet(QStringLiteral("read-sizes")))
        options.fail(tr("Give --read-size N or --read-sizes N,N,..., not both."));
    if (options.isSet(QStringLiteral("read-size"))) {
        experiment.readSizes = {options.integer(QStringLiteral("read-size"), 1024, 1, 64 * 1024 * 1024)};
        experiment.repeatReadSizes = true;
    }
    if (options.isSet(QStringLiteral("read-sizes"))) {
        if (LabExperiment::parseReadSizes(options.text(QStringLiteral("read-sizes")), &experiment.readSizes, &error))
            experiment.repeatReadSizes = false;
        else
            options.fail(error);
    }
    experiment.readDelayMs = int(options.integer(QStringLiteral("read-delay"), experiment.readDelayMs, 0, 60000));
    experiment.writeIntervalMs =
        int(options.integer(QStringLiteral("write-interval"), experiment.writeIntervalMs, 0, 60000));
    experiment.framing = options.text(QStringLiteral("framing"), experiment.framing);
    experiment.mss = options.integer(QStringLiteral("mss"), experiment.mss, 64, 65535);
    experiment.rttUs = options.integer(QStringLiteral("rtt-us"), experiment.rttUs, 0, 60000000);
    experiment.delayedAckMs = int(options.integer(QStringLiteral("delayed-ack"), experiment.delayedAckMs, 0, 500));
    experiment.receiveBuffer =
        options.integer(QStringLiteral("receive-buffer"), experiment.receiveBuffer, 64, LabExperiment::maxTotalBytes);
    experiment.sendBuffer =
        options.integer(QStringLiteral("send-buffer"), experiment.sendBuffer, 1, LabExperiment::maxTotalBytes);
    const int runs = int(options.integer(QStringLiteral("runs"), 1, 1, 1000));
    if (runs > 1 && !live)
        options.fail(tr("--runs repeats live runs; a simulated run always gives the same trace."));
    const QString encoding = options.encoding(QStringLiteral("encoding"));
    if (options.ok()) {
        const QString invalid = experiment.validate();
        if (!invalid.isEmpty())
            options.fail(invalid);
    }
    if (options.reportUsageError())
        return CliApplication::UsageError;

    EventPrinter printer(json, encoding);
    LabPrinter lab(printer, encoding);
    if (runs == 1) {
        const LabResult result = live ? LabLiveRunner::run(experiment) : LabSimulator::run(experiment);
        lab.header(presetName, result);
        lab.lanes(result);
        lab.summary(presetName, result, LabPresets::explain(presetName, result));
        if (result.runFailed) {
            if (!json)
                Console::err(result.error);
            return CliApplication::Failure;
        }
        return CliApplication::Success;
    }
    QList<LabResult> results;
    bool failed = false;
    for (int i = 1; i <= runs; ++i) {
        LabResult result = LabLiveRunner::run(experiment);
        if (i == 1)
            lab.header(presetName, result);
        lab.summary(presetName, result, LabPresets::explain(presetName, result), i);
        failed = failed || result.runFailed;
        results.append(std::move(result));
    }
    const QString outcome = LabPresets::summarizeRuns(results);
    if (json) {
        printer.event(QStringLiteral("summary"), {{QStringLiteral("runs"), runs}, {QStringLiteral("outcome"), outcome}},
                      QString());
    } else {
        Console::out(QLatin1Char('\n') + outcome);
    }
    return failed ? CliApplication::Failure : CliApplication::Success;
}
