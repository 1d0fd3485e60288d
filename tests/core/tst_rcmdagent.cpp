// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT

#include <memory>
#include <optional>

#include <dirent.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "i18n/languagemanager.h"
#include "procstat.h"
#include "rcmd/rcmdagent.h"
#include "rcmd/rcmdagentconfig.h"
#include "rcmd/rcmdauth.h"
#include "rcmd/rcmdclient.h"
#include "rcmd/rcmdmessage.h"
#include "rcmd/rcmdprotocol.h"
#include "rcmd/rcmdreader.h"
#include "rcmd/rcmdtls.h"
#include "rcmd/tokenfile.h"
#include "selfsignedidentity.h"

Q_DECLARE_METATYPE(RcmdMessage)

/** For QCOMPARE on whole messages: the fields a test cares about. */
char *toString(const RcmdMessage &message)
{
    return QTest::toString(
        QStringLiteral("%1(id %2, text \"%3\", exitCode %4, signal %5, killed %6, truncated %7, encoding %8, "
                       "%9 data bytes)")
            .arg(RcmdMessage::typeName(message.type))
            .arg(message.id)
            .arg(message.text)
            .arg(message.exitCode)
            .arg(message.signal)
            .arg(RcmdMessage::killedReasonName(message.killedReason))
            .arg(message.truncated)
            .arg(message.outputEncoding)
            .arg(message.data.size()));
}

namespace {

using Type = RcmdMessage::Type;
using Failure = RcmdClient::Failure;
using KilledReason = RcmdMessage::KilledReason;

const QByteArray Token = QByteArrayLiteral("s3cret-token-for-tests");

/** Connecting, authenticating and ordinary commands. */
constexpr int ReadyTimeoutMs = 10000;
constexpr int EndTimeoutMs = 10000;

/** The agent's own sentences. */
const QString WrongTokenReason =
    QStringLiteral("Authentication failed: the client's token does not match the agent's token.");
const QString AgentNotProvenError =
    QStringLiteral("The agent could not prove that it knows the token: it is another agent or its token differs. "
                   "This client did not authenticate to it.");
const QString LeftAfterChallengeReason =
    QStringLiteral("The client left after the challenge without proving that it knows the token.");

/** The safe defaults, with the token and (the tests run as root) allowRoot. */
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
    config.timeoutMs = ReadyTimeoutMs;
    return config;
}

QByteArray frameOf(const RcmdMessage &message)
{
    QByteArray frame;
    QString error;
    if (!RcmdProtocol::encode(message, &frame, &error))
        qFatal("cannot encode a test message: %s", qPrintable(error));
    return frame;
}

QByteArray nonce(char fill)
{
    return QByteArray(RcmdProtocol::NonceSize, fill);
}

/** Collects the agent's audit lines. */
class AuditLog
{
public:
    explicit AuditLog(RcmdAgent *agent)
    {
        // In the context of a member: a log that goes before its agent stops listening to it.
        QObject::connect(agent, &RcmdAgent::audit, &m_context, [this](const QString &line) { lines.append(line); });
    }

    /** The parsed lines whose "event" is `event` (and "result" is `result`, when given). */
    QList<QJsonObject> events(const QString &event, const QString &result = QString()) const
    {
        QList<QJsonObject> found;
        for (const QString &line : lines) {
            const QJsonObject object = QJsonDocument::fromJson(line.toUtf8()).object();
            if (object.value(QStringLiteral("event")).toString() == event &&
                (result.isEmpty() || object.value(QStringLiteral("result")).toString() == result))
                found.append(object);
        }
        return found;
    }

    QStringList lines;

private:
    QObject m_context;
};

/** An RcmdClient connecting at construction, and everything it reported, per command id. */
class AgentClient
{
public:
    explicit AgentClient(const RcmdClientConfig &config)
    {
        QObject::connect(&client, &RcmdClient::ready, &client, [this] { ++readyCount; });
        QObject::connect(&client, &RcmdClient::closed, &client, [this] { ++closedCount; });
        QObject::connect(&client, &RcmdClient::failed, &client, [this](Failure failure, const QString &message) {
            failures.append({failure, message});
        });
        QObject::connect(&client, &RcmdClient::output, &client,
                         [this](quint32 id, RcmdMessage::Stream stream, const QByteArray &data) {
                             (stream == RcmdMessage::Stream::Stdout ? out : err)[id].append(data);
                         });
        QObject::connect(&client, &RcmdClient::finished, &client,
                         [this](quint32 id, const RcmdMessage &exit) { exits[id].append(exit); });
        QObject::connect(&client, &RcmdClient::commandFailed, &client,
                         [this](quint32 id, const QString &message) { commandErrors[id].append(message); });
        client.connectToAgent(config);
    }
    AgentClient(const AgentClient &) = delete;
    AgentClient &operator=(const AgentClient &) = delete;

    /** Ready, or failed: the connection attempt is over. */
    bool settled() const { return readyCount > 0 || !failures.isEmpty(); }
    /** Exit messages plus command errors of command `id`: exactly one once it has ended. */
    int endings(quint32 id) const { return int(exits.value(id).size() + commandErrors.value(id).size()); }
    RcmdMessage exit(quint32 id) const { return exits.value(id).value(0); }

    struct FailureReport
    {
        Failure failure = Failure::None;
        QString message;
    };

    int readyCount = 0;
    int closedCount = 0;
    QList<FailureReport> failures;
    QHash<quint32, QByteArray> out;
    QHash<quint32, QByteArray> err;
    QHash<quint32, QList<RcmdMessage>> exits;
    QHash<quint32, QStringList> commandErrors;
    /** Last, so that it goes first: its signals never reach the members above once they are gone. */
    RcmdClient client;
};

/** Connects a client and waits (bounded) until it is ready or has failed; the caller judges which. */
std::unique_ptr<AgentClient> connectClient(const RcmdClientConfig &config)
{
    auto client = std::make_unique<AgentClient>(config);
    (void)QTest::qWaitFor([&] { return client->settled(); }, ReadyTimeoutMs + 1000);
    return client;
}

std::unique_ptr<AgentClient> connectClient(const RcmdAgent &agent, const QByteArray &token = Token)
{
    return connectClient(clientConfig(agent.port(), token));
}

/** Runs one command and waits (bounded) for its end, which the caller checks with endings(); returns its id (0 when
    the client would not send it). */
quint32 runAndWait(AgentClient *client, const QStringList &argv, bool shell = false,
                   const QString &workingDirectory = QString(), const QStringList &environment = {},
                   int timeoutMs = EndTimeoutMs)
{
    const quint32 id = client->client.run(argv, shell, workingDirectory, environment);
    if (id != 0)
        (void)QTest::qWaitFor([&] { return client->endings(id) > 0; }, timeoutMs);
    return id;
}

/**
 * A hand-made protocol peer: a plain socket that sends whatever bytes a test gives it and decodes what the agent
 * answers with an RcmdReader, as a client would.
 */
class RawPeer
{
public:
    explicit RawPeer(quint16 port)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] {
            QList<RcmdMessage> decoded;
            if (!m_reader.feed(socket.readAll(), &decoded))
                readError = m_reader.error();
            for (const RcmdMessage &message : std::as_const(decoded)) {
                messages.append(message);
                if (message.type == Type::AuthOk)
                    m_reader.setMaxFrameSize(RcmdProtocol::MaxFrameSize);
            }
        });
        QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [this] { closed = true; });
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    }
    RawPeer(const RawPeer &) = delete;
    RawPeer &operator=(const RawPeer &) = delete;

    bool isConnected() const { return socket.state() == QAbstractSocket::ConnectedState; }
    void send(const QByteArray &bytes) { socket.write(bytes); }
    QList<RcmdMessage> messages;
    QString readError;
    bool closed = false;

private:
    RcmdReader m_reader;

public:
    /** Last, so that it goes first. */
    QTcpSocket socket;
};

/** Every /proc entry that passes `select`. */
template<typename Select>
QList<qint64> processes(Select select)
{
    QList<qint64> pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        const std::optional<ProcStat> stat = procStat(pid);
        if (stat && select(*stat))
            pids.append(pid);
    }
    return pids;
}

/** Live (not zombie) processes in process group `group`. */
QList<qint64> liveInGroup(qint64 group)
{
    return processes([group](const ProcStat &stat) { return stat.group == group && !isDead(stat); });
}

