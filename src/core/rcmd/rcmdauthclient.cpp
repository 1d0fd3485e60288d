// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "rcmd/rcmdauthclient.h"

#include <utility>

#include "rcmd/rcmdprotocol.h"

RcmdAuthClient::RcmdAuthClient(const QByteArray &token, RcmdAuth::NonceSource nonceSource)
    : m_token(token)
    , m_nonceSource(nonceSource ? std::move(nonceSource) : RcmdAuth::NonceSource(&RcmdAuth::systemNonce))
{
    if (m_token.isEmpty())
        fail(tr("The token is empty: set the same token on the client and on the agent."));
}

QByteArray RcmdAuthClient::start()
{
    if (m_state != State::Idle)
        return {};
    m_clientNonce = m_nonceSource();
    if (m_clientNonce.size() != RcmdProtocol::NonceSize) {
        //: %1 and %2 are byte counts.
        return fail(
            tr("The nonce source gave %1 bytes instead of %2.").arg(m_clientNonce.size()).arg(RcmdProtocol::NonceSize));
    }
    QByteArray frame;
    QString error;
    if (!RcmdProtocol::encode(RcmdMessage::hello(m_clientNonce), &frame, &error))
        return fail(error);
    m_state = State::WaitingChallenge;
    return frame;
}

QByteArray RcmdAuthClient::onMessage(const RcmdMessage &message)
{
    using Type = RcmdMessage::Type;
    const QString name = RcmdMessage::typeName(message.type);
    switch (m_state) {
    case State::Failed:
        return {};
    case State::Authenticated:
        if (!RcmdProtocol::isHandshake(message.type))
            return {};
        //: %1 is a protocol message name (e.g. Challenge).
        return fail(tr("The agent sent an unexpected %1 message after authentication.").arg(name));
    case State::Idle:
        break;
    case State::WaitingChallenge:
    case State::WaitingResult:
        if (message.type == Type::AuthFailed) {
            // After this client proved its token, the agent's only refusal is a token mismatch: say so in this
            // client's language rather than quote the agent's, which speaks its own.
            if (m_state == State::WaitingResult) {
                return fail(tr("Authentication failed: the agent did not accept this client's token (the two tokens "
                               "differ). Nothing was run."));
            }
            //: %1 is the agent's reason, a sentence.
            return fail(tr("The agent refused authentication: %1").arg(message.text));
        }
        if (m_state == State::WaitingChallenge && message.type == Type::Challenge) {
            if (message.version != RcmdProtocol::Version) {
                //: %1 and %2 are protocol version numbers.
                return fail(tr("The agent speaks remote-command protocol version %1, but this client speaks version "
                               "%2; update one of them.")
                                .arg(message.version)
                                .arg(RcmdProtocol::Version));
            }
            const QByteArray expected = RcmdAuth::agentProof(m_token, m_clientNonce, message.agentNonce);
            if (!RcmdAuth::constantTimeEquals(message.agentProof, expected)) {
                return fail(tr("The agent could not prove that it knows the token: it is another agent or its token "
                               "differs. This client did not authenticate to it."));
            }
            QByteArray frame;
            QString error;
            const QByteArray proof = RcmdAuth::clientProof(m_token, message.agentNonce, m_clientNonce);
            if (!RcmdProtocol::encode(RcmdMessage::auth(proof), &frame, &error))
                return fail(error);
            m_state = State::WaitingResult;
            return frame;
        }
        if (m_state == State::WaitingResult && message.type == Type::AuthOk) {
            m_state = State::Authenticated;
            m_agentOutputEncoding = message.outputEncoding;
            return {};
        }
        break;
    }
    //: %1 is a protocol message name (e.g. Output).
    return fail(tr("The agent sent an unexpected %1 message during authentication.").arg(name));
}

QByteArray RcmdAuthClient::fail(const QString &error)
{
    m_state = State::Failed;
    m_error = error;
    return {};
}
