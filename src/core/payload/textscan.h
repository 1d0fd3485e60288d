// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

/** Character-level helpers shared by the parsers of user-typed payloads (hex, escaped text, ...). */
namespace TextScan {
/** 0..15 for an ASCII hex digit, else -1 (QChar::digitValue() would also accept other scripts' digits). */
int hexDigitValue(QChar c);
/** Length in UTF-16 units of the character at `index`: 2 for a surrogate pair, 0 for a lone surrogate. */
qsizetype characterLength(QStringView text, qsizetype index);
/** The code point at `index`, combining a surrogate pair. */
char32_t codePointAt(QStringView text, qsizetype index);
/** "U+0007". */
QString codePointName(char32_t codePoint);
/** 'g' (quoted) for a printable character, U+0007 for anything else; a surrogate pair is one character. */
QString describeCharacter(QStringView text, qsizetype index);
/** The 1-based position people read in messages for the 0-based `index`. */
QString humanPosition(qsizetype index);
} // namespace TextScan