/** Zombie children of this test process (the in-process agent's commands): each would be a leak. */
QList<qint64> zombieChildren()
{
    const qint64 self = ::getpid();
    return processes([self](const ProcStat &stat) { return stat.parent == self && stat.state == 'Z'; });
}

int openFdCount()
{
    DIR *dir = ::opendir("/proc/self/fd");
    if (!dir)
        return -1;
    int count = 0;
    while (const dirent *entry = ::readdir(dir)) {
        if (entry->d_name[0] != '.')
            ++count;
    }
    ::closedir(dir);
    return count - 1; // the directory's own descriptor
}

/** The first line of `text` as a pid; 0 when there is no complete line yet. */
qint64 firstLinePid(const QByteArray &text)
{
    const qsizetype newline = text.indexOf('\n');
    return newline < 0 ? 0 : text.left(newline).toLongLong();
}

/** 0x10, 0x11 ... 0x2f: a digest whose hex has digits and letters. */
QByteArray sampleDigest()
{
    QByteArray digest;
    for (int i = 0; i < 32; ++i)
        digest.append(char(0x10 + i));
    return digest;
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestRcmdAgent : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    // Functional
    void runs_data();
    void runs();
    void commandRefused_data();
    void commandRefused();
    void defaultWorkingDirectory();
    void outputEncoding_data();
    void outputEncoding();

    // Security
    void validate_data();
    void validate();
    void runBeforeAuthenticationRunsNothing_data();
    void runBeforeAuthenticationRunsNothing();
    void wrongTokenThenBackoff();
    void wrongProofOnRawConnection();
    void replayedHandshakeFails();
    void oversizedFrameClosesOnlyThatConnection_data();
    void oversizedFrameClosesOnlyThatConnection();
    void tokenFile_data();
    void tokenFile();

    // Containment
    void timeoutKillsCommand();
    void timeoutKillsWholeGroup();
    void outputCap();
    void hundredCommandsLeakNothing();
    void cancel_data();
    void cancel();
    void clientDisconnectKillsCommand();
    void slowReaderPausesCommand();

    // TLS
    void tlsPinnedFingerprint();
    void tlsWrongFingerprint();
    void tlsUntrustedCertificate();
    void tlsIdentityRules();
    void fingerprintParsing_data();
    void fingerprintParsing();
    void badFingerprint_data();
    void badFingerprint();

    // Audit
    void auditLines();

private:
    /** True when initTestCase() made the self-signed identity; m_tlsSkipReason says why not otherwise. */
    bool tlsAvailable() const;
    /** Performs the handshake on `peer` with client nonce `clientNonce`; returns the Auth frame it sent. */
    static QByteArray rawHandshake(RawPeer *peer, const QByteArray &token, const QByteArray &clientNonce);

    QTemporaryDir m_dir;
    /** English plurals come from the English catalogue, as in the application. */
    LanguageManager m_languages;
    QString m_tlsSkipReason;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

void TestRcmdAgent::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));

    const SelfSignedIdentity identity = SelfSignedIdentity::make(m_dir.path());
    m_tlsSkipReason = identity.skipReason;
    if (!identity.skipReason.isEmpty())
        return;
    QVERIFY2(identity.error.isEmpty(), qPrintable(identity.error));
    m_certificate = identity.certificate;
    m_key = identity.key;
    QVERIFY(!m_certificate.isNull());
    QVERIFY(!m_key.isNull());
    QCOMPARE(RcmdTls::fingerprint(m_certificate).size(), 32);
}

void TestRcmdAgent::cleanup()
{
    // Whatever a test ran, its agent is gone now and has reaped every command.
    QCOMPARE(zombieChildren(), QList<qint64>());
}

bool TestRcmdAgent::tlsAvailable() const
{
    return m_tlsSkipReason.isEmpty();
}

QByteArray TestRcmdAgent::rawHandshake(RawPeer *peer, const QByteArray &token, const QByteArray &clientNonce)
{
    const qsizetype before = peer->messages.size();
    peer->send(frameOf(RcmdMessage::hello(clientNonce)));
    if (!QTest::qWaitFor([&] { return peer->messages.size() > before || peer->closed; }, ReadyTimeoutMs))
        return {};
    const RcmdMessage challenge = peer->messages.value(before);
    if (challenge.type != Type::Challenge)
        return {};
    const QByteArray auth = frameOf(RcmdMessage::auth(RcmdAuth::clientProof(token, challenge.agentNonce, clientNonce)));
    peer->send(auth);
    return auth;
}

// --- Functional ---------------------------------------------------------------------------------------------------

void TestRcmdAgent::runs_data()
{
    QTest::addColumn<QStringList>("argv");
    QTest::addColumn<bool>("shell");
    QTest::addColumn<QString>("workingDirectory");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QByteArray>("out");
    QTest::addColumn<QByteArray>("err");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("signalNumber");

    const auto sh = [](const char *script) {
        return QStringList{QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(script)};
    };
    const QString none;
    const QStringList noEnv;
    QTest::newRow("echo") << QStringList{QStringLiteral("echo"), QStringLiteral("hello")} << false << none << noEnv
                          << QByteArray("hello\n") << QByteArray() << 0 << 0;
    QTest::newRow("streams and exit 3") << sh("printf out; printf err >&2; exit 3") << false << none << noEnv
                                        << QByteArray("out") << QByteArray("err") << 3 << 0;
    QTest::newRow("exit 0") << sh("exit 0") << false << none << noEnv << QByteArray() << QByteArray() << 0 << 0;
    QTest::newRow("exit 3") << sh("exit 3") << false << none << noEnv << QByteArray() << QByteArray() << 3 << 0;
    QTest::newRow("shell mode exit 42") << QStringList{QStringLiteral("exit 42")} << true << none << noEnv
                                        << QByteArray() << QByteArray() << 42 << 0;
    QTest::newRow("argv has no shell") << QStringList{QStringLiteral("echo"), QStringLiteral("a;b")} << false << none
                                       << noEnv << QByteArray("a;b\n") << QByteArray() << 0 << 0;
    QTest::newRow("killed by SIGKILL") << sh("kill -KILL $$") << false << none << noEnv << QByteArray() << QByteArray()
                                       << -1 << 9;
    QTest::newRow("shell pipeline") << QStringList{QStringLiteral("printf 'a\\nb\\nc\\n' | wc -l")} << true << none
                                    << noEnv << QByteArray("3\n") << QByteArray() << 0 << 0;
    QTest::newRow("shell quoting") << QStringList{QStringLiteral("echo 'a;b'")} << true << none << noEnv
                                   << QByteArray("a;b\n") << QByteArray() << 0 << 0;
    QTest::newRow("working directory") << QStringList{QStringLiteral("pwd")} << false << m_dir.path() << noEnv
                                       << QByteArray(QFileInfo(m_dir.path()).canonicalFilePath().toUtf8() + '\n')
                                       << QByteArray() << 0 << 0;
    QTest::newRow("environment addition")
        << sh("echo $SL_TEST") << false << none << QStringList{QStringLiteral("SL_TEST=42")} << QByteArray("42\n")
        << QByteArray() << 0 << 0;
    QTest::newRow("environment in shell mode")
        << QStringList{QStringLiteral("echo \"$SL_TEST\"")} << true << none
        << QStringList{QStringLiteral("SL_TEST=a b=c")} << QByteArray("a b=c\n") << QByteArray() << 0 << 0;
    QTest::newRow("stdin is empty") << QStringList{QStringLiteral("cat")} << false << none << noEnv << QByteArray()
                                    << QByteArray() << 0 << 0;
    QTest::newRow("binary output unchanged")
        << QStringList{QStringLiteral("printf"), QStringLiteral("\\000\\377\\r\\n")} << false << none << noEnv
        << QByteArray("\0\xff\r\n", 4) << QByteArray() << 0 << 0;
}

