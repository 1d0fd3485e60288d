// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include <QTest>

#include "rcmd/rcmdauth.h"
#include "rcmd/rcmdauthclient.h"
#include "rcmd/rcmdauthserver.h"
#include "rcmd/rcmdmessage.h"
#include "rcmd/rcmdprotocol.h"
#include "rcmd/rcmdreader.h"

Q_DECLARE_METATYPE(RcmdMessage)

namespace {

using Type = RcmdMessage::Type;

const QByteArray Token = QByteArrayLiteral("s3cret");

QByteArray nonce(char fill)
{
    return QByteArray(RcmdProtocol::NonceSize, fill);
}

/** A nonce source that always gives the same nonce. */
RcmdAuth::NonceSource fixedNonce(char fill)
{
    return [fill] { return nonce(fill); };
}

/** The one message in `frame`, decoded as a peer would (the handshake limit); false if it is not exactly one. */
bool decodeOne(const QByteArray &frame, RcmdMessage *message)
{
    RcmdReader reader;
    QList<RcmdMessage> messages;
    if (!reader.feed(frame, &messages) || messages.size() != 1 || reader.bufferedBytes() != 0)
        return false;
    *message = messages.first();
    return true;
}

QByteArray frameOf(const RcmdMessage &message)
{
    QByteArray frame;
    QString error;
    if (!RcmdProtocol::encode(message, &frame, &error))
        qFatal("cannot encode a test message: %s", qPrintable(error));
    return frame;
}

/** The frames of one handshake, in order. */
struct Transcript
{
    QByteArray hello;
    QByteArray challenge;
    QByteArray auth;
    QByteArray result;
};

} // namespace

class TestRcmdAuth : public QObject
{
    Q_OBJECT

private slots:
    void proofsAreHmacSha256();
    void rightToken();
    void wrongTokenAgentRefuses();
    void clientDetectsFakeAgent();
    void replayedAuthFails();
    void replayedChallengeFails();
    void messageBeforeAuthentication_data();
    void messageBeforeAuthentication();
    void messageBetweenHelloAndAuth();
    void badHello_data();
    void badHello();
    void clientRefusesOtherVersion();
    void clientReportsAgentRefusal();
    void clientRejectsUnexpectedMessage();
    void afterAuthentication();
    void emptyToken();
    void startOnlyOnce();
    void badNonceSource();
    void refusalFitsHandshakeLimit();
    void systemNonce();
    void constantTimeEquals_data();
    void constantTimeEquals();
    void endToEndThroughReaders();

private:
    /** A full handshake with `Token`, client nonce 0x11.. and agent nonce 0xa1... */
    static bool recordHandshake(Transcript *transcript);
};

bool TestRcmdAuth::recordHandshake(Transcript *transcript)
{
    RcmdAuthClient client(Token, fixedNonce('\x11'));
    RcmdAuthServer server(Token, fixedNonce('\xa1'));
    RcmdMessage message;
    transcript->hello = client.start();
    if (!decodeOne(transcript->hello, &message))
        return false;
    transcript->challenge = server.onMessage(message);
    if (!decodeOne(transcript->challenge, &message))
        return false;
    transcript->auth = client.onMessage(message);
    if (!decodeOne(transcript->auth, &message))
        return false;
    transcript->result = server.onMessage(message);
    if (!decodeOne(transcript->result, &message))
        return false;
    client.onMessage(message);
    return client.isAuthenticated() && server.isAuthenticated();
}

