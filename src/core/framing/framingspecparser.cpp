// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "framing/framingspecparser.h"

#include <algorithm>

#include <QStringList>

#include "payload/escapedtext.h"

namespace {

/** Sizes above this are all "too big" anyway; capping keeps the arithmetic from overflowing. */
constexpr qint64 CountCap = qint64(1) << 60;

/** ASCII digits only (no sign, no spaces, unlike QString::toLongLong), saturating at CountCap. */
bool parseCount(QStringView text, qint64 *value)
{
    if (text.isEmpty())
        return false;
    qint64 result = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
        result = result > CountCap / 10 ? CountCap : std::min(CountCap, result * 10 + (c.unicode() - u'0'));
    }
    *value = result;
    return true;
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

std::optional<FramingSpec> FramingSpecParser::parse(const QString &text, QString *error, qint64 maxFrameSize)
{
    if (maxFrameSize < 1) {
        //: %1 is the rejected size.
        setError(error, tr("Bad maximum frame size %1: it must be at least 1 byte.").arg(maxFrameSize));
        return std::nullopt;
    }
    if (text.isEmpty()) {
        setError(error,
                 tr("The framing spec is empty: use none, len:N, struct-i, delim:SEQ, line, fixed:N or "
                    "jsonhdr."));
        return std::nullopt;
    }

    FramingSpec spec;
    spec.text = text;
    spec.maxFrameSize = maxFrameSize;

    // Everything after "delim:" is the delimiter, colons included.
    const QLatin1String delimPrefix("delim:");
    if (text == QLatin1String("delim") || text == delimPrefix) {
        //: %1 is the spec as typed.
        setError(error, tr("Bad framing \"%1\": the delimiter is empty; write e.g. delim:\\r\\n.").arg(text));
        return std::nullopt;
    }
    if (text.startsWith(delimPrefix)) {
        const QStringView sequence = QStringView(text).mid(delimPrefix.size());
        const BytesResult bytes = EscapedText::parse(sequence);
        if (!bytes.ok()) {
            //: %1 is the delimiter as typed, %2 the spec, %3 the escape error (positions count in the delimiter).
            setError(error, tr("Bad delimiter \"%1\" in framing \"%2\": %3").arg(sequence, text, bytes.error));
            return std::nullopt;
        }
        spec.kind = FramingSpec::Kind::Delimiter;
        spec.delimiter = bytes.bytes;
        return spec;
    }

    const QStringList parts = text.split(QLatin1Char(':'));
    const QString &kind = parts.first();
    const auto noOptions = [&]() -> bool {
        if (parts.size() == 1)
            return true;
        //: %1 is the spec as typed, %2 its kind (e.g. line).
        setError(error, tr("Bad framing \"%1\": \"%2\" takes no options.").arg(text, kind));
        return false;
    };

    if (kind == QLatin1String("none")) {
        if (!noOptions())
            return std::nullopt;
        spec.kind = FramingSpec::Kind::None;
        return spec;
    }
    if (kind == QLatin1String("line")) {
        if (!noOptions())
            return std::nullopt;
        spec.kind = FramingSpec::Kind::Delimiter;
        spec.delimiter = QByteArray(1, '\n');
        spec.stripCarriageReturn = true;
        return spec;
    }
    if (kind == QLatin1String("struct-i") || kind == QLatin1String("jsonhdr")) {
        if (!noOptions())
            return std::nullopt;
        spec.kind = kind == QLatin1String("jsonhdr") ? FramingSpec::Kind::JsonHeader : FramingSpec::Kind::Length;
        spec.lengthBytes = 4;
        spec.bigEndian = false;
        spec.isSigned = true;
        return spec;
    }
    if (kind == QLatin1String("fixed")) {
        const QStringView number = QStringView(text).mid(kind.size() + 1);
        if (parts.size() == 1 || number.isEmpty()) {
            setError(error, tr("Bad framing \"%1\": the message size is missing; write e.g. fixed:16.").arg(text));
            return std::nullopt;
        }
        qint64 size = 0;
        if (!parseCount(number, &size) || size < 1) {
            setError(error,
                     tr("Bad framing \"%1\": the message size must be a whole number of bytes, at least 1.").arg(text));
            return std::nullopt;
        }
        if (size > maxFrameSize) {
            //: %1 is the spec as typed, %2 the limit in bytes.
            setError(error,
                     tr("Bad framing \"%1\": the message size exceeds the maximum frame size of %2 bytes.")
                         .arg(text)
                         .arg(maxFrameSize));
            return std::nullopt;
        }
        spec.kind = FramingSpec::Kind::Fixed;
        spec.fixedSize = size;
        return spec;
    }
    if (kind == QLatin1String("len")) {
        if (parts.size() == 1 || parts.at(1).isEmpty()) {
            setError(error, tr("Bad framing \"%1\": the length size is missing; write e.g. len:4.").arg(text));
            return std::nullopt;
        }
        qint64 size = 0;
        if (!parseCount(parts.at(1), &size) || (size != 1 && size != 2 && size != 4 && size != 8)) {
            setError(error, tr("Bad framing \"%1\": the length size must be 1, 2, 4 or 8 bytes.").arg(text));
            return std::nullopt;
        }
        spec.kind = FramingSpec::Kind::Length;
        spec.lengthBytes = int(size);
        bool byteOrderGiven = false;
        QStringList seen;
        for (qsizetype i = 2; i < parts.size(); ++i) {
            const QString &option = parts.at(i);
            if (seen.contains(option)) {
                //: %1 is the spec as typed, %2 the repeated option.
                setError(error, tr("Bad framing \"%1\": the option \"%2\" is given twice.").arg(text, option));
                return std::nullopt;
            }
            seen.append(option);
            if (option == QLatin1String("be") || option == QLatin1String("le")) {
                if (byteOrderGiven) {
                    setError(error, tr("Bad framing \"%1\": give only one of be and le.").arg(text));
                    return std::nullopt;
                }
                byteOrderGiven = true;
                spec.bigEndian = option == QLatin1String("be");
            } else if (option == QLatin1String("signed")) {
                spec.isSigned = true;
            } else if (option == QLatin1String("incl")) {
                spec.lengthIncludesHeader = true;
            } else {
                //: %1 is the spec as typed, %2 the option not understood.
                setError(
                    error,
                    tr("Bad framing \"%1\": unknown option \"%2\"; use be, le, signed or incl.").arg(text, option));
                return std::nullopt;
            }
        }
        return spec;
    }
    //: %1 is the spec as typed, %2 the kind not understood.
    setError(error,
             tr("Bad framing \"%1\": unknown kind \"%2\"; use none, len:N, struct-i, delim:SEQ, line, "
                "fixed:N or jsonhdr.")
                 .arg(text, kind));
    return std::nullopt;
}

QString FramingSpecParser::syntaxHelp()
{
    return tr("Framing specs:\n"
              "  none                           raw stream: every read is one message\n"
              "  len:N[:be|le][:signed][:incl]  N-byte length prefix (N = 1, 2, 4 or 8), big-endian unsigned by "
              "default; incl: the length counts the header too\n"
              "  struct-i                       len:4:le:signed, as Python's struct.pack('i', n) on x86\n"
              "  delim:SEQ                      messages end with SEQ (C escapes allowed, e.g. delim:\\r\\n)\n"
              "  line                           delim:\\n, with a trailing \\r stripped\n"
              "  fixed:N                        every message is N bytes\n"
              "  jsonhdr                        struct-i length of a JSON header {\"size\": N, ...}, the header, "
              "then N body bytes");
}
