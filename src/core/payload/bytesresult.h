// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

/** Bytes built from user input, or the first error in it. */
struct BytesResult
{
    /** The bytes; meaningless when ok() is false. */
    QByteArray bytes;
    /** One translated sentence describing the first error; empty when ok. */
    QString error;
    /** 0-based index into the input QString of the first bad character; -1 when ok. */
    qsizetype errorPosition = -1;

    /** True when the whole input was understood. */
    bool ok() const { return error.isEmpty(); }

    /** A failed result: `message` about the character at 0-based `position`. */
    static BytesResult failure(const QString &message, qsizetype position)
    {
        BytesResult result;
        result.error = message;
        result.errorPosition = position;
        return result;
    }
};
