// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "cliapplication.h"

#include <array>

#include "buildinfo.h"
#include "console.h"
#include "labcommand.h"
#include "tcpclientcommand.h"
#include "tcpservercommand.h"
#include "udpcommand.h"

namespace {
const QString program = QStringLiteral("socketlab-cli");

bool isHelp(const QString &argument)
{
    return argument == QLatin1String("--help") || argument == QLatin1String("-h") || argument == QLatin1String("help");
}
} // namespace

// The contract of ../shared/DESIGN.md §4, in its order.
static const std::array<CliApplication::Subcommand, 7> subcommandTable = {{
    {"tcp-server",
     "--listen HOST:PORT [--reply none|echo|upper|rules] [--rule MATCH=>REPLY]...\n"
     "           [--framing SPEC] [--max-frame BYTES] [--read-size N] [--read-delay MS]\n"
     "           [--max-clients N] [--backlog N] [--no-reuse-address] [--ipv6-only]\n"
     "           [--high-water BYTES] [--encoding NAME] [--discard] [--log FILE] [--json]",
     QT_TRANSLATE_NOOP("CliApplication", "Run a TCP server that shows every read and can echo or upper-case replies."),
     &TcpServerCommand::run},
    {"tcp-client",
     "--connect HOST:PORT [--send TEXT]... [--send-hex HEX]... [--send-file PATH]...\n"
     "           [--line-ending none|lf|crlf|cr] [--checksum NAME] [--encoding NAME]\n"
     "           [--framing SPEC] [--repeat N] [--interval MS] [--nodelay] [--keepalive]\n"
     "           [--connections N] [--wait MS] [--timeout MS] [--bind HOST:PORT]\n"
     "           [--send-buffer BYTES] [--receive-buffer BYTES] [--reconnect] [--abort]\n"
     "           [--read-size N] [--read-delay MS] [--reply MODE] [--rule MATCH=>REPLY]...\n"
     "           [--high-water BYTES] [--quiet] [--log FILE] [--json]",
     QT_TRANSLATE_NOOP("CliApplication",
                       "Connect to a TCP server, send text, hex or a file, and show what comes back."),
     &TcpClientCommand::run},
    {"udp",
     "--bind HOST:PORT [--reply none|echo|upper|rules] [--rule MATCH=>REPLY]...\n"
     "           [--send-to [NAME=]HOST:PORT --send TEXT]... [--send-hex HEX] [--send-file PATH]\n"
     "           [--repeat N] [--interval MS] [--join GROUP]... [--multicast-interface NAME]\n"
     "           [--multicast-ttl N] [--reuse-address] [--encoding NAME] [--wait MS] [--discard]\n"
     "           [--log FILE] [--json]",
     QT_TRANSLATE_NOOP("CliApplication", "Bind a UDP port, send datagrams to peers and show every datagram received."),
     &UdpCommand::run},
    {"agent",
     "--listen HOST:PORT --token-file PATH [--tls-cert F --tls-key F]\n"
     "           [--classic] [--timeout S] [--max-output BYTES] [--audit-log PATH] [--json]",
     QT_TRANSLATE_NOOP("CliApplication",
                       "Run the remote-command agent: authenticated, and on loopback unless told otherwise."),
     nullptr},
    {"exec",
     "--connect HOST:PORT --token-file PATH [--tls] [--fingerprint SHA256]\n"
     "           [--shell] [--encoding NAME] -- COMMAND [ARGS...]",
     QT_TRANSLATE_NOOP("CliApplication", "Run a command through a remote-command agent and stream its output."),
     nullptr},
    {"lab",
     "(--preset NAME | --messages A,B,C | --generate COUNTxSIZE) [--mode sim|live]\n"
     "           [--runs N] [--transport tcp|udp] [--pattern each|one|split:K|handshake]\n"
     "           [--nodelay | --nagle] [--read-size N | --read-sizes N,N,...] [--read-delay MS]\n"
     "           [--write-interval MS] [--framing SPEC] [--mss BYTES] [--rtt-us US]\n"
     "           [--delayed-ack MS] [--receive-buffer BYTES] [--send-buffer BYTES]\n"
     "           [--encoding NAME] [--list-presets] [--json]",
     QT_TRANSLATE_NOOP("CliApplication", "Run a sticky-packet experiment, simulated or live over loopback."),
     &LabCommand::run},
    {"bench", "...", QT_TRANSLATE_NOOP("CliApplication", "Measure throughput and latency against a reference tool."),
     nullptr},
}};

const CliApplication::Subcommand *CliApplication::find(const QString &name)
{
    for (const Subcommand &command : subcommandTable) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

QString CliApplication::usage()
{
    QString text =
        tr("Usage: %1 COMMAND [OPTIONS]\n"
           "       %1 --help | --version\n\n"
           "SocketLab without a display: servers, clients, UDP, remote commands and the sticky-packet lab.\n\n"
           "Commands:\n")
            .arg(program);
    for (const Subcommand &command : subcommandTable) {
        QString line = QStringLiteral("  %1 ").arg(QLatin1String(command.name), -11) + tr(command.summary);
        if (!command.run)
            line += QLatin1Char(' ') + tr("(not available yet)");
        text += line + QLatin1Char('\n');
    }
    text += QLatin1Char('\n') + tr("Run '%1 COMMAND --help' for the options of a command.").arg(program);
    return text;
}

QString CliApplication::subcommandHelp(const Subcommand &command)
{
    QString text = tr("Usage: %1 %2 %3").arg(program, QLatin1String(command.name), QLatin1String(command.synopsis));
    text += QStringLiteral("\n\n") + tr(command.summary);
    if (!command.run)
        text += QStringLiteral("\n\n") + tr("This command is not available yet.");
    return text;
}

int CliApplication::run(const QStringList &arguments)
{
    if (arguments.size() < 2) {
        Console::err(usage());
        return UsageError;
    }
    const QString &first = arguments.at(1);
    if (isHelp(first)) {
        Console::out(usage());
        return Success;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        Console::out(QStringLiteral("%1 %2 (Qt %3)").arg(program, BuildInfo::version(), BuildInfo::qtVersion()));
        return Success;
    }
    const Subcommand *command = find(first);
    if (!command) {
        Console::err(tr("%1: unknown command \"%2\". Run '%1 --help' for the list of commands.").arg(program, first));
        return UsageError;
    }
    const QStringList rest = arguments.mid(2);
    if (!rest.isEmpty() && isHelp(rest.constFirst())) {
        Console::out(subcommandHelp(*command));
        return Success;
    }
    if (!command->run) {
        Console::err(tr("%1: %2 is not available yet.").arg(program, QLatin1String(command->name)));
        return UsageError;
    }
    return command->run(arguments.mid(1));
}
