// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include "rcmd/commandresult.h"

/** One remote-command protocol message (see rcmdprotocol.h for the wire format). A flat value: only the fields
    of its type are meaningful, the others keep their defaults. Build messages with the static functions. */
struct RcmdMessage
{
    /** The type byte on the wire. Handshake types are below 0x10. */
    enum class Type : quint8 {
        Hello = 0x01,
        Challenge = 0x02,
        Auth = 0x03,
        AuthOk = 0x04,
        AuthFailed = 0x05,
        Run = 0x10,
        Output = 0x11,
        Exit = 0x12,
        Cancel = 0x13,
        Error = 0x14,
        Bye = 0x15
    };

    /** Output: which stream of the command the bytes come from. */
    enum class Stream {
        Stdout,
        Stderr
    };

    /** Exit: why the agent ended the command; None when it ended by itself. */
    enum class KilledReason {
        None,
        Timeout,
        Cancel,
        Disconnect,
        Limit
    };

    Type type = Type::Bye;

    /** Hello: the protocol magic, "SLRC" from a SocketLab client. */
    QByteArray magic;
    /** Hello, Challenge: the sender's protocol version. */
    quint32 version = 0;
    /** Hello: 32 random bytes chosen by the client. */
    QByteArray clientNonce;
    /** Challenge: 32 random bytes chosen by the agent. */
    QByteArray agentNonce;
    /** Challenge: the HMAC proving that the agent knows the token. */
    QByteArray agentProof;
    /** Auth: the HMAC proving that the client knows the token. */
    QByteArray clientProof;
    /** AuthFailed: the reason; Error: the message. */
    QString text;

    /** Run, Output, Exit, Cancel: the command id (from 1); Error: the command id or 0. */
    quint32 id = 0;
    /** Run: the program and its arguments (never empty). */
    QStringList argv;
    /** Run: run argv through the agent's shell. */
    bool shell = false;
    /** Run: where to run; empty for the agent's default. */
    QString workingDirectory;
    /** Run: "NAME=VALUE" entries added to the agent's environment. */
    QStringList environment;

    /** Output: the stream. */
    Stream stream = Stream::Stdout;
    /** Output: the bytes (at most RcmdProtocol::MaxOutputChunk). */
    QByteArray data;

    /** Exit: the exit code. */
    qint32 exitCode = 0;
    /** Exit: the signal that ended the command, 0 if none. */
    qint32 signal = 0;
    /** Exit: how long the command ran, in milliseconds (>= 0). */
    qint64 durationMs = 0;
    /** Exit: the agent dropped output beyond its limit. */
    bool truncated = false;
    /** Exit: why the agent ended the command. */
    KilledReason killedReason = KilledReason::None;
    /** AuthOk, Exit: the encoding of the output bytes as the agent declares it, e.g. "UTF-8" or "GBK". */
    QString outputEncoding;

    /** Hello with magic "SLRC" and this build's version. */
    static RcmdMessage hello(const QByteArray &clientNonce);
    /** Challenge with this build's version. */
    static RcmdMessage challenge(const QByteArray &agentNonce, const QByteArray &agentProof);
    static RcmdMessage auth(const QByteArray &clientProof);
    static RcmdMessage authOk(const QString &outputEncoding);
    static RcmdMessage authFailed(const QString &reason);
    static RcmdMessage run(quint32 id, const QStringList &argv, bool shell = false,
                           const QString &workingDirectory = QString(), const QStringList &environment = {});
    static RcmdMessage output(quint32 id, Stream stream, const QByteArray &data);
    static RcmdMessage exit(quint32 id, qint32 exitCode, qint32 signal, qint64 durationMs, bool truncated,
                            KilledReason killedReason, const QString &outputEncoding);
    /** The Exit for a command that ran (result.started()). */
    static RcmdMessage exit(quint32 id, const CommandResult &result, const QString &outputEncoding);
    static RcmdMessage cancel(quint32 id);
    static RcmdMessage error(quint32 id, const QString &message);
    static RcmdMessage bye();

    /** The type's name as in the protocol description ("Hello", "Run"...); not translated. */
    static QString typeName(Type type);
    /** The wire name of a stream: "stdout", "stderr". */
    static QString streamName(Stream stream);
    /** The protocol's reason for a CommandRunner kill reason. */
    static KilledReason killedReasonOf(CommandResult::KillReason reason);
    /** The wire name of a killed reason: "none", "timeout", "cancel", "disconnect", "limit". */
    static QString killedReasonName(KilledReason reason);

    /** Every field equal, the unused ones included. */
    friend bool operator==(const RcmdMessage &a, const RcmdMessage &b);
    friend bool operator!=(const RcmdMessage &a, const RcmdMessage &b) { return !(a == b); }
};
