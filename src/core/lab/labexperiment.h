// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QtGlobal>

/** One sticky-packet experiment: what is sent, how, and how the receiver reads it. A copyable value; the simulator
    and the live runner take the same description. */
struct LabExperiment
{
    Q_DECLARE_TR_FUNCTIONS(LabExperiment)

public:
    enum class Transport {
        Tcp,
        Udp
    };

    enum class SendPattern {
        /** One write call per message (the tutorials' three send() calls). */
        EachMessage,
        /** Every message in one write call. */
        AllInOne,
        /** Each message cut into splitParts write calls. */
        SplitEach,
        /** The tutorials' "low" fix: send the length as text, wait for "ready", send the message. TCP only. */
        Handshake
    };

    /** The messages, in order (framed with `framing` before sending). Empty messages are allowed. */
    QList<QByteArray> messages;
    SendPattern pattern = SendPattern::EachMessage;
    /** SplitEach: write calls per message (2 .. 1024). */
    int splitParts = 2;
    Transport transport = Transport::Tcp;
    /** TCP_NODELAY on the sender (Nagle's algorithm off). */
    bool noDelay = false;
    /** The receiver's read sizes, like recv(N). With repeatReadSizes the last size repeats until the end of the
        stream; without, the receiver makes exactly these reads and stops (what it never read is counted). */
    QList<qint64> readSizes = {1024};
    bool repeatReadSizes = true;
    /** The receiver pauses this long before each read. */
    int readDelayMs = 0;
    /** The sender pauses this long between write calls (0: back to back). */
    int writeIntervalMs = 0;
    /** Framing spec used by both ends (FramingSpecParser syntax); "none" for raw reads. TCP only. */
    QString framing = QStringLiteral("none");

    /** Simulated network. */
    qint64 mss = 1460;
    /** Round-trip time in microseconds (half of it each way). */
    qint64 rttUs = 1000;
    /** The receiver acknowledges every second segment at once, otherwise after this delay (RFC 1122). */
    int delayedAckMs = 40;
    /** Receiver's socket buffer (the advertised window) and sender's socket buffer, in bytes. */
    qint64 receiveBuffer = 65536;
    qint64 sendBuffer = 65536;
    /** Simulated time one write call or one read call takes, in microseconds. */
    qint64 callCostUs = 10;

    /** Largest total of message bytes an experiment may hold. */
    static constexpr qint64 maxTotalBytes = 16 * 1024 * 1024;
    static constexpr qsizetype maxMessages = 100000;

    /** Empty when the description can run, else one translated sentence naming the bad part. */
    QString validate() const;

    /** `count` messages of `size` bytes each ("msg1-xxxx..." filler) for generated experiments. */
    static QList<QByteArray> generateMessages(qsizetype count, qsizetype size);

    /** Parses "A,B,C": messages separated by commas, each with C escapes (\x2c or \, for a comma; an empty piece is
        an empty message). Returns false and sets *error (translated, naming the message) on a bad escape. */
    static bool parseMessages(const QString &text, QList<QByteArray> *messages, QString *error);

    /** Parses "N" or "N,N,..." read sizes (each 1 .. 64 MiB). Returns false and sets *error on a bad number. */
    static bool parseReadSizes(const QString &text, QList<qint64> *sizes, QString *error);

    /** Sum of the message sizes (before framing). */
    qint64 totalMessageBytes() const;

    /** "tcp" / "udp". */
    static QString transportName(Transport transport);
    /** "each", "one", "split:K", "handshake" (the CLI's --pattern values). */
    QString patternText() const;
    /** Parses a --pattern value into pattern (and splitParts). Returns false and sets *error otherwise. */
    bool setPatternText(const QString &text, QString *error);
};
