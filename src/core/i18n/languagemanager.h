// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QObject>
#include <QStringList>

class QTranslator;

/**
 * Installs SocketLab's translation (and Qt's own, for standard dialogs) on the application and
 * switches it at run time. Widgets react through QEvent::LanguageChange.
 */
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    /** Language codes the product ships, source language first: "en", "zh_CN". */
    static QStringList supportedLanguages();
    /** Maps "zh", "zh-CN", "zh_CN.UTF-8", "en_US", "C"... to a supported code; empty if none. */
    static QString normalize(const QString &name);
    /** The first supported language among the system's UI languages, else "en". */
    static QString systemLanguage();
    /** A language's name in that language ("English", "简体中文"), as a language menu shows it. */
    static QString nativeName(const QString &code);

    /** Switches to `code` (any form normalize() accepts). Returns false for an unsupported code. */
    bool setLanguage(const QString &code);
    /** The language in effect, e.g. "zh_CN". */
    QString language() const { return m_language; }

signals:
    void languageChanged(const QString &code);

private:
    void removeTranslators();

    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QString m_language = QStringLiteral("en");
};
