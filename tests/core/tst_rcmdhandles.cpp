// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT

#include <memory>
#include <optional>

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "engine/enginethread.h"
#include "engine/rcmdagenthandle.h"
#include "engine/rcmdclienthandle.h"
#include "procstat.h"
#include "rcmd/rcmdagent.h"
#include "rcmd/rcmdtls.h"
#include "selfsignedidentity.h"
#include "warningrecorder.h"

namespace {

using Failure = RcmdClient::Failure;
using KilledReason = RcmdMessage::KilledReason;
using State = RcmdClient::State;
using Stream = RcmdMessage::Stream;

const QByteArray Token = QByteArrayLiteral("handle-token-for-tests");
constexpr int Timeout = 15000;

/** The safe defaults with a token and, since tests may run as root, allowRoot. */
RcmdAgentConfig agentConfig()
{
    RcmdAgentConfig config;
    config.token = Token;
    config.allowRoot = true;
    return config;
}

RcmdClientConfig clientConfig(quint16 port, const QByteArray &token = Token)
{
    RcmdClientConfig config;
    config.host = QStringLiteral("127.0.0.1");
    config.port = port;
    config.token = token;
    config.timeoutMs = Timeout;
    return config;
}

/** Everything a client handle reported, per ticket, and the thread each signal arrived in. */
class Events final
{
public:
    explicit Events(RcmdClientHandle *handle)
    {
        QObject::connect(handle, &RcmdClientHandle::ready, &m_context, [this] {
            ++readyCount;
            noteThread();
        });
        QObject::connect(handle, &RcmdClientHandle::closed, &m_context, [this] { ++closedCount; });
        QObject::connect(handle, &RcmdClientHandle::failed, &m_context, [this](Failure failure, const QString &text) {
            failures.append(failure);
            messages.append(text);
        });
        QObject::connect(handle, &RcmdClientHandle::output, &m_context,
                         [this](quint32 ticket, Stream stream, const QByteArray &data) {
                             noteThread();
                             ++outputSignals;
                             (stream == Stream::Stdout ? out : err)[ticket].append(data);
                             // Output after the end of its command would be shown under the wrong footer.
                             if (exits.contains(ticket) || commandErrors.contains(ticket))
                                 outputAfterEnd = true;
                         });
        QObject::connect(handle, &RcmdClientHandle::finished, &m_context,
                         [this](quint32 ticket, const RcmdMessage &exit) {
                             noteThread();
                             exits.insert(ticket, exit);
                         });
        QObject::connect(handle, &RcmdClientHandle::commandFailed, &m_context,
                         [this](quint32 ticket, const QString &message) { commandErrors.insert(ticket, message); });
    }

    bool ended(quint32 ticket) const { return exits.contains(ticket) || commandErrors.contains(ticket); }

    int readyCount = 0;
    int closedCount = 0;
    int outputSignals = 0;
    bool outputAfterEnd = false;
    bool offThread = false;
    QList<Failure> failures;
    QStringList messages;
    QHash<quint32, QByteArray> out;
    QHash<quint32, QByteArray> err;
    QHash<quint32, RcmdMessage> exits;
    QHash<quint32, QString> commandErrors;

private:
    void noteThread()
    {
        if (QThread::currentThread() != m_context.thread())
            offThread = true;
    }

    QObject m_context;
};

/** The audit lines of an agent handle, parsed. */
class Audit final
{
public:
    explicit Audit(RcmdAgentHandle *handle)
    {
        QObject::connect(handle, &RcmdAgentHandle::audit, &m_context, [this](const QString &line) {
            lines.append(QJsonDocument::fromJson(line.toUtf8()).object());
        });
    }
    int count(const QString &event, const QString &result = QString()) const
    {
        int n = 0;
        for (const QJsonObject &line : lines) {
            if (line.value(QStringLiteral("event")).toString() == event &&
                (result.isEmpty() || line.value(QStringLiteral("result")).toString() == result))
                ++n;
        }
        return n;
    }

    QList<QJsonObject> lines;

private:
    QObject m_context;
};

qint64 firstLinePid(const QByteArray &out)
{
    const qsizetype newline = out.indexOf('\n');
    return newline < 0 ? 0 : out.left(newline).toLongLong();
}

} // namespace

