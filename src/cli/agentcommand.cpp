// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "agentcommand.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "cliapplication.h"
#include "console.h"
#include "eventprinter.h"
#include "optionreader.h"
#include "rcmd/rcmdagent.h"
#include "rcmd/rcmdaudit.h"
#include "rcmd/rcmdtls.h"
#include "rcmd/tokenfile.h"
#include "signalwatcher.h"

namespace {

/** The longest timeout or back-off accepted, in seconds: one day. */
constexpr qint64 MaxSeconds = 24 * 3600;

} // namespace

int AgentCommand::run(const QStringList &arguments)
{
    OptionReader options;
    options.value(QStringLiteral("listen"), QStringLiteral("HOST:PORT"));
    options.value(QStringLiteral("token-file"), QStringLiteral("PATH"));
    options.value(QStringLiteral("tls-cert"), QStringLiteral("FILE"));
    options.value(QStringLiteral("tls-key"), QStringLiteral("FILE"));
    options.flag(QStringLiteral("classic"));
    options.flag(QStringLiteral("classic-allow-remote"));
    options.flag(QStringLiteral("allow-remote"));
    options.flag(QStringLiteral("allow-root"));
    options.value(QStringLiteral("timeout"), QStringLiteral("S"));
    options.value(QStringLiteral("max-output"), QStringLiteral("BYTES"));
    options.value(QStringLiteral("max-commands"), QStringLiteral("N"));
    options.value(QStringLiteral("max-commands-per-connection"), QStringLiteral("N"));
    options.value(QStringLiteral("max-connections"), QStringLiteral("N"));
    options.value(QStringLiteral("auth-timeout"), QStringLiteral("S"));
    options.value(QStringLiteral("max-auth-failures"), QStringLiteral("N"));
    options.value(QStringLiteral("backoff"), QStringLiteral("S"));
    options.value(QStringLiteral("output-encoding"), QStringLiteral("NAME"));
    options.value(QStringLiteral("workdir"), QStringLiteral("DIR"));
    options.value(QStringLiteral("audit-log"), QStringLiteral("PATH"));
    options.flag(QStringLiteral("json"));
    options.parse(arguments);

    RcmdAgentConfig config;
    if (options.localEndpoint(QStringLiteral("listen"), true, &config.address, &config.port) && config.address.isNull())
        config.address = QHostAddress(QHostAddress::Any);
    config.classic = options.isSet(QStringLiteral("classic"));
    config.allowRemoteClassic = options.isSet(QStringLiteral("classic-allow-remote"));
    config.allowRemotePlain = options.isSet(QStringLiteral("allow-remote"));
    config.allowRoot = options.isSet(QStringLiteral("allow-root"));
    config.commandTimeoutMs =
        int(options.integer(QStringLiteral("timeout"), config.commandTimeoutMs / 1000, 0, MaxSeconds) * 1000);
    config.outputCap = options.integer(QStringLiteral("max-output"), config.outputCap, 0, qint64(1) << 50);
    config.maxCommands = int(options.integer(QStringLiteral("max-commands"), config.maxCommands, 1, 10000));
    config.maxCommandsPerConnection =
        int(options.integer(QStringLiteral("max-commands-per-connection"), config.maxCommandsPerConnection, 1, 10000));
    config.maxConnections = int(options.integer(QStringLiteral("max-connections"), config.maxConnections, 1, 10000));
    config.authTimeoutMs =
        int(options.integer(QStringLiteral("auth-timeout"), config.authTimeoutMs / 1000, 1, 3600) * 1000);
    config.failedAuthLimit = int(options.integer(QStringLiteral("max-auth-failures"), config.failedAuthLimit, 1, 1000));
    config.backoffMs = int(options.integer(QStringLiteral("backoff"), config.backoffMs / 1000, 0, MaxSeconds) * 1000);
    config.outputEncoding = options.encoding(QStringLiteral("output-encoding"));
    config.workingDirectory = options.text(QStringLiteral("workdir"));
    const QString tokenPath = options.text(QStringLiteral("token-file"));
    if (!config.classic && tokenPath.isEmpty())
        options.fail(tr("--token-file PATH is required: clients must prove they know its secret."));
    const QString certPath = options.text(QStringLiteral("tls-cert"));
    const QString keyPath = options.text(QStringLiteral("tls-key"));
    if (certPath.isEmpty() != keyPath.isEmpty())
        options.fail(tr("--tls-cert and --tls-key go together."));
    options.rejectPositional();
    if (options.reportUsageError())
        return CliApplication::UsageError;

    if (!tokenPath.isEmpty() && !config.classic) {
        const TokenFile::Result token = TokenFile::read(tokenPath, true);
        if (!token.ok()) {
            Console::err(QStringLiteral("socketlab-cli: ") + token.error);
            return CliApplication::Failure;
        }
        config.token = token.token;
    }
    if (!certPath.isEmpty()) {
        QString error;
        if (!RcmdTls::loadIdentity(certPath, keyPath, &config.certificate, &config.privateKey, &error)) {
            Console::err(QStringLiteral("socketlab-cli: ") + error);
            return CliApplication::Failure;
        }
    }

    const bool json = options.isSet(QStringLiteral("json"));
    QFile auditFile;
    const QString auditPath = options.text(QStringLiteral("audit-log"));
    if (!auditPath.isEmpty() && auditPath != QLatin1String("-")) {
        auditFile.setFileName(auditPath);
        if (!auditFile.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
            //: %1 is a file path, %2 the system's reason.
            Console::err(QStringLiteral("socketlab-cli: ") +
                         tr("Cannot write the audit log %1: %2").arg(auditPath, auditFile.errorString()));
            return CliApplication::Failure;
        }
    }

    EventPrinter printer(json, QStringLiteral("UTF-8"));
    RcmdAgent agent;
    QObject::connect(&agent, &RcmdAgent::listening, &agent, [&](const QString &address, quint16 port) {
        const QHostAddress host(address);
        printer.listening(Endpoint::format(host, port), port);
    });
    QObject::connect(&agent, &RcmdAgent::audit, &agent, [&](const QString &line) {
        if (auditFile.isOpen()) {
            auditFile.write(line.toUtf8() + '\n');
            auditFile.flush();
        }
        // On stdout: the JSON line itself with --json or --audit-log -, else a readable form.
        if (json || auditPath == QLatin1String("-"))
            Console::out(line);
        else
            Console::out(RcmdAudit::readable(line, Qt::UTC));
    });
    if (!agent.start(config)) {
        Console::err(QStringLiteral("socketlab-cli: ") + agent.errorString());
        return CliApplication::Failure;
    }
    // Nothing is accepted before the event loop runs, so the warnings come before any connection.
    const QStringList warnings = RcmdAgent::warnings(config);
    for (const QString &warning : warnings)
        Console::err(warning);
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::stopRequested, &agent, [&agent] {
        agent.stop();
        QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}
