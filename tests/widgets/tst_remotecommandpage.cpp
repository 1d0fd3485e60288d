// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT

#include <unistd.h>

#include <memory>
#include <optional>

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>

#include "appsettings.h"
#include "engine/enginethread.h"
#include "engine/rcmdagenthandle.h"
#include "engine/rcmdclienthandle.h"
#include "i18n/languagemanager.h"
#include "procstat.h"
#include "rcmd/rcmdtls.h"
#include "remotecommandpage.h"
#include "selfsignedidentity.h"

namespace {

constexpr int Timeout = 20000;
const QString Token = QStringLiteral("page-token-1234-for-tests");
const QColor StderrColor(0xc6, 0x28, 0x28);

template<class T>
T *child(const QWidget *page, const char *name)
{
    T *widget = page->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

QString textOf(const QWidget *page, const char *label)
{
    return child<QLabel>(page, label)->text();
}

/** Live processes that are children of this test (the in-app agent's commands) and run `argv` (the program as a
    name, which the agent runs by its full path). */
QList<qint64> ourProcesses(const QStringList &argv)
{
    QByteArray wanted;
    for (const QString &word : argv.mid(1))
        wanted += word.toUtf8() + '\0';
    const QByteArray tail = QByteArray('/' + argv.value(0).toUtf8() + '\0') + wanted;
    QList<qint64> pids;
    const qint64 self = ::getpid();
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        const std::optional<ProcStat> stat = procStat(pid);
        if (!stat || stat->parent != self || isDead(stat))
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QByteArray all = cmdline.readAll();
        if (all.startsWith('/') && all.endsWith(tail))
            pids.append(pid);
    }
    return pids;
}

/** The character format of the first line of the output view that is exactly `line`. */
QTextCharFormat formatOfLine(const QWidget *page, const QString &line)
{
    const QTextDocument *document = child<QPlainTextEdit>(page, "outputPlainTextEdit")->document();
    const QTextCursor found =
        document->find(QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(line) + QLatin1Char('$')));
    return found.isNull() ? QTextCharFormat() : found.charFormat();
}

/** A page, its engine and (optionally) its settings, torn down in the right order. */
struct Fixture
{
    explicit Fixture(AppSettings *settings = nullptr)
        : engine(std::make_unique<EngineThread>())
        , page(std::make_unique<RemoteCommandPage>(engine.get(), settings))
    {
        page->resize(1270, 790);
        page->show();
    }
    ~Fixture()
    {
        page.reset();
        engine.reset();
    }
    Fixture(const Fixture &) = delete;
    Fixture &operator=(const Fixture &) = delete;

    std::unique_ptr<EngineThread> engine;
    std::unique_ptr<RemoteCommandPage> page;
};

} // namespace

class TestRemoteCommandPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void echoHelloThroughTheInAppAgent();
    void wrongTokenRunsNothing();
    void shortTokenWarnsInTheBanner();
    void cancelKillsSleep();
    void stderrIsMarked();
    void splitCharacterShowsRight();
    void longOutputIsCapped();
    void classicModeShowsBanner();
    void validateRefusalsInline_data();
    void validateRefusalsInline();
    void historyAndQuickCommandsSurvive();
    void saveTranscriptWritesExactText();
    void tlsWrongPinAndTrustOnFirstUse();
    void halvesToggle();
    void encodingChoiceDecodes();
    void profilesAddAndRemove();
    void auditLogIsBounded();
    void agentGoingAwayIsExplained();
    void languageSwitchKeepsChoices();

private:
    /** Starts the page's agent on 127.0.0.1 with a free port and `token`; returns the port (0 on failure). */
    static quint16 startAgent(RemoteCommandPage *page, const QString &token = Token);
    /** Connects the console to 127.0.0.1:`port` with `token` and waits until it is ready. */
    static bool connectConsole(RemoteCommandPage *page, quint16 port, const QString &token = Token);
    /** Types `line` and presses Run; waits until its footer is shown. */
    static bool run(RemoteCommandPage *page, const QString &line);

    QTemporaryDir m_dir;
    /** English plurals come from the English catalogue, as in the application. */
    LanguageManager m_languages;
    QString m_tlsSkipReason;
    QString m_certificatePath;
    QString m_keyPath;
    QByteArray m_fingerprint;
};

void TestRemoteCommandPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    const SelfSignedIdentity identity = SelfSignedIdentity::make(m_dir.path());
    m_tlsSkipReason = identity.skipReason;
    if (!identity.skipReason.isEmpty())
        return;
    QVERIFY2(identity.error.isEmpty(), qPrintable(identity.error));
    m_certificatePath = identity.certificatePath;
    m_keyPath = identity.keyPath;
    m_fingerprint = RcmdTls::fingerprint(identity.certificate);
}

void TestRemoteCommandPage::cleanup()
{
    // Whatever a test ran, the agent that ran it is gone and left no command behind.
    QTRY_COMPARE_WITH_TIMEOUT(ourProcesses({QStringLiteral("sleep"), QStringLiteral("100")}), QList<qint64>(), Timeout);
}

