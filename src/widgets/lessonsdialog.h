// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class LanguageManager;
class QTextBrowser;

/** Help → Lessons: docs/lessons.md (or its Chinese twin), rendered, in the language the UI speaks now; it follows a
    language switch while open. */
class LessonsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonsDialog)

public:
    /** `languages` (may be null: English) tells which lessons to show and when to switch. */
    explicit LessonsDialog(LanguageManager *languages, QWidget *parent = nullptr);
    ~LessonsDialog() override;

    /** The embedded Markdown for a language code ("zh_CN" → lessons.zh-CN.md, anything else → lessons.md); empty
        when it is missing. */
    static QString lessonsMarkdown(const QString &language);
    /** The language whose text is shown. */
    QString shownLanguage() const { return m_language; }
    QTextBrowser *browser() const { return m_browser; }

private:
    void load();

    LanguageManager *m_languages;
    QTextBrowser *m_browser;
    QString m_language;
};