class TestRcmdHandles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void agentStartsAndClientRuns();
    void startFailures_data();
    void startFailures();
    void restartAndStop();
    void wrongTokenRunsNothing();
    void streamsStayApart();
    void bigOutputArrivesInBatchesAndOrder();
    void cancelKillsTheCommand();
    void runBeforeReadyFails();
    void closeAndReconnect();
    void reconnectDropsStaleNews();
    void handleGoneKillsItsCommand();
    void agentGoneFailsTheClient();
    void tlsFingerprints();

private:
    /** Starts an agent handle with `config`; its port, or 0 (with a failed check) when it did not start. */
    quint16 startAgent(RcmdAgentHandle *agent, const RcmdAgentConfig &config);

    std::unique_ptr<EngineThread> m_engine;
    QTemporaryDir m_dir;
    QString m_tlsSkipReason;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

void TestRcmdHandles::initTestCase()
{
    WarningRecorder::install();
    QVERIFY(m_dir.isValid());
    const SelfSignedIdentity identity = SelfSignedIdentity::make(m_dir.path());
    m_tlsSkipReason = identity.skipReason;
    if (!identity.skipReason.isEmpty())
        return;
    QVERIFY2(identity.error.isEmpty(), qPrintable(identity.error));
    m_certificate = identity.certificate;
    m_key = identity.key;
}

void TestRcmdHandles::init()
{
    m_engine = std::make_unique<EngineThread>();
}

void TestRcmdHandles::cleanup()
{
    m_engine.reset();
    // "Cannot queue arguments", "Timers cannot be started from another thread"...: each a threading mistake.
    const QString warnings = WarningRecorder::take();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
}

quint16 TestRcmdHandles::startAgent(RcmdAgentHandle *agent, const RcmdAgentConfig &config)
{
    QSignalSpy listening(agent, &RcmdAgentHandle::listening);
    QSignalSpy failed(agent, &RcmdAgentHandle::startFailed);
    agent->start(config);
    if (!QTest::qWaitFor([&] { return listening.size() + failed.size() > 0; }, Timeout) || listening.isEmpty()) {
        qWarning("the agent did not start: %s", qPrintable(failed.value(0).value(0).toString()));
        return 0;
    }
    return agent->port();
}

void TestRcmdHandles::agentStartsAndClientRuns()
{
    RcmdAgentHandle agent(m_engine.get());
    Audit audit(&agent);
    QSignalSpy listening(&agent, &RcmdAgentHandle::listening);
    QCOMPARE(agent.isListening(), false);
    agent.start(agentConfig());
    // Nothing blocks: the handle learns of the agent later, in this thread's event loop.
    QCOMPARE(agent.isListening(), false);
    QTRY_COMPARE_WITH_TIMEOUT(listening.size(), 1, Timeout);
    QCOMPARE(listening.at(0).at(0).toString(), QStringLiteral("127.0.0.1"));
    const quint16 port = listening.at(0).at(1).value<quint16>();
    QVERIFY(port != 0);
    QCOMPARE(agent.port(), port);
    QCOMPARE(agent.address(), QStringLiteral("127.0.0.1"));
    QVERIFY(agent.isListening());

    RcmdClientHandle client(m_engine.get());
    Events events(&client);
    QSignalSpy states(&client, &RcmdClientHandle::stateChanged);
    client.connectToAgent(clientConfig(port));
    QTRY_COMPARE_WITH_TIMEOUT(events.readyCount, 1, Timeout);
    QCOMPARE(client.state(), State::Ready);
    QCOMPARE(client.agentOutputEncoding(), QStringLiteral("UTF-8"));
    QCOMPARE(client.peerFingerprint(), QByteArray());
    QList<State> seen;
    for (const QList<QVariant> &args : std::as_const(states))
        seen << args.at(0).value<State>();
    QCOMPARE(seen, (QList<State>{State::Connecting, State::Authenticating, State::Ready}));

    const quint32 ticket = client.run({QStringLiteral("echo"), QStringLiteral("hello")});
    QCOMPARE(ticket, 1u);
    QCOMPARE(client.runningCommands(), QSet<quint32>{ticket});
    QTRY_VERIFY_WITH_TIMEOUT(events.ended(ticket), Timeout);
    QCOMPARE(events.out.value(ticket), QByteArray("hello\n"));
    QCOMPARE(events.err.value(ticket), QByteArray());
    const RcmdMessage exit = events.exits.value(ticket);
    QCOMPARE(exit.exitCode, 0);
    QCOMPARE(exit.signal, 0);
    QCOMPARE(exit.killedReason, KilledReason::None);
    QCOMPARE(exit.truncated, false);
    QCOMPARE(client.runningCommands(), QSet<quint32>());
    QCOMPARE(events.offThread, false);
    QCOMPARE(events.outputAfterEnd, false);

    // Tickets count on; the shell mode reaches the agent.
    const quint32 second = client.run({QStringLiteral("echo a; echo b")}, true);
    QCOMPARE(second, 2u);
    QTRY_VERIFY_WITH_TIMEOUT(events.ended(second), Timeout);
    QCOMPARE(events.out.value(second), QByteArray("a\nb\n"));

    // The audit lines came through, in order: connect, auth ok, run and exit twice.
    QTRY_COMPARE_WITH_TIMEOUT(audit.count(QStringLiteral("exit")), 2, Timeout);
    QCOMPARE(audit.count(QStringLiteral("connect")), 1);
    QCOMPARE(audit.count(QStringLiteral("auth"), QStringLiteral("ok")), 1);
    QCOMPARE(audit.count(QStringLiteral("run")), 2);
    QCOMPARE(audit.lines.at(0).value(QStringLiteral("event")).toString(), QStringLiteral("connect"));
}

