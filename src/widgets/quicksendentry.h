// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include "payload/payloadspec.h"

/** One named message of the quick-send list. Encoding, line ending and checksum come from the page's send options
    when it is sent. Copyable value. */
struct QuickSendEntry
{
    QString name;
    QString comment;
    /** Text, Escaped or Hex. */
    PayloadSpec::Format format = PayloadSpec::Format::Text;
    QString content;

    friend bool operator==(const QuickSendEntry &a, const QuickSendEntry &b)
    {
        return a.name == b.name && a.comment == b.comment && a.format == b.format && a.content == b.content;
    }
    friend bool operator!=(const QuickSendEntry &a, const QuickSendEntry &b) { return !(a == b); }
};
