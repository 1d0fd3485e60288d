// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "optionreader.h"

#include "console.h"
#include "framing/framingspecparser.h"
#include "payload/textcodec.h"

void OptionReader::flag(const QString &name)
{
    m_parser.addOption(QCommandLineOption(name));
}

void OptionReader::value(const QString &name, const QString &valueName)
{
    m_parser.addOption(QCommandLineOption(name, QString(), valueName));
}

void OptionReader::positionalEndsOptions()
{
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
}

bool OptionReader::parse(const QStringList &arguments)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!m_parser.parse(arguments)) {
        fail(m_parser.errorText());
        return false;
    }
    return true;
}

void OptionReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

bool OptionReader::reportUsageError() const
{
    if (ok())
        return false;
    Console::err(QStringLiteral("socketlab-cli: ") + m_error);
    return true;
}

void OptionReader::rejectPositional()
{
    if (!m_parser.positionalArguments().isEmpty())
        fail(tr("Unexpected argument \"%1\".").arg(m_parser.positionalArguments().constFirst()));
}

QString OptionReader::text(const QString &name, const QString &fallback) const
{
    return m_parser.isSet(name) ? m_parser.value(name) : fallback;
}

qint64 OptionReader::integer(const QString &name, qint64 fallback, qint64 minimum, qint64 maximum)
{
    if (!m_parser.isSet(name))
        return fallback;
    bool ok = false;
    const QString raw = m_parser.value(name);
    const qint64 number = raw.toLongLong(&ok);
    if (!ok || number < minimum || number > maximum) {
        fail(tr("Bad value \"%1\" for --%2: use a whole number from %3 to %4.")
                 .arg(raw, name)
                 .arg(minimum)
                 .arg(maximum));
        return fallback;
    }
    return number;
}

bool OptionReader::localEndpoint(const QString &name, bool required, QHostAddress *address, quint16 *port)
{
    const std::optional<Endpoint> local = endpoint(name, required);
    if (!local)
        return false;
    *port = local->port;
    *address = local->isAny() ? QHostAddress() : local->address();
    if (!local->isAny() && address->isNull()) {
        //: %1 is an option name, %2 what the user gave.
        fail(tr("--%1 needs an IP address of this machine (or * for all), not \"%2\".").arg(name, local->host));
        return false;
    }
    return true;
}

std::optional<Endpoint> OptionReader::endpoint(const QString &name, bool required)
{
    if (!m_parser.isSet(name)) {
        if (required)
            fail(tr("--%1 HOST:PORT is required.").arg(name));
        return std::nullopt;
    }
    QString error;
    std::optional<Endpoint> endpoint = Endpoint::parse(m_parser.value(name), &error);
    if (!endpoint)
        fail(error);
    return endpoint;
}

std::optional<FramingSpec> OptionReader::framing(const QString &name, const QString &maxFrameName)
{
    const qint64 maxFrame = integer(maxFrameName, 16 * 1024 * 1024, 1, qint64(1) << 40);
    if (!m_parser.isSet(name))
        return std::nullopt;
    QString error;
    std::optional<FramingSpec> spec = FramingSpecParser::parse(m_parser.value(name), &error, maxFrame);
    if (!spec) {
        fail(error);
        return std::nullopt;
    }
    if (spec->kind == FramingSpec::Kind::None)
        return std::nullopt;
    return spec;
}

ReplyPolicy OptionReader::reply(const QString &modeName, const QString &ruleName)
{
    ReplyPolicy policy;
    if (m_parser.isSet(modeName)) {
        const std::optional<ReplyPolicy::Mode> mode = ReplyPolicy::modeFromName(m_parser.value(modeName));
        if (!mode) {
            fail(tr("Bad value \"%1\" for --%2: use none, echo, upper or rules.")
                     .arg(m_parser.value(modeName), modeName));
            return policy;
        }
        policy.setMode(*mode);
    }
    const QStringList ruleTexts = m_parser.values(ruleName);
    if (!ruleTexts.isEmpty()) {
        QList<ReplyPolicy::Rule> rules;
        for (const QString &ruleText : ruleTexts) {
            QString error;
            std::optional<ReplyPolicy::Rule> rule = ReplyPolicy::parseRule(ruleText, &error);
            if (!rule) {
                fail(error);
                return policy;
            }
            rules.append(*rule);
        }
        policy.setRules(rules);
        if (!m_parser.isSet(modeName))
            policy.setMode(ReplyPolicy::Mode::Rules);
    }
    return policy;
}

QString OptionReader::encoding(const QString &name)
{
    if (!m_parser.isSet(name))
        return QStringLiteral("UTF-8");
    const QString canonical = TextCodec::canonicalName(m_parser.value(name));
    if (canonical.isEmpty()) {
        fail(tr("Unknown encoding \"%1\": use one of %2.")
                 .arg(m_parser.value(name), TextCodec::supportedEncodings().join(QStringLiteral(", "))));
        return QStringLiteral("UTF-8");
    }
    return canonical;
}
