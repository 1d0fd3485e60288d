// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

/** Reads the shared remote-command token from a file, for the agent and the client alike. */
class TokenFile final
{
    Q_DECLARE_TR_FUNCTIONS(TokenFile)

public:
    /** The largest token file read, so that a wrong path (a disk image, /dev/zero) fails quickly. */
    static constexpr qint64 MaxSize = 4096;

    /** What read() found. */
    struct Result
    {
        QByteArray token; ///< the file's bytes without leading and trailing whitespace
        QString error;    ///< one translated sentence when the token cannot be used; empty on success
        bool ok() const { return error.isEmpty(); }
    };

    /** Reads `path`. Fails when the file is missing, unreadable, larger than MaxSize or holds only whitespace, and,
        when `requirePrivate` (the agent), when group or others may read or write it. */
    static Result read(const QString &path, bool requirePrivate);

    /** The permission bits (e.g. 0644) of `path` when group or others may read or write it, 0 when only its owner
        may (or it cannot be examined: reading it reports that). Secrets the agent reads — the token and the TLS
        private key — are refused when this is not 0. */
    static int looseMode(const QString &path);
};
