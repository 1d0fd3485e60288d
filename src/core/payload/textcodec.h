// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

#include "payload/bytesresult.h"

/** The text encodings SocketLab offers wherever text is built or shown. */
class TextCodec final
{
    Q_DECLARE_TR_FUNCTIONS(TextCodec)

public:
    /** Canonical names in menu order: "UTF-8", "GBK", "GB18030", "Big5", "ISO-8859-1", "UTF-16LE". */
    static QStringList supportedEncodings();

    /** The canonical name for any accepted spelling, or empty when the encoding is not supported.
        Case, surrounding spaces and the separators '-', '_' and ' ' are ignored, so "utf8", "UTF-8", "utf_8",
        "Latin-1", "iso8859-1" and "UTF-16-LE" are all understood. Aliases: "cp936", "ms936", "windows-936" and
        "gb2312" mean GBK (GBK is a superset of GB2312, so GB2312 text encodes and decodes the same way);
        "cp950" means Big5 (the Windows variant is what Big5 means here); "latin1" and "l1" mean ISO-8859-1. */
    static QString canonicalName(const QString &name);

    /** A label for menus: "UTF-8", "GBK (简体中文)", "Big5 (繁體中文)", "Latin-1 (Western European)", ...
        Script names are written in their own script; descriptive words are translated. Empty when the
        encoding (any spelling canonicalName() accepts) is not supported. */
    static QString displayName(const QString &canonical);

    /** Encodes `text` in `encoding` (any spelling canonicalName() accepts). The first character that cannot be
        encoded, or an unpaired UTF-16 surrogate, is an error naming it and its position; an unknown encoding is
        an error at position 0. No byte order mark is written. */
    static BytesResult encode(QStringView text, const QString &encoding, qsizetype positionOffset = 0);
};
