// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include "payload/bytesresult.h"

/** Converts between bytes and text with C-style escapes, as typed in a payload editor. */
class EscapedText
{
    Q_DECLARE_TR_FUNCTIONS(EscapedText)

public:
    /** Builds bytes from text with C escapes: \r \n \t \\ \0 \xNN (exactly two hex digits), plus \a \b \f \v \e \" \'.
        Plain characters are encoded with `encoding` (an encoding name QStringEncoder accepts: "UTF-8" default, "GBK",
       ...). Escapes produce raw bytes, independent of the encoding. \0 is always one NUL byte (no octal escapes). */
    static BytesResult parse(QStringView text, const QString &encoding = QStringLiteral("UTF-8"));

    /** The reverse, for showing bytes as editable escaped text: printable ASCII as is (backslash as "\\"),
        \r \n \t \0 by name, everything else as \xNN (lower-case hex). parse(escape(b)) == b for every b (with UTF-8).
     */
    static QString escape(QByteArrayView bytes);
};
