// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include "payload/payloadspec.h"

class OptionReader;

/**
 * The payload options shared by tcp-client and udp: --send TEXT (C escapes), --send-hex HEX and
 * --send-file PATH, in command-line order, with --encoding, --line-ending and --checksum.
 */
class SendOptions final
{
    Q_DECLARE_TR_FUNCTIONS(SendOptions)

public:
    /** Declares the options on `reader`. */
    static void declare(OptionReader &reader);
    /** The messages, built in the order given in `arguments`; problems go to `reader`. */
    static QList<QByteArray> build(const QStringList &arguments, OptionReader &reader, const QString &encoding);
};