quint16 TestRemoteCommandPage::startAgent(RemoteCommandPage *page, const QString &token)
{
    child<QComboBox>(page, "addressComboBox")->setCurrentText(QStringLiteral("127.0.0.1"));
    child<QSpinBox>(page, "agentPortSpinBox")->setValue(0);
    child<QLineEdit>(page, "agentTokenLineEdit")->setText(token);
    // The tests may run as root: the agent refuses that unless told.
    child<QCheckBox>(page, "allowRootCheckBox")->setChecked(::geteuid() == 0);
    QTest::mouseClick(child<QPushButton>(page, "startAgentPushButton"), Qt::LeftButton);
    if (!QTest::qWaitFor([page] { return page->agentHandle()->isListening(); }, Timeout)) {
        qWarning("the agent did not start: %s", qPrintable(textOf(page, "agentStatusLabel")));
        return 0;
    }
    return page->agentHandle()->port();
}

bool TestRemoteCommandPage::connectConsole(RemoteCommandPage *page, quint16 port, const QString &token)
{
    child<QLineEdit>(page, "hostLineEdit")->setText(QStringLiteral("127.0.0.1"));
    child<QSpinBox>(page, "portSpinBox")->setValue(port);
    child<QLineEdit>(page, "tokenLineEdit")->setText(token);
    QTest::mouseClick(child<QPushButton>(page, "connectPushButton"), Qt::LeftButton);
    const bool ready =
        QTest::qWaitFor([page] { return page->clientHandle()->state() == RcmdClient::State::Ready; }, Timeout);
    if (!ready)
        qWarning("the console did not connect: %s", qPrintable(textOf(page, "consoleMessageLabel")));
    return ready;
}

bool TestRemoteCommandPage::run(RemoteCommandPage *page, const QString &line)
{
    const int before = int(page->transcript().count(QLatin1Char('[')));
    child<QLineEdit>(page, "commandLineEdit")->setText(line);
    QTest::mouseClick(child<QPushButton>(page, "runPushButton"), Qt::LeftButton);
    return QTest::qWaitFor(
        [page, before] {
            return page->transcript().count(QLatin1Char('[')) > before &&
                page->clientHandle()->runningCommands().isEmpty();
        },
        Timeout);
}