void TestRcmdAgent::runs()
{
    QFETCH(QStringList, argv);
    QFETCH(bool, shell);
    QFETCH(QString, workingDirectory);
    QFETCH(QStringList, environment);
    QFETCH(QByteArray, out);
    QFETCH(QByteArray, err);
    QFETCH(int, exitCode);
    QFETCH(int, signalNumber);

    RcmdAgent agent;
    QVERIFY2(agent.start(agentConfig()), qPrintable(agent.errorString()));
    const auto client = connectClient(agent);
    QVERIFY2(client->readyCount == 1, qPrintable(client->client.errorString()));
    QCOMPARE(client->client.state(), RcmdClient::State::Ready);
    QCOMPARE(client->client.agentOutputEncoding(), QStringLiteral("UTF-8"));

    const quint32 id = runAndWait(client.get(), argv, shell, workingDirectory, environment);
    QCOMPARE(id, 1u);
    QCOMPARE(client->commandErrors.value(id), QStringList());
    QCOMPARE(client->endings(id), 1);
    QCOMPARE(client->out.value(id), out);
    QCOMPARE(client->err.value(id), err);
    const RcmdMessage exit = client->exit(id);
    QVERIFY2(exit.durationMs >= 0 && exit.durationMs < EndTimeoutMs, qPrintable(QString::number(exit.durationMs)));
    QCOMPARE(exit,
             RcmdMessage::exit(id, exitCode, signalNumber, exit.durationMs, false, KilledReason::None,
                               QStringLiteral("UTF-8")));
    QCOMPARE(client->client.runningCommands(), QSet<quint32>());
    QTRY_COMPARE_WITH_TIMEOUT(agent.runningCommands(), 0, EndTimeoutMs);
    QCOMPARE(client->failures.size(), 0);
}

void TestRcmdAgent::commandRefused_data()
{
    QTest::addColumn<QStringList>("argv");
    QTest::addColumn<bool>("shell");
    QTest::addColumn<QString>("workingDirectory");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QString>("error");

    const QStringList echo{QStringLiteral("echo"), QStringLiteral("x")};
    QTest::newRow("no such program") << QStringList{QStringLiteral("nosuchprog-socketlab")} << false << QString()
                                     << QStringList()
                                     << QStringLiteral("Cannot run \"nosuchprog-socketlab\": no such program.");
    QTest::newRow("not executable") << QStringList{QStringLiteral("/etc/passwd")} << false << QString() << QStringList()
                                    << QStringLiteral("Cannot run \"/etc/passwd\": it is not an executable file.");
    QTest::newRow("missing working directory")
        << echo << false << QStringLiteral("/nonexistent-socketlab-dir") << QStringList()
        << QStringLiteral("Cannot run \"echo\": the working directory \"/nonexistent-socketlab-dir\" does not exist.");
    QTest::newRow("shell with two arguments")
        << echo << true << QString() << QStringList()
        << QStringLiteral(
               "A shell command must be one command line, not 2 separate arguments: join them into one line.");
    // The protocol itself has no room for it: the client's encoder refuses it before anything is sent.
    QTest::newRow("environment entry without =")
        << echo << false << QString() << QStringList{QStringLiteral("NOVALUE")}
        << QStringLiteral("The environment entry \"NOVALUE\" of the Run message is not NAME=VALUE.");
}

void TestRcmdAgent::commandRefused()
{
    QFETCH(QStringList, argv);
    QFETCH(bool, shell);
    QFETCH(QString, workingDirectory);
    QFETCH(QStringList, environment);
    QFETCH(QString, error);

    RcmdAgent agent;
    QVERIFY2(agent.start(agentConfig()), qPrintable(agent.errorString()));
    const auto client = connectClient(agent);
    QVERIFY2(client->readyCount == 1, qPrintable(client->client.errorString()));

    const quint32 id = runAndWait(client.get(), argv, shell, workingDirectory, environment);
    QVERIFY(id != 0);
    QCOMPARE(client->endings(id), 1);
    QCOMPARE(client->commandErrors.value(id), QStringList{error});
    QCOMPARE(client->exits.value(id).size(), 0);
    QCOMPARE(client->out.value(id), QByteArray());
    QCOMPARE(client->err.value(id), QByteArray());

    // Only that command failed: the connection runs the next one.
    const quint32 next = runAndWait(client.get(), {QStringLiteral("echo"), QStringLiteral("next")});
    QCOMPARE(client->endings(next), 1);
    QCOMPARE(client->out.value(next), QByteArray("next\n"));
    QCOMPARE(client->exit(next).exitCode, 0);
    QCOMPARE(client->failures.size(), 0);
    QCOMPARE(client->client.state(), RcmdClient::State::Ready);
    QTRY_COMPARE_WITH_TIMEOUT(agent.runningCommands(), 0, EndTimeoutMs);
}

void TestRcmdAgent::defaultWorkingDirectory()
{
    QTemporaryDir fallback;
    QVERIFY(fallback.isValid());
    RcmdAgentConfig config = agentConfig();
    config.workingDirectory = fallback.path();
    RcmdAgent agent;
    QVERIFY2(agent.start(config), qPrintable(agent.errorString()));
    const auto client = connectClient(agent);
    QVERIFY2(client->readyCount == 1, qPrintable(client->client.errorString()));

    const quint32 byDefault = runAndWait(client.get(), {QStringLiteral("pwd")});
    const quint32 requested = runAndWait(client.get(), {QStringLiteral("pwd")}, false, QStringLiteral("/"));
    QCOMPARE(client->endings(byDefault), 1);
    QCOMPARE(client->endings(requested), 1);
    QCOMPARE(client->out.value(byDefault), QByteArray(QFileInfo(fallback.path()).canonicalFilePath().toUtf8() + '\n'));
    QCOMPARE(client->out.value(requested), QByteArray("/\n"));
}

void TestRcmdAgent::outputEncoding_data()
{
    QTest::addColumn<QString>("configured");
    QTest::addColumn<QString>("declared");

    QTest::newRow("GBK") << QStringLiteral("GBK") << QStringLiteral("GBK");
    QTest::newRow("cp936 alias") << QStringLiteral("cp936") << QStringLiteral("GBK");
    QTest::newRow("utf8 spelling") << QStringLiteral("utf8") << QStringLiteral("UTF-8");
}

void TestRcmdAgent::outputEncoding()
{
    QFETCH(QString, configured);
    QFETCH(QString, declared);

    RcmdAgentConfig config = agentConfig();
    config.outputEncoding = configured;
    RcmdAgent agent;
    QVERIFY2(agent.start(config), qPrintable(agent.errorString()));
    const auto client = connectClient(agent);
    QVERIFY2(client->readyCount == 1, qPrintable(client->client.errorString()));
    QCOMPARE(client->client.agentOutputEncoding(), declared);

    // "你好" in GBK: the agent declares the encoding and passes the bytes on unchanged, never re-encoding them.
    const quint32 id = runAndWait(client.get(), {QStringLiteral("printf"), QStringLiteral("\\xc4\\xe3\\xba\\xc3")});
    QCOMPARE(client->endings(id), 1);
    QCOMPARE(client->out.value(id), QByteArray("\xc4\xe3\xba\xc3"));
    QCOMPARE(client->exit(id).exitCode, 0);
    QCOMPARE(client->exit(id).outputEncoding, declared);
}

// --- Security -----------------------------------------------------------------------------------------------------

