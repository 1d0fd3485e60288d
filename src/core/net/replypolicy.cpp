// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "net/replypolicy.h"

#include "payload/escapedtext.h"
#include "payload/hexcodec.h"

std::optional<QByteArray> ReplyPolicy::replyTo(QByteArrayView message) const
{
    switch (m_mode) {
    case Mode::None:
        return std::nullopt;
    case Mode::Echo:
        return message.toByteArray();
    case Mode::Upper:
        return upperAscii(message);
    case Mode::Rules:
        break;
    }
    for (const Rule &rule : m_rules) {
        bool matched = false;
        switch (rule.match) {
        case Rule::Match::Text:
        case Rule::Match::Hex:
            matched = rule.exact ? message == QByteArrayView(rule.pattern) : message.indexOf(rule.pattern) >= 0;
            break;
        case Rule::Match::Regex:
            matched = rule.expression.match(QString::fromUtf8(message)).hasMatch();
            break;
        }
        if (matched)
            return rule.reply;
    }
    return std::nullopt;
}

QString ReplyPolicy::modeName(Mode mode)
{
    switch (mode) {
    case Mode::None:
        return QStringLiteral("none");
    case Mode::Echo:
        return QStringLiteral("echo");
    case Mode::Upper:
        return QStringLiteral("upper");
    case Mode::Rules:
        return QStringLiteral("rules");
    }
    return {};
}

std::optional<ReplyPolicy::Mode> ReplyPolicy::modeFromName(QStringView name)
{
    for (Mode mode : {Mode::None, Mode::Echo, Mode::Upper, Mode::Rules}) {
        if (name.compare(modeName(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

QByteArray ReplyPolicy::upperAscii(QByteArrayView bytes)
{
    QByteArray upper = bytes.toByteArray();
    for (char &c : upper) {
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    }
    return upper;
}

namespace {
/** "hex:..." → parsed hex; anything else → escaped text (UTF-8). */
BytesResult parseBytes(const QString &part)
{
    if (part.startsWith(QLatin1String("hex:")))
        return HexCodec::parse(QStringView(part).mid(4));
    return EscapedText::parse(part);
}
} // namespace

std::optional<ReplyPolicy::Rule> ReplyPolicy::parseRule(const QString &text, QString *error)
{
    const qsizetype arrow = text.indexOf(QLatin1String("=>"));
    if (arrow <= 0) {
        *error = tr("Bad reply rule \"%1\": write MATCH=>REPLY, e.g. ping=>pong or hex:01 02=>hex:ff.").arg(text);
        return std::nullopt;
    }
    QString match = text.left(arrow);
    const QString replyText = text.mid(arrow + 2);
    Rule rule;
    if (match.startsWith(QLatin1String("exact:"))) {
        rule.exact = true;
        match = match.mid(6);
    }
    if (match.startsWith(QLatin1String("re:"))) {
        rule.match = Rule::Match::Regex;
        rule.expression = QRegularExpression(match.mid(3));
        if (!rule.expression.isValid()) {
            *error = tr("Bad regular expression in reply rule \"%1\": %2.").arg(text, rule.expression.errorString());
            return std::nullopt;
        }
    } else {
        rule.match = match.startsWith(QLatin1String("hex:")) ? Rule::Match::Hex : Rule::Match::Text;
        const BytesResult pattern = parseBytes(match);
        if (!pattern.ok()) {
            *error = tr("Bad match in reply rule \"%1\": %2").arg(text, pattern.error);
            return std::nullopt;
        }
        rule.pattern = pattern.bytes;
    }
    const BytesResult reply = parseBytes(replyText);
    if (!reply.ok()) {
        *error = tr("Bad reply in reply rule \"%1\": %2").arg(text, reply.error);
        return std::nullopt;
    }
    rule.reply = reply.bytes;
    return rule;
}