void TestRcmdAuth::proofsAreHmacSha256()
{
    // Known answers from Python: hmac.new(b"s3cret", b"SLRC1 agent" + b"\x11" * 32 + b"\xa1" * 32, sha256).
    QCOMPARE(RcmdAuth::agentProof(Token, nonce('\x11'), nonce('\xa1')).toHex(),
             QByteArray("b0362bea56c35d995b01d6b8cadc97dc1add9ee288d8d373be039a00881fc195"));
    QCOMPARE(RcmdAuth::clientProof(Token, nonce('\xa1'), nonce('\x11')).toHex(),
             QByteArray("48648efc8b3af60329a392922ca0f749d69c5fbe9ba94c06d0f1e918b7b57bfd"));
    // The labels keep one side's proof from passing as the other's, even with the nonces swapped.
    QVERIFY(RcmdAuth::agentProof(Token, nonce('\x11'), nonce('\xa1')) !=
            RcmdAuth::clientProof(Token, nonce('\x11'), nonce('\xa1')));
}

void TestRcmdAuth::rightToken()
{
    RcmdAuthClient client(Token, fixedNonce('\x11'));
    RcmdAuthServer server(Token, fixedNonce('\xa1'));
    QCOMPARE(client.state(), RcmdAuthClient::State::Idle);
    QCOMPARE(server.state(), RcmdAuthServer::State::WaitingHello);

    RcmdMessage message;
    QVERIFY(decodeOne(client.start(), &message));
    QCOMPARE(message, RcmdMessage::hello(nonce('\x11')));
    QCOMPARE(client.state(), RcmdAuthClient::State::WaitingChallenge);

    QVERIFY(decodeOne(server.onMessage(message), &message));
    QCOMPARE(message, RcmdMessage::challenge(nonce('\xa1'), RcmdAuth::agentProof(Token, nonce('\x11'), nonce('\xa1'))));
    QCOMPARE(server.state(), RcmdAuthServer::State::WaitingAuth);

    QVERIFY(decodeOne(client.onMessage(message), &message));
    QCOMPARE(message, RcmdMessage::auth(RcmdAuth::clientProof(Token, nonce('\xa1'), nonce('\x11'))));
    QCOMPARE(client.state(), RcmdAuthClient::State::WaitingResult);

    QVERIFY(decodeOne(server.onMessage(message), &message));
    QCOMPARE(message, RcmdMessage::authOk(QStringLiteral("UTF-8")));
    QCOMPARE(server.state(), RcmdAuthServer::State::Authenticated);
    QCOMPARE(server.isAuthenticated(), true);

    QCOMPARE(client.onMessage(message), QByteArray());
    QCOMPARE(client.state(), RcmdAuthClient::State::Authenticated);
    QCOMPARE(client.isAuthenticated(), true);
    QCOMPARE(client.agentOutputEncoding(), QStringLiteral("UTF-8"));
    QCOMPARE(client.error(), QString());
    QCOMPARE(server.error(), QString());
}

void TestRcmdAuth::wrongTokenAgentRefuses()
{
    // A client that knows the wrong token and skips checking the agent's proof still cannot get in.
    RcmdAuthServer server(Token, fixedNonce('\xa1'));
    RcmdMessage challenge;
    QVERIFY(decodeOne(server.onMessage(RcmdMessage::hello(nonce('\x11'))), &challenge));
    const QByteArray wrongProof =
        RcmdAuth::clientProof(QByteArrayLiteral("guess"), challenge.agentNonce, nonce('\x11'));

    RcmdMessage reply;
    QVERIFY(decodeOne(server.onMessage(RcmdMessage::auth(wrongProof)), &reply));
    const QString reason =
        QStringLiteral("Authentication failed: the client's token does not match the agent's token.");
    QCOMPARE(reply, RcmdMessage::authFailed(reason));
    QCOMPARE(server.state(), RcmdAuthServer::State::Failed);
    QCOMPARE(server.error(), reason);
    QCOMPARE(server.isAuthenticated(), false);

    // Failed is final: even the right proof does nothing now.
    QCOMPARE(server.onMessage(RcmdMessage::auth(RcmdAuth::clientProof(Token, challenge.agentNonce, nonce('\x11')))),
             QByteArray());
    QCOMPARE(server.state(), RcmdAuthServer::State::Failed);
}

