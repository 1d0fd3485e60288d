// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "cliapplication.h"

#include <array>

#include "agentcommand.h"
#include "buildinfo.h"
#include "console.h"
#include "execcommand.h"
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
     "           [--allow-remote] [--allow-root] [--timeout S] [--max-output BYTES]\n"
     "           [--max-commands N] [--max-commands-per-connection N] [--max-connections N]\n"
     "           [--auth-timeout S] [--max-auth-failures N] [--backoff S]\n"
     "           [--output-encoding NAME] [--workdir DIR] [--audit-log PATH|-] [--json]\n"
     "           [--classic [--classic-allow-remote]]",
     QT_TRANSLATE_NOOP("CliApplication",
                       "Run the remote-command agent: authenticated, and on loopback unless told otherwise."),
     &AgentCommand::run,
     QT_TRANSLATE_NOOP("CliApplication",
                       "Clients prove they know the secret in --token-file (which must be private: chmod 600) and "
                       "the agent proves it too; the secret never crosses the network.\n"
                       "Listening beyond loopback needs TLS (--tls-cert, --tls-key) or --allow-remote.\n"
                       "Limits (defaults): --timeout 300 s per command (0: none), --max-output 67108864 bytes (0: "
                       "none), --max-commands 16, --max-commands-per-connection 4, --max-connections 16, "
                       "--auth-timeout 10 s, --backoff 60 s after --max-auth-failures 3.\n"
                       "DANGEROUS: --classic speaks the tutorials' unauthenticated protocol (a raw command in, "
                       "struct.pack('i') length and output back): anyone who can connect runs shell commands. It "
                       "stays on loopback unless --classic-allow-remote.")},
    {"exec",
     "--connect HOST:PORT --token-file PATH [--tls] [--fingerprint SHA256]\n"
     "           [--shell] [--cwd DIR] [--env NAME=VALUE]... [--encoding NAME | --raw]\n"
     "           [--connect-timeout S] -- COMMAND [ARGS...]",
     QT_TRANSLATE_NOOP("CliApplication", "Run a command through a remote-command agent and stream its output."),
     &ExecCommand::run,
     QT_TRANSLATE_NOOP("CliApplication",
                       "The command runs as a program with its arguments, no shell: -- echo 'a;b' prints a;b.\n"
                       "DANGEROUS: --shell runs the words as one /bin/sh command line on the agent, with pipes, "
                       "redirections and whatever else the line says.\n"
                       "stdout and stderr stream to yours; the exit status is the command's (128+N after signal N, "
                       "127 when it could not start, 1 when the connection failed).\n"
                       "Output is decoded from the encoding the agent declares (or --encoding) to UTF-8; --raw "
                       "passes the bytes unchanged. --fingerprint pins the agent's TLS certificate (implies --tls).")},
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
    if (command.details)
        text += QStringLiteral("\n\n") + tr(command.details);
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
