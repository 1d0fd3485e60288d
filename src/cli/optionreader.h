// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QCommandLineParser>
#include <QCoreApplication>

#include "framing/framingspec.h"
#include "net/endpoint.h"
#include "net/replypolicy.h"

/**
 * A subcommand's options with typed, checked access. The first problem found is kept as one
 * translated sentence; the command then exits 2 with it.
 */
class OptionReader final
{
    Q_DECLARE_TR_FUNCTIONS(OptionReader)

public:
    /** Declares --name (a flag) or --name VALUE. */
    void flag(const QString &name);
    void value(const QString &name, const QString &valueName);

    /** Everything from the first positional argument on is positional too (a command and its own options). Call
        before parse(). */
    void positionalEndsOptions();
    /** Parses `arguments` (arguments[0] is the subcommand). */
    bool parse(const QStringList &arguments);

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString text(const QString &name, const QString &fallback = QString()) const;
    QStringList texts(const QString &name) const { return m_parser.values(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }

    qint64 integer(const QString &name, qint64 fallback, qint64 minimum, qint64 maximum);
    std::optional<Endpoint> endpoint(const QString &name, bool required);
    /** --name HOST:PORT naming a local address to listen or bind on: sets *address (null for "*", any address)
        and *port and returns true when the option is given and valid. */
    bool localEndpoint(const QString &name, bool required, QHostAddress *address, quint16 *port);
    /** --framing SPEC with --max-frame BYTES; nullopt for none (or on error). */
    std::optional<FramingSpec> framing(const QString &name, const QString &maxFrameName);
    /** --reply MODE and --rule MATCH=>REPLY (rules imply the "rules" mode). */
    ReplyPolicy reply(const QString &modeName, const QString &ruleName);
    /** A supported encoding's canonical name (UTF-8 by default). */
    QString encoding(const QString &name);

    bool ok() const { return m_error.isEmpty(); }
    /** When a problem was found: prints it as socketlab-cli's one-line usage error and returns true (exit 2). */
    bool reportUsageError() const;
    QString error() const { return m_error; }
    /** A command takes no positional arguments: the first one is a problem. */
    void rejectPositional();
    /** Records a problem found by the command itself (keeps the first). */
    void fail(const QString &message);

private:
    QCommandLineParser m_parser;
    QString m_error;
};