void TestRcmdAuth::clientDetectsFakeAgent()
{
    RcmdAuthClient client(Token, fixedNonce('\x11'));
    RcmdAuthServer fakeAgent(QByteArrayLiteral("other token"), fixedNonce('\xa1'));
    RcmdMessage message;
    QVERIFY(decodeOne(client.start(), &message));
    QVERIFY(decodeOne(fakeAgent.onMessage(message), &message));
    QCOMPARE(message.type, Type::Challenge);

    // No Auth goes out: the client proves nothing to an agent that could not prove itself.
    QCOMPARE(client.onMessage(message), QByteArray());
    QCOMPARE(client.state(), RcmdAuthClient::State::Failed);
    QCOMPARE(client.error(),
             QStringLiteral("The agent could not prove that it knows the token: it is another agent "
                            "or its token differs. This client did not authenticate to it."));
    QCOMPARE(client.onMessage(RcmdMessage::authOk(QStringLiteral("UTF-8"))), QByteArray());
    QCOMPARE(client.isAuthenticated(), false);
}

void TestRcmdAuth::replayedAuthFails()
{
    Transcript recorded;
    QVERIFY(recordHandshake(&recorded));

    // An eavesdropper replays the client's recorded Hello and Auth to an agent that picks a fresh nonce.
    RcmdAuthServer server(Token, fixedNonce('\xa2'));
    RcmdMessage message;
    QVERIFY(decodeOne(recorded.hello, &message));
    const QByteArray challenge = server.onMessage(message);
    QVERIFY(challenge != recorded.challenge);
    QVERIFY(decodeOne(recorded.auth, &message));
    QVERIFY(decodeOne(server.onMessage(message), &message));
    QCOMPARE(message.type, Type::AuthFailed);
    QCOMPARE(server.state(), RcmdAuthServer::State::Failed);
    QCOMPARE(server.error(),
             QStringLiteral("Authentication failed: the client's token does not match the agent's token."));

    // Control: only the agent's fresh nonce stops the replay; with the recorded nonce it would pass.
    RcmdAuthServer repeatingServer(Token, fixedNonce('\xa1'));
    QVERIFY(decodeOne(recorded.hello, &message));
    QCOMPARE(repeatingServer.onMessage(message), recorded.challenge);
    QVERIFY(decodeOne(recorded.auth, &message));
    repeatingServer.onMessage(message);
    QCOMPARE(repeatingServer.isAuthenticated(), true);
}

void TestRcmdAuth::replayedChallengeFails()
{
    Transcript recorded;
    QVERIFY(recordHandshake(&recorded));

    // A fake agent replays the recorded Challenge to a client that picked a fresh nonce.
    RcmdAuthClient client(Token, fixedNonce('\x12'));
    QVERIFY(client.start() != recorded.hello);
    RcmdMessage message;
    QVERIFY(decodeOne(recorded.challenge, &message));
    QCOMPARE(client.onMessage(message), QByteArray());
    QCOMPARE(client.state(), RcmdAuthClient::State::Failed);
    QCOMPARE(client.error(),
             QStringLiteral("The agent could not prove that it knows the token: it is another agent "
                            "or its token differs. This client did not authenticate to it."));
}

void TestRcmdAuth::messageBeforeAuthentication_data()
{
    QTest::addColumn<RcmdMessage>("message");
    QTest::addColumn<QString>("error");

    const auto sentence = [](const char *name) {
        return QStringLiteral("The client sent %1 before authenticating: the connection is not authenticated, so "
                              "nothing was run.")
            .arg(QLatin1String(name));
    };
    QTest::newRow("Run") << RcmdMessage::run(1, {QStringLiteral("rm"), QStringLiteral("-rf"), QStringLiteral("/")})
                         << sentence("Run");
    QTest::newRow("Cancel") << RcmdMessage::cancel(1) << sentence("Cancel");
    QTest::newRow("Output") << RcmdMessage::output(1, RcmdMessage::Stream::Stdout, QByteArrayLiteral("x"))
                            << sentence("Output");
    QTest::newRow("Error") << RcmdMessage::error(0, QStringLiteral("x")) << sentence("Error");
    QTest::newRow("Bye") << RcmdMessage::bye() << sentence("Bye");
    QTest::newRow("Auth before Hello") << RcmdMessage::auth(nonce('p')) << sentence("Auth");
    QTest::newRow("AuthOk") << RcmdMessage::authOk(QStringLiteral("UTF-8")) << sentence("AuthOk");
    QTest::newRow("Challenge") << RcmdMessage::challenge(nonce('n'), nonce('p')) << sentence("Challenge");
}

