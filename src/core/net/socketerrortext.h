// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QString>

/** One translated sentence per socket error: what happened and what to do (STYLE rule 14). */
class SocketErrorText final
{
    Q_DECLARE_TR_FUNCTIONS(SocketErrorText)

public:
    /** Where the error happened, so the sentence can name it. */
    struct Context
    {
        QString endpoint;          ///< "127.0.0.1:9000", or a host name for lookups
        quint16 port = 0;          ///< local port for bind/listen errors
        int timeoutMs = 0;         ///< the connect timeout, for timeouts
        bool reuseAddress = false; ///< SO_REUSEADDR was on for a failed bind: then TIME_WAIT is not the cause
        QString systemText;        ///< the system's or Qt's own wording, used when nothing better is known
    };

    /** The sentence for a Qt socket error. */
    static QString describe(QAbstractSocket::SocketError error, const Context &context);
    /** The sentence for an errno from a native call (socket/bind/listen/setsockopt). */
    static QString describeErrno(int errorNumber, const Context &context);
};
