// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "rcmd/rcmdauth.h"
#include "rcmd/rcmdmessage.h"

/** The agent side of the remote-command handshake (see rcmdprotocol.h). Pure: the caller sends the returned
    frames, passes on received messages, runs nothing until isAuthenticated() and closes the connection on Failed;
    deadlines are the caller's too. */
class RcmdAuthServer final
{
    Q_DECLARE_TR_FUNCTIONS(RcmdAuthServer)
    Q_DISABLE_COPY_MOVE(RcmdAuthServer)

public:
    enum class State {
        WaitingHello,  ///< nothing received yet
        WaitingAuth,   ///< Challenge sent
        Authenticated, ///< AuthOk sent: commands may run
        Failed         ///< see error(); send the returned AuthFailed frame, if any, and close the connection
    };

    /** An agent checking clients against `token`; `nonceSource` gives the agent nonce of each handshake (default
        RcmdAuth::systemNonce). An empty token fails at once. */
    explicit RcmdAuthServer(const QByteArray &token, RcmdAuth::NonceSource nonceSource = {});

    /** Takes a message from the client and returns the frame to send in reply: Challenge, AuthOk, or AuthFailed
        (with error() as reason) when the handshake fails. Any message other than the next handshake step fails
        before authentication. Once authenticated, non-handshake messages pass untouched (no reply) and a handshake
        message fails (no reply). */
    QByteArray onMessage(const RcmdMessage &message);

    /** The output encoding AuthOk declares (see RcmdMessage::outputEncoding); "UTF-8" unless set. */
    void setOutputEncoding(const QString &encoding) { m_outputEncoding = encoding; }
    QString outputEncoding() const { return m_outputEncoding; }

    /** The AuthFailed frame for `reason`, cut at a character boundary to fit the handshake frame limit. For
        refusals outside the handshake too (deadline, back-off, limits). */
    static QByteArray authFailedFrame(const QString &reason);

    State state() const { return m_state; }
    bool isAuthenticated() const { return m_state == State::Authenticated; }
    /** Why the handshake failed; empty unless state() is Failed. */
    QString error() const { return m_error; }

private:
    /** Goes to Failed; returns the AuthFailed frame telling the client why (none after authentication). */
    QByteArray fail(const QString &error);

    QByteArray m_token;
    RcmdAuth::NonceSource m_nonceSource;
    QByteArray m_clientNonce;
    QByteArray m_agentNonce;
    QString m_outputEncoding = QStringLiteral("UTF-8");
    State m_state = State::WaitingHello;
    QString m_error;
};