void TestRcmdAuth::messageBeforeAuthentication()
{
    QFETCH(RcmdMessage, message);
    QFETCH(QString, error);

    RcmdAuthServer server(Token, fixedNonce('\xa1'));
    RcmdMessage reply;
    QVERIFY(decodeOne(server.onMessage(message), &reply));
    QCOMPARE(reply, RcmdMessage::authFailed(error));
    QCOMPARE(server.state(), RcmdAuthServer::State::Failed);
    QCOMPARE(server.error(), error);
    // Nothing gets the connection going again.
    QCOMPARE(server.onMessage(RcmdMessage::hello(nonce('\x11'))), QByteArray());
    QCOMPARE(server.isAuthenticated(), false);
}

void TestRcmdAuth::messageBetweenHelloAndAuth()
{
    RcmdAuthServer server(Token, fixedNonce('\xa1'));
    RcmdMessage reply;
    QVERIFY(decodeOne(server.onMessage(RcmdMessage::hello(nonce('\x11'))), &reply));
    QCOMPARE(reply.type, Type::Challenge);
    QVERIFY(decodeOne(server.onMessage(RcmdMessage::run(1, {QStringLiteral("id")})), &reply));
    const QString error = QStringLiteral(
        "The client sent Run before authenticating: the connection is not authenticated, so nothing was run.");
    QCOMPARE(reply, RcmdMessage::authFailed(error));
    QCOMPARE(server.state(), RcmdAuthServer::State::Failed);
    QCOMPARE(server.error(), error);
}

void TestRcmdAuth::badHello_data()
{
    QTest::addColumn<QByteArray>("magic");
    QTest::addColumn<quint32>("version");
    QTest::addColumn<QString>("error");

    const QString wrongMagic = QStringLiteral(
        "The peer is not a SocketLab remote-command client (wrong magic); this agent expects protocol version 1.");
    QTest::newRow("version 2") << QByteArrayLiteral("SLRC") << quint32(2)
                               << QStringLiteral("The client speaks remote-command protocol version 2, but this agent "
                                                 "speaks version 1; update one of them.");
    QTest::newRow("version 0") << QByteArrayLiteral("SLRC") << quint32(0)
                               << QStringLiteral("The client speaks remote-command protocol version 0, but this agent "
                                                 "speaks version 1; update one of them.");
    QTest::newRow("lowercase magic") << QByteArrayLiteral("slrc") << quint32(1) << wrongMagic;
    QTest::newRow("empty magic") << QByteArray() << quint32(1) << wrongMagic;
    QTest::newRow("longer magic") << QByteArrayLiteral("SLRC1") << quint32(1) << wrongMagic;
    QTest::newRow("wrong magic and version") << QByteArrayLiteral("HTTP") << quint32(2) << wrongMagic;
}

void TestRcmdAuth::badHello()
{
    QFETCH(QByteArray, magic);
    QFETCH(quint32, version);
    QFETCH(QString, error);

    RcmdMessage hello = RcmdMessage::hello(nonce('\x11'));
    hello.magic = magic;
    hello.version = version;
    RcmdMessage decoded;
    QVERIFY(decodeOne(frameOf(hello), &decoded)); // the decoder passes it on; the agent judges it

    RcmdAuthServer server(Token, fixedNonce('\xa1'));
    RcmdMessage reply;
    QVERIFY(decodeOne(server.onMessage(decoded), &reply));
    QCOMPARE(reply, RcmdMessage::authFailed(error));
    QCOMPARE(server.state(), RcmdAuthServer::State::Failed);
    QCOMPARE(server.error(), error);
}

