// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "sendoptions.h"

#include "optionreader.h"
#include "payload/checksum.h"
#include "payload/payloadbuilder.h"

void SendOptions::declare(OptionReader &reader)
{
    reader.value(QStringLiteral("send"), QStringLiteral("TEXT"));
    reader.value(QStringLiteral("send-hex"), QStringLiteral("HEX"));
    reader.value(QStringLiteral("send-file"), QStringLiteral("PATH"));
    reader.value(QStringLiteral("line-ending"), QStringLiteral("none|lf|crlf|cr"));
    reader.value(QStringLiteral("checksum"), QStringLiteral("NAME"));
}

QList<QByteArray> SendOptions::build(const QStringList &arguments, OptionReader &reader, const QString &encoding)
{
    PayloadSpec base;
    base.encoding = encoding;
    if (reader.isSet(QStringLiteral("line-ending"))) {
        const std::optional<PayloadSpec::LineEnding> ending =
            PayloadBuilder::lineEndingFromName(reader.text(QStringLiteral("line-ending")));
        if (!ending)
            reader.fail(tr("Bad value \"%1\" for --line-ending: use none, lf, crlf or cr.")
                            .arg(reader.text(QStringLiteral("line-ending"))));
        else
            base.lineEnding = *ending;
    }
    if (reader.isSet(QStringLiteral("checksum"))) {
        const std::optional<Checksum::Kind> kind = Checksum::fromName(reader.text(QStringLiteral("checksum")));
        if (!kind) {
            QStringList names;
            const QList<Checksum::Kind> kinds = Checksum::all();
            for (Checksum::Kind each : kinds)
                names.append(Checksum::name(each));
            reader.fail(tr("Unknown checksum \"%1\": use one of %2.")
                            .arg(reader.text(QStringLiteral("checksum")), names.join(QStringLiteral(", "))));
        } else {
            base.checksum = *kind;
        }
    }

    // QCommandLineParser keeps each option's values but not how they interleave; the order of sends matters.
    static const QList<QPair<QString, PayloadSpec::Format>> kinds = {
        {QStringLiteral("--send"), PayloadSpec::Format::Escaped},
        {QStringLiteral("--send-hex"), PayloadSpec::Format::Hex},
        {QStringLiteral("--send-file"), PayloadSpec::Format::File},
    };
    QList<QByteArray> messages;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        for (const auto &[option, format] : kinds) {
            QString content;
            if (argument == option && i + 1 < arguments.size())
                content = arguments.at(++i);
            else if (argument.startsWith(option + QLatin1Char('=')))
                content = argument.mid(option.size() + 1);
            else
                continue;
            PayloadSpec spec = base;
            spec.format = format;
            spec.content = content;
            const BytesResult built = PayloadBuilder::build(spec);
            if (!built.ok())
                reader.fail(tr("%1 %2: %3").arg(option, content, built.error));
            messages.append(built.bytes);
            break;
        }
    }
    return messages;
}