void TestRcmdAgent::validate_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<bool>("classic");
    QTest::addColumn<bool>("allowRemotePlain");
    QTest::addColumn<bool>("allowRemoteClassic");
    QTest::addColumn<bool>("allowRoot");
    QTest::addColumn<int>("commandTimeoutMs");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QStringList>("warnings");

    const QString loopback = QStringLiteral("127.0.0.1");
    const QString any = QStringLiteral("0.0.0.0");
    const QString utf8 = QStringLiteral("UTF-8");
    const int timeout = 5 * 60 * 1000;
    const QString classicWarning =
        QStringLiteral("WARNING: classic mode has no authentication: anyone who can connect to %1 runs shell commands "
                       "as this user. Use it only to try the tutorials' clients.");
    const QString classicRemoteWarning =
        QStringLiteral("WARNING: classic mode is listening beyond loopback on 0.0.0.0: every machine that can reach "
                       "this port owns this account.");
    const QString plainRemoteWarning =
        QStringLiteral("Warning: listening on 0.0.0.0 without TLS: the token never crosses the network, but commands "
                       "and their output do, readable by anyone on the path.");
    const QString rootError = ::geteuid() == 0
        ? QStringLiteral("The agent refuses to run as root: every command would run as root. Run it "
                         "as an ordinary user, or allow it explicitly (--allow-root).")
        : QString();

    QTest::newRow("loopback") << loopback << Token << false << false << false << true << timeout << utf8 << QString()
                              << QStringList();
    QTest::newRow("any address without TLS")
        << any << Token << false << false << false << true << timeout << utf8
        << QStringLiteral("Listening on 0.0.0.0, beyond loopback, without TLS needs an explicit choice "
                          "(--allow-remote), or a TLS certificate and key.")
        << QStringList{plainRemoteWarning};
    QTest::newRow("any address, plain allowed") << any << Token << false << true << false << true << timeout << utf8
                                                << QString() << QStringList{plainRemoteWarning};
    QTest::newRow("classic on any address")
        << any << QByteArray() << true << false << false << true << timeout << utf8
        << QStringLiteral("Classic mode has no authentication, so it listens only on loopback (127.0.0.1 or ::1), not "
                          "on 0.0.0.0, unless remote classic access is allowed explicitly (--classic-allow-remote).")
        << QStringList{classicWarning.arg(any), classicRemoteWarning};
    QTest::newRow("classic on any address, allowed")
        << any << QByteArray() << true << false << true << true << timeout << utf8 << QString()
        << QStringList{classicWarning.arg(any), classicRemoteWarning};
    QTest::newRow("classic on loopback") << loopback << QByteArray() << true << false << false << true << timeout
                                         << utf8 << QString() << QStringList{classicWarning.arg(loopback)};
    QTest::newRow("root") << loopback << Token << false << false << false << false << timeout << utf8 << rootError
                          << QStringList();
    QTest::newRow("no token") << loopback << QByteArray() << false << false << false << true << timeout << utf8
                              << QStringLiteral("The agent needs a token that clients must prove they know.")
                              << QStringList();
    QTest::newRow("short token") << loopback << QByteArrayLiteral("abc") << false << false << false << true << timeout
                                 << utf8 << QString()
                                 << QStringList{QStringLiteral(
                                        "Warning: the token is only 3 characters long. Anyone who can connect can test "
                                        "guesses offline; use at least 16 random characters (e.g. head -c 32 "
                                        "/dev/urandom | base64).")};
    QTest::newRow("negative limit") << loopback << Token << false << false << false << true << -1 << utf8
                                    << QStringLiteral("The agent's limits must be positive numbers.") << QStringList();
    QTest::newRow("unknown encoding") << loopback << Token << false << false << false << true << timeout
                                      << QStringLiteral("EBCDIC")
                                      << QStringLiteral("The output encoding \"EBCDIC\" is not supported.")
                                      << QStringList();
}

void TestRcmdAgent::validate()
{
    QFETCH(QString, address);
    QFETCH(QByteArray, token);
    QFETCH(bool, classic);
    QFETCH(bool, allowRemotePlain);
    QFETCH(bool, allowRemoteClassic);
    QFETCH(bool, allowRoot);
    QFETCH(int, commandTimeoutMs);
    QFETCH(QString, encoding);
    QFETCH(QString, error);
    QFETCH(QStringList, warnings);

    RcmdAgentConfig config;
    config.address = QHostAddress(address);
    config.token = token;
    config.classic = classic;
    config.allowRemotePlain = allowRemotePlain;
    config.allowRemoteClassic = allowRemoteClassic;
    config.allowRoot = allowRoot;
    config.commandTimeoutMs = commandTimeoutMs;
    config.outputEncoding = encoding;

    QCOMPARE(RcmdAgent::validate(config), error);
    QCOMPARE(RcmdAgent::warnings(config), warnings);

    // start() says the same; it binds only loopback here, never beyond.
    if (!error.isEmpty() || config.address.isLoopback()) {
        RcmdAgent agent;
        QSignalSpy listening(&agent, &RcmdAgent::listening);
        QCOMPARE(agent.start(config), error.isEmpty());
        QCOMPARE(agent.errorString(), error);
        QCOMPARE(agent.isListening(), error.isEmpty());
        QCOMPARE(listening.size(), error.isEmpty() ? 1 : 0);
        if (error.isEmpty()) {
            QVERIFY(agent.port() != 0);
            QCOMPARE(listening.at(0).at(0).toString(), address);
            QCOMPARE(listening.at(0).at(1).value<quint16>(), agent.port());
        } else {
            QCOMPARE(agent.port(), quint16(0));
        }
    }
}

void TestRcmdAgent::runBeforeAuthenticationRunsNothing_data()
{
    QTest::addColumn<bool>("helloFirst");

    QTest::newRow("Run as the very first frame") << false;
    QTest::newRow("Run after Hello") << true;
}

void TestRcmdAgent::runBeforeAuthenticationRunsNothing()
{
    QFETCH(bool, helloFirst);

    const QString marker = m_dir.filePath(QStringLiteral("marker-%1")
                                              .arg(QString::fromLatin1(QTest::currentDataTag()))
                                              .replace(QLatin1Char(' '), QLatin1Char('-')));
    QFile::remove(marker);
    RcmdAgent agent;
    AuditLog audit(&agent);
    QVERIFY2(agent.start(agentConfig()), qPrintable(agent.errorString()));

    RawPeer peer(agent.port());
    QTRY_VERIFY_WITH_TIMEOUT(peer.isConnected(), ReadyTimeoutMs);
    QList<RcmdMessage> expected;
    if (helloFirst) {
        peer.send(frameOf(RcmdMessage::hello(nonce('\x11'))));
        QTRY_COMPARE_WITH_TIMEOUT(peer.messages.size(), 1, ReadyTimeoutMs);
        QCOMPARE(peer.messages.at(0).type, Type::Challenge);
        expected.append(peer.messages.at(0));
    }
    peer.send(frameOf(RcmdMessage::run(1, {QStringLiteral("touch"), marker})));
    QTRY_VERIFY_WITH_TIMEOUT(peer.closed, ReadyTimeoutMs);
    expected.append(RcmdMessage::authFailed(QStringLiteral(
        "The client sent Run before authenticating: the connection is not authenticated, so nothing was run.")));
    QCOMPARE(peer.readError, QString());
    QCOMPARE(peer.messages, expected);

    // Nothing was started: no file appears, no command runs, no run is audited.
    QTest::qWait(500);
    QVERIFY2(!QFileInfo::exists(marker), qPrintable(marker));
    QCOMPARE(agent.runningCommands(), 0);
    QCOMPARE(audit.events(QStringLiteral("run")).size(), 0);
    QCOMPARE(audit.events(QStringLiteral("auth"), QStringLiteral("failed")).size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(agent.connectionCount(), 0, ReadyTimeoutMs);
}

void TestRcmdAgent::wrongTokenThenBackoff()
{
    RcmdAgentConfig config = agentConfig();
    config.failedAuthLimit = 3;
    config.backoffMs = 1500;
    RcmdAgent agent;
    AuditLog audit(&agent);
    QVERIFY2(agent.start(config), qPrintable(agent.errorString()));

    for (int attempt = 1; attempt <= config.failedAuthLimit; ++attempt) {
        const auto wrong = connectClient(agent, QByteArrayLiteral("wrong"));
        QCOMPARE(wrong->readyCount, 0);
        QCOMPARE(wrong->failures.size(), 1);
        QCOMPARE(wrong->failures.at(0).failure, Failure::AuthenticationFailed);
        QCOMPARE(wrong->failures.at(0).message, AgentNotProvenError);
        QCOMPARE(wrong->client.state(), RcmdClient::State::Closed);
        // The client leaves after the challenge; the agent counts that as a failure too.
        QTRY_COMPARE_WITH_TIMEOUT(audit.events(QStringLiteral("auth"), QStringLiteral("failed")).size(), attempt,
                                  ReadyTimeoutMs);
        QCOMPARE(audit.events(QStringLiteral("auth"), QStringLiteral("failed")).last().value(QStringLiteral("reason")),
                 LeftAfterChallengeReason);
    }
    QElapsedTimer sinceLastFailure;
    sinceLastFailure.start();

    // The right token is refused too while the address is backing off.
    const auto refused = connectClient(agent);
    QCOMPARE(refused->readyCount, 0);
    QCOMPARE(refused->failures.size(), 1);
    QCOMPARE(refused->failures.at(0).failure, Failure::AuthenticationFailed);
    const QRegularExpression refusal(
        QStringLiteral("^The agent refused authentication: Too many failed authentications from 127\\.0\\.0\\.1: "
                       "refused for [12] more seconds?\\.$"));
    QVERIFY2(refusal.match(refused->failures.at(0).message).hasMatch(), qPrintable(refused->failures.at(0).message));
    QCOMPARE(audit.events(QStringLiteral("refused")).size(), 1);
    QCOMPARE(audit.events(QStringLiteral("auth"), QStringLiteral("ok")).size(), 0);

    // After the back-off the right token works again.
    QVERIFY(sinceLastFailure.elapsed() < config.backoffMs);
    QTest::qWait(int(config.backoffMs - sinceLastFailure.elapsed()) + 200);
    const auto welcome = connectClient(agent);
    QVERIFY2(welcome->readyCount == 1, qPrintable(welcome->client.errorString()));
    const quint32 id = runAndWait(welcome.get(), {QStringLiteral("echo"), QStringLiteral("back")});
    QCOMPARE(welcome->out.value(id), QByteArray("back\n"));
    QCOMPARE(audit.events(QStringLiteral("auth"), QStringLiteral("ok")).size(), 1);
}

void TestRcmdAgent::wrongProofOnRawConnection()
{
    RcmdAgent agent;
    AuditLog audit(&agent);
    QVERIFY2(agent.start(agentConfig()), qPrintable(agent.errorString()));

    RawPeer peer(agent.port());
    QTRY_VERIFY_WITH_TIMEOUT(peer.isConnected(), ReadyTimeoutMs);
    QVERIFY(!rawHandshake(&peer, QByteArrayLiteral("wrong"), nonce('\x22')).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(peer.closed, ReadyTimeoutMs);
    QCOMPARE(peer.readError, QString());
    QCOMPARE(peer.messages.size(), 2);
    QCOMPARE(peer.messages.at(0).type, Type::Challenge);
    // The agent proved itself whatever the client's token.
    QCOMPARE(peer.messages.at(0).agentProof,
             RcmdAuth::agentProof(Token, nonce('\x22'), peer.messages.at(0).agentNonce));
    QCOMPARE(peer.messages.at(1), RcmdMessage::authFailed(WrongTokenReason));

    const QList<QJsonObject> failed = audit.events(QStringLiteral("auth"), QStringLiteral("failed"));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).value(QStringLiteral("reason")).toString(), WrongTokenReason);
}

