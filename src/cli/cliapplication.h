// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

/**
 * socketlab-cli's front door: global --help/--version and dispatch to the subcommands of
 * ../shared/DESIGN.md §4. Exit status: 0 success, 1 runtime failure, 2 usage error.
 */
class CliApplication final
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    enum ExitCode {
        Success = 0,
        Failure = 1,
        UsageError = 2
    };

    /** Runs the command line `arguments` (arguments[0] is the program) and returns the exit status. */
    static int run(const QStringList &arguments);

    /** One entry of the command table. */
    struct Subcommand
    {
        const char *name;
        const char *synopsis;                     ///< option syntax, never translated
        const char *summary;                      ///< marked with QT_TRANSLATE_NOOP
        int (*run)(const QStringList &arguments); ///< null until the command is built
        const char *details = nullptr;            ///< more help, marked with QT_TRANSLATE_NOOP; may be null
    };

private:
    static const Subcommand *find(const QString &name);
    static QString usage();
    static QString subcommandHelp(const Subcommand &command);
};
