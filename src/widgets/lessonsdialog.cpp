// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "lessonsdialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "i18n/languagemanager.h"

LessonsDialog::LessonsDialog(LanguageManager *languages, QWidget *parent)
    : QDialog(parent)
    , m_languages(languages)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("lessonsDialog"));
    m_browser->setObjectName(QStringLiteral("lessonsTextBrowser"));
    m_browser->setOpenExternalLinks(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(900, 700);
    if (m_languages)
        connect(m_languages, &LanguageManager::languageChanged, this, &LessonsDialog::load);
    load();
}

LessonsDialog::~LessonsDialog() = default;

QString LessonsDialog::lessonsMarkdown(const QString &language)
{
    const QString name = LanguageManager::normalize(language) == QLatin1String("zh_CN")
        ? QStringLiteral(":/docs/lessons.zh-CN.md")
        : QStringLiteral(":/docs/lessons.md");
    QFile file(name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void LessonsDialog::load()
{
    setWindowTitle(tr("SocketLab Lessons"));
    m_language = m_languages ? m_languages->language() : QStringLiteral("en");
    const QString markdown = lessonsMarkdown(m_language);
    if (markdown.isEmpty())
        m_browser->setPlainText(tr("The lessons are missing from this build."));
    else
        m_browser->setMarkdown(markdown);
}
