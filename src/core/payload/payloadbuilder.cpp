// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "payload/payloadbuilder.h"

#include <QDir>
#include <QFile>

#include "payload/escapedtext.h"
#include "payload/hexcodec.h"
#include "payload/textcodec.h"

namespace {

struct LineEndingName
{
    PayloadSpec::LineEnding lineEnding;
    const char *name;
    const char *characters;
};

constexpr LineEndingName LineEndings[] = {
    {PayloadSpec::LineEnding::None, "none", ""},
    {PayloadSpec::LineEnding::Lf, "lf", "\n"},
    {PayloadSpec::LineEnding::CrLf, "crlf", "\r\n"},
    {PayloadSpec::LineEnding::Cr, "cr", "\r"},
};

const char *lineEndingCharacters(PayloadSpec::LineEnding lineEnding)
{
    for (const LineEndingName &entry : LineEndings) {
        if (entry.lineEnding == lineEnding)
            return entry.characters;
    }
    return "";
}

/** Reads in pieces so that a file growing while it is read, or a device without a size, stops at the limit. */
struct FormatName
{
    PayloadSpec::Format format;
    const char *name;
};

constexpr FormatName Formats[] = {
    {PayloadSpec::Format::Text, "text"},
    {PayloadSpec::Format::Escaped, "escaped"},
    {PayloadSpec::Format::Hex, "hex"},
    {PayloadSpec::Format::File, "file"},
};

constexpr qint64 ReadChunkSize = 64 * 1024;

} // namespace

BytesResult PayloadBuilder::build(const PayloadSpec &spec)
{
    BytesResult content;
    QString canonical;
    const bool isText = spec.format == PayloadSpec::Format::Text || spec.format == PayloadSpec::Format::Escaped;
    if (isText) {
        canonical = TextCodec::canonicalName(spec.encoding);
        if (canonical.isEmpty())
            return TextCodec::encode(spec.content, spec.encoding); // The unknown-encoding error.
    }

    switch (spec.format) {
    case PayloadSpec::Format::Text:
        content = TextCodec::encode(spec.content, canonical);
        break;
    case PayloadSpec::Format::Escaped:
        content = EscapedText::parse(spec.content, canonical);
        break;
    case PayloadSpec::Format::Hex:
        content = HexCodec::parse(spec.content);
        break;
    case PayloadSpec::Format::File: {
        const QString shownPath = QDir::toNativeSeparators(spec.content);
        if (spec.content.isEmpty())
            return BytesResult::failure(tr("No file was chosen to send."), 0);
        QFile file(spec.content);
        if (!file.open(QIODevice::ReadOnly)) {
            //: %1 is the file path, %2 the system's reason, e.g. "No such file or directory".
            return BytesResult::failure(tr("Cannot open the file \"%1\": %2.").arg(shownPath, file.errorString()), 0);
        }
        if (!file.isSequential() && file.size() > MaxFileSize) {
            //: %1 is the file path, %2 its size in bytes, %3 the largest size allowed in bytes.
            return BytesResult::failure(tr("The file \"%1\" is too large to send: %2 bytes, the limit is %3 bytes.")
                                            .arg(shownPath, QString::number(file.size()), QString::number(MaxFileSize)),
                                        0);
        }
        if (!file.isSequential())
            content.bytes.reserve(file.size() + ReadChunkSize);
        while (true) {
            const qsizetype oldSize = content.bytes.size();
            content.bytes.resize(oldSize + ReadChunkSize);
            const qint64 count = file.read(content.bytes.data() + oldSize, ReadChunkSize);
            content.bytes.resize(oldSize + qMax<qint64>(count, 0));
            if (count < 0) {
                //: %1 is the file path, %2 the system's reason.
                return BytesResult::failure(tr("Cannot read the file \"%1\": %2.").arg(shownPath, file.errorString()),
                                            0);
            }
            if (count == 0)
                break;
            if (content.bytes.size() > MaxFileSize) {
                //: %1 is the file path, %2 the largest size allowed in bytes.
                return BytesResult::failure(tr("The file \"%1\" is too large to send: more than the limit of %2 "
                                               "bytes.")
                                                .arg(shownPath, QString::number(MaxFileSize)),
                                            0);
            }
        }
        break;
    }
    }
    if (!content.ok())
        return content;

    content.bytes.append(Checksum::trailer(spec.checksum, content.bytes));
    const QString lineEnding = QLatin1String(lineEndingCharacters(spec.lineEnding));
    if (isText)
        content.bytes.append(TextCodec::encode(lineEnding, canonical).bytes);
    else
        content.bytes.append(lineEnding.toLatin1());
    return content;
}

QString PayloadBuilder::lineEndingName(PayloadSpec::LineEnding lineEnding)
{
    for (const LineEndingName &entry : LineEndings) {
        if (entry.lineEnding == lineEnding)
            return QLatin1String(entry.name);
    }
    return {};
}

std::optional<PayloadSpec::LineEnding> PayloadBuilder::lineEndingFromName(QStringView name)
{
    for (const LineEndingName &entry : LineEndings) {
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.lineEnding;
    }
    return std::nullopt;
}

QString PayloadBuilder::formatName(PayloadSpec::Format format)
{
    for (const FormatName &entry : Formats) {
        if (entry.format == format)
            return QLatin1String(entry.name);
    }
    return {};
}

std::optional<PayloadSpec::Format> PayloadBuilder::formatFromName(QStringView name)
{
    for (const FormatName &entry : Formats) {
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.format;
    }
    return std::nullopt;
}
