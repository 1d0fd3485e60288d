// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "tcpclientcommand.h"

#include <memory>
#include <vector>

#include <QJsonObject>
#include <QTimer>

#include "cliapplication.h"
#include "connectionoptions.h"
#include "engine/trafficbatcher.h"
#include "eventprinter.h"
#include "logoption.h"
#include "net/sendjob.h"
#include "net/tcpclient.h"
#include "net/tcpconnection.h"
#include "optionreader.h"
#include "sendoptions.h"
#include "signalwatcher.h"
#include "trace/trafficlog.h"

namespace {
/** One of the --connections N clients with its own send job and counters. */
struct ClientRun
{
    std::unique_ptr<TcpClient> client;
    std::unique_ptr<SendJob> job;
    QTimer waitTimer;
    QString peer;
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    bool connected = false;
    bool failed = false;
    bool done = false;
};
} // namespace

int TcpClientCommand::run(const QStringList &arguments)
{
    OptionReader options;
    options.value(QStringLiteral("connect"), QStringLiteral("HOST:PORT"));
    SendOptions::declare(options);
    options.value(QStringLiteral("repeat"), QStringLiteral("N"));
    options.value(QStringLiteral("interval"), QStringLiteral("MS"));
    options.value(QStringLiteral("connections"), QStringLiteral("N"));
    options.value(QStringLiteral("wait"), QStringLiteral("MS"));
    options.value(QStringLiteral("timeout"), QStringLiteral("MS"));
    options.value(QStringLiteral("bind"), QStringLiteral("HOST:PORT"));
    options.value(QStringLiteral("send-buffer"), QStringLiteral("BYTES"));
    options.value(QStringLiteral("receive-buffer"), QStringLiteral("BYTES"));
    ConnectionOptions::declare(options);
    options.value(QStringLiteral("encoding"), QStringLiteral("NAME"));
    options.flag(QStringLiteral("nodelay"));
    options.flag(QStringLiteral("keepalive"));
    options.flag(QStringLiteral("reconnect"));
    options.flag(QStringLiteral("abort"));
    options.flag(QStringLiteral("quiet"));
    options.flag(QStringLiteral("json"));
    LogOption::declare(options);
    options.parse(arguments);

    TcpClientConfig config;
    if (const std::optional<Endpoint> target = options.endpoint(QStringLiteral("connect"), true)) {
        if (target->isAny())
            options.fail(tr("--connect needs a host name or address, e.g. 127.0.0.1:9000."));
        config.host = target->host;
        config.port = target->port;
    }
    if (const std::optional<Endpoint> bind = options.endpoint(QStringLiteral("bind"), false)) {
        config.bindAddress = bind->address();
        config.bindPort = bind->port;
        if (!bind->isAny() && config.bindAddress.isNull())
            options.fail(tr("--bind needs an IP address of this machine, not \"%1\".").arg(bind->host));
    }
    config.connectTimeoutMs = static_cast<int>(options.integer(QStringLiteral("timeout"), 10000, 1, 3'600'000));
    config.noDelay = options.isSet(QStringLiteral("nodelay"));
    config.keepAlive = options.isSet(QStringLiteral("keepalive"));
    config.autoReconnect = options.isSet(QStringLiteral("reconnect"));
    config.sendBufferSize = static_cast<int>(options.integer(QStringLiteral("send-buffer"), 0, 0, 1 << 30));
    config.receiveBufferSize = static_cast<int>(options.integer(QStringLiteral("receive-buffer"), 0, 0, 1 << 30));
    config.connection = ConnectionOptions::read(options);
    const bool quiet = options.isSet(QStringLiteral("quiet"));
    config.connection.recordTrace = !quiet;
    const qint64 repeat = options.integer(QStringLiteral("repeat"), 1, 0, qint64(1) << 40);
    const int interval = static_cast<int>(options.integer(QStringLiteral("interval"), 0, 0, 3'600'000));
    const int connectionCount = static_cast<int>(options.integer(QStringLiteral("connections"), 1, 1, 100'000));
    const QString encoding = options.encoding(QStringLiteral("encoding"));
    const QList<QByteArray> messages = SendOptions::build(arguments, options, encoding);
    // With something to send, wait a moment for replies; without, stay until the peer closes.
    const int waitMs =
        static_cast<int>(options.integer(QStringLiteral("wait"), messages.isEmpty() ? -1 : 1000, 0, 24 * 3'600'000));
    const bool abortAtEnd = options.isSet(QStringLiteral("abort"));
    options.rejectPositional();
    if (options.reportUsageError())
        return CliApplication::UsageError;

    EventPrinter printer(options.isSet(QStringLiteral("json")), encoding);
    bool logFailed = false;
    const std::unique_ptr<TrafficLog> log = LogOption::open(options, printer, &logFailed);
    if (logFailed)
        return CliApplication::Failure;
    std::vector<std::unique_ptr<ClientRun>> runs;
    int finished = 0;
    const auto finishRun = [&](ClientRun &run) {
        if (run.done)
            return;
        run.done = true;
        if (++finished == connectionCount)
            QCoreApplication::quit();
    };

    for (int index = 0; index < connectionCount; ++index) {
        runs.push_back(std::make_unique<ClientRun>());
        ClientRun &run = *runs.back();
        run.client = std::make_unique<TcpClient>();
        run.waitTimer.setSingleShot(true);
        TcpClient *client = run.client.get();
        const QString key = QString::number(index);
        if (log)
            TrafficBatcher::attach(client, client, [&log](TrafficEntry entry) { log->append(std::move(entry)); });
        QObject::connect(&run.waitTimer, &QTimer::timeout, client, [client, abortAtEnd] { client->stop(abortAtEnd); });
        // --quiet keeps only what a load run needs: errors and the summary.
        QObject::connect(client, &TcpClient::hostResolved, client,
                         [&printer, &config, quiet](const QStringList &addresses) {
                             if (!quiet)
                                 printer.resolved(config.host, addresses);
                         });
        QObject::connect(client, &TcpClient::connected, client, [&, client](const QString &local, const QString &peer) {
            run.peer = peer;
            run.connected = true;
            if (!quiet)
                printer.connected(peer, local);
            run.job = std::make_unique<SendJob>(messages, repeat, interval);
            SendJob *job = run.job.get();
            QObject::connect(client, &TcpClient::writeBufferLow, job, &SendJob::resume);
            QObject::connect(job, &SendJob::finished, client, [&run, waitMs](bool) {
                if (waitMs >= 0)
                    run.waitTimer.start(waitMs);
            });
            job->start([client](const QByteArray &message) { return client->sendMessage(message); },
                       [client] {
                           const TcpConnection *connection = client->connection();
                           return connection && connection->bytesToWrite() < TcpConnection::LowWaterMark;
                       });
        });
        if (!quiet) {
            QObject::connect(client, &TcpClient::readReceived, client, [&printer, &run, key](const QByteArray &bytes) {
                printer.payload(QStringLiteral("data"), run.peer, bytes, key);
            });
            QObject::connect(client, &TcpClient::frameReceived, client, [&printer, &run](const Frame &frame) {
                printer.payload(QStringLiteral("frame"), run.peer, frame.payload, QString());
            });
            QObject::connect(client, &TcpClient::written, client,
                             [&printer, &run](const QByteArray &bytes) { printer.sent(run.peer, bytes.size()); });
        }
        QObject::connect(client, &TcpClient::readReceived, client,
                         [&run](const QByteArray &bytes) { run.bytesIn += bytes.size(); });
        QObject::connect(client, &TcpClient::written, client,
                         [&run](const QByteArray &bytes) { run.bytesOut += bytes.size(); });
        QObject::connect(client, &TcpClient::notice, client,
                         [&printer, &run](const QString &text) { printer.notice(text, run.peer); });
        QObject::connect(client, &TcpClient::errorOccurred, client, [&printer, &run](const QString &message) {
            run.failed = true; // refused, timed out, reset, dropped: the exit status says so
            printer.error(message, run.peer);
        });
        QObject::connect(client, &TcpClient::reconnectScheduled, client, [&printer](int delayMs, int attempt) {
            printer.event(QStringLiteral("reconnecting"),
                          {{QStringLiteral("delay"), delayMs}, {QStringLiteral("attempt"), attempt}},
                          tr("reconnecting in %1 ms (attempt %2)").arg(delayMs).arg(attempt));
        });
        QObject::connect(client, &TcpClient::disconnected, client, [&, key](const QString &reason) {
            if (!run.connected)
                return;
            if (!quiet)
                printer.disconnected(run.peer, reason);
            printer.forget(key);
            run.connected = false;
            run.waitTimer.stop();
            if (run.job)
                run.job->cancel();
        });
        QObject::connect(client, &TcpClient::stateChanged, client, [&](TcpClient::State state) {
            if (state == TcpClient::State::Closed && !config.autoReconnect)
                finishRun(run);
        });
    }

    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::stopRequested, qApp, [&runs] {
        for (auto &run : runs)
            run->client->stop();
        QCoreApplication::quit();
    });
    for (auto &run : runs)
        run->client->start(config);
    QCoreApplication::exec();
    LogOption::finish(log.get(), printer);

    int failed = 0;
    qint64 totalIn = 0;
    qint64 totalOut = 0;
    for (const auto &run : runs) {
        failed += run->failed ? 1 : 0;
        totalIn += run->bytesIn;
        totalOut += run->bytesOut;
    }
    if (connectionCount > 1 || quiet) {
        printer.event(QStringLiteral("summary"),
                      {{QStringLiteral("connections"), connectionCount},
                       {QStringLiteral("failed"), failed},
                       {QStringLiteral("bytesOut"), totalOut},
                       {QStringLiteral("bytesIn"), totalIn}},
                      tr("%1, %2 failed; %3 sent, %4 received", "connection count, failed count, byte counts")
                          .arg(tr("%n connection(s)", nullptr, connectionCount))
                          .arg(failed)
                          .arg(EventPrinter::counted(QT_TRANSLATE_N_NOOP("EventPrinter", "%n byte(s)"), totalOut),
                               EventPrinter::counted(QT_TRANSLATE_N_NOOP("EventPrinter", "%n byte(s)"), totalIn)));
    }
    return failed > 0 ? CliApplication::Failure : CliApplication::Success;
}
