// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "i18n/languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
const QString sourceLanguage = QStringLiteral("en");
const QString chinese = QStringLiteral("zh_CN");
} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{ }

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QStringList LanguageManager::supportedLanguages()
{
    return {sourceLanguage, chinese};
}

QString LanguageManager::normalize(const QString &name)
{
    QString code = name.trimmed();
    // Drop the codeset and modifier of POSIX names ("zh_CN.UTF-8@pinyin").
    code = code.left(code.indexOf(QLatin1Char('.'))).left(code.indexOf(QLatin1Char('@')));
    code.replace(QLatin1Char('-'), QLatin1Char('_'));
    const QString lower = code.toLower();
    // Simplified Chinese: zh, zh_CN, zh_SG, zh_Hans... Traditional variants are not shipped.
    if (lower == QLatin1String("zh") || lower == QLatin1String("zh_cn") || lower == QLatin1String("zh_sg") ||
        lower.startsWith(QLatin1String("zh_hans")))
        return chinese;
    if (lower == QLatin1String("en") || lower.startsWith(QLatin1String("en_")) || lower == QLatin1String("c") ||
        lower == QLatin1String("posix"))
        return sourceLanguage;
    return {};
}

QString LanguageManager::systemLanguage()
{
    const QStringList uiLanguages = QLocale::system().uiLanguages();
    for (const QString &candidate : uiLanguages) {
        const QString code = normalize(candidate);
        if (!code.isEmpty())
            return code;
    }
    return sourceLanguage;
}

QString LanguageManager::nativeName(const QString &code)
{
    const QString normalized = normalize(code);
    if (normalized == chinese)
        return QStringLiteral("简体中文");
    if (normalized == sourceLanguage)
        return QStringLiteral("English");
    return code;
}

bool LanguageManager::setLanguage(const QString &code)
{
    const QString normalized = normalize(code);
    if (normalized.isEmpty())
        return false;

    removeTranslators();
    // English is the source language, but its catalogue carries the plural forms ("1 read", "2 reads").
    auto appTranslator = std::make_unique<QTranslator>();
    if (appTranslator->load(QStringLiteral(":/i18n/socketlab_") + normalized)) {
        m_appTranslator = std::move(appTranslator);
        QCoreApplication::installTranslator(m_appTranslator.get());
    } else if (normalized != sourceLanguage) {
        qWarning("SocketLab: the embedded %s translation is missing", qPrintable(normalized));
    }
    if (normalized != sourceLanguage) {
        // Qt's own strings (standard buttons, command-line help) when the system has them.
        auto qtTranslator = std::make_unique<QTranslator>();
        if (qtTranslator->load(QStringLiteral("qtbase_") + normalized,
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            m_qtTranslator = std::move(qtTranslator);
            QCoreApplication::installTranslator(m_qtTranslator.get());
        }
    }
    const bool changed = normalized != m_language;
    m_language = normalized;
    if (changed)
        emit languageChanged(m_language);
    return true;
}

void LanguageManager::removeTranslators()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();
}