void TestRcmdAuth::clientRefusesOtherVersion()
{
    RcmdAuthClient client(Token, fixedNonce('\x11'));
    client.start();
    RcmdMessage challenge =
        RcmdMessage::challenge(nonce('\xa1'), RcmdAuth::agentProof(Token, nonce('\x11'), nonce('\xa1')));
    challenge.version = 2;
    QCOMPARE(client.onMessage(challenge), QByteArray());
    QCOMPARE(client.state(), RcmdAuthClient::State::Failed);
    QCOMPARE(client.error(),
             QStringLiteral("The agent speaks remote-command protocol version 2, but this client "
                            "speaks version 1; update one of them."));
}

void TestRcmdAuth::clientReportsAgentRefusal()
{
    // The agent refuses the Hello (another version, say): the client reports the agent's sentence.
    RcmdAuthClient early(Token, fixedNonce('\x11'));
    early.start();
    QCOMPARE(early.onMessage(RcmdMessage::authFailed(QStringLiteral("Go away."))), QByteArray());
    QCOMPARE(early.state(), RcmdAuthClient::State::Failed);
    QCOMPARE(early.error(), QStringLiteral("The agent refused authentication: Go away."));

    // The agent refuses the Auth (altered on the way, say): the client never becomes authenticated.
    RcmdAuthClient late(Token, fixedNonce('\x11'));
    late.start();
    QVERIFY(!late.onMessage(
                     RcmdMessage::challenge(nonce('\xa1'), RcmdAuth::agentProof(Token, nonce('\x11'), nonce('\xa1'))))
                 .isEmpty());
    QCOMPARE(late.state(), RcmdAuthClient::State::WaitingResult);
    const QString reason = QStringLiteral("认证失败：客户端的令牌与代理的令牌不一致。");
    QCOMPARE(late.onMessage(RcmdMessage::authFailed(reason)), QByteArray());
    QCOMPARE(late.state(), RcmdAuthClient::State::Failed);
    // ... and says so in its own language, whatever the agent's words (here Chinese).
    QCOMPARE(late.error(),
             QStringLiteral("Authentication failed: the agent did not accept this client's token (the two tokens "
                            "differ). Nothing was run."));
    QCOMPARE(late.onMessage(RcmdMessage::authOk(QStringLiteral("UTF-8"))), QByteArray());
    QCOMPARE(late.isAuthenticated(), false);
}

void TestRcmdAuth::clientRejectsUnexpectedMessage()
{
    RcmdAuthClient beforeChallenge(Token, fixedNonce('\x11'));
    beforeChallenge.start();
    QCOMPARE(beforeChallenge.onMessage(RcmdMessage::authOk(QStringLiteral("UTF-8"))), QByteArray());
    QCOMPARE(beforeChallenge.state(), RcmdAuthClient::State::Failed);
    QCOMPARE(beforeChallenge.error(),
             QStringLiteral("The agent sent an unexpected AuthOk message during authentication."));

    RcmdAuthClient notStarted(Token, fixedNonce('\x11'));
    QCOMPARE(notStarted.onMessage(RcmdMessage::output(1, RcmdMessage::Stream::Stdout, QByteArrayLiteral("x"))),
             QByteArray());
    QCOMPARE(notStarted.error(), QStringLiteral("The agent sent an unexpected Output message during authentication."));
}

