// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "payload/textscan.h"

namespace TextScan {

int hexDigitValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

qsizetype characterLength(QStringView text, qsizetype index)
{
    const QChar c = text.at(index);
    if (!c.isSurrogate())
        return 1;
    if (c.isHighSurrogate() && index + 1 < text.size() && text.at(index + 1).isLowSurrogate())
        return 2;
    return 0;
}

char32_t codePointAt(QStringView text, qsizetype index)
{
    if (characterLength(text, index) == 2)
        return QChar::surrogateToUcs4(text.at(index), text.at(index + 1));
    return text.at(index).unicode();
}

QString codePointName(char32_t codePoint)
{
    return QStringLiteral("U+%1").arg(static_cast<uint>(codePoint), 4, 16, QLatin1Char('0')).toUpper();
}

QString describeCharacter(QStringView text, qsizetype index)
{
    const char32_t codePoint = codePointAt(text, index);
    if (QChar::isPrint(codePoint))
        return QLatin1Char('\'') + text.mid(index, codePoint > 0xffff ? 2 : 1) + QLatin1Char('\'');
    return codePointName(codePoint);
}

QString humanPosition(qsizetype index)
{
    return QString::number(index + 1);
}

} // namespace TextScan
