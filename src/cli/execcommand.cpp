// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "execcommand.h"

#include <cstdio>
#include <optional>

#include "cliapplication.h"
#include "console.h"
#include "optionreader.h"
#include "payload/streamdecoder.h"
#include "payload/textcodec.h"
#include "rcmd/rcmdclient.h"
#include "rcmd/rcmdtls.h"
#include "rcmd/tokenfile.h"
#include "signalwatcher.h"

namespace {

void writeRaw(std::FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

/** Turns the agent's output into what this terminal shows: unchanged when it is UTF-8 (or --raw), else decoded
    from the declared encoding and written as UTF-8. One per stream, so a character split across chunks survives. */
class OutputStream
{
public:
    OutputStream(std::FILE *stream, const QString &encoding)
        : m_stream(stream)
    {
        if (!encoding.isEmpty() && encoding != QLatin1String("UTF-8"))
            m_decoder.emplace(encoding);
    }
    void write(const QByteArray &bytes) { writeRaw(m_stream, m_decoder ? m_decoder->decode(bytes).toUtf8() : bytes); }
    void finish()
    {
        if (m_decoder)
            writeRaw(m_stream, m_decoder->flush().toUtf8());
    }

private:
    std::FILE *m_stream;
    std::optional<StreamDecoder> m_decoder;
};

} // namespace

int ExecCommand::run(const QStringList &arguments)
{
    OptionReader options;
    options.value(QStringLiteral("connect"), QStringLiteral("HOST:PORT"));
    options.value(QStringLiteral("token-file"), QStringLiteral("PATH"));
    options.flag(QStringLiteral("tls"));
    options.value(QStringLiteral("fingerprint"), QStringLiteral("SHA256"));
    options.flag(QStringLiteral("shell"));
    options.value(QStringLiteral("cwd"), QStringLiteral("DIR"));
    options.value(QStringLiteral("env"), QStringLiteral("NAME=VALUE"));
    options.value(QStringLiteral("encoding"), QStringLiteral("NAME"));
    options.flag(QStringLiteral("raw"));
    options.value(QStringLiteral("connect-timeout"), QStringLiteral("S"));
    options.positionalEndsOptions();
    options.parse(arguments);

    RcmdClientConfig config;
    if (const std::optional<Endpoint> target = options.endpoint(QStringLiteral("connect"), true)) {
        if (target->isAny())
            options.fail(tr("--connect needs the agent's host, not *."));
        config.host = target->host;
        config.port = target->port;
    }
    const QString tokenPath = options.text(QStringLiteral("token-file"));
    if (tokenPath.isEmpty())
        options.fail(tr("--token-file PATH is required: it holds the secret the agent knows too."));
    if (options.isSet(QStringLiteral("fingerprint"))) {
        QString error;
        config.fingerprint = RcmdTls::parseFingerprint(options.text(QStringLiteral("fingerprint")), &error);
        if (config.fingerprint.isEmpty())
            options.fail(error);
    }
    config.tls = options.isSet(QStringLiteral("tls")) || !config.fingerprint.isEmpty();
    config.timeoutMs = int(options.integer(QStringLiteral("connect-timeout"), 10, 1, 3600) * 1000);
    const bool shell = options.isSet(QStringLiteral("shell"));
    const QString encodingOverride =
        options.isSet(QStringLiteral("encoding")) ? options.encoding(QStringLiteral("encoding")) : QString();
    const bool raw = options.isSet(QStringLiteral("raw"));
    QStringList command = options.positional();
    if (command.isEmpty())
        options.fail(tr("Give the command to run after --, e.g. -- ls -l."));
    if (shell && command.size() > 1)
        command = QStringList{command.join(QLatin1Char(' '))};
    const QStringList environment = options.texts(QStringLiteral("env"));
    for (const QString &entry : environment) {
        if (entry.indexOf(QLatin1Char('=')) <= 0)
            options.fail(tr("--env needs NAME=VALUE, not \"%1\".").arg(entry));
    }
    if (options.reportUsageError())
        return CliApplication::UsageError;

    const TokenFile::Result token = TokenFile::read(tokenPath, false);
    if (!token.ok()) {
        Console::err(QStringLiteral("socketlab-cli: ") + token.error);
        return CliApplication::Failure;
    }
    config.token = token.token;

    RcmdClient client;
    std::optional<OutputStream> out;
    std::optional<OutputStream> err;
    quint32 id = 0;
    int status = CliApplication::Failure;
    const auto finish = [&](int code) {
        if (out)
            out->finish();
        if (err)
            err->finish();
        status = code;
        client.close();
        QCoreApplication::exit(code);
    };
    QObject::connect(&client, &RcmdClient::ready, &client, [&] {
        const QString encoding =
            raw ? QString() : (encodingOverride.isEmpty() ? client.agentOutputEncoding() : encodingOverride);
        if (!raw && !encoding.isEmpty() && TextCodec::canonicalName(encoding).isEmpty()) {
            //: %1 is an encoding name.
            Console::err(QStringLiteral("socketlab-cli: ") +
                         tr("The agent declares its output as \"%1\", which this client cannot decode; showing the raw "
                            "bytes.")
                             .arg(encoding));
        }
        const QString usable = TextCodec::canonicalName(encoding);
        out.emplace(stdout, usable);
        err.emplace(stderr, usable);
        id = client.run(command, shell, options.text(QStringLiteral("cwd")), environment);
    });
    QObject::connect(&client, &RcmdClient::output, &client,
                     [&](quint32, RcmdMessage::Stream stream, const QByteArray &data) {
                         (stream == RcmdMessage::Stream::Stdout ? *out : *err).write(data);
                     });
    QObject::connect(&client, &RcmdClient::finished, &client, [&](quint32, const RcmdMessage &exit) {
        if (out)
            out->finish();
        if (err)
            err->finish();
        if (exit.truncated)
            Console::err(QStringLiteral("socketlab-cli: ") +
                         tr("The output was cut: the command wrote more than the agent's output limit."));
        switch (exit.killedReason) {
        case RcmdMessage::KilledReason::Timeout:
            Console::err(QStringLiteral("socketlab-cli: ") +
                         tr("The agent killed the command: it ran longer than the agent's time limit."));
            break;
        case RcmdMessage::KilledReason::Cancel:
            Console::err(QStringLiteral("socketlab-cli: ") + tr("The command was cancelled."));
            break;
        case RcmdMessage::KilledReason::Limit:
        case RcmdMessage::KilledReason::Disconnect:
        case RcmdMessage::KilledReason::None:
            break;
        }
        finish(exit.signal != 0 ? 128 + exit.signal : exit.exitCode);
    });
    QObject::connect(&client, &RcmdClient::commandFailed, &client, [&](quint32, const QString &message) {
        Console::err(QStringLiteral("socketlab-cli: ") + message);
        finish(NotStarted);
    });
    QObject::connect(&client, &RcmdClient::failed, &client, [&](RcmdClient::Failure, const QString &message) {
        Console::err(QStringLiteral("socketlab-cli: ") + message);
        status = CliApplication::Failure;
        QCoreApplication::exit(CliApplication::Failure);
    });
    QObject::connect(&client, &RcmdClient::closed, &client, [&] {
        if (status == CliApplication::Failure && id == 0)
            QCoreApplication::exit(CliApplication::Failure);
    });

    // Ctrl+C cancels the remote command (the agent kills its process group); a second one gives up at once.
    SignalWatcher watcher;
    int interrupts = 0;
    QObject::connect(&watcher, &SignalWatcher::stopRequested, &client, [&] {
        if (++interrupts == 1 && id != 0 && client.cancel(id))
            return;
        Console::err(QStringLiteral("socketlab-cli: ") + tr("Interrupted."));
        status = 130;
        client.close();
        QCoreApplication::exit(130);
    });
    client.connectToAgent(config);
    QCoreApplication::exec();
    return status;
}
