// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "rcmd/rcmdagent.h"

#include <unistd.h>

#include <functional>
#include <utility>

#include <QByteArray>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

#include "net/endpoint.h"
#include "net/socketerrortext.h"
#include "payload/textcodec.h"
#include "rcmd/rcmdaudit.h"
#include "rcmd/rcmdauthserver.h"
#include "rcmd/rcmdclassicsession.h"
#include "rcmd/rcmdsession.h"
#include "rcmd/rcmdtls.h"

namespace {

/** Hands each accepted descriptor to the agent, which wraps it in a plain or TLS socket itself (so that the
    authentication deadline covers the TLS handshake too). */
class DescriptorServer final : public QTcpServer
{
public:
    explicit DescriptorServer(std::function<void(qintptr)> accept, QObject *parent)
        : QTcpServer(parent)
        , m_accept(std::move(accept))
    { }

protected:
    void incomingConnection(qintptr descriptor) override { m_accept(descriptor); }

private:
    std::function<void(qintptr)> m_accept;
};

/** How long a refused connection has to take its one message before it is cut. */
constexpr int RefusalGraceMs = 2000;

} // namespace

RcmdAgent::RcmdAgent(QObject *parent)
    : QObject(parent)
{ }

RcmdAgent::~RcmdAgent()
{
    // Sessions release their slots into this object while they die: delete them before its members go.
    stop();
    const QList<QObject *> children = this->children();
    for (QObject *child : children)
        delete child;
}

QString RcmdAgent::validate(const RcmdAgentConfig &config)
{
    const bool loopback = config.address.isLoopback();
    if (config.classic) {
        if (config.tlsEnabled())
            return tr("Classic mode speaks the tutorials' plain protocol and cannot use TLS.");
        if (!loopback && !config.allowRemoteClassic) {
            //: %1 is an IP address.
            return tr("Classic mode has no authentication, so it listens only on loopback (127.0.0.1 or ::1), not on "
                      "%1, unless remote classic access is allowed explicitly (--classic-allow-remote).")
                .arg(config.address.toString());
        }
    } else {
        if (config.token.isEmpty())
            return tr("The agent needs a token that clients must prove they know.");
        if (!loopback && !config.tlsEnabled() && !config.allowRemotePlain) {
            //: %1 is an IP address.
            return tr("Listening on %1, beyond loopback, without TLS needs an explicit choice (--allow-remote), or a "
                      "TLS certificate and key.")
                .arg(config.address.toString());
        }
        if (config.certificate.isNull() != config.privateKey.isNull())
            return tr("TLS needs both a certificate and its private key.");
        if (config.tlsEnabled() && !RcmdTls::isAvailable())
            return tr("TLS is not available: this Qt has no working TLS backend (OpenSSL).");
    }
    if (::geteuid() == 0 && !config.allowRoot) {
        return tr("The agent refuses to run as root: every command would run as root. Run it as an ordinary user, "
                  "or allow it explicitly (--allow-root).");
    }
    if (config.maxCommandsPerConnection < 1 || config.maxCommands < 1 || config.maxConnections < 1 ||
        config.authTimeoutMs < 1 || config.failedAuthLimit < 1 || config.commandTimeoutMs < 0 || config.outputCap < 0 ||
        config.backoffMs < 0)
        return tr("The agent's limits must be positive numbers.");
    if (TextCodec::canonicalName(config.outputEncoding).isEmpty())
        //: %1 is an encoding name.
        return tr("The output encoding \"%1\" is not supported.").arg(config.outputEncoding);
    return {};
}

QStringList RcmdAgent::warnings(const RcmdAgentConfig &config)
{
    QStringList list;
    const QString where = config.address.toString();
    if (config.classic) {
        //: %1 is an IP address.
        list << tr("WARNING: classic mode has no authentication: anyone who can connect to %1 runs shell commands as "
                   "this user. Use it only to try the tutorials' clients.")
                    .arg(where);
        if (!config.address.isLoopback())
            //: %1 is an IP address.
            list << tr("WARNING: classic mode is listening beyond loopback on %1: every machine that can reach this "
                       "port owns this account.")
                        .arg(where);
    } else {
        if (!config.address.isLoopback() && !config.tlsEnabled()) {
            //: %1 is an IP address.
            list << tr("Warning: listening on %1 without TLS: the token never crosses the network, but commands and "
                       "their output do, readable by anyone on the path.")
                        .arg(where);
        }
        // Whoever can connect receives a challenge and can test guesses offline: only length stops that.
        if (!config.token.isEmpty() && config.token.size() < MinimumTokenLength) {
            list << tr("Warning: the token is only %n character(s) long. Anyone who can connect can test guesses "
                       "offline; use at least %1 random characters (e.g. head -c 32 /dev/urandom | base64).",
                       nullptr, int(config.token.size()))
                        .arg(MinimumTokenLength);
        }
    }
    return list;
}

