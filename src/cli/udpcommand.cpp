// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "udpcommand.h"

#include <QTimer>

#include "cliapplication.h"
#include "engine/trafficbatcher.h"
#include "eventprinter.h"
#include "logoption.h"
#include "net/addressbook.h"
#include "net/sendjob.h"
#include "net/udppeer.h"
#include "optionreader.h"
#include "sendoptions.h"
#include "signalwatcher.h"
#include "trace/trafficlog.h"

int UdpCommand::run(const QStringList &arguments)
{
    OptionReader options;
    options.value(QStringLiteral("bind"), QStringLiteral("HOST:PORT"));
    options.value(QStringLiteral("send-to"), QStringLiteral("HOST:PORT"));
    SendOptions::declare(options);
    options.value(QStringLiteral("reply"), QStringLiteral("MODE"));
    options.value(QStringLiteral("rule"), QStringLiteral("MATCH=>REPLY"));
    options.value(QStringLiteral("repeat"), QStringLiteral("N"));
    options.value(QStringLiteral("interval"), QStringLiteral("MS"));
    options.value(QStringLiteral("wait"), QStringLiteral("MS"));
    options.value(QStringLiteral("join"), QStringLiteral("GROUP"));
    options.value(QStringLiteral("multicast-interface"), QStringLiteral("NAME"));
    options.value(QStringLiteral("multicast-ttl"), QStringLiteral("N"));
    options.value(QStringLiteral("encoding"), QStringLiteral("NAME"));
    options.flag(QStringLiteral("reuse-address"));
    options.flag(QStringLiteral("discard"));
    options.flag(QStringLiteral("json"));
    LogOption::declare(options);
    options.parse(arguments);

    UdpPeerConfig config;
    options.localEndpoint(QStringLiteral("bind"), false, &config.bindAddress, &config.port);
    config.reuseAddress = options.isSet(QStringLiteral("reuse-address"));
    config.reply = options.reply(QStringLiteral("reply"), QStringLiteral("rule"));
    config.multicastInterface = options.text(QStringLiteral("multicast-interface"));
    config.multicastTtl = static_cast<int>(options.integer(QStringLiteral("multicast-ttl"), 1, 0, 255));

    // Each --send-to (HOST:PORT, or NAME=HOST:PORT for the address book) takes the sends that follow it;
    // sends before any --send-to go to the first target.
    QList<QPair<QHostAddress, quint16>> targets;
    AddressBook book;
    const QStringList targetTexts = options.texts(QStringLiteral("send-to"));
    for (const QString &text : targetTexts) {
        QString error;
        if (text.contains(QLatin1Char('='))) {
            const std::optional<AddressBook::Contact> contact = AddressBook::parseContact(text, &error);
            if (!contact || !book.set(*contact, &error)) {
                options.fail(error);
                continue;
            }
            targets.append({contact->address, contact->port});
            continue;
        }
        const std::optional<Endpoint> target = Endpoint::parse(text, &error);
        if (!target) {
            options.fail(error);
            continue;
        }
        const QHostAddress address = target->address();
        if (address.isNull())
            options.fail(tr("--send-to needs an IP address, not \"%1\".").arg(target->host));
        targets.append({address, target->port});
    }
    QList<QHostAddress> groups;
    const QStringList groupTexts = options.texts(QStringLiteral("join"));
    for (const QString &text : groupTexts) {
        const QHostAddress group(text);
        if (group.isNull() || !group.isMulticast())
            options.fail(tr("--join needs a multicast group address (224.0.0.0/4 or ff00::/8), not \"%1\".").arg(text));
        groups.append(group);
    }
    const QString encoding = options.encoding(QStringLiteral("encoding"));
    const QList<QByteArray> messages = SendOptions::build(arguments, options, encoding);
    if (!messages.isEmpty() && targets.isEmpty())
        options.fail(tr("--send needs a --send-to HOST:PORT to send to."));
    const qint64 repeat = options.integer(QStringLiteral("repeat"), 1, 0, qint64(1) << 40);
    const int interval = static_cast<int>(options.integer(QStringLiteral("interval"), 0, 0, 3'600'000));
    const int waitMs =
        static_cast<int>(options.integer(QStringLiteral("wait"), messages.isEmpty() ? -1 : 1000, 0, 24 * 3'600'000));
    options.rejectPositional();
    if (options.reportUsageError())
        return CliApplication::UsageError;

    // Which target each message goes to, following the command line's order.
    QList<int> targetOfMessage;
    {
        int current = 0;
        int seenTargets = 0;
        for (qsizetype i = 1; i < arguments.size(); ++i) {
            const QString &argument = arguments.at(i);
            if (argument == QLatin1String("--send-to") || argument.startsWith(QLatin1String("--send-to="))) {
                current = seenTargets++;
                if (argument == QLatin1String("--send-to"))
                    ++i;
            } else if (argument == QLatin1String("--send") || argument == QLatin1String("--send-hex") ||
                       argument == QLatin1String("--send-file")) {
                targetOfMessage.append(current);
                ++i;
            } else if (argument.startsWith(QLatin1String("--send=")) ||
                       argument.startsWith(QLatin1String("--send-hex=")) ||
                       argument.startsWith(QLatin1String("--send-file="))) {
                targetOfMessage.append(current);
            }
        }
    }

    const bool discard = options.isSet(QStringLiteral("discard"));
    EventPrinter printer(options.isSet(QStringLiteral("json")), encoding);
    bool logFailed = false;
    const std::unique_ptr<TrafficLog> log = LogOption::open(options, printer, &logFailed);
    if (logFailed)
        return CliApplication::Failure;
    UdpPeer peer;
    if (log)
        TrafficBatcher::attach(&peer, &peer, [&log](TrafficEntry entry) { log->append(std::move(entry)); });
    bool failed = false;
    QObject::connect(&peer, &UdpPeer::bound, &peer,
                     [&printer](const QString &endpoint, quint16 port) { printer.listening(endpoint, port); });
    if (!discard) {
        QObject::connect(
            &peer, &UdpPeer::datagramReceived, &peer,
            [&printer, &book](const QString &from, const QHostAddress &address, quint16 port, const QByteArray &data) {
                QString name;
                for (const AddressBook::Contact &contact : book.contacts()) {
                    if (contact.port == port && Endpoint::plain(address) == Endpoint::plain(contact.address))
                        name = contact.name;
                }
                printer.payload(QStringLiteral("datagram"), from, data, QString(), name);
            });
        QObject::connect(&peer, &UdpPeer::sent, &peer,
                         [&printer](const QString &to, const QByteArray &data) { printer.sent(to, data.size()); });
    }
    QObject::connect(&peer, &UdpPeer::notice, &peer, [&printer](const QString &text) { printer.notice(text); });
    QObject::connect(&peer, &UdpPeer::errorOccurred, &peer, [&printer, &failed](const QString &message) {
        failed = true;
        printer.error(message);
    });

    if (!peer.start(config))
        return CliApplication::Failure;
    for (const QHostAddress &group : std::as_const(groups)) {
        if (!peer.joinGroup(group))
            return CliApplication::Failure;
    }

    QTimer waitTimer;
    waitTimer.setSingleShot(true);
    QObject::connect(&waitTimer, &QTimer::timeout, qApp, &QCoreApplication::quit);
    SendJob job(messages, repeat, interval);
    qint64 index = 0;
    QObject::connect(&job, &SendJob::finished, &job, [&](bool) {
        if (waitMs >= 0)
            waitTimer.start(waitMs);
    });
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::stopRequested, qApp, &QCoreApplication::quit);
    if (!messages.isEmpty()) {
        job.start(
            [&](const QByteArray &message) {
                const auto &[address, port] = targets.at(targetOfMessage.at(index++ % targetOfMessage.size()));
                peer.sendTo(address, port, message);
                return true; // a refused datagram is reported; the others still go
            },
            {});
    } else if (waitMs >= 0) {
        waitTimer.start(waitMs);
    }
    QCoreApplication::exec();
    peer.stop();
    LogOption::finish(log.get(), printer);
    printer.summary(peer.counters());
    return failed ? CliApplication::Failure : CliApplication::Success;
}
