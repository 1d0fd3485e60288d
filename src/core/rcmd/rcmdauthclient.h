// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "rcmd/rcmdauth.h"
#include "rcmd/rcmdmessage.h"

/** The client side of the remote-command handshake (see rcmdprotocol.h). Pure: the caller sends the returned
    frames, passes on received messages and closes the connection on Failed; deadlines are the caller's too. */
class RcmdAuthClient final
{
    Q_DECLARE_TR_FUNCTIONS(RcmdAuthClient)
    Q_DISABLE_COPY_MOVE(RcmdAuthClient)

public:
    enum class State {
        Idle,             ///< start() not called yet
        WaitingChallenge, ///< Hello sent
        WaitingResult,    ///< the agent proved itself, Auth sent
        Authenticated,    ///< AuthOk received
        Failed            ///< see error(); close the connection
    };

    /** A client proving `token`; `nonceSource` gives the client nonce (default RcmdAuth::systemNonce). An empty
        token fails at once. */
    explicit RcmdAuthClient(const QByteArray &token, RcmdAuth::NonceSource nonceSource = {});

    /** The Hello frame to send first, with a fresh nonce; empty, changing nothing, unless state() is Idle. */
    QByteArray start();
    /** Takes a message from the agent and returns the frame to send in reply, often none. A Challenge with a wrong
        agent proof fails before anything proving the token is sent. Once authenticated, non-handshake messages
        pass untouched. */
    QByteArray onMessage(const RcmdMessage &message);

    State state() const { return m_state; }
    /** The output encoding the agent declared in AuthOk; empty until authenticated. */
    QString agentOutputEncoding() const { return m_agentOutputEncoding; }
    bool isAuthenticated() const { return m_state == State::Authenticated; }
    /** Why the handshake failed; empty unless state() is Failed. */
    QString error() const { return m_error; }

private:
    /** Goes to Failed; returns no frame. */
    QByteArray fail(const QString &error);

    QByteArray m_token;
    RcmdAuth::NonceSource m_nonceSource;
    QByteArray m_clientNonce;
    QString m_agentOutputEncoding;
    State m_state = State::Idle;
    QString m_error;
};