void TestRcmdHandles::startFailures_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no token") << 0 << QStringLiteral("The agent needs a token that clients must prove they know.");
    QTest::newRow("key without certificate")
        << 1 << QStringLiteral("TLS needs both a certificate and its private key.");
    QTest::newRow("port in use") << 2 << QString();
}

void TestRcmdHandles::startFailures()
{
    QFETCH(int, kind);
    QFETCH(QString, expected);
    QTcpServer occupied;
    RcmdAgentConfig config = agentConfig();
    switch (kind) {
    case 0:
        config.token.clear();
        break;
    case 1:
        if (m_key.isNull())
            QSKIP(qPrintable(m_tlsSkipReason));
        config.privateKey = m_key;
        break;
    default:
        QVERIFY(occupied.listen(QHostAddress::LocalHost, 0));
        config.port = occupied.serverPort();
        break;
    }
    RcmdAgentHandle agent(m_engine.get());
    QSignalSpy listening(&agent, &RcmdAgentHandle::listening);
    QSignalSpy failed(&agent, &RcmdAgentHandle::startFailed);
    QSignalSpy stopped(&agent, &RcmdAgentHandle::stopped);
    agent.start(config);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, Timeout);
    const QString message = failed.at(0).at(0).toString();
    if (expected.isEmpty()) {
        QVERIFY2(message.contains(QString::number(config.port)), qPrintable(message));
    } else {
        QCOMPARE(message, expected);
        QCOMPARE(RcmdAgent::validate(config), expected);
    }
    QCOMPARE(listening.size(), 0);
    QCOMPARE(stopped.size(), 0);
    QCOMPARE(agent.isListening(), false);
}

void TestRcmdHandles::restartAndStop()
{
    RcmdAgentHandle agent(m_engine.get());
    QSignalSpy listening(&agent, &RcmdAgentHandle::listening);
    QSignalSpy stopped(&agent, &RcmdAgentHandle::stopped);
    const quint16 first = startAgent(&agent, agentConfig());
    QVERIFY(first != 0);

    // A restart on a port in use reports that it stopped, then why it could not start.
    QTcpServer occupied;
    QVERIFY(occupied.listen(QHostAddress::LocalHost, 0));
    RcmdAgentConfig busy = agentConfig();
    busy.port = occupied.serverPort();
    QSignalSpy failed(&agent, &RcmdAgentHandle::startFailed);
    agent.start(busy);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, Timeout);
    QCOMPARE(stopped.size(), 1);
    QCOMPARE(agent.isListening(), false);
    QCOMPARE(agent.port(), quint16(0));

    const quint16 second = startAgent(&agent, agentConfig());
    QVERIFY(second != 0);
    QCOMPARE(listening.size(), 2);
    agent.stop();
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 2, Timeout);
    QCOMPARE(agent.isListening(), false);

    // Nobody listens there any more.
    RcmdClientHandle client(m_engine.get());
    Events events(&client);
    client.connectToAgent(clientConfig(second));
    QTRY_COMPARE_WITH_TIMEOUT(events.failures.size(), 1, Timeout);
    QCOMPARE(events.failures.at(0), Failure::Refused);
    QCOMPARE(client.failure(), Failure::Refused);
    QCOMPARE(client.errorString(), events.messages.at(0));
    QCOMPARE(client.state(), State::Closed);
}

