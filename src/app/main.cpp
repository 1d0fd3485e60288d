// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT

#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include "appsettings.h"
#include "buildinfo.h"
#include "i18n/languagemanager.h"
#include "mainwindow.h"
#include "screenshotrenderer.h"
#include "screenshotscene.h"

namespace {

/** The GUI's command line (../shared/DESIGN.md §5). Built after a translator is in place. */
class GuiCommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(GuiCommandLine)

public:
    GuiCommandLine()
        : m_languageOption(
              QStringLiteral("lang"),
              tr("Start in language LANG: %1.").arg(LanguageManager::supportedLanguages().join(QStringLiteral(", "))),
              tr("LANG"))
        , m_screenshotOption(QStringLiteral("screenshot"),
                             tr("Render every page to DIR/<page>.png and exit (works without a display)."), tr("DIR"))
    {
        m_parser.setApplicationDescription(tr("SocketLab, a desktop network laboratory."));
        m_parser.addHelpOption();
        m_parser.addVersionOption();
        m_parser.addOption(m_languageOption);
        m_parser.addOption(m_screenshotOption);
    }

    bool parse(const QStringList &arguments) { return m_parser.parse(arguments); }
    QCommandLineParser &parser() { return m_parser; }
    QString language() const { return m_parser.value(m_languageOption); }
    bool hasLanguage() const { return m_parser.isSet(m_languageOption); }
    QString screenshotDirectory() const { return m_parser.value(m_screenshotOption); }
    bool wantsScreenshots() const { return m_parser.isSet(m_screenshotOption); }

    /** A usage error: one sentence on stderr, exit status 2 as for socketlab-cli. */
    static int usageError(const QString &message)
    {
        std::fprintf(stderr, "socketlab: %s\n", qUtf8Printable(message));
        return 2;
    }

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_languageOption;
    QCommandLineOption m_screenshotOption;
};

/** Screenshots must not need a display: pick the offscreen platform unless one was chosen. */
void preferOffscreenForScreenshots(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return;
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--screenshot" || argument.startsWith("--screenshot=")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    preferOffscreenForScreenshots(argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SocketLab"));
    QApplication::setApplicationName(QStringLiteral("SocketLab"));
    QApplication::setApplicationDisplayName(QStringLiteral("SocketLab"));
    QApplication::setApplicationVersion(BuildInfo::version());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/socketlab.svg")));
    QApplication::setDesktopFileName(QStringLiteral("socketlab"));

    AppSettings settings;
    LanguageManager languages;
    const QString saved = LanguageManager::normalize(settings.language());
    languages.setLanguage(saved.isEmpty() ? LanguageManager::systemLanguage() : saved);

    // First pass only to learn --lang, so that help and errors come out in the chosen language.
    {
        GuiCommandLine early;
        if (early.parse(QApplication::arguments()) && early.hasLanguage()) {
            if (!languages.setLanguage(early.language()))
                return GuiCommandLine::usageError(
                    GuiCommandLine::tr("Unknown language \"%1\": use one of %2.")
                        .arg(early.language(), LanguageManager::supportedLanguages().join(QStringLiteral(", "))));
        }
    }
    GuiCommandLine commandLine;
    if (!commandLine.parse(QApplication::arguments()))
        return GuiCommandLine::usageError(commandLine.parser().errorText());
    if (commandLine.parser().isSet(QStringLiteral("help")))
        commandLine.parser().showHelp(0);
    if (commandLine.parser().isSet(QStringLiteral("version")))
        commandLine.parser().showVersion();
    if (!commandLine.parser().positionalArguments().isEmpty())
        return GuiCommandLine::usageError(GuiCommandLine::tr("Unexpected argument \"%1\": see --help.")
                                              .arg(commandLine.parser().positionalArguments().constFirst()));

    if (commandLine.wantsScreenshots()) {
        // A fixed size and no saved state, so that screenshots are the same on every machine.
        const QString folderError = ScreenshotRenderer::prepareDirectory(commandLine.screenshotDirectory());
        if (!folderError.isEmpty()) {
            std::fprintf(stderr, "socketlab: %s\n", qUtf8Printable(folderError));
            return 1;
        }
        MainWindow window(&languages, nullptr);
        window.resize(1280, 860);
        window.show();
        ScreenshotScene scene(window);
        const QString sceneError = scene.play();
        if (!sceneError.isEmpty()) {
            std::fprintf(stderr, "socketlab: %s\n", qUtf8Printable(sceneError));
            return 1;
        }
        const ScreenshotRenderer::Result result =
            ScreenshotRenderer::renderPages(window, commandLine.screenshotDirectory());
        if (!result.error.isEmpty()) {
            std::fprintf(stderr, "socketlab: %s\n", qUtf8Printable(result.error));
            return 1;
        }
        for (const QString &file : result.files)
            std::printf("%s\n", qUtf8Printable(file));
        return 0;
    }

    MainWindow window(&languages, &settings);
    window.show();
    return QApplication::exec();
}