void TestRcmdAuth::afterAuthentication()
{
    RcmdAuthClient client(Token, fixedNonce('\x11'));
    RcmdAuthServer server(Token, fixedNonce('\xa1'));
    RcmdMessage message;
    QVERIFY(decodeOne(client.start(), &message));
    QVERIFY(decodeOne(server.onMessage(message), &message));
    QVERIFY(decodeOne(client.onMessage(message), &message));
    QVERIFY(decodeOne(server.onMessage(message), &message));
    client.onMessage(message);
    QVERIFY(client.isAuthenticated() && server.isAuthenticated());

    // Session messages pass the gate untouched.
    QCOMPARE(server.onMessage(RcmdMessage::run(1, {QStringLiteral("id")})), QByteArray());
    QCOMPARE(server.state(), RcmdAuthServer::State::Authenticated);
    QCOMPARE(client.onMessage(RcmdMessage::bye()), QByteArray());
    QCOMPARE(client.state(), RcmdAuthClient::State::Authenticated);

    // A second handshake on the same connection is refused, without an AuthFailed.
    QCOMPARE(server.onMessage(RcmdMessage::hello(nonce('\x11'))), QByteArray());
    QCOMPARE(server.state(), RcmdAuthServer::State::Failed);
    QCOMPARE(server.error(), QStringLiteral("The client sent an unexpected Hello message after authentication."));
    QCOMPARE(client.onMessage(RcmdMessage::challenge(nonce('\xa1'), nonce('p'))), QByteArray());
    QCOMPARE(client.state(), RcmdAuthClient::State::Failed);
    QCOMPARE(client.error(), QStringLiteral("The agent sent an unexpected Challenge message after authentication."));
}

void TestRcmdAuth::emptyToken()
{
    const QString error = QStringLiteral("The token is empty: set the same token on the client and on the agent.");
    RcmdAuthClient client(QByteArray(), fixedNonce('\x11'));
    QCOMPARE(client.state(), RcmdAuthClient::State::Failed);
    QCOMPARE(client.error(), error);
    QCOMPARE(client.start(), QByteArray());

    RcmdAuthServer server(QByteArray(), fixedNonce('\xa1'));
    QCOMPARE(server.state(), RcmdAuthServer::State::Failed);
    QCOMPARE(server.error(), error);
    QCOMPARE(server.onMessage(RcmdMessage::hello(nonce('\x11'))), QByteArray());
}

void TestRcmdAuth::startOnlyOnce()
{
    RcmdAuthClient client(Token, fixedNonce('\x11'));
    QVERIFY(!client.start().isEmpty());
    QCOMPARE(client.start(), QByteArray());
    QCOMPARE(client.state(), RcmdAuthClient::State::WaitingChallenge);
}

void TestRcmdAuth::badNonceSource()
{
    RcmdAuthClient client(Token, [] { return QByteArray(16, 'n'); });
    QCOMPARE(client.start(), QByteArray());
    QCOMPARE(client.state(), RcmdAuthClient::State::Failed);
    QCOMPARE(client.error(), QStringLiteral("The nonce source gave 16 bytes instead of 32."));

    RcmdAuthServer server(Token, [] { return QByteArray(); });
    RcmdMessage reply;
    QVERIFY(decodeOne(server.onMessage(RcmdMessage::hello(nonce('\x11'))), &reply));
    QCOMPARE(reply, RcmdMessage::authFailed(QStringLiteral("The nonce source gave 0 bytes instead of 32.")));
    QCOMPARE(server.state(), RcmdAuthServer::State::Failed);
}

void TestRcmdAuth::refusalFitsHandshakeLimit()
{
    // A reason sent in AuthFailed must fit the 256-byte handshake limit (the agent cuts longer ones). The version
    // sentence with the longest version number fits whole.
    RcmdMessage hello = RcmdMessage::hello(nonce('\x11'));
    hello.version = 4294967295u;
    RcmdAuthServer server(Token, fixedNonce('\xa1'));
    const QByteArray frame = server.onMessage(hello);
    QVERIFY(frame.size() <= 4 + RcmdProtocol::HandshakeMaxFrameSize);
    RcmdMessage reply;
    QVERIFY(decodeOne(frame, &reply));
    QCOMPARE(reply.text, server.error());
}

