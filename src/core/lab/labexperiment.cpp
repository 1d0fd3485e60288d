// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "lab/labexperiment.h"

#include "framing/framingspecparser.h"
#include "payload/escapedtext.h"

namespace {

constexpr qint64 maxReadSize = 64 * 1024 * 1024;
constexpr int maxSplitParts = 1024;
constexpr int maxDelayMs = 60 * 1000;

} // namespace

QString LabExperiment::validate() const
{
    if (messages.isEmpty())
        return tr("The experiment has no messages.");
    if (messages.size() > maxMessages)
        return tr("Too many messages: %1 (at most %2).").arg(messages.size()).arg(maxMessages);
    if (totalMessageBytes() > maxTotalBytes)
        return tr("The messages hold %1 bytes; an experiment holds at most %2.")
            .arg(totalMessageBytes())
            .arg(maxTotalBytes);
    if (pattern == SendPattern::SplitEach && (splitParts < 2 || splitParts > maxSplitParts))
        return tr("Split each message into 2 to %1 writes, not %2.").arg(maxSplitParts).arg(splitParts);
    if (readSizes.isEmpty())
        return tr("Give at least one read size.");
    for (qint64 size : readSizes) {
        if (size < 1 || size > maxReadSize)
            return tr("Read size %1 is out of range (1 to %2 bytes).").arg(size).arg(maxReadSize);
    }
    if (readDelayMs < 0 || readDelayMs > maxDelayMs)
        return tr("Read delay %1 ms is out of range (0 to %2 ms).").arg(readDelayMs).arg(maxDelayMs);
    if (writeIntervalMs < 0 || writeIntervalMs > maxDelayMs)
        return tr("Write interval %1 ms is out of range (0 to %2 ms).").arg(writeIntervalMs).arg(maxDelayMs);
    QString framingError;
    const auto spec = FramingSpecParser::parse(framing, &framingError);
    if (!spec)
        return framingError;
    if (transport == Transport::Udp) {
        if (pattern == SendPattern::Handshake)
            return tr("The ready handshake needs TCP: UDP keeps message boundaries by itself.");
        if (pattern != SendPattern::EachMessage)
            return tr("Over UDP each message is one datagram: use the \"each\" send pattern.");
        if (spec->kind != FramingSpec::Kind::None)
            return tr("Framing applies to TCP; over UDP each datagram is already one message.");
        for (const QByteArray &message : messages) {
            if (message.size() > 65507)
                return tr("A UDP datagram holds at most 65507 bytes; one message has %1.").arg(message.size());
        }
    }
    if (pattern == SendPattern::Handshake && spec->kind != FramingSpec::Kind::None)
        return tr("The ready handshake is its own framing: set framing to none.");
    if (mss < 64 || mss > 65535)
        return tr("MSS %1 is out of range (64 to 65535 bytes).").arg(mss);
    if (rttUs < 0 || rttUs > qint64(maxDelayMs) * 1000)
        return tr("Round-trip time %1 µs is out of range (0 to %2 µs).").arg(rttUs).arg(qint64(maxDelayMs) * 1000);
    if (delayedAckMs < 0 || delayedAckMs > 500)
        return tr("Delayed ACK %1 ms is out of range (0 to 500 ms).").arg(delayedAckMs);
    if (receiveBuffer < mss || receiveBuffer > maxTotalBytes)
        return tr("Receive buffer %1 bytes is out of range (MSS to %2 bytes).").arg(receiveBuffer).arg(maxTotalBytes);
    if (sendBuffer < 1 || sendBuffer > maxTotalBytes)
        return tr("Send buffer %1 bytes is out of range (1 to %2 bytes).").arg(sendBuffer).arg(maxTotalBytes);
    if (callCostUs < 0 || callCostUs > 1000000)
        return tr("Call cost %1 µs is out of range (0 to 1000000 µs).").arg(callCostUs);
    return {};
}

QList<QByteArray> LabExperiment::generateMessages(qsizetype count, qsizetype size)
{
    QList<QByteArray> result;
    result.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        // "msg1-" then letters, so a student sees in every read which message its bytes came from.
        QByteArray message = "msg" + QByteArray::number(i + 1) + '-';
        for (qsizetype j = 0; message.size() < size; ++j)
            message.append(char('a' + (i + j) % 26));
        message.truncate(size);
        result.append(message);
    }
    return result;
}

bool LabExperiment::parseMessages(const QString &text, QList<QByteArray> *messages, QString *error)
{
    messages->clear();
    QString piece;
    auto finishPiece = [&]() {
        const BytesResult bytes = EscapedText::parse(piece);
        if (!bytes.ok()) {
            *error = tr("Message %1: %2").arg(messages->size() + 1).arg(bytes.error);
            return false;
        }
        messages->append(bytes.bytes);
        piece.clear();
        return true;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char(',')) {
            piece.append(QStringLiteral("\\x2c"));
            ++i;
        } else if (c == QLatin1Char(',')) {
            if (!finishPiece())
                return false;
        } else {
            piece.append(c);
        }
    }
    return finishPiece();
}

bool LabExperiment::parseReadSizes(const QString &text, QList<qint64> *sizes, QString *error)
{
    sizes->clear();
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &part : parts) {
        bool ok = false;
        const qint64 size = part.trimmed().toLongLong(&ok);
        if (!ok || size < 1 || size > maxReadSize) {
            *error = tr("\"%1\" is not a read size (1 to %2 bytes).").arg(part.trimmed()).arg(maxReadSize);
            sizes->clear();
            return false;
        }
        sizes->append(size);
    }
    return true;
}

qint64 LabExperiment::totalMessageBytes() const
{
    qint64 total = 0;
    for (const QByteArray &message : messages)
        total += message.size();
    return total;
}

QString LabExperiment::transportName(Transport transport)
{
    return transport == Transport::Udp ? QStringLiteral("udp") : QStringLiteral("tcp");
}

QString LabExperiment::patternText() const
{
    switch (pattern) {
    case SendPattern::EachMessage:
        return QStringLiteral("each");
    case SendPattern::AllInOne:
        return QStringLiteral("one");
    case SendPattern::SplitEach:
        return QStringLiteral("split:%1").arg(splitParts);
    case SendPattern::Handshake:
        return QStringLiteral("handshake");
    }
    return {};
}

bool LabExperiment::setPatternText(const QString &text, QString *error)
{
    const QString value = text.trimmed().toLower();
    if (value == QLatin1String("each")) {
        pattern = SendPattern::EachMessage;
    } else if (value == QLatin1String("one")) {
        pattern = SendPattern::AllInOne;
    } else if (value == QLatin1String("handshake")) {
        pattern = SendPattern::Handshake;
    } else if (value.startsWith(QLatin1String("split:"))) {
        bool ok = false;
        const int parts = value.mid(6).toInt(&ok);
        if (!ok || parts < 2 || parts > maxSplitParts) {
            *error = tr("\"%1\": split into 2 to %2 writes, e.g. split:3.").arg(text).arg(maxSplitParts);
            return false;
        }
        pattern = SendPattern::SplitEach;
        splitParts = parts;
    } else {
        *error = tr("Unknown send pattern \"%1\" (each, one, split:K, handshake).").arg(text);
        return false;
    }
    return true;
}
