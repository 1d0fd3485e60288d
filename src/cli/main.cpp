// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT

#include <QCoreApplication>

#include "buildinfo.h"
#include "cliapplication.h"
#include "i18n/languagemanager.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SocketLab"));
    QCoreApplication::setApplicationName(QStringLiteral("socketlab-cli"));
    QCoreApplication::setApplicationVersion(BuildInfo::version());

    // The console speaks the user's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    LanguageManager languages;
    languages.setLanguage(LanguageManager::systemLanguage());

    return CliApplication::run(QCoreApplication::arguments());
}