void TestRcmdAuth::systemNonce()
{
    const QByteArray first = RcmdAuth::systemNonce();
    const QByteArray second = RcmdAuth::systemNonce();
    QCOMPARE(first.size(), qsizetype(32));
    QCOMPARE(second.size(), qsizetype(32));
    QVERIFY(first != second);

    // The default source gives a fresh nonce per handshake.
    RcmdAuthClient a(Token);
    RcmdAuthClient b(Token);
    RcmdMessage helloA;
    RcmdMessage helloB;
    QVERIFY(decodeOne(a.start(), &helloA));
    QVERIFY(decodeOne(b.start(), &helloB));
    QVERIFY(helloA.clientNonce != helloB.clientNonce);
}

void TestRcmdAuth::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");

    const QByteArray proof = RcmdAuth::agentProof(Token, nonce('\x11'), nonce('\xa1'));
    QByteArray firstDiffers = proof;
    firstDiffers[0] = char(firstDiffers.at(0) ^ 0x01);
    QByteArray lastDiffers = proof;
    lastDiffers[31] = char(lastDiffers.at(31) ^ 0x80);

    QTest::newRow("equal") << proof << QByteArray(proof) << true;
    QTest::newRow("first byte differs") << proof << firstDiffers << false;
    QTest::newRow("last byte differs") << proof << lastDiffers << false;
    QTest::newRow("every byte differs") << nonce('\x00') << nonce('\xff') << false;
    QTest::newRow("shorter prefix") << proof << proof.left(31) << false;
    QTest::newRow("longer") << proof << proof + '\0' << false;
    QTest::newRow("empty and proof") << QByteArray() << proof << false;
    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
}

void TestRcmdAuth::constantTimeEquals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);

    QCOMPARE(RcmdAuth::constantTimeEquals(a, b), equal);
    QCOMPARE(RcmdAuth::constantTimeEquals(b, a), equal);
}

void TestRcmdAuth::endToEndThroughReaders()
{
    // Both sides read with the handshake limit, raise it after AuthOk, then carry a Run larger than 256 bytes.
    RcmdAuthClient client(Token);
    RcmdAuthServer server(Token);
    RcmdReader clientReader;
    RcmdReader agentReader;
    QList<RcmdMessage> atAgent;
    QList<RcmdMessage> atClient;

    QVERIFY(agentReader.feed(client.start(), &atAgent));
    QCOMPARE(atAgent.size(), 1);
    QVERIFY(clientReader.feed(server.onMessage(atAgent.takeFirst()), &atClient));
    QCOMPARE(atClient.size(), 1);
    QVERIFY(agentReader.feed(client.onMessage(atClient.takeFirst()), &atAgent));
    QCOMPARE(atAgent.size(), 1);
    QVERIFY(clientReader.feed(server.onMessage(atAgent.takeFirst()), &atClient));
    QCOMPARE(atClient.size(), 1);
    QCOMPARE(client.onMessage(atClient.takeFirst()), QByteArray());
    QVERIFY(client.isAuthenticated() && server.isAuthenticated());

    clientReader.setMaxFrameSize(RcmdProtocol::MaxFrameSize);
    agentReader.setMaxFrameSize(RcmdProtocol::MaxFrameSize);
    const RcmdMessage run = RcmdMessage::run(1, {QStringLiteral("echo"), QString(1000, QLatin1Char('x'))});
    QVERIFY(agentReader.feed(frameOf(run), &atAgent));
    QCOMPARE(atAgent, QList<RcmdMessage>({run}));
    QCOMPARE(server.onMessage(atAgent.first()), QByteArray());
    QVERIFY(server.isAuthenticated());
}

QTEST_GUILESS_MAIN(TestRcmdAuth)
#include "tst_rcmdauth.moc"