void TestRemoteCommandPage::echoHelloThroughTheInAppAgent()
{
    Fixture fixture;
    RemoteCommandPage *page = fixture.page.get();
    const quint16 port = startAgent(page);
    QVERIFY(port != 0);
    QCOMPARE(textOf(page, "agentStatusLabel"), QStringLiteral("Listening on 127.0.0.1:%1 (plain TCP).").arg(port));
    QVERIFY(!child<QLabel>(page, "bannerLabel")->isVisible());

    // "Use in console" fills the profile with this agent; the typed token goes along.
    QTest::mouseClick(child<QPushButton>(page, "useAgentPushButton"), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(page, "hostLineEdit")->text(), QStringLiteral("127.0.0.1"));
    QCOMPARE(child<QSpinBox>(page, "portSpinBox")->value(), int(port));
    QCOMPARE(child<QLineEdit>(page, "tokenLineEdit")->text(), Token);
    QTest::mouseClick(child<QPushButton>(page, "connectPushButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->clientHandle()->state(), RcmdClient::State::Ready, Timeout);
    QCOMPARE(textOf(page, "connectionStateLabel"),
             QStringLiteral("Connected to 127.0.0.1:%1 (plain TCP); the agent's output is UTF-8.").arg(port));
    QCOMPARE(child<QPushButton>(page, "connectPushButton")->text(), QStringLiteral("Disconnect"));

    QVERIFY(run(page, QStringLiteral("echo hello")));
    const QString transcript = page->transcript();
    static const QRegularExpression pattern(
        QStringLiteral("^127\\.0\\.0\\.1:(\\d+) \\$ echo hello\\nhello\\n\\[exit 0 · (\\d+) ms\\]\\n$"));
    const QRegularExpressionMatch match = pattern.match(transcript);
    QVERIFY2(match.hasMatch(), qPrintable(transcript));
    QCOMPARE(match.captured(1).toInt(), int(port));
    // stdout is not marked as stderr.
    const QTextCharFormat hello = formatOfLine(page, QStringLiteral("hello"));
    QVERIFY(hello.isValid());
    QVERIFY(hello.foreground().color() != StderrColor);
    QCOMPARE(child<QLineEdit>(page, "commandLineEdit")->text(), QString());

    // The audit log saw it all, readable.
    const QString audit = child<QPlainTextEdit>(page, "auditPlainTextEdit")->toPlainText();
    QVERIFY2(audit.contains(QStringLiteral(" auth result=ok")), qPrintable(audit));
    QVERIFY2(audit.contains(QStringLiteral(" run argv=[\"echo\",\"hello\"]")), qPrintable(audit));
    QVERIFY2(audit.contains(QStringLiteral(" exit ")), qPrintable(audit));
}

void TestRemoteCommandPage::shortTokenWarnsInTheBanner()
{
    Fixture fixture;
    RemoteCommandPage *page = fixture.page.get();
    const quint16 port = startAgent(page, QStringLiteral("abc"));
    QVERIFY(port != 0);
    QVERIFY(child<QLabel>(page, "bannerLabel")->isVisible());
    QCOMPARE(textOf(page, "bannerLabel"),
             QStringLiteral("Warning: the token is only 3 characters long. Anyone who can connect can test guesses "
                            "offline; use at least 16 random characters (e.g. head -c 32 /dev/urandom | base64)."));
    // The agent still runs: a short token is the user's call, said plainly.
    QVERIFY(connectConsole(page, port, QStringLiteral("abc")));
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
    QTRY_COMPARE_WITH_TIMEOUT(textOf(page, "bannerLabel"),
                              QStringLiteral("警告：令牌只有 3 个字符。任何能连上来的人都可以离线猜测它；请至少使用 16 "
                                             "个随机字符（例如 head -c 32 /dev/urandom | base64）。"),
                              Timeout);
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
}

void TestRemoteCommandPage::wrongTokenRunsNothing()
{
    Fixture fixture;
    RemoteCommandPage *page = fixture.page.get();
    const quint16 port = startAgent(page);
    QVERIFY(port != 0);
    child<QLineEdit>(page, "hostLineEdit")->setText(QStringLiteral("127.0.0.1"));
    child<QSpinBox>(page, "portSpinBox")->setValue(port);
    child<QLineEdit>(page, "tokenLineEdit")->setText(QStringLiteral("not-the-token"));
    QTest::mouseClick(child<QPushButton>(page, "connectPushButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->clientHandle()->state(), RcmdClient::State::Closed, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(page, "consoleMessageLabel")->isVisible(), Timeout);
    QCOMPARE(textOf(page, "consoleMessageLabel"),
             QStringLiteral("The agent could not prove that it knows the token: it is another agent or its token "
                            "differs. This client did not authenticate to it."));
    QCOMPARE(child<QPushButton>(page, "connectPushButton")->isChecked(), false);
    QCOMPARE(textOf(page, "connectionStateLabel"), QStringLiteral("Not connected."));
    QCOMPARE(child<QPushButton>(page, "runPushButton")->isEnabled(), false);

    // Nothing runs: the page refuses at once and says why.
    QCOMPARE(page->runCommand(QStringLiteral("echo never")), false);
    QCOMPARE(textOf(page, "consoleMessageLabel"),
             QStringLiteral("Not connected: connect to an agent first, then run a command."));
    QCOMPARE(page->transcript(), QString());
    const QString audit = child<QPlainTextEdit>(page, "auditPlainTextEdit")->toPlainText();
    QTRY_VERIFY_WITH_TIMEOUT(child<QPlainTextEdit>(page, "auditPlainTextEdit")
                                 ->toPlainText()
                                 .contains(QStringLiteral(" auth reason=The client left after the challenge "
                                                          "without proving that it knows the token. result=failed")),
                             Timeout);
    QVERIFY2(!child<QPlainTextEdit>(page, "auditPlainTextEdit")->toPlainText().contains(QStringLiteral(" run ")),
             qPrintable(audit));
}

void TestRemoteCommandPage::cancelKillsSleep()
{
    Fixture fixture;
    RemoteCommandPage *page = fixture.page.get();
    const quint16 port = startAgent(page);
    QVERIFY(port != 0);
    QVERIFY(connectConsole(page, port));
    const QStringList sleep{QStringLiteral("sleep"), QStringLiteral("100")};
    QCOMPARE(ourProcesses(sleep), QList<qint64>());

    QVERIFY(page->runCommand(QStringLiteral("sleep 100")));
    QTRY_COMPARE_WITH_TIMEOUT(ourProcesses(sleep).size(), 1, Timeout);
    auto *cancel = child<QPushButton>(page, "cancelPushButton");
    QVERIFY(cancel->isEnabled());
    QCOMPARE(child<QPushButton>(page, "runPushButton")->isEnabled(), false);
    // A second command waits for the first.
    QCOMPARE(page->runCommand(QStringLiteral("echo meanwhile")), false);
    QCOMPARE(textOf(page, "consoleMessageLabel"),
             QStringLiteral("A command is still running: wait for it to end, or cancel it."));

    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->transcript().contains(QStringLiteral("cancelled]")), Timeout);
    static const QRegularExpression pattern(QStringLiteral(
        "^127\\.0\\.0\\.1:\\d+ \\$ sleep 100\\n\\[signal 15 \\(SIGTERM\\) · \\d+(\\.\\d)? m?s · cancelled\\]\\n$"));
    QVERIFY2(pattern.match(page->transcript()).hasMatch(), qPrintable(page->transcript()));
    QTRY_COMPARE_WITH_TIMEOUT(ourProcesses(sleep), QList<qint64>(), Timeout);
    QCOMPARE(cancel->isEnabled(), false);
    QCOMPARE(child<QPushButton>(page, "runPushButton")->isEnabled(), true);
    QCOMPARE(page->clientHandle()->state(), RcmdClient::State::Ready);
}

void TestRemoteCommandPage::stderrIsMarked()
{
    Fixture fixture;
    RemoteCommandPage *page = fixture.page.get();
    const quint16 port = startAgent(page);
    QVERIFY(port != 0);
    QVERIFY(connectConsole(page, port));
    // Program-and-arguments mode: the quotes make one argument for sh -c.
    QVERIFY(run(page, QStringLiteral("sh -c 'echo oops >&2; echo fine; exit 4'")));
    const QString transcript = page->transcript();
    QVERIFY2(transcript.contains(QStringLiteral("$ sh -c 'echo oops >&2; echo fine; exit 4'\n")),
             qPrintable(transcript));
    QVERIFY2(transcript.contains(QStringLiteral("oops\n")), qPrintable(transcript));
    QVERIFY2(transcript.contains(QStringLiteral("fine\n")), qPrintable(transcript));
    QVERIFY2(transcript.contains(QStringLiteral("[exit 4 · ")), qPrintable(transcript));
    QCOMPARE(formatOfLine(page, QStringLiteral("oops")).foreground().color(), StderrColor);
    QVERIFY(formatOfLine(page, QStringLiteral("fine")).foreground().color() != StderrColor);

    // Shell mode runs the line through sh -c and says so in the header.
    child<QComboBox>(page, "modeComboBox")->setCurrentIndex(1);
    QVERIFY(run(page, QStringLiteral("echo piped | tr a-z A-Z")));
    QVERIFY2(page->transcript().contains(QStringLiteral("$ sh -c 'echo piped | tr a-z A-Z'\nPIPED\n[exit 0 · ")),
             qPrintable(page->transcript()));
}

void TestRemoteCommandPage::splitCharacterShowsRight()
{
    Fixture fixture;
    RemoteCommandPage *page = fixture.page.get();
    const quint16 port = startAgent(page);
    QVERIFY(port != 0);
    QVERIFY(connectConsole(page, port));
    child<QComboBox>(page, "modeComboBox")->setCurrentIndex(1);
    // 你 is e4 bd a0: the last byte comes a moment after the first two, in another Output message.
    QVERIFY(run(page, QStringLiteral("printf '\\344\\275'; sleep 0.3; printf '\\240\\n'")));
    QVERIFY2(page->transcript().contains(QStringLiteral("\n你\n[exit 0 · ")), qPrintable(page->transcript()));
    QVERIFY(!page->transcript().contains(QChar(0xfffd)));
}

void TestRemoteCommandPage::longOutputIsCapped()
{
    Fixture fixture;
    RemoteCommandPage *page = fixture.page.get();
    const quint16 port = startAgent(page);
    QVERIFY(port != 0);
    QVERIFY(connectConsole(page, port));
    QVERIFY(!child<QLabel>(page, "droppedLabel")->isVisible());
    // About 2.9 MB: more than the view keeps.
    QVERIFY(run(page, QStringLiteral("seq 1 400000")));
    const QString transcript = page->transcript();
    QVERIFY(transcript.size() <= RemoteCommandPage::MaxOutputChars);
    QVERIFY2(transcript.startsWith(QStringLiteral("[older output dropped]\n")), qPrintable(transcript.left(100)));
    QVERIFY(transcript.contains(QStringLiteral("\n399999\n400000\n[exit 0 · ")));
    QVERIFY(!transcript.contains(QStringLiteral("$ seq 1 400000")));
    QVERIFY(child<QLabel>(page, "droppedLabel")->isVisible());

    // Clear starts afresh.
    QTest::mouseClick(child<QPushButton>(page, "clearPushButton"), Qt::LeftButton);
    QCOMPARE(page->transcript(), QString());
    QVERIFY(!child<QLabel>(page, "droppedLabel")->isVisible());
}

void TestRemoteCommandPage::classicModeShowsBanner()
{
    Fixture fixture;
    RemoteCommandPage *page = fixture.page.get();
    auto *banner = child<QLabel>(page, "bannerLabel");
    auto *classic = child<QCheckBox>(page, "classicCheckBox");
    child<QComboBox>(page, "addressComboBox")->setCurrentText(QStringLiteral("127.0.0.1"));
    QVERIFY(!banner->isVisible());
    classic->setChecked(true);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(),
             QStringLiteral("WARNING: classic mode has no authentication: anyone who can connect to 127.0.0.1 runs "
                            "shell commands as this user. Use it only to try the tutorials' clients."));
    classic->setChecked(false);
    QVERIFY(!banner->isVisible());
    classic->setChecked(true);

    // Running classic: the banner stays, and the tutorials' client works.
    child<QLineEdit>(page, "agentTokenLineEdit")->clear();
    child<QSpinBox>(page, "agentPortSpinBox")->setValue(0);
    child<QCheckBox>(page, "allowRootCheckBox")->setChecked(::geteuid() == 0);
    QTest::mouseClick(child<QPushButton>(page, "startAgentPushButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->agentHandle()->isListening(), Timeout);
    const quint16 port = page->agentHandle()->port();
    QCOMPARE(textOf(page, "agentStatusLabel"),
             QStringLiteral("Listening on 127.0.0.1:%1 in classic mode: no authentication.").arg(port));
    QVERIFY(banner->isVisible());
    QCOMPARE(child<QPushButton>(page, "useAgentPushButton")->isEnabled(), false);

    QTcpSocket tutorial;
    tutorial.connectToHost(QHostAddress::LocalHost, port);
    QTRY_COMPARE_WITH_TIMEOUT(tutorial.state(), QAbstractSocket::ConnectedState, Timeout);
    tutorial.write("echo classic");
    QByteArray reply;
    QTRY_VERIFY_WITH_TIMEOUT((reply += tutorial.readAll()).size() >= 12, Timeout);
    // struct.pack('i', 8) on x86, then the output.
    QCOMPARE(reply,
             QByteArray("\x08\x00\x00\x00"
                        "classic\n",
                        12));
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QPlainTextEdit>(page, "auditPlainTextEdit")->toPlainText().contains(QStringLiteral("mode=classic")),
        Timeout);

    QTest::mouseClick(child<QPushButton>(page, "startAgentPushButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->agentHandle()->isListening(), Timeout);
    QCOMPARE(textOf(page, "agentStatusLabel"), QStringLiteral("The agent is stopped."));
    QVERIFY(banner->isVisible());
}

void TestRemoteCommandPage::validateRefusalsInline_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no token") << QStringLiteral("127.0.0.1") << QString()
                              << QStringLiteral("Type a token (or press Generate), or choose a token file: clients "
                                                "must prove they know it.");
    QTest::newRow("not an address") << QStringLiteral("localhost") << Token
                                    << QStringLiteral("\"localhost\" is not an IP address: the agent listens on an "
                                                      "address such as 127.0.0.1 or ::1.");
    QTest::newRow("remote without TLS")
        << QStringLiteral("0.0.0.0") << Token
        << QStringLiteral("Listening on 0.0.0.0, beyond loopback, without TLS needs an explicit choice "
                          "(--allow-remote), or a TLS certificate and key.");
}

void TestRemoteCommandPage::validateRefusalsInline()
{
    QFETCH(QString, address);
    QFETCH(QString, token);
    QFETCH(QString, expected);
    Fixture fixture;
    RemoteCommandPage *page = fixture.page.get();
    child<QComboBox>(page, "addressComboBox")->setCurrentText(address);
    child<QLineEdit>(page, "agentTokenLineEdit")->setText(token);
    child<QCheckBox>(page, "allowRootCheckBox")->setChecked(::geteuid() == 0);
    auto *start = child<QPushButton>(page, "startAgentPushButton");
    QTest::mouseClick(start, Qt::LeftButton);
    // Refused before anything reaches the engine: at once, inline, and the button is released.
    QCOMPARE(textOf(page, "agentStatusLabel"), expected);
    QCOMPARE(start->isChecked(), false);
    QCOMPARE(start->text(), QStringLiteral("Start agent"));
    QTest::qWait(50);
    QCOMPARE(page->agentHandle()->isListening(), false);

    // Generate makes a random token, different each time.
    QTest::mouseClick(child<QPushButton>(page, "generateTokenPushButton"), Qt::LeftButton);
    const QString first = child<QLineEdit>(page, "agentTokenLineEdit")->text();
    QTest::mouseClick(child<QPushButton>(page, "generateTokenPushButton"), Qt::LeftButton);
    const QString second = child<QLineEdit>(page, "agentTokenLineEdit")->text();
    QCOMPARE(first.size(), 43);
    QVERIFY(first != second);
}

void TestRemoteCommandPage::historyAndQuickCommandsSurvive()
{
    const QString ini = m_dir.filePath(QStringLiteral("history.ini"));
    QFile::remove(ini);
    const QString secret = QStringLiteral("typed-secret-never-saved");
    {
        AppSettings settings(ini);
        Fixture fixture(&settings);
        RemoteCommandPage *page = fixture.page.get();
        const quint16 port = startAgent(page, secret);
        QVERIFY(port != 0);
        QVERIFY(connectConsole(page, port, secret));
        QVERIFY(run(page, QStringLiteral("echo one")));
        QVERIFY(run(page, QStringLiteral("echo two")));
        QVERIFY(run(page, QStringLiteral("echo one")));
        // Add keeps the command line (or, when empty, the last command).
        child<QLineEdit>(page, "commandLineEdit")->setText(QStringLiteral("echo quick"));
        QTest::mouseClick(child<QToolButton>(page, "addQuickToolButton"), Qt::LeftButton);
        child<QLineEdit>(page, "commandLineEdit")->clear();
        child<QComboBox>(page, "modeComboBox")->setCurrentIndex(1);
        QTest::mouseClick(child<QToolButton>(page, "addQuickToolButton"), Qt::LeftButton);
        child<QLineEdit>(page, "profileNameLineEdit")->setText(QStringLiteral("Lab"));
        QCOMPARE(child<QListWidget>(page, "quickListWidget")->count(), 2);
        page->saveSettings();
        settings.sync();
    }
    QFile file(ini);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY2(!stored.contains(secret.toUtf8()), stored.constData());

    AppSettings settings(ini);
    const RemotePageSettings saved = settings.remotePage();
    QCOMPARE(saved.history, (QStringList{QStringLiteral("echo two"), QStringLiteral("echo one")}));
    QCOMPARE(saved.quickCommands.size(), 2);
    QCOMPARE(saved.quickCommands.at(0).command, QStringLiteral("echo quick"));
    QCOMPARE(saved.quickCommands.at(0).shell, false);
    QCOMPARE(saved.quickCommands.at(1).command, QStringLiteral("echo one"));
    QCOMPARE(saved.quickCommands.at(1).shell, true);
    QCOMPARE(saved.shellMode, true);

    Fixture fixture(&settings);
    RemoteCommandPage *page = fixture.page.get();
    QCOMPARE(child<QComboBox>(page, "profileComboBox")->currentText(), QStringLiteral("Lab"));
    QCOMPARE(child<QLineEdit>(page, "tokenLineEdit")->text(), QString());
    auto *line = child<QLineEdit>(page, "commandLineEdit");
    line->setFocus();
    line->setText(QStringLiteral("draft"));
    QTest::keyClick(line, Qt::Key_Up);
    QCOMPARE(line->text(), QStringLiteral("echo one"));
    QTest::keyClick(line, Qt::Key_Up);
    QCOMPARE(line->text(), QStringLiteral("echo two"));
    QTest::keyClick(line, Qt::Key_Up);
    QCOMPARE(line->text(), QStringLiteral("echo two"));
    QTest::keyClick(line, Qt::Key_Down);
    QCOMPARE(line->text(), QStringLiteral("echo one"));
    QTest::keyClick(line, Qt::Key_Down);
    QCOMPARE(line->text(), QStringLiteral("draft"));
    // Completion offers past commands, newest first.
    auto *model = qobject_cast<QStringListModel *>(line->completer()->model());
    QVERIFY(model);
    QCOMPARE(model->stringList(), (QStringList{QStringLiteral("echo one"), QStringLiteral("echo two")}));

    // A double-click on a quick command runs it, in its own mode.
    auto *quick = child<QListWidget>(page, "quickListWidget");
    QCOMPARE(quick->count(), 2);
    QCOMPARE(quick->item(0)->text(), QStringLiteral("echo quick"));
    const quint16 port = startAgent(page, secret);
    QVERIFY(port != 0);
    QVERIFY(connectConsole(page, port, secret));
    QListWidgetItem *item = quick->item(0);
    const QRect rect = quick->visualItemRect(item);
    // A double-click is a click and then a double-click event on the same item.
    QTest::mouseClick(quick->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    QTest::mouseDClick(quick->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    QTRY_VERIFY_WITH_TIMEOUT(page->transcript().contains(QStringLiteral("[exit 0 · ")), Timeout);
    QVERIFY2(page->transcript().contains(QStringLiteral("$ echo quick\nquick\n")), qPrintable(page->transcript()));
}

void TestRemoteCommandPage::saveTranscriptWritesExactText()
{
    Fixture fixture;
    RemoteCommandPage *page = fixture.page.get();
    const quint16 port = startAgent(page);
    QVERIFY(port != 0);
    QVERIFY(connectConsole(page, port));
    child<QLineEdit>(page, "workingDirectoryLineEdit")->setText(QStringLiteral("/tmp"));
    QVERIFY(run(page, QStringLiteral("pwd")));
    QVERIFY(run(page, QStringLiteral("ls /nonexistent-socketlab")));
    const QString transcript = page->transcript();
    static const QRegularExpression pattern(QStringLiteral(
        "^127\\.0\\.0\\.1:(\\d+) /tmp \\$ pwd\\n/tmp\\n\\[exit 0 · (\\d+) ms\\]\\n"
        "127\\.0\\.0\\.1:\\d+ /tmp \\$ ls /nonexistent-socketlab\\n(\\S*ls: .*\\n)\\[exit 2 · (\\d+) ms\\]\\n$"));
    const QRegularExpressionMatch match = pattern.match(transcript);
    QVERIFY2(match.hasMatch(), qPrintable(transcript));
    const QString expected = QStringLiteral("127.0.0.1:%1 /tmp $ pwd\n/tmp\n[exit 0 · %2 ms]\n"
                                            "127.0.0.1:%1 /tmp $ ls /nonexistent-socketlab\n%3[exit 2 · %4 ms]\n")
                                 .arg(port)
                                 .arg(match.captured(2), match.captured(3), match.captured(4));
    QCOMPARE(transcript, expected);

    const QString path = m_dir.filePath(QStringLiteral("transcript.txt"));
    QVERIFY(page->saveTranscript(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), expected.toUtf8());

    const QString bad = m_dir.filePath(QStringLiteral("missing/dir/transcript.txt"));
    QCOMPARE(page->saveTranscript(bad), false);
    QVERIFY2(textOf(page, "consoleMessageLabel").startsWith(QStringLiteral("Cannot save the transcript to ") + bad),
             qPrintable(textOf(page, "consoleMessageLabel")));
}

void TestRemoteCommandPage::tlsWrongPinAndTrustOnFirstUse()
{
    if (!m_tlsSkipReason.isEmpty())
        QSKIP(qPrintable(m_tlsSkipReason));
    const QString ini = m_dir.filePath(QStringLiteral("tls.ini"));
    QFile::remove(ini);
    AppSettings settings(ini);
    Fixture fixture(&settings);
    RemoteCommandPage *page = fixture.page.get();
    child<QLineEdit>(page, "certificateLineEdit")->setText(m_certificatePath);
    child<QLineEdit>(page, "keyLineEdit")->setText(m_keyPath);
    const quint16 port = startAgent(page);
    QVERIFY(port != 0);
    const QString actual = RcmdTls::formatFingerprint(m_fingerprint);
    QCOMPARE(textOf(page, "agentStatusLabel"),
             QStringLiteral("Listening on 127.0.0.1:%1 with TLS; certificate fingerprint %2").arg(port).arg(actual));

    // A wrong pin: an inline error naming both fingerprints; nothing was sent.
    const QString wrong = RcmdTls::formatFingerprint(QByteArray(32, '\x11'));
    child<QCheckBox>(page, "tlsCheckBox")->setChecked(true);
    child<QLineEdit>(page, "fingerprintLineEdit")->setText(wrong);
    child<QLineEdit>(page, "hostLineEdit")->setText(QStringLiteral("127.0.0.1"));
    child<QSpinBox>(page, "portSpinBox")->setValue(port);
    child<QLineEdit>(page, "tokenLineEdit")->setText(Token);
    QTest::mouseClick(child<QPushButton>(page, "connectPushButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(page, "consoleMessageLabel")->isVisible(), Timeout);
    QCOMPARE(textOf(page, "consoleMessageLabel"),
             QStringLiteral("The agent presented a certificate with SHA-256 fingerprint %1, not the pinned %2: it may "
                            "be another machine. Nothing was sent.")
                 .arg(actual, wrong));
    QCOMPARE(page->clientHandle()->state(), RcmdClient::State::Closed);
    QVERIFY(!child<QFrame>(page, "trustFrame")->isVisible());
    QCOMPARE(child<QLineEdit>(page, "fingerprintLineEdit")->text(), wrong);

    // No pin: the fingerprint is shown inline with Trust / Cancel; Cancel connects nothing.
    child<QLineEdit>(page, "fingerprintLineEdit")->clear();
    QTest::mouseClick(child<QPushButton>(page, "connectPushButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(child<QFrame>(page, "trustFrame")->isVisible(), Timeout);
    QVERIFY2(textOf(page, "trustLabel").contains(actual), qPrintable(textOf(page, "trustLabel")));
    QTest::mouseClick(child<QPushButton>(page, "cancelTrustPushButton"), Qt::LeftButton);
    QVERIFY(!child<QFrame>(page, "trustFrame")->isVisible());
    QCOMPARE(textOf(page, "consoleMessageLabel"),
             QStringLiteral("Not connected: the agent's certificate was not trusted."));
    QCOMPARE(child<QLineEdit>(page, "fingerprintLineEdit")->text(), QString());

    // Trust pins it into the profile and connects.
    QTest::mouseClick(child<QPushButton>(page, "connectPushButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(child<QFrame>(page, "trustFrame")->isVisible(), Timeout);
    QTest::mouseClick(child<QPushButton>(page, "trustPushButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->clientHandle()->state(), RcmdClient::State::Ready, Timeout);
    QCOMPARE(child<QLineEdit>(page, "fingerprintLineEdit")->text(), actual);
    QCOMPARE(textOf(page, "connectionStateLabel"),
             QStringLiteral("Connected to 127.0.0.1:%1 with TLS; the agent's output is UTF-8.").arg(port));
    QVERIFY(run(page, QStringLiteral("echo secure")));
    QVERIFY(page->transcript().contains(QStringLiteral("$ echo secure\nsecure\n[exit 0 · ")));
    page->saveSettings();
    QCOMPARE(settings.remotePage().profiles.value(0).fingerprint, actual);
    QCOMPARE(settings.remotePage().profiles.value(0).tls, true);
}

void TestRemoteCommandPage::halvesToggle()
{
    Fixture fixture;
    RemoteCommandPage *page = fixture.page.get();
    auto *agent = child<QToolButton>(page, "agentToolButton");
    auto *console = child<QToolButton>(page, "consoleToolButton");
    QWidget *agentHalf = child<QWidget>(page, "agentWidget");
    QWidget *consoleHalf = child<QWidget>(page, "consoleWidget");
    QVERIFY(agentHalf->isVisible());
    QVERIFY(consoleHalf->isVisible());
    agent->click();
    QVERIFY(!agentHalf->isVisible());
    QVERIFY(consoleHalf->isVisible());
    // Hiding the other half too brings the first back: one is always shown.
    console->click();
    QVERIFY(agentHalf->isVisible());
    QVERIFY(!consoleHalf->isVisible());
    QVERIFY(agent->isChecked());
    console->click();
    QVERIFY(agentHalf->isVisible());
    QVERIFY(consoleHalf->isVisible());
}

void TestRemoteCommandPage::encodingChoiceDecodes()
{
    Fixture fixture;
    RemoteCommandPage *page = fixture.page.get();
    const quint16 port = startAgent(page);
    QVERIFY(port != 0);
    QVERIFY(connectConsole(page, port));
    auto *encoding = child<QComboBox>(page, "encodingComboBox");
    QCOMPARE(encoding->currentIndex(), 0);
    QCOMPARE(encoding->currentData().toString(), QString());
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("GBK")));
    QVERIFY(encoding->currentIndex() > 0);
    child<QComboBox>(page, "modeComboBox")->setCurrentIndex(1);
    // 你好 in GBK, its second character split across two reads.
    QVERIFY(run(page, QStringLiteral("printf '\\304\\343\\272'; sleep 0.3; printf '\\303\\n'")));
    QVERIFY2(page->transcript().contains(QStringLiteral("\n你好\n[exit 0 · ")), qPrintable(page->transcript()));
}

void TestRemoteCommandPage::profilesAddAndRemove()
{
    Fixture fixture;
    RemoteCommandPage *page = fixture.page.get();
    auto *profiles = child<QComboBox>(page, "profileComboBox");
    auto *remove = child<QPushButton>(page, "removeProfilePushButton");
    QCOMPARE(profiles->count(), 1);
    QCOMPARE(profiles->currentText(), QStringLiteral("This computer"));
    QCOMPARE(remove->isEnabled(), false);
    child<QLineEdit>(page, "hostLineEdit")->setText(QStringLiteral("192.0.2.7"));

    // Add copies the current profile under a new name.
    QTest::mouseClick(child<QPushButton>(page, "addProfilePushButton"), Qt::LeftButton);
    QCOMPARE(profiles->count(), 2);
    QCOMPARE(profiles->currentIndex(), 1);
    QCOMPARE(child<QLineEdit>(page, "profileNameLineEdit")->text(), QStringLiteral("Profile 2"));
    QCOMPARE(child<QLineEdit>(page, "hostLineEdit")->text(), QStringLiteral("192.0.2.7"));
    QVERIFY(remove->isEnabled());
    // Renaming shows in the list at once.
    auto *name = child<QLineEdit>(page, "profileNameLineEdit");
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Lab box"));
    QCOMPARE(profiles->itemText(1), QStringLiteral("Lab box"));
    child<QLineEdit>(page, "hostLineEdit")->setText(QStringLiteral("lab.example"));

    // Switching keeps each profile's fields.
    profiles->setCurrentIndex(0);
    QCOMPARE(child<QLineEdit>(page, "hostLineEdit")->text(), QStringLiteral("192.0.2.7"));
    profiles->setCurrentIndex(1);
    QCOMPARE(child<QLineEdit>(page, "hostLineEdit")->text(), QStringLiteral("lab.example"));

    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(profiles->count(), 1);
    QCOMPARE(profiles->currentText(), QStringLiteral("This computer"));
    QCOMPARE(child<QLineEdit>(page, "hostLineEdit")->text(), QStringLiteral("192.0.2.7"));
    QCOMPARE(remove->isEnabled(), false);
}

void TestRemoteCommandPage::auditLogIsBounded()
{
    Fixture fixture;
    RemoteCommandPage *page = fixture.page.get();
    auto *audit = child<QPlainTextEdit>(page, "auditPlainTextEdit");
    const int total = RemoteCommandPage::MaxAuditLines + 100;
    for (int i = 1; i <= total; ++i) {
        emit page->agentHandle()->audit(
            QStringLiteral("{\"time\":\"2026-01-02T03:04:05.678Z\",\"event\":\"connect\",\"peer\":\"127.0.0.1:%1\"}")
                .arg(i));
    }
    QCOMPARE(audit->document()->blockCount(), RemoteCommandPage::MaxAuditLines);
    // Newest at the bottom, oldest dropped; local time, readable.
    QVERIFY2(audit->document()->lastBlock().text().endsWith(QStringLiteral(" 127.0.0.1:%1 connect").arg(total)),
             qPrintable(audit->document()->lastBlock().text()));
    QVERIFY(audit->document()->firstBlock().text().endsWith(QStringLiteral(" 127.0.0.1:101 connect")));
    // No catalogue is installed here, so the plural is the source text's.
    QCOMPARE(textOf(page, "auditCountLabel"), QStringLiteral("%1 events; the last %2 shown").arg(total).arg(5000));
    QTest::mouseClick(child<QPushButton>(page, "clearAuditPushButton"), Qt::LeftButton);
    QCOMPARE(audit->toPlainText(), QString());
    QCOMPARE(textOf(page, "auditCountLabel"), QString());
}

void TestRemoteCommandPage::agentGoingAwayIsExplained()
{
    Fixture fixture;
    RemoteCommandPage *page = fixture.page.get();
    const quint16 port = startAgent(page);
    QVERIFY(port != 0);
    QVERIFY(connectConsole(page, port));
    // Disconnecting by hand needs no words.
    QTest::mouseClick(child<QPushButton>(page, "connectPushButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->clientHandle()->state(), RcmdClient::State::Closed, Timeout);
    QVERIFY(!child<QLabel>(page, "consoleMessageLabel")->isVisible());
    QCOMPARE(textOf(page, "connectionStateLabel"), QStringLiteral("Not connected."));

    // The agent stopping under a connected console is said so.
    QVERIFY(connectConsole(page, port));
    QTest::mouseClick(child<QPushButton>(page, "startAgentPushButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->agentHandle()->isListening(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(page->clientHandle()->state(), RcmdClient::State::Closed, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(page, "consoleMessageLabel")->isVisible(), Timeout);
    QCOMPARE(textOf(page, "consoleMessageLabel"), QStringLiteral("The agent closed the connection."));
    QCOMPARE(child<QPushButton>(page, "connectPushButton")->isChecked(), false);
    QCOMPARE(child<QPushButton>(page, "connectPushButton")->text(), QStringLiteral("Connect"));
}

void TestRemoteCommandPage::languageSwitchKeepsChoices()
{
    Fixture fixture;
    RemoteCommandPage *page = fixture.page.get();
    auto *mode = child<QComboBox>(page, "modeComboBox");
    auto *encoding = child<QComboBox>(page, "encodingComboBox");
    mode->setCurrentIndex(1);
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("Big5")));
    child<QCheckBox>(page, "classicCheckBox")->setChecked(true);
    const QString banner = textOf(page, "bannerLabel");
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
        // The core's sentences come translated (the change reaches widgets as a posted event); the choices stay.
        QTRY_VERIFY_WITH_TIMEOUT(textOf(page, "bannerLabel") != banner, Timeout);
        QVERIFY(textOf(page, "bannerLabel").contains(QStringLiteral("127.0.0.1")));
        QCOMPARE(mode->currentIndex(), 1);
        QCOMPARE(mode->count(), 2);
        QCOMPARE(encoding->currentData().toString(), QStringLiteral("Big5"));
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
    }
    QTRY_COMPARE_WITH_TIMEOUT(textOf(page, "bannerLabel"), banner, Timeout);
    QCOMPARE(child<QPushButton>(page, "startAgentPushButton")->text(), QStringLiteral("Start agent"));
    QCOMPARE(textOf(page, "agentStatusLabel"), QStringLiteral("The agent is stopped."));
    QCOMPARE(mode->currentText(), QStringLiteral("Shell command (sh -c)"));
    QCOMPARE(encoding->currentData().toString(), QStringLiteral("Big5"));
}

QTEST_MAIN(TestRemoteCommandPage)
#include "tst_remotecommandpage.moc"
