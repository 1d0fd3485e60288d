// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <QByteArray>
#include <QByteArrayView>

/** The cryptography of the remote-command handshake (see rcmdprotocol.h): nonces, proofs, constant-time checks. */
class RcmdAuth final
{
public:
    /** Gives a fresh nonce of RcmdProtocol::NonceSize bytes on each call. Injectable so tests can fix nonces. */
    using NonceSource = std::function<QByteArray()>;

    /** 32 bytes from QRandomGenerator::system(). */
    static QByteArray systemNonce();

    /** HMAC-SHA256(token, "SLRC1 agent" || clientNonce || agentNonce): the agent proves it knows the token. */
    static QByteArray agentProof(const QByteArray &token, const QByteArray &clientNonce, const QByteArray &agentNonce);
    /** HMAC-SHA256(token, "SLRC1 client" || agentNonce || clientNonce): the client proves it knows the token. */
    static QByteArray clientProof(const QByteArray &token, const QByteArray &agentNonce, const QByteArray &clientNonce);

    /** True when a and b hold the same bytes. Looks at every byte whatever it finds, so the time taken says
        nothing about where two equally long inputs differ; inputs of different lengths are never equal. */
    static bool constantTimeEquals(QByteArrayView a, QByteArrayView b);
};
