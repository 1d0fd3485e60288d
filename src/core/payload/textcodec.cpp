// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "payload/textcodec.h"

#include <QStringEncoder>

#include "payload/textscan.h"

using namespace TextScan;

namespace {

struct Alias
{
    /** A spelling after normalized(): lower case, without separators. */
    const char *key;
    const char *canonical;
};

constexpr Alias Aliases[] = {
    {"utf8", "UTF-8"},          {"gbk", "GBK"},           {"cp936", "GBK"},
    {"ms936", "GBK"},           {"windows936", "GBK"},    {"gb2312", "GBK"},
    {"gb18030", "GB18030"},     {"big5", "Big5"},         {"cp950", "Big5"},
    {"iso88591", "ISO-8859-1"}, {"latin1", "ISO-8859-1"}, {"l1", "ISO-8859-1"},
    {"utf16le", "UTF-16LE"},
};

/** The order of the encoding menus. */
constexpr const char *Canonical[] = {"UTF-8", "GBK", "GB18030", "Big5", "ISO-8859-1", "UTF-16LE"};

QString normalized(const QString &name)
{
    QString key;
    key.reserve(name.size());
    for (const QChar c : name) {
        if (c != u'-' && c != u'_' && !c.isSpace())
            key.append(c.toLower());
    }
    return key;
}

} // namespace

QStringList TextCodec::supportedEncodings()
{
    QStringList names;
    for (const char *name : Canonical)
        names.append(QLatin1String(name));
    return names;
}

QString TextCodec::canonicalName(const QString &name)
{
    const QString key = normalized(name);
    for (const Alias &alias : Aliases) {
        if (key == QLatin1String(alias.key))
            return QLatin1String(alias.canonical);
    }
    return {};
}

QString TextCodec::displayName(const QString &canonical)
{
    const QString name = canonicalName(canonical);
    if (name == QLatin1String("GBK"))
        return QStringLiteral(u"GBK (简体中文)");
    if (name == QLatin1String("GB18030"))
        return QStringLiteral(u"GB18030 (简体中文)");
    if (name == QLatin1String("Big5"))
        return QStringLiteral(u"Big5 (繁體中文)");
    if (name == QLatin1String("ISO-8859-1"))
        return tr("Latin-1 (Western European)");
    if (name == QLatin1String("UTF-16LE"))
        return tr("UTF-16LE (little-endian)");
    return name; // "UTF-8", or empty when unsupported.
}

BytesResult TextCodec::encode(QStringView text, const QString &encoding, qsizetype positionOffset)
{
    const QString canonical = canonicalName(encoding);
    if (canonical.isEmpty()) {
        //: %1 is the encoding name as given, e.g. "GBK".
        return BytesResult::failure(tr("Unknown text encoding \"%1\".").arg(encoding), 0);
    }
    const QByteArray codecName = canonical.toLatin1();
    QStringEncoder encoder(codecName.constData());
    BytesResult result;
    // encode() is lazy: only the conversion to QByteArray runs the encoder.
    result.bytes = encoder.encode(text);
    bool hasLoneSurrogate = false;
    for (qsizetype i = 0; i < text.size() && !hasLoneSurrogate;) {
        const qsizetype length = characterLength(text, i);
        hasLoneSurrogate = length == 0;
        i += qMax<qsizetype>(length, 1);
    }
    if (!encoder.hasError() && !hasLoneSurrogate)
        return result;

    // Find the first culprit in reading order by feeding a fresh encoder one character at a time. Its error
    // flag is sticky (resetState() does not clear it for ICU codecs in Qt 6.4), so the first character that
    // raises it is the one. A lone surrogate is an error of its own, as encoders disagree on it.
    QStringEncoder probe(codecName.constData());
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype length = characterLength(text, i);
        if (length == 0) {
            //: %1 is a code like U+D800, %2 its 1-based position.
            return BytesResult::failure(
                tr("Invalid character %1 at position %2: an unpaired UTF-16 surrogate is not text.")
                    .arg(codePointName(text.at(i).unicode()), humanPosition(positionOffset + i)),
                positionOffset + i);
        }
        const QByteArray encoded = probe.encode(text.mid(i, length));
        if (probe.hasError()) {
            //: %1 is the character in quotes or a code like U+0081, %2 its 1-based position, %3 the encoding name.
            return BytesResult::failure(
                tr("The character %1 at position %2 cannot be encoded in %3.")
                    .arg(describeCharacter(text, i), humanPosition(positionOffset + i), canonical),
                positionOffset + i);
        }
        i += length;
    }
    //: %1 is the encoding name, e.g. "GBK".
    return BytesResult::failure(tr("The text cannot be encoded in %1.").arg(canonical), positionOffset);
}
