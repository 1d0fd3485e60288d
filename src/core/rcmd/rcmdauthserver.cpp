// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "rcmd/rcmdauthserver.h"

#include <utility>

#include "rcmd/rcmdprotocol.h"

namespace {

/** UTF-8 bytes of an AuthFailed reason that surely fit the handshake frame limit. */
constexpr qsizetype MaxReasonBytes = 200;

/** `reason`, cut at a character boundary so that it fits an AuthFailed message. */
QString fittedReason(QString reason)
{
    while (reason.toUtf8().size() > MaxReasonBytes)
        reason.chop(reason.size() >= 2 && reason.back().isLowSurrogate() ? 2 : 1);
    return reason;
}

} // namespace

RcmdAuthServer::RcmdAuthServer(const QByteArray &token, RcmdAuth::NonceSource nonceSource)
    : m_token(token)
    , m_nonceSource(nonceSource ? std::move(nonceSource) : RcmdAuth::NonceSource(&RcmdAuth::systemNonce))
{
    if (m_token.isEmpty()) {
        m_state = State::Failed;
        m_error = tr("The token is empty: set the same token on the client and on the agent.");
    }
}

QByteArray RcmdAuthServer::onMessage(const RcmdMessage &message)
{
    using Type = RcmdMessage::Type;
    const QString name = RcmdMessage::typeName(message.type);
    switch (m_state) {
    case State::Failed:
        return {};
    case State::Authenticated:
        if (!RcmdProtocol::isHandshake(message.type))
            return {};
        //: %1 is a protocol message name (e.g. Hello).
        return fail(tr("The client sent an unexpected %1 message after authentication.").arg(name));
    case State::WaitingHello: {
        if (message.type != Type::Hello)
            break;
        if (message.magic != RcmdProtocol::magic()) {
            //: %1 is a protocol version number.
            return fail(tr("The peer is not a SocketLab remote-command client (wrong magic); this agent expects "
                           "protocol version %1.")
                            .arg(RcmdProtocol::Version));
        }
        if (message.version != RcmdProtocol::Version) {
            //: %1 and %2 are protocol version numbers.
            return fail(tr("The client speaks remote-command protocol version %1, but this agent speaks version %2; "
                           "update one of them.")
                            .arg(message.version)
                            .arg(RcmdProtocol::Version));
        }
        m_clientNonce = message.clientNonce;
        m_agentNonce = m_nonceSource();
        if (m_agentNonce.size() != RcmdProtocol::NonceSize) {
            //: %1 and %2 are byte counts.
            return fail(tr("The nonce source gave %1 bytes instead of %2.")
                            .arg(m_agentNonce.size())
                            .arg(RcmdProtocol::NonceSize));
        }
        QByteArray frame;
        QString error;
        const QByteArray proof = RcmdAuth::agentProof(m_token, m_clientNonce, m_agentNonce);
        if (!RcmdProtocol::encode(RcmdMessage::challenge(m_agentNonce, proof), &frame, &error))
            return fail(error);
        m_state = State::WaitingAuth;
        return frame;
    }
    case State::WaitingAuth: {
        if (message.type != Type::Auth)
            break;
        const QByteArray expected = RcmdAuth::clientProof(m_token, m_agentNonce, m_clientNonce);
        if (!RcmdAuth::constantTimeEquals(message.clientProof, expected))
            return fail(tr("Authentication failed: the client's token does not match the agent's token."));
        QByteArray frame;
        QString error;
        if (!RcmdProtocol::encode(RcmdMessage::authOk(m_outputEncoding), &frame, &error))
            return fail(error);
        m_state = State::Authenticated;
        return frame;
    }
    }
    //: %1 is a protocol message name (e.g. Run).
    return fail(tr("The client sent %1 before authenticating: the connection is not authenticated, so nothing was "
                   "run.")
                    .arg(name));
}

QByteArray RcmdAuthServer::fail(const QString &error)
{
    const bool wasAuthenticated = m_state == State::Authenticated;
    m_state = State::Failed;
    m_error = error;
    if (wasAuthenticated)
        return {};
    return authFailedFrame(error);
}

QByteArray RcmdAuthServer::authFailedFrame(const QString &reason)
{
    QByteArray frame;
    QString encodeError;
    RcmdProtocol::encode(RcmdMessage::authFailed(fittedReason(reason)), &frame, &encodeError);
    return frame;
}
