// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

/**
 * How a server (or UDP peer) answers what it receives: not at all, echo, upper case (the tutorials'
 * `data.upper()`), or rules that map a match to a reply. Applied to messages when a framing is set,
 * to reads otherwise.
 */
class ReplyPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(ReplyPolicy)

public:
    enum class Mode {
        None,
        Echo,
        Upper,
        Rules
    };

    /** One rule: when a message matches, send `reply`. */
    struct Rule
    {
        enum class Match {
            Text,
            Hex,
            Regex
        };
        Match match = Match::Text;
        QByteArray pattern;            ///< bytes to find (Text: encoded text; Hex: parsed bytes)
        QRegularExpression expression; ///< Regex: matched against the message decoded as UTF-8
        bool exact = false;            ///< Text/Hex: the whole message must equal the pattern (else: contains)
        QByteArray reply;
    };

    ReplyPolicy() = default;
    explicit ReplyPolicy(Mode mode)
        : m_mode(mode)
    { }

    Mode mode() const { return m_mode; }
    void setMode(Mode mode) { m_mode = mode; }
    const QList<Rule> &rules() const { return m_rules; }
    void setRules(QList<Rule> rules) { m_rules = std::move(rules); }

    /** The reply to `message`, or nullopt for none. The first matching rule wins. */
    std::optional<QByteArray> replyTo(QByteArrayView message) const;

    /** "none", "echo", "upper", "rules". */
    static QString modeName(Mode mode);
    static std::optional<Mode> modeFromName(QStringView name);
    /** ASCII letters to upper case, every other byte untouched (so GBK or UTF-8 text survives). */
    static QByteArray upperAscii(QByteArrayView bytes);

    /**
     * Parses a rule written as MATCH=>REPLY, e.g. `hello=>world`, `hex:01 02=>hex:ff`, `re:^GET .*=>HTTP/1.0 200
     * OK\r\n`, `exact:ping=>pong`. Text parts accept C escapes. Returns nullopt with *error on a bad rule.
     */
    static std::optional<Rule> parseRule(const QString &text, QString *error);

private:
    Mode m_mode = Mode::None;
    QList<Rule> m_rules;
};
