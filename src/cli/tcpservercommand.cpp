// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "tcpservercommand.h"

#include "cliapplication.h"
#include "connectionoptions.h"
#include "engine/trafficbatcher.h"
#include "eventprinter.h"
#include "logoption.h"
#include "net/tcpserver.h"
#include "optionreader.h"
#include "signalwatcher.h"
#include "trace/trafficlog.h"

int TcpServerCommand::run(const QStringList &arguments)
{
    OptionReader options;
    options.value(QStringLiteral("listen"), QStringLiteral("HOST:PORT"));
    ConnectionOptions::declare(options);
    options.value(QStringLiteral("max-clients"), QStringLiteral("N"));
    options.value(QStringLiteral("backlog"), QStringLiteral("N"));
    options.value(QStringLiteral("encoding"), QStringLiteral("NAME"));
    options.flag(QStringLiteral("no-reuse-address"));
    options.flag(QStringLiteral("ipv6-only"));
    options.flag(QStringLiteral("discard"));
    options.flag(QStringLiteral("json"));
    LogOption::declare(options);
    options.parse(arguments);

    TcpServerConfig config;
    options.localEndpoint(QStringLiteral("listen"), true, &config.address, &config.port);
    config.reuseAddress = !options.isSet(QStringLiteral("no-reuse-address"));
    config.ipv6Only = options.isSet(QStringLiteral("ipv6-only"));
    config.backlog = static_cast<int>(options.integer(QStringLiteral("backlog"), 50, 1, 65535));
    config.maxClients = static_cast<int>(options.integer(QStringLiteral("max-clients"), 0, 0, 10'000'000));
    config.connection = ConnectionOptions::read(options);
    const bool discard = options.isSet(QStringLiteral("discard"));
    config.connection.recordTrace = !discard;
    const QString encoding = options.encoding(QStringLiteral("encoding"));
    options.rejectPositional();
    if (options.reportUsageError())
        return CliApplication::UsageError;

    EventPrinter printer(options.isSet(QStringLiteral("json")), encoding);
    bool logFailed = false;
    const std::unique_ptr<TrafficLog> log = LogOption::open(options, printer, &logFailed);
    if (logFailed)
        return CliApplication::Failure;
    TcpServer server;
    if (log)
        TrafficBatcher::attach(&server, &server, [&log](TrafficEntry entry) { log->append(std::move(entry)); });
    std::map<quint64, QString> peers;
    const auto peerOf = [&peers](quint64 id) { return peers.count(id) ? peers.at(id) : QString(); };

    QObject::connect(&server, &TcpServer::listening, &server,
                     [&](const QString &endpoint, quint16 port) { printer.listening(endpoint, port); });
    QObject::connect(&server, &TcpServer::clientConnected, &server, [&](quint64 id, const QString &peer) {
        peers[id] = peer;
        printer.connected(peer);
    });
    QObject::connect(&server, &TcpServer::clientRefused, &server,
                     [&](const QString &peer, const QString &reason) { printer.error(reason, peer); });
    if (!discard) {
        QObject::connect(&server, &TcpServer::readReceived, &server, [&](quint64 id, const QByteArray &bytes) {
            printer.payload(QStringLiteral("data"), peerOf(id), bytes, QString::number(id));
        });
        QObject::connect(&server, &TcpServer::frameReceived, &server, [&](quint64 id, const Frame &frame) {
            printer.payload(QStringLiteral("frame"), peerOf(id), frame.payload, QString());
        });
        QObject::connect(&server, &TcpServer::written, &server,
                         [&](quint64 id, const QByteArray &bytes) { printer.sent(peerOf(id), bytes.size()); });
    }
    QObject::connect(&server, &TcpServer::notice, &server,
                     [&](quint64 id, const QString &text) { printer.notice(text, peerOf(id)); });
    QObject::connect(&server, &TcpServer::errorOccurred, &server,
                     [&](quint64 id, const QString &message) { printer.error(message, peerOf(id)); });
    QObject::connect(&server, &TcpServer::clientDisconnected, &server, [&](quint64 id, const QString &reason) {
        printer.disconnected(peerOf(id), reason);
        printer.forget(QString::number(id));
        peers.erase(id);
    });

    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::stopRequested, &server, [&server, &printer] {
        server.stop();
        printer.summary(server.totals(), static_cast<qint64>(server.clientsServed()));
        QCoreApplication::quit();
    });
    if (!server.start(config))
        return CliApplication::Failure;
    const int status = QCoreApplication::exec();
    LogOption::finish(log.get(), printer);
    return status;
}