void TestRcmdAgent::replayedHandshakeFails()
{
    RcmdAgent agent;
    QVERIFY2(agent.start(agentConfig()), qPrintable(agent.errorString()));

    // A successful handshake, recorded.
    RawPeer original(agent.port());
    QTRY_VERIFY_WITH_TIMEOUT(original.isConnected(), ReadyTimeoutMs);
    const QByteArray hello = frameOf(RcmdMessage::hello(nonce('\x33')));
    const QByteArray auth = rawHandshake(&original, Token, nonce('\x33'));
    QVERIFY(!auth.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(original.messages.size(), 2, ReadyTimeoutMs);
    QCOMPARE(original.messages.at(1), RcmdMessage::authOk(QStringLiteral("UTF-8")));
    const QByteArray recordedAgentNonce = original.messages.at(0).agentNonce;

    // The same Hello and Auth on a new connection: the agent picks a fresh nonce, so the old proof fails.
    RawPeer replay(agent.port());
    QTRY_VERIFY_WITH_TIMEOUT(replay.isConnected(), ReadyTimeoutMs);
    replay.send(hello + auth);
    QTRY_VERIFY_WITH_TIMEOUT(replay.closed, ReadyTimeoutMs);
    QCOMPARE(replay.readError, QString());
    QCOMPARE(replay.messages.size(), 2);
    QCOMPARE(replay.messages.at(0).type, Type::Challenge);
    QVERIFY(replay.messages.at(0).agentNonce != recordedAgentNonce);
    QCOMPARE(replay.messages.at(1), RcmdMessage::authFailed(WrongTokenReason));
    QVERIFY(!original.closed);
}

void TestRcmdAgent::oversizedFrameClosesOnlyThatConnection_data()
{
    QTest::addColumn<bool>("authenticated");
    QTest::addColumn<RcmdMessage>("reply");

    QTest::newRow("before authentication")
        << false
        << RcmdMessage::authFailed(
               QStringLiteral("Frame length 4294967295 exceeds the maximum frame size of 256 bytes."));
    QTest::newRow("after authentication")
        << true
        << RcmdMessage::error(
               0, QStringLiteral("Frame length 4294967295 exceeds the maximum frame size of 1048576 bytes."));
}

void TestRcmdAgent::oversizedFrameClosesOnlyThatConnection()
{
    QFETCH(bool, authenticated);
    QFETCH(RcmdMessage, reply);

    RcmdAgent agent;
    QVERIFY2(agent.start(agentConfig()), qPrintable(agent.errorString()));
    const auto bystander = connectClient(agent);
    QVERIFY2(bystander->readyCount == 1, qPrintable(bystander->client.errorString()));

    RawPeer peer(agent.port());
    QTRY_VERIFY_WITH_TIMEOUT(peer.isConnected(), ReadyTimeoutMs);
    if (authenticated) {
        QVERIFY(!rawHandshake(&peer, Token, nonce('\x44')).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(peer.messages.size(), 2, ReadyTimeoutMs);
        QCOMPARE(peer.messages.at(1).type, Type::AuthOk);
        peer.messages.clear();
    }
    QTRY_COMPARE_WITH_TIMEOUT(agent.connectionCount(), 2, ReadyTimeoutMs);
    peer.send(QByteArray("\xff\xff\xff\xff", 4));
    QTRY_VERIFY_WITH_TIMEOUT(peer.closed, ReadyTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(agent.connectionCount(), 1, ReadyTimeoutMs);

    // The other connection carries on.
    QVERIFY(agent.isListening());
    QCOMPARE(bystander->client.state(), RcmdClient::State::Ready);
    const quint32 id = runAndWait(bystander.get(), {QStringLiteral("echo"), QStringLiteral("hello")});
    QCOMPARE(bystander->endings(id), 1);
    QCOMPARE(bystander->out.value(id), QByteArray("hello\n"));
    QCOMPARE(bystander->exit(id).exitCode, 0);
    QCOMPARE(bystander->failures.size(), 0);

    // The closed one was told why, in a whole sentence.
    QCOMPARE(peer.readError, QString());
    QCOMPARE(peer.messages, QList<RcmdMessage>{reply});
}

void TestRcmdAgent::tokenFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("requirePrivate");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("error"); ///< %1 is the path

    QTest::newRow("private, trimmed") << QByteArray("  s3cret-token-for-tests\n") << 0600 << true << Token << QString();
    QTest::newRow("readable by others")
        << QByteArray("s3cret-token-for-tests\n") << 0644 << true << QByteArray()
        << QStringLiteral("The token file %1 can be read or changed by other users (mode 644): make it private with "
                          "chmod 600 %1.");
    QTest::newRow("writable by group")
        << QByteArray("s3cret-token-for-tests\n") << 0620 << true << QByteArray()
        << QStringLiteral("The token file %1 can be read or changed by other users (mode 620): make it private with "
                          "chmod 600 %1.");
    QTest::newRow("readable by others, client side")
        << QByteArray("s3cret-token-for-tests\n") << 0644 << false << Token << QString();
    QTest::newRow("empty") << QByteArray() << 0600 << true << QByteArray()
                           << QStringLiteral("The token file %1 is empty: put a long random secret in it.");
    QTest::newRow("only whitespace") << QByteArray(" \n\t\n") << 0600 << true << QByteArray()
                                     << QStringLiteral("The token file %1 is empty: put a long random secret in it.");
    QTest::newRow("too large") << QByteArray(TokenFile::MaxSize + 1, 'x') << 0600 << true << QByteArray()
                               << QStringLiteral("The token file %1 is larger than 4096 bytes: is it the right file?");
    QTest::newRow("missing") << QByteArray() << -1 << true << QByteArray()
                             << QStringLiteral("The token file %1 does not exist.");
}

void TestRcmdAgent::tokenFile()
{
    QFETCH(QByteArray, content);
    QFETCH(int, mode);
    QFETCH(bool, requirePrivate);
    QFETCH(QByteArray, token);
    QFETCH(QString, error);

    const QString path = m_dir.filePath(QStringLiteral("token-%1").arg(QString::fromLatin1(QTest::currentDataTag())));
    QFile::remove(path);
    if (mode >= 0) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
        file.close();
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(mode)), 0);
    }

    const TokenFile::Result result = TokenFile::read(path, requirePrivate);
    QCOMPARE(result.error, error.isEmpty() ? QString() : error.arg(path));
    QCOMPARE(result.ok(), error.isEmpty());
    if (result.ok())
        QCOMPARE(result.token, token);
}