void TestRcmdHandles::wrongTokenRunsNothing()
{
    RcmdAgentHandle agent(m_engine.get());
    Audit audit(&agent);
    const quint16 port = startAgent(&agent, agentConfig());
    QVERIFY(port != 0);
    RcmdClientHandle client(m_engine.get());
    Events events(&client);
    client.connectToAgent(clientConfig(port, QByteArrayLiteral("wrong-token")));
    QTRY_COMPARE_WITH_TIMEOUT(events.failures.size(), 1, Timeout);
    QCOMPARE(events.failures.at(0), Failure::AuthenticationFailed);
    QCOMPARE(events.readyCount, 0);
    QCOMPARE(client.state(), State::Closed);

    // A command asked for now fails at once, and the agent saw no run.
    const quint32 ticket = client.run({QStringLiteral("echo"), QStringLiteral("never")});
    QTRY_VERIFY_WITH_TIMEOUT(events.ended(ticket), Timeout);
    QCOMPARE(events.commandErrors.value(ticket),
             QStringLiteral("Not connected to an agent: connect first, then run a command."));
    QTRY_COMPARE_WITH_TIMEOUT(audit.count(QStringLiteral("auth"), QStringLiteral("failed")), 1, Timeout);
    QCOMPARE(audit.count(QStringLiteral("run")), 0);
}

