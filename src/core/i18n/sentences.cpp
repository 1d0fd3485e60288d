// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "sentences.h"

namespace {

/** Full-width punctuation, the CJK ideographs and the CJK symbols: no space next to them. */
bool isWide(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3000 && u <= 0x303f) || (u >= 0x4e00 && u <= 0x9fff) || (u >= 0xff00 && u <= 0xffef) ||
        u == 0x201d || u == 0x2019;
}

} // namespace

QString Sentences::joined(const QString &text, const QString &sentence)
{
    if (text.isEmpty())
        return sentence;
    if (sentence.isEmpty())
        return text;
    if (text.back().isSpace() || isWide(text.back()) || isWide(sentence.front()))
        return text + sentence;
    return text + QLatin1Char(' ') + sentence;
}

void Sentences::append(QString &text, const QString &sentence)
{
    text = joined(text, sentence);
}

QString Sentences::join(const QStringList &sentences)
{
    QString text;
    for (const QString &sentence : sentences)
        append(text, sentence);
    return text;
}
