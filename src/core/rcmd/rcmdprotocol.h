// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include "rcmd/rcmdmessage.h"

/** The SocketLab remote-command wire protocol, version 1. Pure: no sockets.

    Framing: every message is one frame, a 4-byte big-endian unsigned length (framing spec "len:4", cut by
    FrameCodec) followed by that many payload bytes. The payload is one type byte (RcmdMessage::Type) and a body
    that is exactly one CBOR map (RFC 8949) with text keys. Every field listed for the type must be present exactly
    once, with the listed CBOR type; an unknown type byte, an unknown, repeated, missing or ill-typed field, bad
    CBOR or bytes after the map are decode errors, and the connection is closed.

    Limits: a frame payload is at most MaxFrameSize bytes (1 MiB); Output data at most MaxOutputChunk (64 KiB).
    Handshake messages (Hello, Challenge, Auth, AuthOk, AuthFailed) are at most HandshakeMaxFrameSize (256) bytes,
    and until authentication completes each side reads with a 256-byte frame limit (RcmdReader), so an
    unauthenticated peer cannot make it buffer more.

    Messages (type byte, name: fields; u32 = unsigned integer below 2^32, int = integer in the 32-bit signed range):
    - 0x01 Hello (client to agent): magic bytes "SLRC", version u32 (1), clientNonce bytes (32)
    - 0x02 Challenge (agent to client): version u32 (1), agentNonce bytes (32), agentProof bytes (32)
    - 0x03 Auth (client to agent): clientProof bytes (32)
    - 0x04 AuthOk (agent to client): outputEncoding text (how the agent's command output is encoded, e.g.
      "UTF-8" or "GBK", so that a client can decode output as it streams)
    - 0x05 AuthFailed (agent to client): reason text; the agent then closes
    - 0x10 Run (client to agent): id u32 (from 1), argv [text] (not empty), shell bool, workingDirectory text
      (empty: the agent's default), environment [text] of "NAME=VALUE" entries added to the agent's environment
    - 0x11 Output (agent to client): id u32, stream text ("stdout" or "stderr"), data bytes (at most 64 KiB)
    - 0x12 Exit (agent to client): id u32, exitCode int, signal int (0 if none), durationMs unsigned (< 2^63),
      truncated bool, killedReason text ("none", "timeout", "cancel", "disconnect" or "limit"), outputEncoding text
      (the encoding of the output bytes as the agent declares it, e.g. "UTF-8" or "GBK")
    - 0x13 Cancel (client to agent): id u32
    - 0x14 Error (either way): id u32 (0 when about no command), message text
    - 0x15 Bye (either way): no fields

    Handshake (mutual authentication with a shared token that never crosses the wire; HMAC = HMAC-SHA256 keyed
    with the token, || = concatenation):
    1. client: Hello with a fresh 32-byte clientNonce.
    2. agent: checks magic and version (else AuthFailed), picks a fresh 32-byte agentNonce and answers Challenge
       with agentProof = HMAC("SLRC1 agent" || clientNonce || agentNonce).
    3. client: checks agentProof (a fake agent is caught here, before the client proves anything) and answers Auth
       with clientProof = HMAC("SLRC1 client" || agentNonce || clientNonce).
    4. agent: checks clientProof and answers AuthOk, else AuthFailed and closes.
    The labels differ so that one side's proof is never valid as the other's; fresh nonces on both sides make a
    recorded handshake useless. Proofs are compared in constant time. Any message other than the next handshake
    step before AuthOk makes the agent fail and close without running anything. The client sends nothing after Auth
    until AuthOk arrives; then both sides raise their frame limit to MaxFrameSize. */
class RcmdProtocol final
{
    Q_DECLARE_TR_FUNCTIONS(RcmdProtocol)

public:
    /** The protocol version this build speaks. */
    static constexpr quint32 Version = 1;
    /** Largest frame payload on an authenticated connection. */
    static constexpr qint64 MaxFrameSize = 1024 * 1024;
    /** Largest Output data. */
    static constexpr qint64 MaxOutputChunk = 64 * 1024;
    /** Largest handshake message payload, and the frame limit of an unauthenticated connection. */
    static constexpr qint64 HandshakeMaxFrameSize = 256;
    /** Bytes of a nonce. */
    static constexpr int NonceSize = 32;
    /** Bytes of a proof (HMAC-SHA256). */
    static constexpr int ProofSize = 32;

    /** "SLRC". */
    static QByteArray magic();
    /** The framing spec of every frame: "len:4". */
    static QString framingSpecText();

    /** True for Hello, Challenge, Auth, AuthOk and AuthFailed. */
    static bool isHandshake(RcmdMessage::Type type);

    /** Replaces *frame with the bytes to send for `message` (length prefix included). Returns false and sets
        *error (leaving *frame alone) when the message breaks a rule above: id 0, empty argv, bad nonce size, too
        large... */
    static bool encode(const RcmdMessage &message, QByteArray *frame, QString *error);
    /** As encode(), without the length prefix. */
    static bool encodePayload(const RcmdMessage &message, QByteArray *payload, QString *error);
    /** Decodes one frame payload into *message. Returns false and sets *error to one sentence (leaving *message
        alone) on any violation. Magic and version are not judged here: that is RcmdAuthServer's job. */
    static bool decodePayload(QByteArrayView payload, RcmdMessage *message, QString *error);
};
