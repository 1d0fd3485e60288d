// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "rcmd/rcmdclient.h"

#include <QList>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStringList>
#include <QTimer>

#include "net/socketerrortext.h"
#include "rcmd/rcmdprotocol.h"
#include "rcmd/rcmdtls.h"

namespace {

/** Bytes read from the socket per loop turn. */
constexpr qint64 ReadChunk = 256 * 1024;

} // namespace

RcmdClient::RcmdClient(QObject *parent)
    : QObject(parent)
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        fail(Failure::TimedOut,
             tr("The agent at %1 did not complete connecting and authentication within %n "
                "second(s).",
                nullptr, qMax(1, m_config.timeoutMs / 1000))
                 .arg(endpoint()));
    });
}

RcmdClient::~RcmdClient()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void RcmdClient::connectToAgent(const RcmdClientConfig &config)
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_config = config;
    m_failure = Failure::None;
    m_error.clear();
    m_running.clear();
    m_peerFingerprint.clear();
    m_closing = false;
    m_auth = std::make_unique<RcmdAuthClient>(config.token);
    m_reader = std::make_unique<RcmdReader>(RcmdProtocol::HandshakeMaxFrameSize);
    QTcpSocket *socket = config.tls ? new QSslSocket(this) : new QTcpSocket(this);
    m_socket = socket;
    connect(socket, &QTcpSocket::readyRead, this, &RcmdClient::onReadyRead);
    connect(socket, &QTcpSocket::errorOccurred, this, &RcmdClient::onSocketError);
    connect(socket, &QTcpSocket::disconnected, this, &RcmdClient::onDisconnected);
    setState(State::Connecting);
    m_deadline->start(qMax(1, config.timeoutMs));
    if (auto *tls = qobject_cast<QSslSocket *>(socket)) {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setProtocol(QSsl::TlsV1_2OrLater);
        // A pinned fingerprint replaces the authorities: the certificate is checked in onEncrypted().
        if (!config.fingerprint.isEmpty())
            configuration.setPeerVerifyMode(QSslSocket::QueryPeer);
        tls->setSslConfiguration(configuration);
        connect(tls, &QSslSocket::encrypted, this, &RcmdClient::onEncrypted);
        connect(tls, &QSslSocket::sslErrors, this, [this, tls](const QList<QSslError> &errors) {
            // Qt reports verification errors whatever the verify mode; with a pin, onEncrypted() decides.
            if (!m_config.fingerprint.isEmpty())
                return;
            m_peerFingerprint = RcmdTls::fingerprint(tls->peerCertificate());
            QStringList reasons;
            for (const QSslError &error : errors)
                reasons << error.errorString();
            //: %1 lists the TLS library's reasons; %2 is a SHA-256 fingerprint.
            fail(Failure::TlsError,
                 tr("The agent's certificate is not trusted (%1). Its SHA-256 fingerprint is %2: "
                    "if that is your agent's certificate, pin it (--fingerprint).")
                     .arg(reasons.join(QStringLiteral("; ")), RcmdTls::formatFingerprint(m_peerFingerprint)));
        });
        tls->connectToHostEncrypted(config.host, config.port);
    } else {
        connect(socket, &QTcpSocket::connected, this, &RcmdClient::onConnected);
        socket->connectToHost(config.host, config.port);
    }
}

quint32 RcmdClient::run(const QStringList &argv, bool shell, const QString &workingDirectory,
                        const QStringList &environment)
{
    if (m_state != State::Ready || argv.isEmpty())
        return 0;
    const quint32 id = m_nextId++;
    if (m_nextId == 0)
        m_nextId = 1;
    QByteArray frame;
    QString error;
    if (!RcmdProtocol::encode(RcmdMessage::run(id, argv, shell, workingDirectory, environment), &frame, &error)) {
        // Too large for a frame, or otherwise unsendable: report it as this command's failure.
        QMetaObject::invokeMethod(
            this, [this, id, error] { emit commandFailed(id, error); }, Qt::QueuedConnection);
        return id;
    }
    m_running.insert(id);
    sendFrame(frame);
    return id;
}

bool RcmdClient::cancel(quint32 id)
{
    if (m_state != State::Ready || !m_running.contains(id))
        return false;
    send(RcmdMessage::cancel(id));
    return true;
}

void RcmdClient::close()
{
    if (!m_socket || m_state == State::Closed || m_state == State::Idle)
        return;
    m_closing = true;
    m_deadline->stop();
    if (m_state == State::Ready)
        send(RcmdMessage::bye());
    m_socket->disconnectFromHost();
    if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
        onDisconnected();
}

void RcmdClient::onConnected()
{
    setState(State::Authenticating);
    sendFrame(m_auth->start());
}

void RcmdClient::onEncrypted()
{
    auto *tls = qobject_cast<QSslSocket *>(m_socket.data());
    if (!tls)
        return;
    m_peerFingerprint = RcmdTls::fingerprint(tls->peerCertificate());
    if (!m_config.fingerprint.isEmpty() && m_peerFingerprint != m_config.fingerprint) {
        //: %1 is the fingerprint seen, %2 the pinned one.
        fail(Failure::FingerprintMismatch,
             tr("The agent presented a certificate with SHA-256 fingerprint %1, not the pinned %2: it may be another "
                "machine. Nothing was sent.")
                 .arg(RcmdTls::formatFingerprint(m_peerFingerprint), RcmdTls::formatFingerprint(m_config.fingerprint)));
        return;
    }
    onConnected();
}