bool RcmdAgent::start(const RcmdAgentConfig &config)
{
    stop();
    m_error = validate(config);
    if (!m_error.isEmpty())
        return false;
    m_config = config;
    m_config.outputEncoding = TextCodec::canonicalName(config.outputEncoding);
    m_failures.clear();
    auto *server = new DescriptorServer([this](qintptr descriptor) { onNewConnection(descriptor); }, this);
    // A crashed agent restarted at once must get its port back despite TIME_WAIT; QTcpServer sets SO_REUSEADDR.
    if (!server->listen(config.address, config.port)) {
        SocketErrorText::Context context;
        context.endpoint = Endpoint::format(config.address, config.port);
        context.port = config.port;
        context.systemText = server->errorString();
        m_error = SocketErrorText::describe(server->serverError(), context);
        delete server;
        return false;
    }
    m_server = server;
    emit listening(config.address.toString(), server->serverPort());
    return true;
}

void RcmdAgent::stop()
{
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
    const QList<RcmdSession *> sessions = findChildren<RcmdSession *>(Qt::FindDirectChildrenOnly);
    for (RcmdSession *session : sessions)
        session->abort();
    const QList<RcmdClassicSession *> classic = findChildren<RcmdClassicSession *>(Qt::FindDirectChildrenOnly);
    for (RcmdClassicSession *session : classic)
        session->abort();
}

bool RcmdAgent::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 RcmdAgent::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void RcmdAgent::onNewConnection(qintptr descriptor)
{
    QTcpSocket *socket = m_config.tlsEnabled() ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        ::close(int(descriptor));
        return;
    }
    const QString address = Endpoint::plain(socket->peerAddress()).toString();
    const QString peer = Endpoint::format(socket->peerAddress(), socket->peerPort());
    if (auto *tls = qobject_cast<QSslSocket *>(socket)) {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(m_config.certificate);
        configuration.setPrivateKey(m_config.privateKey);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        configuration.setProtocol(QSsl::TlsV1_2OrLater);
        tls->setSslConfiguration(configuration);
        tls->startServerEncryption();
    }
    const QString refusal = refusalFor(address);
    if (!refusal.isEmpty()) {
        refuse(socket, peer, refusal);
        return;
    }
    ++m_connections;
    auto acquire = [this] { return acquireSlot(); };
    auto release = [this] { releaseSlot(); };
    if (m_config.classic) {
        auto *session = new RcmdClassicSession(socket, m_config, acquire, release, this);
        connect(session, &RcmdClassicSession::audit, this, &RcmdAgent::audit);
        connect(session, &RcmdClassicSession::closed, this, [this] { --m_connections; });
        emit audit(RcmdAudit::line(QStringLiteral("connect"), session->peer(),
                                   {{QStringLiteral("mode"), QStringLiteral("classic")}}));
        return;
    }
    auto *session = new RcmdSession(socket, m_config, acquire, release, this);
    connect(session, &RcmdSession::audit, this, &RcmdAgent::audit);
    connect(session, &RcmdSession::closed, this, [this] { --m_connections; });
    connect(session, &RcmdSession::authenticated, this, [this, address] { m_failures.remove(address); });
    connect(session, &RcmdSession::authenticationFailed, this, [this, address] { recordFailure(address); });
    emit audit(RcmdAudit::line(QStringLiteral("connect"), session->peer()));
}

QString RcmdAgent::refusalFor(const QString &address)
{
    const auto found = m_failures.find(address);
    if (found != m_failures.end()) {
        const qint64 elapsed = found->since.elapsed();
        if (elapsed >= m_config.backoffMs) {
            m_failures.erase(found);
        } else if (found->count >= m_config.failedAuthLimit) {
            const int seconds = int((m_config.backoffMs - elapsed + 999) / 1000);
            //: %1 is an IP address; %n a number of seconds.
            return tr("Too many failed authentications from %1: refused for %n more second(s).", nullptr, seconds)
                .arg(address);
        }
    }
    if (m_connections >= m_config.maxConnections) {
        return tr("The agent already serves %n connection(s), its limit; try again later.", nullptr,
                  m_config.maxConnections);
    }
    return {};
}

void RcmdAgent::refuse(QTcpSocket *socket, const QString &peer, const QString &reason)
{
    emit audit(RcmdAudit::line(QStringLiteral("refused"), peer, {{QStringLiteral("reason"), reason}}));
    if (!m_config.classic) {
        // The client learns why.
        socket->write(RcmdAuthServer::authFailedFrame(reason));
    }
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(RefusalGraceMs, socket, [socket] { socket->abort(); });
    if (auto *tls = qobject_cast<QSslSocket *>(socket)) {
        // Written data waits for the TLS handshake; close once it is through.
        connect(tls, &QSslSocket::encrypted, tls, [tls] { tls->disconnectFromHost(); });
        return;
    }
    socket->disconnectFromHost();
}

void RcmdAgent::recordFailure(const QString &address)
{
    Failures &failures = m_failures[address];
    if (failures.since.isValid() && failures.since.elapsed() >= m_config.backoffMs)
        failures.count = 0;
    ++failures.count;
    failures.since.start();
}

QString RcmdAgent::acquireSlot()
{
    if (m_running >= m_config.maxCommands) {
        return tr("The agent already runs %n command(s), its limit; wait for one to end.", nullptr,
                  m_config.maxCommands);
    }
    ++m_running;
    return {};
}

void RcmdAgent::releaseSlot()
{
    if (m_running > 0)
        --m_running;
}
