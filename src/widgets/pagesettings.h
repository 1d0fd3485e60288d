// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/** The network group box of the TCP server page, as saved. Copyable value. */
struct TcpServerPageSettings
{
    /** As typed: "0.0.0.0", "::", "127.0.0.1", or empty/"*" for every address (dual-stack). */
    QString address = QStringLiteral("0.0.0.0");
    int port = 9000;
    bool reuseAddress = true;
    bool dualStack = true;
    int backlog = 50;
    int maxClients = 0;
    int readSize = 0;
    int readDelayMs = 0;
    /** ReplyPolicy::modeName(): "none", "echo", "upper", "rules". */
    QString replyMode = QStringLiteral("none");
    /** ReplyPolicy::parseRule() texts, one per rule. */
    QStringList replyRules;
};

/** The network group box of the TCP client page, as saved. */
struct TcpClientPageSettings
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 9000;
    /** Empty: let the system choose. */
    QString bindAddress;
    int bindPort = 0;
    int connectTimeoutMs = 10000;
    bool autoReconnect = false;
    bool noDelay = false;
    bool keepAlive = false;
    int sendBufferSize = 0;
    int receiveBufferSize = 0;
    /** Disconnect with a reset (RST) instead of a graceful close (FIN). */
    bool abortOnClose = false;
    int readSize = 0;
    int readDelayMs = 0;
};

/** The network group box of the UDP page, as saved. */
struct UdpPageSettings
{
    QString bindAddress = QStringLiteral("0.0.0.0");
    int port = 9000;
    bool reuseAddress = false;
    /** The target typed last: host and port. */
    QString targetAddress = QStringLiteral("127.0.0.1");
    int targetPort = 9001;
    /** AddressBook::toJson() of the named targets. */
    QByteArray addressBook;
    QString multicastGroup = QStringLiteral("239.255.0.1");
    QString replyMode = QStringLiteral("none");
};

/** One connection profile of the Remote Command console, as saved. A typed token is never saved: only the path of a
    token file. */
struct RemoteProfile
{
    QString name;
    QString host = QStringLiteral("127.0.0.1");
    int port = 7000;
    /** Empty: the token is typed (and forgotten when the application quits). */
    QString tokenFile;
    bool tls = false;
    /** The pinned SHA-256 of the agent's certificate as RcmdTls::formatFingerprint() writes it; empty: none. */
    QString fingerprint;
};

/** A named command of the Remote Command console ("quick command"). */
struct RemoteQuickCommand
{
    QString name;
    QString command;
    /** Run through the agent's shell (sh -c) instead of as program and arguments. */
    bool shell = false;
};

/** The Remote Command page, as saved: the in-app agent's settings (never a typed token, and none of the choices
    that loosen its safety: classic mode, allowing root or remote plain access), and the console's. */
struct RemotePageSettings
{
    static constexpr int MaxHistory = 200;

    QString agentAddress = QStringLiteral("127.0.0.1");
    int agentPort = 7000;
    QString agentTokenFile;
    QString agentCertificateFile;
    QString agentKeyFile;
    /** 0 = never. */
    int agentTimeoutSeconds = 300;
    /** 0 = no limit. */
    int agentOutputCapMiB = 64;
    int agentMaxCommands = 16;

    QList<RemoteProfile> profiles;
    /** Index into profiles; -1 when there is none. */
    int currentProfile = 0;
    bool shellMode = false;
    QString workingDirectory;
    /** A TextCodec canonical name, or empty for the encoding the agent declares. */
    QString outputEncoding;
    /** Commands run, oldest first, at most MaxHistory. */
    QStringList history;
    QList<RemoteQuickCommand> quickCommands;
    bool agentVisible = true;
    bool consoleVisible = true;
};
