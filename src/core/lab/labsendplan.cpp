// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "lab/labsendplan.h"

#include "framing/framecodec.h"
#include "framing/framingspecparser.h"

namespace {

void addWrite(LabSendPlan *plan, const QByteArray &bytes, int message)
{
    LabSendPlan::Step step;
    step.kind = LabSendPlan::Step::Kind::Write;
    step.bytes = bytes;
    step.message = message;
    plan->steps.append(step);
}

} // namespace

bool LabSendPlan::build(const LabExperiment &experiment, LabSendPlan *plan, QString *error)
{
    *plan = LabSendPlan();
    QString specError;
    const auto spec = FramingSpecParser::parse(experiment.framing, &specError);
    if (!spec) {
        *error = specError;
        return false;
    }
    const auto encoder = FrameCodec::create(*spec);
    // A second codec decodes each encoded message on its own: the decoder knows the header and trailer sizes.
    const auto decoder = FrameCodec::create(*spec);

    QList<QByteArray> encoded;
    for (qsizetype i = 0; i < experiment.messages.size(); ++i) {
        const QByteArray &message = experiment.messages.at(i);
        LabMessageSpan span;
        span.offset = plan->stream.size();
        QByteArray bytes;
        if (experiment.pattern == LabExperiment::SendPattern::Handshake) {
            const QByteArray lengthText = QByteArray::number(message.size());
            span.headerLength = lengthText.size();
            bytes = lengthText + message;
        } else {
            QString encodeError;
            if (!encoder->encode(message, &bytes, &encodeError)) {
                *error = tr("Message %1: %2").arg(i + 1).arg(encodeError);
                return false;
            }
            QList<Frame> frames;
            decoder->reset();
            if (spec->kind != FramingSpec::Kind::None && decoder->feed(bytes, &frames) && frames.size() == 1) {
                span.headerLength = frames.constFirst().headerLength;
                span.trailerLength = frames.constFirst().trailerLength;
            }
        }
        span.length = bytes.size();
        plan->spans.append(span);
        plan->stream.append(bytes);
        encoded.append(bytes);
    }

    switch (experiment.pattern) {
    case LabExperiment::SendPattern::EachMessage:
        for (qsizetype i = 0; i < encoded.size(); ++i)
            addWrite(plan, encoded.at(i), int(i));
        break;
    case LabExperiment::SendPattern::AllInOne:
        addWrite(plan, plan->stream, 0);
        break;
    case LabExperiment::SendPattern::SplitEach:
        for (qsizetype i = 0; i < encoded.size(); ++i) {
            const QByteArray &bytes = encoded.at(i);
            // Nearly equal parts, none empty (a message shorter than the part count gets fewer writes).
            const qsizetype parts = qMax<qsizetype>(1, qMin<qsizetype>(experiment.splitParts, bytes.size()));
            qsizetype start = 0;
            for (qsizetype part = 0; part < parts; ++part) {
                const qsizetype end = bytes.size() * (part + 1) / parts;
                addWrite(plan, bytes.mid(start, end - start), int(i));
                start = end;
            }
        }
        break;
    case LabExperiment::SendPattern::Handshake:
        for (qsizetype i = 0; i < encoded.size(); ++i) {
            const LabMessageSpan &span = plan->spans.at(i);
            addWrite(plan, encoded.at(i).first(span.headerLength), int(i));
            Step wait;
            wait.kind = Step::Kind::AwaitReply;
            wait.message = int(i);
            plan->steps.append(wait);
            addWrite(plan, encoded.at(i).mid(span.headerLength), int(i));
        }
        break;
    }
    return true;
}