void RcmdClient::onReadyRead()
{
    for (int slices = 0; slices < 64 && m_socket && m_socket->bytesAvailable() > 0; ++slices) {
        if (m_state == State::Closed || m_state == State::Idle)
            return;
        const QByteArray bytes = m_socket->read(ReadChunk);
        QList<RcmdMessage> messages;
        const bool ok = m_reader->feed(bytes, &messages);
        for (const RcmdMessage &message : std::as_const(messages)) {
            if (m_state == State::Closed)
                return;
            handle(message);
        }
        if (!ok && m_state != State::Closed) {
            //: %1 is the decoding error, a sentence.
            fail(Failure::ProtocolError, tr("The agent sent data this client cannot read: %1").arg(m_reader->error()));
            return;
        }
    }
    if (m_socket && m_socket->bytesAvailable() > 0 && m_state != State::Closed)
        QMetaObject::invokeMethod(this, &RcmdClient::onReadyRead, Qt::QueuedConnection);
}

void RcmdClient::handle(const RcmdMessage &message)
{
    using Type = RcmdMessage::Type;
    if (m_state == State::Authenticating) {
        const QByteArray reply = m_auth->onMessage(message);
        if (m_auth->state() == RcmdAuthClient::State::Failed) {
            fail(Failure::AuthenticationFailed, m_auth->error());
            return;
        }
        sendFrame(reply);
        if (m_auth->isAuthenticated()) {
            m_deadline->stop();
            m_reader->setMaxFrameSize(RcmdProtocol::MaxFrameSize);
            setState(State::Ready);
            emit ready();
        }
        return;
    }
    if (m_state != State::Ready)
        return;
    switch (message.type) {
    case Type::Output:
        if (m_running.contains(message.id))
            emit output(message.id, message.stream, message.data);
        return;
    case Type::Exit:
        if (m_running.remove(message.id))
            emit finished(message.id, message);
        return;
    case Type::Error:
        if (message.id != 0 && m_running.remove(message.id)) {
            emit commandFailed(message.id, message.text);
            return;
        }
        //: %1 is the agent's message, a sentence.
        fail(Failure::ProtocolError, tr("The agent reported an error: %1").arg(message.text));
        return;
    case Type::Bye:
        if (m_running.isEmpty()) {
            close();
            return;
        }
        fail(Failure::ConnectionLost, tr("The agent closed the connection while commands were running."));
        return;
    default:
        break;
    }
    //: %1 is a protocol message name (e.g. Run).
    fail(Failure::ProtocolError,
         tr("The agent sent a %1 message, which only a client sends.").arg(RcmdMessage::typeName(message.type)));
}

void RcmdClient::onSocketError()
{
    if (!m_socket || m_state == State::Closed)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    if (error == QAbstractSocket::RemoteHostClosedError) {
        onDisconnected();
        return;
    }
    SocketErrorText::Context context;
    context.endpoint = endpoint();
    context.timeoutMs = m_config.timeoutMs;
    context.systemText = m_socket->errorString();
    const QString text = SocketErrorText::describe(error, context);
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        fail(Failure::HostNotFound, text);
        return;
    case QAbstractSocket::ConnectionRefusedError:
        fail(Failure::Refused, text);
        return;
    case QAbstractSocket::SocketTimeoutError:
        fail(Failure::TimedOut, text);
        return;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        //: %1 is the TLS library's reason.
        fail(Failure::TlsError, tr("The TLS handshake with the agent failed: %1").arg(m_socket->errorString()));
        return;
    default:
        break;
    }
    fail(m_state == State::Ready && !m_running.isEmpty() ? Failure::ConnectionLost : Failure::NetworkError, text);
}

void RcmdClient::onDisconnected()
{
    if (m_state == State::Closed)
        return;
    if (m_closing || (m_state == State::Ready && m_running.isEmpty())) {
        m_deadline->stop();
        setState(State::Closed);
        emit closed();
        return;
    }
    if (m_state == State::Ready) {
        fail(Failure::ConnectionLost,
             tr("The connection to the agent at %1 was lost while commands were running.").arg(endpoint()));
        return;
    }
    fail(Failure::ProtocolError,
         tr("The agent at %1 closed the connection before authentication completed (is it a "
            "SocketLab agent, and in the same mode?).")
             .arg(endpoint()));
}

void RcmdClient::sendFrame(const QByteArray &frame)
{
    if (m_socket && !frame.isEmpty())
        m_socket->write(frame);
}

void RcmdClient::send(const RcmdMessage &message)
{
    QByteArray frame;
    QString error;
    if (RcmdProtocol::encode(message, &frame, &error))
        sendFrame(frame);
}

void RcmdClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void RcmdClient::fail(Failure failure, const QString &message)
{
    if (m_state == State::Closed)
        return;
    m_deadline->stop();
    m_failure = failure;
    m_error = message;
    m_running.clear();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    setState(State::Closed);
    emit failed(failure, message);
}

QString RcmdClient::endpoint() const
{
    const bool ipv6 = m_config.host.contains(QLatin1Char(':'));
    return (ipv6 ? QLatin1Char('[') + m_config.host + QLatin1Char(']') : m_config.host) + QLatin1Char(':') +
        QString::number(m_config.port);
}