// --- Containment --------------------------------------------------------------------------------------------------

void TestRcmdAgent::timeoutKillsCommand()
{
    RcmdAgentConfig config = agentConfig();
    config.commandTimeoutMs = 300;
    RcmdAgent agent;
    QVERIFY2(agent.start(config), qPrintable(agent.errorString()));
    const auto client = connectClient(agent);
    QVERIFY2(client->readyCount == 1, qPrintable(client->client.errorString()));

    QElapsedTimer clock;
    clock.start();
    const quint32 id =
        runAndWait(client.get(), {QStringLiteral("sleep"), QStringLiteral("1000")}, false, QString(), {}, 5000);
    QCOMPARE(client->endings(id), 1);
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    const RcmdMessage exit = client->exit(id);
    QVERIFY2(exit.durationMs >= 300 && exit.durationMs < 5000, qPrintable(QString::number(exit.durationMs)));
    QCOMPARE(exit,
             RcmdMessage::exit(id, -1, 15, exit.durationMs, false, KilledReason::Timeout, QStringLiteral("UTF-8")));
}

void TestRcmdAgent::timeoutKillsWholeGroup()
{
    RcmdAgentConfig config = agentConfig();
    config.commandTimeoutMs = 1000;
    RcmdAgent agent;
    QVERIFY2(agent.start(config), qPrintable(agent.errorString()));
    const auto client = connectClient(agent);
    QVERIFY2(client->readyCount == 1, qPrintable(client->client.errorString()));

    const quint32 id = client->client.run(
        {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo $$; sleep 1000 & sleep 1000")});
    QTRY_VERIFY_WITH_TIMEOUT(firstLinePid(client->out.value(id)) > 0, EndTimeoutMs);
    const qint64 pid = firstLinePid(client->out.value(id));
    // The shell leads its own group, with both sleeps in it.
    QTRY_COMPARE_WITH_TIMEOUT(liveInGroup(pid).size(), 3, 900);

    QTRY_COMPARE_WITH_TIMEOUT(client->endings(id), 1, 5000);
    const RcmdMessage exit = client->exit(id);
    QCOMPARE(exit.killedReason, KilledReason::Timeout);
    QCOMPARE(exit.signal, 15);
    QCOMPARE(exit.exitCode, -1);
    // The background sleep went with its group (a zombie left to a non-reaping PID 1 counts as gone).
    QTRY_COMPARE_WITH_TIMEOUT(liveInGroup(pid), QList<qint64>(), 2000);
}

void TestRcmdAgent::outputCap()
{
    RcmdAgentConfig config = agentConfig();
    config.outputCap = 100000;
    RcmdAgent agent;
    AuditLog audit(&agent);
    QVERIFY2(agent.start(config), qPrintable(agent.errorString()));
    const auto client = connectClient(agent);
    QVERIFY2(client->readyCount == 1, qPrintable(client->client.errorString()));

    const quint32 id = runAndWait(client.get(), {QStringLiteral("yes")});
    QCOMPARE(client->endings(id), 1);
    QCOMPARE(client->out.value(id).size(), 100000);
    QCOMPARE(client->out.value(id), QByteArray("y\n").repeated(50000));
    QCOMPARE(client->err.value(id), QByteArray());
    const RcmdMessage exit = client->exit(id);
    QCOMPARE(exit, RcmdMessage::exit(id, -1, 15, exit.durationMs, true, KilledReason::Limit, QStringLiteral("UTF-8")));
    const QList<QJsonObject> exits = audit.events(QStringLiteral("exit"));
    QCOMPARE(exits.size(), 1);
    QCOMPARE(exits.at(0).value(QStringLiteral("bytesOut")).toInteger(), qint64(100000));
    QCOMPARE(exits.at(0).value(QStringLiteral("killed")).toString(), QStringLiteral("limit"));
}

void TestRcmdAgent::hundredCommandsLeakNothing()
{
    RcmdAgent agent;
    QVERIFY2(agent.start(agentConfig()), qPrintable(agent.errorString()));
    const auto client = connectClient(agent);
    QVERIFY2(client->readyCount == 1, qPrintable(client->client.errorString()));

    int baseline = -1;
    for (int i = 1; i <= 100; ++i) {
        const quint32 id = runAndWait(client.get(), {QStringLiteral("true")});
        QCOMPARE(id, quint32(i));
        QCOMPARE(client->endings(id), 1);
        QCOMPARE(client->exit(id).exitCode, 0);
        QCOMPARE(client->exit(id).signal, 0);
        if (i == 5) {
            QTRY_COMPARE_WITH_TIMEOUT(agent.runningCommands(), 0, EndTimeoutMs);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            baseline = openFdCount();
        }
    }
    QCOMPARE(client->exits.size(), 100);
    QCOMPARE(client->commandErrors.size(), 0);
    QVERIFY(baseline > 0);
    QTRY_COMPARE_WITH_TIMEOUT(agent.runningCommands(), 0, EndTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(openFdCount(), baseline, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(zombieChildren(), QList<qint64>(), 5000);
    QCOMPARE(agent.connectionCount(), 1);
}

void TestRcmdAgent::cancel_data()
{
    QTest::addColumn<QStringList>("argv");
    QTest::addColumn<QByteArray>("waitFor"); ///< output to wait for before cancelling; empty: cancel at once

    QTest::newRow("at once") << QStringList{QStringLiteral("sleep"), QStringLiteral("100")} << QByteArray();
    QTest::newRow("while running") << QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                                                  QStringLiteral("echo started; exec sleep 100")}
                                   << QByteArray("started\n");
}

void TestRcmdAgent::cancel()
{
    QFETCH(QStringList, argv);
    QFETCH(QByteArray, waitFor);

    RcmdAgent agent;
    QVERIFY2(agent.start(agentConfig()), qPrintable(agent.errorString()));
    const auto client = connectClient(agent);
    QVERIFY2(client->readyCount == 1, qPrintable(client->client.errorString()));

    const quint32 id = client->client.run(argv);
    QVERIFY(id != 0);
    if (!waitFor.isEmpty())
        QTRY_COMPARE_WITH_TIMEOUT(client->out.value(id), waitFor, EndTimeoutMs);
    QVERIFY(!client->client.cancel(id + 100));
    QElapsedTimer clock;
    clock.start();
    QVERIFY(client->client.cancel(id));
    QTRY_COMPARE_WITH_TIMEOUT(client->endings(id), 1, 3000);
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(client->commandErrors.value(id), QStringList());
    const RcmdMessage exit = client->exit(id);
    QCOMPARE(exit,
             RcmdMessage::exit(id, -1, 15, exit.durationMs, false, KilledReason::Cancel, QStringLiteral("UTF-8")));
    QVERIFY(!client->client.cancel(id));
    QTRY_COMPARE_WITH_TIMEOUT(agent.runningCommands(), 0, EndTimeoutMs);
    QCOMPARE(client->client.state(), RcmdClient::State::Ready);
}

void TestRcmdAgent::clientDisconnectKillsCommand()
{
    RcmdAgent agent;
    AuditLog audit(&agent);
    QVERIFY2(agent.start(agentConfig()), qPrintable(agent.errorString()));
    auto client = connectClient(agent);
    QVERIFY2(client->readyCount == 1, qPrintable(client->client.errorString()));

    const quint32 id =
        client->client.run({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo $$; exec sleep 100")});
    QTRY_VERIFY_WITH_TIMEOUT(firstLinePid(client->out.value(id)) > 0, EndTimeoutMs);
    const qint64 pid = firstLinePid(client->out.value(id));
    QVERIFY(!processGone(pid));
    QCOMPARE(agent.runningCommands(), 1);

    client.reset(); // aborts the connection without a Bye
    QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(agent.runningCommands(), 0, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(agent.connectionCount(), 0, 5000);
    const QList<QJsonObject> exits = audit.events(QStringLiteral("exit"));
    QCOMPARE(exits.size(), 1);
    QCOMPARE(exits.at(0).value(QStringLiteral("killed")).toString(), QStringLiteral("disconnect"));
    QCOMPARE(exits.at(0).value(QStringLiteral("signal")).toInt(), 15);
}

// --- TLS ----------------------------------------------------------------------------------------------------------

void TestRcmdAgent::slowReaderPausesCommand()
{
    // A client that stops reading must not grow the agent's memory: above RcmdSession::HighWaterMark unsent bytes
    // the command's group is stopped (SIGSTOP), and it continues once the client drains.
    RcmdAgentConfig config = agentConfig();
    config.outputCap = 0;
    config.commandTimeoutMs = 0;
    RcmdAgent agent;
    QVERIFY2(agent.start(config), qPrintable(agent.errorString()));
    RawPeer peer(agent.port());
    // Qt stops taking bytes from the kernel once this much waits unread, so the TCP window really closes.
    peer.socket.setReadBufferSize(64 * 1024);
    QTRY_VERIFY_WITH_TIMEOUT(peer.isConnected(), ReadyTimeoutMs);
    QVERIFY(!rawHandshake(&peer, Token, nonce('\x21')).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!peer.messages.isEmpty() && peer.messages.constLast().type == Type::AuthOk,
                             ReadyTimeoutMs);
    peer.send(frameOf(
        RcmdMessage::run(1, {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo $$; exec yes")})));
    const auto firstOutput = [&peer] {
        for (const RcmdMessage &message : std::as_const(peer.messages)) {
            if (message.type == Type::Output)
                return message.data;
        }
        return QByteArray();
    };
    QTRY_VERIFY_WITH_TIMEOUT(firstOutput().contains('\n'), ReadyTimeoutMs);
    const qint64 pid = firstLinePid(firstOutput());
    QVERIFY(pid > 0);

    // Stop reading: the command must end up stopped, and stay stopped.
    QObject::disconnect(&peer.socket, &QTcpSocket::readyRead, nullptr, nullptr);
    QTRY_COMPARE_WITH_TIMEOUT(procStat(pid).value_or(ProcStat()).state, 'T', 15000);
    QTest::qWait(300);
    QCOMPARE(procStat(pid).value_or(ProcStat()).state, 'T');
    QCOMPARE(agent.runningCommands(), 1);

    // Read again (discarding): the command continues.
    qint64 drained = 0;
    QObject::connect(&peer.socket, &QTcpSocket::readyRead, &peer.socket,
                     [&] { drained += peer.socket.readAll().size(); });
    peer.socket.readAll();
    QTRY_VERIFY_WITH_TIMEOUT(procStat(pid).value_or(ProcStat()).state != 'T' && drained > 4 * 1024 * 1024, 15000);

    peer.socket.abort();
    QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), EndTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(agent.runningCommands(), 0, EndTimeoutMs);
}

void TestRcmdAgent::tlsPinnedFingerprint()
{
    if (!tlsAvailable())
        QSKIP(qPrintable(m_tlsSkipReason));
    RcmdAgentConfig config = agentConfig();
    config.certificate = m_certificate;
    config.privateKey = m_key;
    RcmdAgent agent;
    QVERIFY2(agent.start(config), qPrintable(agent.errorString()));

    RcmdClientConfig tls = clientConfig(agent.port());
    tls.tls = true;
    tls.fingerprint = RcmdTls::fingerprint(m_certificate);
    const auto client = connectClient(tls);
    QVERIFY2(client->readyCount == 1, qPrintable(client->client.errorString()));
    QCOMPARE(client->client.peerFingerprint(), RcmdTls::fingerprint(m_certificate));

    const quint32 id = runAndWait(client.get(), {QStringLiteral("echo"), QStringLiteral("hello")});
    QCOMPARE(client->endings(id), 1);
    QCOMPARE(client->out.value(id), QByteArray("hello\n"));
    QCOMPARE(client->exit(id).exitCode, 0);

    // A plain client gets nothing it can read from a TLS agent.
    const auto plain = connectClient(agent);
    QCOMPARE(plain->readyCount, 0);
    QCOMPARE(plain->failures.size(), 1);
    QCOMPARE(plain->failures.at(0).failure, Failure::ProtocolError);
    QCOMPARE(plain->failures.at(0).message,
             QStringLiteral("The agent at 127.0.0.1:%1 closed the connection before authentication completed (is it a "
                            "SocketLab agent, and in the same mode?).")
                 .arg(agent.port()));
}

void TestRcmdAgent::tlsWrongFingerprint()
{
    if (!tlsAvailable())
        QSKIP(qPrintable(m_tlsSkipReason));
    RcmdAgentConfig config = agentConfig();
    config.certificate = m_certificate;
    config.privateKey = m_key;
    RcmdAgent agent;
    AuditLog audit(&agent);
    QVERIFY2(agent.start(config), qPrintable(agent.errorString()));

    RcmdClientConfig tls = clientConfig(agent.port());
    tls.tls = true;
    tls.fingerprint = QByteArray(32, '\xab');
    const auto client = connectClient(tls);
    QCOMPARE(client->readyCount, 0);
    QCOMPARE(client->failures.size(), 1);
    QCOMPARE(client->failures.at(0).failure, Failure::FingerprintMismatch);
    const QString real = RcmdTls::formatFingerprint(RcmdTls::fingerprint(m_certificate));
    QCOMPARE(client->failures.at(0).message,
             QStringLiteral("The agent presented a certificate with SHA-256 fingerprint %1, not the pinned %2: it may "
                            "be another machine. Nothing was sent.")
                 .arg(real, QStringLiteral("AB:").repeated(31) + QStringLiteral("AB")));
    QCOMPARE(client->client.peerFingerprint(), RcmdTls::fingerprint(m_certificate));
    // Nothing was sent: the agent saw no handshake attempt.
    QCOMPARE(audit.events(QStringLiteral("auth")).size(), 0);
}

void TestRcmdAgent::tlsUntrustedCertificate()
{
    if (!tlsAvailable())
        QSKIP(qPrintable(m_tlsSkipReason));
    RcmdAgentConfig config = agentConfig();
    config.certificate = m_certificate;
    config.privateKey = m_key;
    RcmdAgent agent;
    QVERIFY2(agent.start(config), qPrintable(agent.errorString()));

    RcmdClientConfig tls = clientConfig(agent.port());
    tls.tls = true;
    const auto client = connectClient(tls);
    QCOMPARE(client->readyCount, 0);
    QCOMPARE(client->failures.size(), 1);
    QCOMPARE(client->failures.at(0).failure, Failure::TlsError);
    const QString message = client->failures.at(0).message;
    const QString real = RcmdTls::formatFingerprint(RcmdTls::fingerprint(m_certificate));
    QVERIFY2(message.startsWith(QStringLiteral("The agent's certificate is not trusted (")), qPrintable(message));
    QVERIFY2(message.endsWith(QStringLiteral("). Its SHA-256 fingerprint is %1: if that is your agent's certificate, "
                                             "pin it (--fingerprint).")
                                  .arg(real)),
             qPrintable(message));
    QCOMPARE(client->client.peerFingerprint(), RcmdTls::fingerprint(m_certificate));
}

void TestRcmdAgent::tlsIdentityRules()
{
    if (!tlsAvailable())
        QSKIP(qPrintable(m_tlsSkipReason));
    RcmdAgentConfig config = agentConfig();
    config.certificate = m_certificate;
    QCOMPARE(RcmdAgent::validate(config), QStringLiteral("TLS needs both a certificate and its private key."));
    config.certificate = QSslCertificate();
    config.privateKey = m_key;
    QCOMPARE(RcmdAgent::validate(config), QStringLiteral("TLS needs both a certificate and its private key."));

    // With TLS, beyond loopback needs no further flag and warns of nothing.
    config.certificate = m_certificate;
    config.address = QHostAddress(QHostAddress::AnyIPv4);
    QCOMPARE(RcmdAgent::validate(config), QString());
    QCOMPARE(RcmdAgent::warnings(config), QStringList());

    config.classic = true;
    config.address = QHostAddress(QHostAddress::LocalHost);
    QCOMPARE(RcmdAgent::validate(config),
             QStringLiteral("Classic mode speaks the tutorials' plain protocol and cannot use TLS."));

    // Files that hold no identity.
    const QString garbage = m_dir.filePath(QStringLiteral("garbage.pem"));
    QFile file(garbage);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a certificate\n");
    file.close();
    QSslCertificate certificate;
    QSslKey key;
    QString error;
    QVERIFY(!RcmdTls::loadIdentity(garbage, m_dir.filePath(QStringLiteral("key.pem")), &certificate, &key, &error));
    QCOMPARE(error, QStringLiteral("%1 holds no certificate (PEM or DER expected).").arg(garbage));
    // A key file others may read is refused before it is read, like a loose token file.
    QVERIFY(QFile::setPermissions(garbage, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    QVERIFY(!RcmdTls::loadIdentity(m_dir.filePath(QStringLiteral("cert.pem")), garbage, &certificate, &key, &error));
    QCOMPARE(error,
             QStringLiteral("The private key %1 can be read or changed by other users (mode 644): make it "
                            "private with chmod 600 %1.")
                 .arg(garbage));
    QVERIFY(QFile::setPermissions(garbage, QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(!RcmdTls::loadIdentity(m_dir.filePath(QStringLiteral("cert.pem")), garbage, &certificate, &key, &error));
    QCOMPARE(error,
             QStringLiteral("%1 holds no private key matching the certificate's key type (an unencrypted PEM key "
                            "is expected).")
                 .arg(garbage));
    QVERIFY(certificate.isNull());
    QVERIFY(key.isNull());
}

void TestRcmdAgent::fingerprintParsing_data()
{
    QTest::addColumn<QString>("text");

    const QByteArray digest = sampleDigest();
    const QString formatted = RcmdTls::formatFingerprint(digest);
    QString bare = formatted;
    bare.remove(QLatin1Char(':'));
    QTest::newRow("with colons") << formatted;
    QTest::newRow("without colons") << bare;
    QTest::newRow("lower case") << formatted.toLower();
    QTest::newRow("sha256: prefix") << QString(QStringLiteral("sha256:") + bare.toLower());
    QTest::newRow("openssl output") << QString(QStringLiteral("SHA256 Fingerprint=") + formatted);
    QTest::newRow("spaces") << QString(QStringLiteral("  ") +
                                       QString(formatted).replace(QLatin1Char(':'), QLatin1Char(' ')));
}

void TestRcmdAgent::fingerprintParsing()
{
    QFETCH(QString, text);

    const QByteArray digest = sampleDigest();
    QCOMPARE(RcmdTls::formatFingerprint(digest),
             QStringLiteral("10:11:12:13:14:15:16:17:18:19:1A:1B:1C:1D:1E:1F:"
                            "20:21:22:23:24:25:26:27:28:29:2A:2B:2C:2D:2E:2F"));
    QString error;
    QCOMPARE(RcmdTls::parseFingerprint(text, &error), digest);
    QCOMPARE(error, QString());
}

void TestRcmdAgent::badFingerprint_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("too short") << QStringLiteral("AB:CD");
    QTest::newRow("one digit too many") << QStringLiteral("A").repeated(65);
    QTest::newRow("not hex") << QStringLiteral("G").repeated(64);
    QTest::newRow("empty") << QString();
}

void TestRcmdAgent::badFingerprint()
{
    QFETCH(QString, text);

    QString error;
    QCOMPARE(RcmdTls::parseFingerprint(text, &error), QByteArray());
    QCOMPARE(error,
             QStringLiteral("\"%1\" is not a SHA-256 fingerprint: expected 32 hex byte pairs such as AB:CD:... "
                            "(64 hex digits).")
                 .arg(text));
}

// --- Audit --------------------------------------------------------------------------------------------------------

void TestRcmdAgent::auditLines()
{
    RcmdAgent agent;
    QSignalSpy spy(&agent, &RcmdAgent::audit);
    QVERIFY2(agent.start(agentConfig()), qPrintable(agent.errorString()));
    const auto client = connectClient(agent);
    QVERIFY2(client->readyCount == 1, qPrintable(client->client.errorString()));
    const quint32 id = runAndWait(client.get(), {QStringLiteral("echo"), QStringLiteral("hello")});
    QCOMPARE(client->endings(id), 1);
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 4, EndTimeoutMs);
    client->client.close();
    QTRY_COMPARE_WITH_TIMEOUT(client->closedCount, 1, EndTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 5, EndTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(agent.connectionCount(), 0, EndTimeoutMs);

    QList<QJsonObject> lines;
    for (const QList<QVariant> &arguments : std::as_const(spy)) {
        const QString line = arguments.at(0).toString();
        QVERIFY2(!line.contains(QLatin1Char('\n')), qPrintable(line));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError && document.isObject(), qPrintable(line));
        lines.append(document.object());
    }
    const QString peer = lines.at(0).value(QStringLiteral("peer")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^127\\.0\\.0\\.1:[1-9][0-9]*$")).match(peer).hasMatch(),
             qPrintable(peer));
    const QStringList events{QStringLiteral("connect"), QStringLiteral("auth"), QStringLiteral("run"),
                             QStringLiteral("exit"), QStringLiteral("disconnect")};
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject &line = lines.at(i);
        QCOMPARE(line.value(QStringLiteral("event")).toString(), events.at(i));
        QCOMPARE(line.value(QStringLiteral("peer")).toString(), peer);
        const QString time = line.value(QStringLiteral("time")).toString();
        const QDateTime parsed = QDateTime::fromString(time, Qt::ISODateWithMs);
        QVERIFY2(parsed.isValid() && parsed.timeSpec() == Qt::UTC && time.endsWith(QLatin1Char('Z')) &&
                     time.contains(QLatin1Char('.')),
                 qPrintable(time));
    }
    const QStringList common{QStringLiteral("event"), QStringLiteral("peer"), QStringLiteral("time")};

    QCOMPARE(sortedKeys(lines.at(0)), common);

    QCOMPARE(sortedKeys(lines.at(1)),
             (QStringList{QStringLiteral("event"), QStringLiteral("peer"), QStringLiteral("result"),
                          QStringLiteral("time")}));
    QCOMPARE(lines.at(1).value(QStringLiteral("result")).toString(), QStringLiteral("ok"));

    const QJsonObject &run = lines.at(2);
    QCOMPARE(sortedKeys(run),
             (QStringList{QStringLiteral("argv"), QStringLiteral("cwd"), QStringLiteral("event"), QStringLiteral("id"),
                          QStringLiteral("peer"), QStringLiteral("shell"), QStringLiteral("time")}));
    QCOMPARE(run.value(QStringLiteral("id")).toInteger(), qint64(id));
    QCOMPARE(run.value(QStringLiteral("argv")).toArray(),
             QJsonArray({QStringLiteral("echo"), QStringLiteral("hello")}));
    QCOMPARE(run.value(QStringLiteral("shell")), QJsonValue(false));
    QCOMPARE(run.value(QStringLiteral("cwd")).toString(), QString());

    const QJsonObject &exit = lines.at(3);
    QCOMPARE(
        sortedKeys(exit),
        (QStringList{QStringLiteral("bytesOut"), QStringLiteral("durationMs"), QStringLiteral("event"),
                     QStringLiteral("exitCode"), QStringLiteral("id"), QStringLiteral("killed"), QStringLiteral("peer"),
                     QStringLiteral("signal"), QStringLiteral("time"), QStringLiteral("truncated")}));
    QCOMPARE(exit.value(QStringLiteral("id")).toInteger(), qint64(id));
    QCOMPARE(exit.value(QStringLiteral("exitCode")), QJsonValue(0));
    QCOMPARE(exit.value(QStringLiteral("signal")), QJsonValue(0));
    QCOMPARE(exit.value(QStringLiteral("bytesOut")), QJsonValue(6));
    QCOMPARE(exit.value(QStringLiteral("killed")).toString(), QStringLiteral("none"));
    QCOMPARE(exit.value(QStringLiteral("truncated")), QJsonValue(false));
    QVERIFY(exit.value(QStringLiteral("durationMs")).isDouble());
    QVERIFY(exit.value(QStringLiteral("durationMs")).toInteger(-1) >= 0);

    // The client left with Bye: no reason.
    QCOMPARE(sortedKeys(lines.at(4)), common);
}

QTEST_GUILESS_MAIN(TestRcmdAgent)
#include "tst_rcmdagent.moc"