void TestRcmdHandles::streamsStayApart()
{
    RcmdAgentHandle agent(m_engine.get());
    const quint16 port = startAgent(&agent, agentConfig());
    QVERIFY(port != 0);
    RcmdClientHandle client(m_engine.get());
    Events events(&client);
    client.connectToAgent(clientConfig(port));
    QTRY_COMPARE_WITH_TIMEOUT(events.readyCount, 1, Timeout);
    const quint32 ticket = client.run(
        {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo out; echo oops >&2; echo 你好; exit 3")});
    QTRY_VERIFY_WITH_TIMEOUT(events.ended(ticket), Timeout);
    QCOMPARE(events.out.value(ticket), QByteArray("out\n\xe4\xbd\xa0\xe5\xa5\xbd\n"));
    QCOMPARE(events.err.value(ticket), QByteArray("oops\n"));
    QCOMPARE(events.exits.value(ticket).exitCode, 3);
}

void TestRcmdHandles::bigOutputArrivesInBatchesAndOrder()
{
    RcmdAgentHandle agent(m_engine.get());
    const quint16 port = startAgent(&agent, agentConfig());
    QVERIFY(port != 0);
    RcmdClientHandle client(m_engine.get());
    Events events(&client);
    client.connectToAgent(clientConfig(port));
    QTRY_COMPARE_WITH_TIMEOUT(events.readyCount, 1, Timeout);
    // 200000 numbered lines, about 1.3 MB: at least 20 Output messages of 64 KiB.
    const quint32 ticket = client.run({QStringLiteral("seq"), QStringLiteral("200000")});
    QTRY_VERIFY_WITH_TIMEOUT(events.ended(ticket), Timeout);
    QCOMPARE(events.exits.value(ticket).exitCode, 0);
    QByteArray expected;
    for (int i = 1; i <= 200000; ++i)
        expected += QByteArray::number(i) + '\n';
    QCOMPARE(events.out.value(ticket).size(), expected.size());
    QVERIFY(events.out.value(ticket) == expected);
    QCOMPARE(events.outputAfterEnd, false);
    // Coalesced: fewer signals than the agent's 64 KiB messages.
    QVERIFY2(events.outputSignals < expected.size() / (64 * 1024), qPrintable(QString::number(events.outputSignals)));
}

void TestRcmdHandles::cancelKillsTheCommand()
{
    RcmdAgentHandle agent(m_engine.get());
    const quint16 port = startAgent(&agent, agentConfig());
    QVERIFY(port != 0);
    RcmdClientHandle client(m_engine.get());
    Events events(&client);
    client.connectToAgent(clientConfig(port));
    QTRY_COMPARE_WITH_TIMEOUT(events.readyCount, 1, Timeout);
    const quint32 ticket =
        client.run({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo $$; exec sleep 100")});
    QTRY_VERIFY_WITH_TIMEOUT(firstLinePid(events.out.value(ticket)) > 0, Timeout);
    const qint64 pid = firstLinePid(events.out.value(ticket));
    QVERIFY(!processGone(pid));

    client.cancel(ticket);
    QTRY_VERIFY_WITH_TIMEOUT(events.ended(ticket), Timeout);
    const RcmdMessage exit = events.exits.value(ticket);
    QCOMPARE(exit.killedReason, KilledReason::Cancel);
    QCOMPARE(exit.signal, 15);
    QCOMPARE(exit.exitCode, -1);
    QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), Timeout);
    // Cancelling what has ended does nothing.
    client.cancel(ticket);
    QTest::qWait(50);
    QCOMPARE(events.exits.size(), 1);
    QCOMPARE(client.state(), State::Ready);
}

void TestRcmdHandles::runBeforeReadyFails()
{
    RcmdClientHandle client(m_engine.get());
    Events events(&client);
    const quint32 ticket = client.run({QStringLiteral("true")});
    QCOMPARE(client.runningCommands(), QSet<quint32>{ticket});
    QTRY_VERIFY_WITH_TIMEOUT(events.ended(ticket), Timeout);
    QCOMPARE(events.commandErrors.value(ticket),
             QStringLiteral("Not connected to an agent: connect first, then run a command."));
    QCOMPARE(client.runningCommands(), QSet<quint32>());
}

void TestRcmdHandles::closeAndReconnect()
{
    RcmdAgentHandle agent(m_engine.get());
    Audit audit(&agent);
    const quint16 port = startAgent(&agent, agentConfig());
    QVERIFY(port != 0);
    RcmdClientHandle client(m_engine.get());
    Events events(&client);
    client.connectToAgent(clientConfig(port));
    QTRY_COMPARE_WITH_TIMEOUT(events.readyCount, 1, Timeout);
    const quint32 running =
        client.run({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo $$; exec sleep 100")});
    QTRY_VERIFY_WITH_TIMEOUT(firstLinePid(events.out.value(running)) > 0, Timeout);
    const qint64 pid = firstLinePid(events.out.value(running));

    client.close();
    QTRY_COMPARE_WITH_TIMEOUT(events.closedCount, 1, Timeout);
    QCOMPARE(client.state(), State::Closed);
    QCOMPARE(events.failures, QList<Failure>());
    // The command went with the connection: the GUI hears so, and the agent killed it.
    QCOMPARE(events.commandErrors.value(running),
             QStringLiteral("The connection to the agent was closed before the command ended."));
    QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), Timeout);

    client.connectToAgent(clientConfig(port));
    QTRY_COMPARE_WITH_TIMEOUT(events.readyCount, 2, Timeout);
    const quint32 ticket = client.run({QStringLiteral("echo"), QStringLiteral("again")});
    QTRY_VERIFY_WITH_TIMEOUT(events.ended(ticket), Timeout);
    QCOMPARE(events.out.value(ticket), QByteArray("again\n"));
    QTRY_COMPARE_WITH_TIMEOUT(audit.count(QStringLiteral("auth"), QStringLiteral("ok")), 2, Timeout);
}

void TestRcmdHandles::reconnectDropsStaleNews()
{
    RcmdAgentHandle agent(m_engine.get());
    const quint16 port = startAgent(&agent, agentConfig());
    QVERIFY(port != 0);
    QTcpServer closedPort;
    QVERIFY(closedPort.listen(QHostAddress::LocalHost, 0));
    const quint16 refused = closedPort.serverPort();
    closedPort.close();

    RcmdClientHandle client(m_engine.get());
    Events events(&client);
    QSignalSpy states(&client, &RcmdClientHandle::stateChanged);
    // A first attempt that would fail, replaced at once: its failure never reaches the GUI.
    client.connectToAgent(clientConfig(refused));
    QCOMPARE(client.state(), State::Connecting);
    client.connectToAgent(clientConfig(port));
    QCOMPARE(client.state(), State::Connecting);
    QTRY_COMPARE_WITH_TIMEOUT(events.readyCount, 1, Timeout);
    QCOMPARE(events.failures, QList<Failure>());
    QCOMPARE(client.state(), State::Ready);

    // Reconnecting while a command runs ends that command for the GUI (and the agent kills it).
    const quint32 ticket =
        client.run({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo $$; exec sleep 100")});
    QTRY_VERIFY_WITH_TIMEOUT(firstLinePid(events.out.value(ticket)) > 0, Timeout);
    const qint64 pid = firstLinePid(events.out.value(ticket));
    client.connectToAgent(clientConfig(port));
    QTRY_COMPARE_WITH_TIMEOUT(events.readyCount, 2, Timeout);
    QCOMPARE(events.commandErrors.value(ticket),
             QStringLiteral("The connection to the agent was closed before the command ended."));
    QCOMPARE(client.runningCommands(), QSet<quint32>());
    QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), Timeout);
    QCOMPARE(events.failures, QList<Failure>());
    QCOMPARE(events.closedCount, 0);
}

void TestRcmdHandles::handleGoneKillsItsCommand()
{
    RcmdAgentHandle agent(m_engine.get());
    const quint16 port = startAgent(&agent, agentConfig());
    QVERIFY(port != 0);
    auto client = std::make_unique<RcmdClientHandle>(m_engine.get());
    auto events = std::make_unique<Events>(client.get());
    client->connectToAgent(clientConfig(port));
    QTRY_COMPARE_WITH_TIMEOUT(events->readyCount, 1, Timeout);
    const quint32 ticket =
        client->run({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo $$; exec sleep 100")});
    QTRY_VERIFY_WITH_TIMEOUT(firstLinePid(events->out.value(ticket)) > 0, Timeout);
    const qint64 pid = firstLinePid(events->out.value(ticket));
    events.reset();
    client.reset();
    QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), Timeout);
}

void TestRcmdHandles::agentGoneFailsTheClient()
{
    auto agent = std::make_unique<RcmdAgentHandle>(m_engine.get());
    const quint16 port = startAgent(agent.get(), agentConfig());
    QVERIFY(port != 0);
    RcmdClientHandle client(m_engine.get());
    Events events(&client);
    client.connectToAgent(clientConfig(port));
    QTRY_COMPARE_WITH_TIMEOUT(events.readyCount, 1, Timeout);
    const quint32 ticket =
        client.run({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo $$; exec sleep 100")});
    QTRY_VERIFY_WITH_TIMEOUT(firstLinePid(events.out.value(ticket)) > 0, Timeout);
    const qint64 pid = firstLinePid(events.out.value(ticket));

    agent.reset();
    QTRY_VERIFY_WITH_TIMEOUT(events.ended(ticket), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Closed, Timeout);
    QVERIFY(processGone(pid));
}

void TestRcmdHandles::tlsFingerprints()
{
    if (!m_tlsSkipReason.isEmpty())
        QSKIP(qPrintable(m_tlsSkipReason));
    RcmdAgentConfig config = agentConfig();
    config.certificate = m_certificate;
    config.privateKey = m_key;
    RcmdAgentHandle agent(m_engine.get());
    const quint16 port = startAgent(&agent, config);
    QVERIFY(port != 0);
    const QByteArray actual = RcmdTls::fingerprint(m_certificate);

    // No pin: a self-signed certificate is not trusted, but its fingerprint is known (trust on first use).
    RcmdClientHandle unpinned(m_engine.get());
    Events first(&unpinned);
    RcmdClientConfig tls = clientConfig(port);
    tls.tls = true;
    unpinned.connectToAgent(tls);
    QTRY_COMPARE_WITH_TIMEOUT(first.failures.size(), 1, Timeout);
    QCOMPARE(first.failures.at(0), Failure::TlsError);
    QCOMPARE(unpinned.peerFingerprint(), actual);

    // A wrong pin: the mismatch names both fingerprints.
    RcmdClientHandle wrong(m_engine.get());
    Events second(&wrong);
    RcmdClientConfig wrongPin = tls;
    wrongPin.fingerprint = QByteArray(32, '\x11');
    wrong.connectToAgent(wrongPin);
    QTRY_COMPARE_WITH_TIMEOUT(second.failures.size(), 1, Timeout);
    QCOMPARE(second.failures.at(0), Failure::FingerprintMismatch);
    QCOMPARE(wrong.peerFingerprint(), actual);
    QVERIFY(second.messages.at(0).contains(RcmdTls::formatFingerprint(actual)));
    QVERIFY(second.messages.at(0).contains(RcmdTls::formatFingerprint(wrongPin.fingerprint)));

    // The right pin: ready, and the command runs over TLS.
    RcmdClientHandle pinned(m_engine.get());
    Events third(&pinned);
    RcmdClientConfig rightPin = tls;
    rightPin.fingerprint = actual;
    pinned.connectToAgent(rightPin);
    QTRY_COMPARE_WITH_TIMEOUT(third.readyCount, 1, Timeout);
    QCOMPARE(pinned.peerFingerprint(), actual);
    const quint32 ticket = pinned.run({QStringLiteral("echo"), QStringLiteral("secure")});
    QTRY_VERIFY_WITH_TIMEOUT(third.ended(ticket), Timeout);
    QCOMPARE(third.out.value(ticket), QByteArray("secure\n"));
}

QTEST_GUILESS_MAIN(TestRcmdHandles)
#include "tst_rcmdhandles.moc"
