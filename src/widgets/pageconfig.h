// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QHostAddress>
#include <QStringList>

#include "net/connectionsettings.h"
#include "net/replypolicy.h"

class QComboBox;

/** Turning what the pages' boxes hold into core configurations, in one place for every page. */
class PageConfig final
{
    Q_DECLARE_TR_FUNCTIONS(PageConfig)

public:
    /** A local address as typed: "*", "any" or empty = every address (returned as a null QHostAddress, dual-stack);
        "::" = every address too when `dualStack`, else IPv6 only; an IP address as itself. nullopt with *error (one
        translated sentence) for anything else. */
    static std::optional<QHostAddress> localAddress(const QString &text, bool dualStack, QString *error);
    /** A remote IP address (no names: UDP sends to addresses). */
    static std::optional<QHostAddress> remoteAddress(const QString &text, QString *error);

    /** Framing (empty = none), reply mode and rules, read size and delay, as ConnectionSettings; nullopt with *error
        naming the bad part. */
    static std::optional<ConnectionSettings> connection(const QString &framing, const QString &replyMode,
                                                        const QStringList &rules, int readSize, int readDelayMs,
                                                        QString *error);
    /** The reply policy alone (UDP has no framing). */
    static std::optional<ReplyPolicy> replyPolicy(const QString &replyMode, const QStringList &rules, QString *error);

    /** Fills a reply-mode combo (None, Echo, Upper case and, `withRules`, Rules) with ReplyPolicy::modeName() as item
        data, keeping the selection across calls (language changes). */
    static void fillReplyModes(QComboBox *combo, bool withRules = true);
    /** Selects the item whose data is `data`, if any. */
    static void selectData(QComboBox *combo, const QVariant &data);
};
