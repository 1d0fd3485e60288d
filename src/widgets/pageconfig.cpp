// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "pageconfig.h"

#include <QComboBox>

#include "framing/framingspecparser.h"
#include "replyrulesdialog.h"

std::optional<QHostAddress> PageConfig::localAddress(const QString &text, bool dualStack, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed == QLatin1String("*") ||
        trimmed.compare(QLatin1String("any"), Qt::CaseInsensitive) == 0)
        return QHostAddress();
    QHostAddress address;
    if (!address.setAddress(trimmed)) {
        if (error)
            *error = tr("\"%1\" is not a local IP address: use 0.0.0.0, ::, 127.0.0.1 or an address of this machine.")
                         .arg(trimmed);
        return std::nullopt;
    }
    if (address == QHostAddress(QHostAddress::AnyIPv6) && dualStack)
        return QHostAddress();
    return address;
}

std::optional<QHostAddress> PageConfig::remoteAddress(const QString &text, QString *error)
{
    QHostAddress address;
    if (!address.setAddress(text.trimmed())) {
        if (error)
            *error = tr("\"%1\" is not an IP address: type one such as 127.0.0.1 or ::1.").arg(text.trimmed());
        return std::nullopt;
    }
    return address;
}

std::optional<ConnectionSettings> PageConfig::connection(const QString &framing, const QString &replyMode,
                                                         const QStringList &rules, int readSize, int readDelayMs,
                                                         QString *error)
{
    ConnectionSettings settings;
    if (!framing.isEmpty()) {
        const auto spec = FramingSpecParser::parse(framing, error);
        if (!spec)
            return std::nullopt;
        settings.framing = *spec;
    }
    const auto reply = replyPolicy(replyMode, rules, error);
    if (!reply)
        return std::nullopt;
    settings.reply = *reply;
    settings.readSize = qMax(0, readSize);
    settings.readDelayMs = qMax(0, readDelayMs);
    return settings;
}

std::optional<ReplyPolicy> PageConfig::replyPolicy(const QString &replyMode, const QStringList &rules, QString *error)
{
    const ReplyPolicy::Mode mode = ReplyPolicy::modeFromName(replyMode).value_or(ReplyPolicy::Mode::None);
    ReplyPolicy policy(mode);
    if (mode == ReplyPolicy::Mode::Rules) {
        const auto parsed = ReplyRulesDialog::parseRules(rules, error);
        if (!parsed)
            return std::nullopt;
        policy.setRules(*parsed);
    }
    return policy;
}

void PageConfig::fillReplyModes(QComboBox *combo, bool withRules)
{
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("None"), ReplyPolicy::modeName(ReplyPolicy::Mode::None));
    combo->addItem(tr("Echo"), ReplyPolicy::modeName(ReplyPolicy::Mode::Echo));
    combo->addItem(tr("Upper case"), ReplyPolicy::modeName(ReplyPolicy::Mode::Upper));
    combo->setItemData(0, tr("Receive only"), Qt::ToolTipRole);
    combo->setItemData(1, tr("Send back every message as it came"), Qt::ToolTipRole);
    combo->setItemData(2, tr("Send back in upper case, like the tutorials' data.upper()"), Qt::ToolTipRole);
    if (withRules) {
        combo->addItem(tr("Rules"), ReplyPolicy::modeName(ReplyPolicy::Mode::Rules));
        combo->setItemData(3, tr("Answer by your rules: MATCH=>REPLY"), Qt::ToolTipRole);
    }
    if (current.isValid())
        selectData(combo, current);
}

void PageConfig::selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    if (index >= 0)
        combo->setCurrentIndex(index);
}
