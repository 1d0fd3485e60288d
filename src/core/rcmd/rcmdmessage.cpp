// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "rcmd/rcmdmessage.h"

#include "rcmd/rcmdprotocol.h"

namespace {

RcmdMessage ofType(RcmdMessage::Type type)
{
    RcmdMessage message;
    message.type = type;
    return message;
}

} // namespace

RcmdMessage RcmdMessage::hello(const QByteArray &clientNonce)
{
    RcmdMessage message = ofType(Type::Hello);
    message.magic = RcmdProtocol::magic();
    message.version = RcmdProtocol::Version;
    message.clientNonce = clientNonce;
    return message;
}

RcmdMessage RcmdMessage::challenge(const QByteArray &agentNonce, const QByteArray &agentProof)
{
    RcmdMessage message = ofType(Type::Challenge);
    message.version = RcmdProtocol::Version;
    message.agentNonce = agentNonce;
    message.agentProof = agentProof;
    return message;
}

RcmdMessage RcmdMessage::auth(const QByteArray &clientProof)
{
    RcmdMessage message = ofType(Type::Auth);
    message.clientProof = clientProof;
    return message;
}

RcmdMessage RcmdMessage::authOk(const QString &outputEncoding)
{
    RcmdMessage message = ofType(Type::AuthOk);
    message.outputEncoding = outputEncoding;
    return message;
}

RcmdMessage RcmdMessage::authFailed(const QString &reason)
{
    RcmdMessage message = ofType(Type::AuthFailed);
    message.text = reason;
    return message;
}

RcmdMessage RcmdMessage::run(quint32 id, const QStringList &argv, bool shell, const QString &workingDirectory,
                             const QStringList &environment)
{
    RcmdMessage message = ofType(Type::Run);
    message.id = id;
    message.argv = argv;
    message.shell = shell;
    message.workingDirectory = workingDirectory;
    message.environment = environment;
    return message;
}

RcmdMessage RcmdMessage::output(quint32 id, Stream stream, const QByteArray &data)
{
    RcmdMessage message = ofType(Type::Output);
    message.id = id;
    message.stream = stream;
    message.data = data;
    return message;
}

RcmdMessage RcmdMessage::exit(quint32 id, qint32 exitCode, qint32 signal, qint64 durationMs, bool truncated,
                              KilledReason killedReason, const QString &outputEncoding)
{
    RcmdMessage message = ofType(Type::Exit);
    message.id = id;
    message.exitCode = exitCode;
    message.signal = signal;
    message.durationMs = durationMs;
    message.truncated = truncated;
    message.killedReason = killedReason;
    message.outputEncoding = outputEncoding;
    return message;
}

RcmdMessage RcmdMessage::exit(quint32 id, const CommandResult &result, const QString &outputEncoding)
{
    return exit(id, result.exitCode, result.signalNumber, result.durationMs, result.truncated,
                killedReasonOf(result.killedReason), outputEncoding);
}

RcmdMessage RcmdMessage::cancel(quint32 id)
{
    RcmdMessage message = ofType(Type::Cancel);
    message.id = id;
    return message;
}

RcmdMessage RcmdMessage::error(quint32 id, const QString &text)
{
    RcmdMessage message = ofType(Type::Error);
    message.id = id;
    message.text = text;
    return message;
}

RcmdMessage RcmdMessage::bye()
{
    return ofType(Type::Bye);
}

QString RcmdMessage::typeName(Type type)
{
    switch (type) {
    case Type::Hello:
        return QStringLiteral("Hello");
    case Type::Challenge:
        return QStringLiteral("Challenge");
    case Type::Auth:
        return QStringLiteral("Auth");
    case Type::AuthOk:
        return QStringLiteral("AuthOk");
    case Type::AuthFailed:
        return QStringLiteral("AuthFailed");
    case Type::Run:
        return QStringLiteral("Run");
    case Type::Output:
        return QStringLiteral("Output");
    case Type::Exit:
        return QStringLiteral("Exit");
    case Type::Cancel:
        return QStringLiteral("Cancel");
    case Type::Error:
        return QStringLiteral("Error");
    case Type::Bye:
        return QStringLiteral("Bye");
    }
    return QStringLiteral("0x%1").arg(int(type), 2, 16, QLatin1Char('0'));
}

QString RcmdMessage::streamName(Stream stream)
{
    return stream == Stream::Stderr ? QStringLiteral("stderr") : QStringLiteral("stdout");
}

RcmdMessage::KilledReason RcmdMessage::killedReasonOf(CommandResult::KillReason reason)
{
    switch (reason) {
    case CommandResult::KillReason::None:
        break;
    case CommandResult::KillReason::Timeout:
        return KilledReason::Timeout;
    case CommandResult::KillReason::Cancel:
        return KilledReason::Cancel;
    case CommandResult::KillReason::Disconnect:
        return KilledReason::Disconnect;
    case CommandResult::KillReason::Limit:
        return KilledReason::Limit;
    }
    return KilledReason::None;
}

QString RcmdMessage::killedReasonName(KilledReason reason)
{
    switch (reason) {
    case KilledReason::None:
        break;
    case KilledReason::Timeout:
        return QStringLiteral("timeout");
    case KilledReason::Cancel:
        return QStringLiteral("cancel");
    case KilledReason::Disconnect:
        return QStringLiteral("disconnect");
    case KilledReason::Limit:
        return QStringLiteral("limit");
    }
    return QStringLiteral("none");
}

bool operator==(const RcmdMessage &a, const RcmdMessage &b)
{
    return a.type == b.type && a.magic == b.magic && a.version == b.version && a.clientNonce == b.clientNonce &&
        a.agentNonce == b.agentNonce && a.agentProof == b.agentProof && a.clientProof == b.clientProof &&
        a.text == b.text && a.id == b.id && a.argv == b.argv && a.shell == b.shell &&
        a.workingDirectory == b.workingDirectory && a.environment == b.environment && a.stream == b.stream &&
        a.data == b.data && a.exitCode == b.exitCode && a.signal == b.signal && a.durationMs == b.durationMs &&
        a.truncated == b.truncated && a.killedReason == b.killedReason && a.outputEncoding == b.outputEncoding;
}
