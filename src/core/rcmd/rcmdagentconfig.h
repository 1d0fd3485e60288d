// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

/** Everything a remote-command agent needs to start (RcmdAgent::start()). The defaults are the safe ones. */
struct RcmdAgentConfig
{
    /** Where to listen: loopback unless told otherwise. */
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; ///< 0 = any free port

    /** The shared secret clients must prove they know (see TokenFile). Not used in classic mode. */
    QByteArray token;

    /** TLS: both set, or neither for plain TCP. */
    QSslCertificate certificate;
    QSslKey privateKey;

    /** Listen on a non-loopback address without TLS (the token still authenticates, but traffic is readable). */
    bool allowRemotePlain = false;
    /** Classic mode: the tutorials' unauthenticated protocol (raw command in, struct.pack('i') length + output). */
    bool classic = false;
    /** Classic mode on a non-loopback address: anyone who can connect runs commands. */
    bool allowRemoteClassic = false;
    /** Run while the effective user is root. */
    bool allowRoot = false;

    /** A command is killed (whole process group) after this long; 0 = never. */
    int commandTimeoutMs = 5 * 60 * 1000;
    /** Bytes of stdout and stderr together a command may send; the rest is dropped and the command killed;
        0 = no limit. */
    qint64 outputCap = 64 * 1024 * 1024;
    /** Commands running at once on one connection, and on the whole agent. */
    int maxCommandsPerConnection = 4;
    int maxCommands = 16;
    /** Connections open at once; more are refused with a reason. */
    int maxConnections = 16;
    /** A connection that has not authenticated (TLS included) this long after it was accepted is closed. */
    int authTimeoutMs = 10 * 1000;
    /** After this many failed authentications from one address, that address is refused for backoffMs. */
    int failedAuthLimit = 3;
    int backoffMs = 60 * 1000;

    /** The encoding the agent declares for command output (AuthOk, Exit), e.g. "GBK" on a GBK system. */
    QString outputEncoding = QStringLiteral("UTF-8");
    /** Where commands without a working directory run; empty = the agent's current directory. */
    QString workingDirectory;

    bool tlsEnabled() const { return !certificate.isNull(); }
};
