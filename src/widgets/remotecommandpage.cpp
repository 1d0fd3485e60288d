// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "remotecommandpage.h"

#include <unistd.h>

#include <csignal>
#include <limits>
#include <utility>

#include <QCompleter>
#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QListWidgetItem>
#include <QLocale>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QStringListModel>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>

#include "appsettings.h"
#include "engine/rcmdagenthandle.h"
#include "engine/rcmdclienthandle.h"
#include "payload/textcodec.h"
#include "rcmd/rcmdagent.h"
#include "rcmd/rcmdaudit.h"
#include "rcmd/rcmdtls.h"
#include "rcmd/tokenfile.h"
#include "ui_remotecommandpage.h"

namespace {

const QString PageId = QStringLiteral("remote");
constexpr int BatchMs = 30;
/** Shown per batch at most: about 20 ms of work for the shortest lines. */
constexpr qsizetype FlushChars = 64 * 1024;
constexpr int FlushLines = 3000;
constexpr int QuickCommandRole = Qt::UserRole;
constexpr int QuickShellRole = Qt::UserRole + 1;
constexpr int MaxQuickNameLength = 40;

const QString ErrorStyle = QStringLiteral("color: #c62828;");
const QString BannerStyle = QStringLiteral("QLabel { background: #c62828; color: white; font-weight: bold; "
                                           "padding: 6px; border-radius: 3px; }");
const QString TrustStyle =
    QStringLiteral("QFrame#trustFrame { background: #fff8e1; border: 1px solid #f9a825; border-radius: 3px; }");

/** Splits a command line into words the way a POSIX shell treats quotes and backslashes (nothing else: no
    variables, globs or operators, which belong to shell mode). Empty when a quote is not closed. */
std::optional<QStringList> splitCommandLine(const QString &line)
{
    enum class Quote {
        None,
        Single,
        Double
    };
    QStringList words;
    QString word;
    bool inWord = false;
    Quote quote = Quote::None;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quote == Quote::Single) {
            if (c == QLatin1Char('\''))
                quote = Quote::None;
            else
                word += c;
            continue;
        }
        if (quote == Quote::Double) {
            if (c == QLatin1Char('"')) {
                quote = Quote::None;
            } else if (c == QLatin1Char('\\') && i + 1 < line.size() &&
                       QStringLiteral("\"\\$`").contains(line.at(i + 1))) {
                word += line.at(++i);
            } else {
                word += c;
            }
            continue;
        }
        if (c.isSpace()) {
            if (inWord)
                words << std::exchange(word, QString());
            inWord = false;
            continue;
        }
        inWord = true;
        if (c == QLatin1Char('\''))
            quote = Quote::Single;
        else if (c == QLatin1Char('"'))
            quote = Quote::Double;
        else if (c == QLatin1Char('\\') && i + 1 < line.size())
            word += line.at(++i);
        else if (c != QLatin1Char('\\'))
            word += c;
    }
    if (quote != Quote::None)
        return std::nullopt;
    if (inWord)
        words << word;
    return words;
}

/** `text` as one single-quoted shell word. */
QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

/** "15 (SIGTERM)" for the signals people meet; the number alone otherwise. */
QString signalText(int number)
{
    const char *name = nullptr;
    switch (number) {
    case SIGHUP:
        name = "SIGHUP";
        break;
    case SIGINT:
        name = "SIGINT";
        break;
    case SIGQUIT:
        name = "SIGQUIT";
        break;
    case SIGABRT:
        name = "SIGABRT";
        break;
    case SIGKILL:
        name = "SIGKILL";
        break;
    case SIGSEGV:
        name = "SIGSEGV";
        break;
    case SIGPIPE:
        name = "SIGPIPE";
        break;
    case SIGTERM:
        name = "SIGTERM";
        break;
    default:
        break;
    }
    return name ? QStringLiteral("%1 (%2)").arg(number).arg(QLatin1String(name)) : QString::number(number);
}

/** An audit line as a person reads it: "12:00:01.250 127.0.0.1:5000 exit id=1 exitCode=0 ...", in local time. */
/** The look of a piece of output; `kind` is RemoteCommandPage::Kind's value. */
QTextCharFormat formatOf(int kind)
{
    QTextCharFormat format;
    switch (kind) {
    case 0: // header
        format.setForeground(QColor(0x15, 0x65, 0xc0));
        format.setFontWeight(QFont::Bold);
        break;
    case 2: // stderr
        format.setForeground(QColor(0xc6, 0x28, 0x28));
        break;
    case 3: // footer
        format.setForeground(QColor(0x61, 0x61, 0x61));
        break;
    case 4: // failed footer
        format.setForeground(QColor(0xb3, 0x5c, 0x00));
        format.setFontWeight(QFont::Bold);
        break;
    case 5: // note
        format.setForeground(QColor(0x75, 0x75, 0x75));
        format.setFontItalic(true);
        break;
    default:
        break;
    }
    return format;
}

} // namespace

RemoteCommandPage::RemoteCommandPage(EngineThread *engine, AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RemoteCommandPage>())
    , m_settings(settings)
    , m_agent(new RcmdAgentHandle(engine, this))
    , m_client(new RcmdClientHandle(engine, this))
    , m_flushTimer(new QTimer(this))
    , m_completionModel(new QStringListModel(this))
    , m_completer(new QCompleter(m_completionModel, this))
{
    m_ui->setupUi(this);
    m_ui->addressComboBox->addItems(
        {QStringLiteral("127.0.0.1"), QStringLiteral("::1"), QStringLiteral("0.0.0.0"), QStringLiteral("::")});
    m_ui->bannerLabel->setStyleSheet(BannerStyle);
    m_ui->bannerLabel->hide();
    m_ui->trustFrame->setStyleSheet(TrustStyle);
    m_ui->trustFrame->hide();
    m_ui->consoleMessageLabel->hide();
    m_ui->droppedLabel->setStyleSheet(QStringLiteral("color: #b35c00;"));
    m_ui->droppedLabel->hide();
    // Root is only a question when the application runs as root.
    m_ui->allowRootCheckBox->setVisible(::geteuid() == 0);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->outputPlainTextEdit->setFont(fixed);
    m_ui->auditPlainTextEdit->setFont(fixed);
    m_ui->auditPlainTextEdit->setMaximumBlockCount(MaxAuditLines);
    m_ui->halvesSplitter->setStretchFactor(0, 0);
    m_ui->halvesSplitter->setStretchFactor(1, 1);
    m_ui->halvesSplitter->setSizes({440, 830});
    // The agent's settings get their room; the audit log takes the rest.
    m_ui->agentSplitter->setStretchFactor(0, 0);
    m_ui->agentSplitter->setStretchFactor(1, 1);
    m_ui->agentSplitter->setSizes({m_ui->agentSettingsWidget->sizeHint().height(), 300});
    m_ui->outputSplitter->setStretchFactor(0, 1);
    m_ui->outputSplitter->setStretchFactor(1, 0);
    m_ui->outputSplitter->setSizes({640, 190});
    m_ui->quickListWidget->setEditTriggers(QAbstractItemView::EditKeyPressed);

    // The view follows new output until the user scrolls away from the end, and again once they scroll back.
    QScrollBar *outputBar = m_ui->outputPlainTextEdit->verticalScrollBar();
    connect(outputBar, &QScrollBar::actionTriggered, this,
            [this, outputBar] { m_followOutput = outputBar->sliderPosition() >= outputBar->maximum(); });
    connect(outputBar, &QScrollBar::rangeChanged, this, [this, outputBar](int, int maximum) {
        // New lines, or a view that changed height (an inline message came or went).
        if (m_followOutput)
            outputBar->setValue(maximum);
    });
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(BatchMs);
    connect(m_flushTimer, &QTimer::timeout, this, [this] { flushOutput(false); });

    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseSensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_ui->commandLineEdit->setCompleter(m_completer);
    m_ui->commandLineEdit->installEventFilter(this);
    retranslate();
    loadSettings();

    // Agent half.
    connect(m_ui->startAgentPushButton, &QPushButton::clicked, this, &RemoteCommandPage::setAgentRunning);
    connect(m_ui->generateTokenPushButton, &QPushButton::clicked, this, &RemoteCommandPage::generateToken);
    connect(m_ui->useAgentPushButton, &QPushButton::clicked, this, &RemoteCommandPage::useAgentInConsole);
    connect(m_ui->clearAuditPushButton, &QPushButton::clicked, this, [this] {
        m_ui->auditPlainTextEdit->clear();
        m_auditCount = 0;
        m_ui->auditCountLabel->clear();
    });
    connect(m_ui->classicCheckBox, &QCheckBox::toggled, this, &RemoteCommandPage::showAgentState);
    connect(m_ui->allowRemoteCheckBox, &QCheckBox::toggled, this, &RemoteCommandPage::updateBanner);
    connect(m_ui->addressComboBox, &QComboBox::currentTextChanged, this, &RemoteCommandPage::updateBanner);
    connect(m_ui->certificateLineEdit, &QLineEdit::editingFinished, this, &RemoteCommandPage::loadBannerCertificate);
    const auto browse = [this](QLineEdit *edit, const QString &title) {
        const QString path = QFileDialog::getOpenFileName(this, title, edit->text());
        if (path.isEmpty())
            return;
        edit->setText(path);
        emit edit->editingFinished();
    };
    connect(m_ui->agentTokenFileToolButton, &QToolButton::clicked, this,
            [this, browse] { browse(m_ui->agentTokenFileLineEdit, tr("Choose the agent's token file")); });
    connect(m_ui->certificateToolButton, &QToolButton::clicked, this,
            [this, browse] { browse(m_ui->certificateLineEdit, tr("Choose the agent's certificate")); });
    connect(m_ui->keyToolButton, &QToolButton::clicked, this,
            [this, browse] { browse(m_ui->keyLineEdit, tr("Choose the agent's private key")); });
    connect(m_ui->tokenFileToolButton, &QToolButton::clicked, this,
            [this, browse] { browse(m_ui->tokenFileLineEdit, tr("Choose the token file")); });

    connect(m_agent, &RcmdAgentHandle::listening, this, [this] {
        m_agentStarting = false;
        m_agentError.clear();
        showAgentState();
    });
    connect(m_agent, &RcmdAgentHandle::startFailed, this, [this](const QString &message) {
        m_agentStarting = false;
        m_agentError = message;
        showAgentState();
    });
    connect(m_agent, &RcmdAgentHandle::stopped, this, &RemoteCommandPage::showAgentState);
    connect(m_agent, &RcmdAgentHandle::audit, this, &RemoteCommandPage::appendAudit);

    // Console half.
    connect(m_ui->profileComboBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        commitProfile();
        showProfile(index);
    });
    connect(m_ui->profileNameLineEdit, &QLineEdit::textEdited, this, [this](const QString &name) {
        if (m_currentProfile < 0)
            return;
        m_profiles[m_currentProfile].name = name;
        m_ui->profileComboBox->setItemText(m_currentProfile, name);
    });
    connect(m_ui->addProfilePushButton, &QPushButton::clicked, this, &RemoteCommandPage::addProfile);
    connect(m_ui->removeProfilePushButton, &QPushButton::clicked, this, &RemoteCommandPage::removeProfile);
    connect(m_ui->connectPushButton, &QPushButton::clicked, this, &RemoteCommandPage::setConnected);
    connect(m_ui->trustPushButton, &QPushButton::clicked, this, &RemoteCommandPage::trustFingerprint);
    connect(m_ui->cancelTrustPushButton, &QPushButton::clicked, this, &RemoteCommandPage::cancelTrust);
    connect(m_client, &RcmdClientHandle::stateChanged, this, &RemoteCommandPage::showConsoleState);
    connect(m_client, &RcmdClientHandle::ready, this, [this] {
        showConsoleMessage(QString(), false);
        showConsoleState();
        m_ui->commandLineEdit->setFocus();
    });
    connect(m_client, &RcmdClientHandle::failed, this, &RemoteCommandPage::onConnectionFailed);
    connect(m_client, &RcmdClientHandle::closed, this, [this] {
        // Not asked for here: the agent ended it (it stopped, or said goodbye).
        if (!m_closingByUser)
            showConsoleMessage(tr("The agent closed the connection."), false);
        showConsoleState();
    });
    connect(m_client, &RcmdClientHandle::output, this, &RemoteCommandPage::onOutput);
    connect(m_client, &RcmdClientHandle::finished, this, &RemoteCommandPage::onFinished);
    connect(m_client, &RcmdClientHandle::commandFailed, this, &RemoteCommandPage::onCommandFailed);

    connect(m_ui->commandLineEdit, &QLineEdit::returnPressed, this, [this] {
        // Enter that picks a completion only completes.
        if (m_completer->popup() && m_completer->popup()->isVisible())
            return;
        runCommand(m_ui->commandLineEdit->text());
    });
    connect(m_ui->commandLineEdit, &QLineEdit::textEdited, this, [this] { m_historyIndex = -1; });
    connect(m_ui->runPushButton, &QPushButton::clicked, this, [this] { runCommand(m_ui->commandLineEdit->text()); });
    connect(m_ui->cancelPushButton, &QPushButton::clicked, this, &RemoteCommandPage::cancelCommand);
    connect(m_ui->clearPushButton, &QPushButton::clicked, this, &RemoteCommandPage::clearOutput);
    connect(m_ui->saveTranscriptPushButton, &QPushButton::clicked, this, &RemoteCommandPage::saveTranscriptAs);
    connect(m_ui->addQuickToolButton, &QToolButton::clicked, this, &RemoteCommandPage::addQuickCommand);
    connect(m_ui->removeQuickToolButton, &QToolButton::clicked, this, &RemoteCommandPage::removeQuickCommand);
    connect(m_ui->runQuickToolButton, &QToolButton::clicked, this,
            [this] { runQuickCommand(m_ui->quickListWidget->currentItem()); });
    connect(m_ui->quickListWidget, &QListWidget::itemDoubleClicked, this, &RemoteCommandPage::runQuickCommand);
    connect(m_ui->quickListWidget, &QListWidget::currentItemChanged, this, &RemoteCommandPage::showCommandButtons);

    // Either half may be hidden, never both.
    connect(m_ui->agentToolButton, &QToolButton::toggled, this, [this](bool on) {
        if (!on && !m_ui->consoleToolButton->isChecked())
            m_ui->consoleToolButton->setChecked(true);
        showViews();
    });
    connect(m_ui->consoleToolButton, &QToolButton::toggled, this, [this](bool on) {
        if (!on && !m_ui->agentToolButton->isChecked())
            m_ui->agentToolButton->setChecked(true);
        showViews();
    });
    connect(m_ui->halvesSplitter, &QSplitter::splitterMoved, this, [this] {
        // A half dragged shut counts as hidden.
        const QList<int> sizes = m_ui->halvesSplitter->sizes();
        const QSignalBlocker agentBlocker(m_ui->agentToolButton);
        const QSignalBlocker consoleBlocker(m_ui->consoleToolButton);
        m_ui->agentToolButton->setChecked(sizes.value(0) > 0);
        m_ui->consoleToolButton->setChecked(sizes.value(1) > 0);
    });

    showViews();
    updateBanner();
    showAgentState();
    showConsoleState();
    showCommandButtons();
}

RemoteCommandPage::~RemoteCommandPage()
{
    // The handles end their engine objects (the agent kills its commands) before the page's members go.
    delete m_client;
    delete m_agent;
}

// --- Agent --------------------------------------------------------------------------------------------------------

std::optional<RcmdAgentConfig> RemoteCommandPage::agentConfig(QString *error) const
{
    RcmdAgentConfig config;
    const QString addressText = m_ui->addressComboBox->currentText().trimmed();
    QHostAddress address;
    if (!address.setAddress(addressText)) {
        //: %1 is what the user typed.
        *error = tr("\"%1\" is not an IP address: the agent listens on an address such as 127.0.0.1 or ::1.")
                     .arg(addressText);
        return std::nullopt;
    }
    config.address = address;
    config.port = static_cast<quint16>(m_ui->agentPortSpinBox->value());
    config.classic = m_ui->classicCheckBox->isChecked();
    config.allowRemotePlain = m_ui->allowRemoteCheckBox->isChecked();
    config.allowRemoteClassic = m_ui->allowRemoteCheckBox->isChecked();
    config.allowRoot = m_ui->allowRootCheckBox->isChecked();
    config.commandTimeoutMs = m_ui->timeoutSpinBox->value() * 1000;
    config.outputCap = qint64(m_ui->outputCapSpinBox->value()) * 1024 * 1024;
    config.maxCommands = m_ui->maxCommandsSpinBox->value();
    config.maxCommandsPerConnection = qMin(config.maxCommandsPerConnection, config.maxCommands);
    if (!config.classic) {
        const QString typed = m_ui->agentTokenLineEdit->text();
        const QString path = m_ui->agentTokenFileLineEdit->text().trimmed();
        if (!typed.trimmed().isEmpty()) {
            config.token = typed.trimmed().toUtf8();
        } else if (!path.isEmpty()) {
            const TokenFile::Result token = TokenFile::read(path, true);
            if (!token.ok()) {
                *error = token.error;
                return std::nullopt;
            }
            config.token = token.token;
        } else {
            *error = tr("Type a token (or press Generate), or choose a token file: clients must prove they know it.");
            return std::nullopt;
        }
    }
    const QString certificate = m_ui->certificateLineEdit->text().trimmed();
    const QString key = m_ui->keyLineEdit->text().trimmed();
    if (certificate.isEmpty() != key.isEmpty()) {
        *error = tr("TLS needs both a certificate and its private key.");
        return std::nullopt;
    }
    if (!certificate.isEmpty() &&
        !RcmdTls::loadIdentity(certificate, key, &config.certificate, &config.privateKey, error))
        return std::nullopt;
    const QString refusal = RcmdAgent::validate(config);
    if (!refusal.isEmpty()) {
        *error = refusal;
        return std::nullopt;
    }
    return config;
}

void RemoteCommandPage::setAgentRunning(bool on)
{
    m_agentError.clear();
    if (!on) {
        m_agentStarting = false;
        m_agent->stop();
        showAgentState();
        return;
    }
    QString error;
    const std::optional<RcmdAgentConfig> config = agentConfig(&error);
    if (!config) {
        m_agentError = error;
        m_ui->startAgentPushButton->setChecked(false);
        showAgentState();
        return;
    }
    m_startedConfig = *config;
    m_agentStarting = true;
    m_agent->start(*config);
    showAgentState();
}

void RemoteCommandPage::showAgentState()
{
    const bool listening = m_agent->isListening();
    // The button follows the user; an agent that failed to start releases it.
    if (!listening && !m_agentStarting && !m_agentError.isEmpty())
        m_ui->startAgentPushButton->setChecked(false);
    const bool active = m_ui->startAgentPushButton->isChecked();
    m_ui->startAgentPushButton->setText(active ? tr("Stop agent") : tr("Start agent"));
    m_ui->agentGroupBox->setEnabled(!active);
    m_ui->limitsGroupBox->setEnabled(!active);
    // Classic mode has no token and no TLS.
    const bool classic = m_ui->classicCheckBox->isChecked();
    m_ui->tlsGroupBox->setEnabled(!active && !classic);
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->agentTokenLabel), static_cast<QWidget *>(m_ui->agentTokenLineEdit),
          static_cast<QWidget *>(m_ui->generateTokenPushButton), static_cast<QWidget *>(m_ui->agentTokenFileLabel),
          static_cast<QWidget *>(m_ui->agentTokenFileLineEdit), static_cast<QWidget *>(m_ui->agentTokenFileToolButton)})
        widget->setEnabled(!classic);
    m_ui->useAgentPushButton->setEnabled(listening && !m_startedConfig.classic);
    m_ui->useAgentPushButton->setToolTip(
        listening && m_startedConfig.classic
            ? tr("The console speaks the authenticated protocol only; use the tutorials' clients with classic mode")
            : tr("Fill the console's profile with this agent's address, port, token and certificate"));

    QString text;
    if (!m_agentError.isEmpty()) {
        text = m_agentError;
    } else if (listening) {
        const QHostAddress address(m_agent->address());
        const QString endpoint = address.protocol() == QAbstractSocket::IPv6Protocol
            ? QStringLiteral("[%1]:%2").arg(m_agent->address()).arg(m_agent->port())
            : QStringLiteral("%1:%2").arg(m_agent->address()).arg(m_agent->port());
        if (m_startedConfig.classic)
            //: %1 is an address and port.
            text = tr("Listening on %1 in classic mode: no authentication.").arg(endpoint);
        else if (m_startedConfig.tlsEnabled())
            //: %1 is an address and port, %2 a SHA-256 fingerprint.
            text = tr("Listening on %1 with TLS; certificate fingerprint %2")
                       .arg(endpoint, RcmdTls::formatFingerprint(RcmdTls::fingerprint(m_startedConfig.certificate)));
        else
            //: %1 is an address and port.
            text = tr("Listening on %1 (plain TCP).").arg(endpoint);
    } else if (m_agentStarting) {
        text = tr("Starting…");
    } else {
        text = tr("The agent is stopped.");
    }
    m_ui->agentStatusLabel->setText(text);
    m_ui->agentStatusLabel->setStyleSheet(m_agentError.isEmpty() ? QString() : ErrorStyle);
    updateBanner();
}

void RemoteCommandPage::updateBanner()
{
    RcmdAgentConfig config;
    if (m_agent->isListening() || m_agentStarting) {
        config = m_startedConfig;
    } else {
        QHostAddress address;
        if (address.setAddress(m_ui->addressComboBox->currentText().trimmed()))
            config.address = address;
        config.classic = m_ui->classicCheckBox->isChecked();
        config.allowRemotePlain = config.allowRemoteClassic = m_ui->allowRemoteCheckBox->isChecked();
        config.certificate = m_bannerCertificate;
    }
    const QStringList warnings = RcmdAgent::warnings(config);
    m_ui->bannerLabel->setText(warnings.join(QLatin1Char('\n')));
    m_ui->bannerLabel->setVisible(!warnings.isEmpty());
}

void RemoteCommandPage::loadBannerCertificate()
{
    // Only whether TLS is on matters to the warnings: a certificate that cannot be read counts as none.
    const QString path = m_ui->certificateLineEdit->text().trimmed();
    const QList<QSslCertificate> certificates =
        path.isEmpty() ? QList<QSslCertificate>() : QSslCertificate::fromPath(path, QSsl::Pem);
    m_bannerCertificate = certificates.value(0);
    updateBanner();
}

void RemoteCommandPage::appendAudit(const QString &line)
{
    QScrollBar *bar = m_ui->auditPlainTextEdit->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    m_ui->auditPlainTextEdit->appendPlainText(RcmdAudit::readable(line, Qt::LocalTime));
    if (atEnd)
        bar->setValue(bar->maximum());
    ++m_auditCount;
    m_ui->auditCountLabel->setText(m_auditCount > MaxAuditLines
                                       ? tr("%n event(s); the last %1 shown", nullptr, m_auditCount).arg(MaxAuditLines)
                                       : tr("%n event(s)", nullptr, m_auditCount));
}

void RemoteCommandPage::generateToken()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray bytes(reinterpret_cast<const char *>(words), sizeof(words));
    const QString token =
        QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_ui->agentTokenLineEdit->setText(token);
    m_ui->agentTokenLineEdit->setEchoMode(QLineEdit::Normal);
}

void RemoteCommandPage::useAgentInConsole()
{
    if (!m_agent->isListening() || m_startedConfig.classic)
        return;
    commitProfile();
    if (m_currentProfile < 0)
        addProfile();
    const QHostAddress address(m_agent->address());
    QString host = m_agent->address();
    if (address == QHostAddress::AnyIPv4)
        host = QStringLiteral("127.0.0.1");
    else if (address == QHostAddress::AnyIPv6 || address == QHostAddress::Any)
        host = QStringLiteral("::1");
    RemoteProfile &profile = m_profiles[m_currentProfile];
    profile.host = host;
    profile.port = m_agent->port();
    profile.tls = m_startedConfig.tlsEnabled();
    profile.fingerprint =
        profile.tls ? RcmdTls::formatFingerprint(RcmdTls::fingerprint(m_startedConfig.certificate)) : QString();
    const QString tokenFile = m_ui->agentTokenFileLineEdit->text().trimmed();
    if (m_ui->agentTokenLineEdit->text().trimmed().isEmpty() && !tokenFile.isEmpty()) {
        profile.tokenFile = tokenFile;
        m_typedTokens[m_currentProfile].clear();
    } else {
        m_typedTokens[m_currentProfile] = QString::fromUtf8(m_startedConfig.token);
    }
    showProfile(m_currentProfile);
}

// --- Console: profiles and the connection -------------------------------------------------------------------------

void RemoteCommandPage::commitProfile()
{
    if (m_currentProfile < 0 || m_currentProfile >= m_profiles.size())
        return;
    RemoteProfile &profile = m_profiles[m_currentProfile];
    profile.name = m_ui->profileNameLineEdit->text();
    profile.host = m_ui->hostLineEdit->text().trimmed();
    profile.port = m_ui->portSpinBox->value();
    profile.tokenFile = m_ui->tokenFileLineEdit->text().trimmed();
    profile.tls = m_ui->tlsCheckBox->isChecked();
    profile.fingerprint = m_ui->fingerprintLineEdit->text().trimmed();
    m_typedTokens[m_currentProfile] = m_ui->tokenLineEdit->text();
}

void RemoteCommandPage::showProfile(int index)
{
    m_currentProfile = index >= 0 && index < m_profiles.size() ? index : -1;
    const RemoteProfile profile = m_currentProfile >= 0 ? m_profiles.at(m_currentProfile) : RemoteProfile();
    {
        const QSignalBlocker blocker(m_ui->profileComboBox);
        if (m_ui->profileComboBox->currentIndex() != m_currentProfile)
            m_ui->profileComboBox->setCurrentIndex(m_currentProfile);
        if (m_currentProfile >= 0)
            m_ui->profileComboBox->setItemText(m_currentProfile, profile.name);
    }
    m_ui->profileNameLineEdit->setText(profile.name);
    m_ui->hostLineEdit->setText(profile.host);
    m_ui->portSpinBox->setValue(profile.port);
    m_ui->tokenLineEdit->setText(m_currentProfile >= 0 ? m_typedTokens.at(m_currentProfile) : QString());
    m_ui->tokenFileLineEdit->setText(profile.tokenFile);
    m_ui->tlsCheckBox->setChecked(profile.tls);
    m_ui->fingerprintLineEdit->setText(profile.fingerprint);
    m_ui->removeProfilePushButton->setEnabled(m_profiles.size() > 1);
}

void RemoteCommandPage::addProfile()
{
    commitProfile();
    RemoteProfile profile = m_currentProfile >= 0 ? m_profiles.at(m_currentProfile) : RemoteProfile();
    //: %1 is a number.
    profile.name = tr("Profile %1").arg(m_profiles.size() + 1);
    m_profiles.append(profile);
    m_typedTokens.append(m_currentProfile >= 0 ? m_typedTokens.at(m_currentProfile) : QString());
    {
        const QSignalBlocker blocker(m_ui->profileComboBox);
        m_ui->profileComboBox->addItem(profile.name);
    }
    showProfile(int(m_profiles.size()) - 1);
    m_ui->profileNameLineEdit->setFocus();
    m_ui->profileNameLineEdit->selectAll();
}

void RemoteCommandPage::removeProfile()
{
    if (m_currentProfile < 0 || m_profiles.size() <= 1)
        return;
    const int removed = m_currentProfile;
    m_profiles.removeAt(removed);
    m_typedTokens.removeAt(removed);
    if (m_connectedProfile == removed)
        m_connectedProfile = -1;
    else if (m_connectedProfile > removed)
        --m_connectedProfile;
    {
        const QSignalBlocker blocker(m_ui->profileComboBox);
        m_ui->profileComboBox->removeItem(removed);
    }
    m_currentProfile = -1;
    showProfile(qMin(removed, int(m_profiles.size()) - 1));
}

void RemoteCommandPage::setConnected(bool on)
{
    m_ui->trustFrame->hide();
    m_trustFingerprint.clear();
    if (!on) {
        m_closingByUser = true;
        m_client->close();
        showConsoleState();
        return;
    }
    m_closingByUser = false;
    commitProfile();
    const auto refuse = [this](const QString &message) {
        m_ui->connectPushButton->setChecked(false);
        showConsoleMessage(message, true);
        showConsoleState();
    };
    if (m_currentProfile < 0)
        return refuse(tr("Add a profile first: it says where the agent is."));
    const RemoteProfile &profile = m_profiles.at(m_currentProfile);
    if (profile.host.isEmpty())
        return refuse(tr("Type the agent's name or address first."));
    RcmdClientConfig config;
    config.host = profile.host;
    config.port = static_cast<quint16>(profile.port);
    const QString typed = m_typedTokens.at(m_currentProfile).trimmed();
    if (!typed.isEmpty()) {
        config.token = typed.toUtf8();
    } else if (!profile.tokenFile.isEmpty()) {
        const TokenFile::Result token = TokenFile::read(profile.tokenFile, false);
        if (!token.ok())
            return refuse(token.error);
        config.token = token.token;
    } else {
        return refuse(tr("Type the agent's token or choose its token file."));
    }
    if (!profile.fingerprint.isEmpty()) {
        QString error;
        config.fingerprint = RcmdTls::parseFingerprint(profile.fingerprint, &error);
        if (config.fingerprint.isEmpty())
            return refuse(error);
    }
    config.tls = profile.tls || !config.fingerprint.isEmpty();
    const bool ipv6 = config.host.contains(QLatin1Char(':'));
    m_endpoint = (ipv6 ? QLatin1Char('[') + config.host + QLatin1Char(']') : config.host) + QLatin1Char(':') +
        QString::number(config.port);
    m_connectedProfile = m_currentProfile;
    showConsoleMessage(QString(), false);
    m_client->connectToAgent(config);
    showConsoleState();
}

void RemoteCommandPage::showConsoleState()
{
    const RcmdClient::State state = m_client->state();
    const bool on = m_ui->connectPushButton->isChecked();
    if (on && state == RcmdClient::State::Closed)
        m_ui->connectPushButton->setChecked(false);
    const bool active = m_ui->connectPushButton->isChecked();
    m_ui->connectPushButton->setText(active ? tr("Disconnect") : tr("Connect"));
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->profileComboBox), static_cast<QWidget *>(m_ui->addProfilePushButton),
          static_cast<QWidget *>(m_ui->profileNameLineEdit), static_cast<QWidget *>(m_ui->hostLineEdit),
          static_cast<QWidget *>(m_ui->portSpinBox), static_cast<QWidget *>(m_ui->tokenLineEdit),
          static_cast<QWidget *>(m_ui->tokenFileLineEdit), static_cast<QWidget *>(m_ui->tokenFileToolButton),
          static_cast<QWidget *>(m_ui->tlsCheckBox), static_cast<QWidget *>(m_ui->fingerprintLineEdit)})
        widget->setEnabled(!active);
    m_ui->removeProfilePushButton->setEnabled(!active && m_profiles.size() > 1);

    QString text;
    QString style;
    switch (active ? state : RcmdClient::State::Idle) {
    case RcmdClient::State::Connecting:
        //: %1 is an address and port.
        text = tr("Connecting to %1…").arg(m_endpoint);
        style = QStringLiteral("color: #b35c00;");
        break;
    case RcmdClient::State::Authenticating:
        //: %1 is an address and port.
        text = tr("Authenticating with %1…").arg(m_endpoint);
        style = QStringLiteral("color: #b35c00;");
        break;
    case RcmdClient::State::Ready: {
        const QByteArray fingerprint = m_client->peerFingerprint();
        //: %1 is an address and port, %2 an encoding name.
        text = fingerprint.isEmpty() ? tr("Connected to %1 (plain TCP); the agent's output is %2.")
                                           .arg(m_endpoint, m_client->agentOutputEncoding())
                                     //: %1 is an address and port, %2 an encoding name.
                                     : tr("Connected to %1 with TLS; the agent's output is %2.")
                                           .arg(m_endpoint, m_client->agentOutputEncoding());
        style = QStringLiteral("color: #2e7d32; font-weight: bold;");
        break;
    }
    case RcmdClient::State::Idle:
    case RcmdClient::State::Closed:
        text = tr("Not connected.");
        break;
    }
    m_ui->connectionStateLabel->setText(text);
    m_ui->connectionStateLabel->setStyleSheet(style);
    showCommandButtons();
}

void RemoteCommandPage::showConsoleMessage(const QString &text, bool error)
{
    m_ui->consoleMessageLabel->setText(text);
    m_ui->consoleMessageLabel->setStyleSheet(error ? ErrorStyle + QStringLiteral(" font-weight: bold;") : QString());
    m_ui->consoleMessageLabel->setVisible(!text.isEmpty());
}

void RemoteCommandPage::onConnectionFailed(RcmdClient::Failure failure, const QString &message)
{
    const QByteArray seen = m_client->peerFingerprint();
    const bool unpinned = m_connectedProfile >= 0 && m_connectedProfile < m_profiles.size() &&
        m_profiles.at(m_connectedProfile).fingerprint.isEmpty();
    if (failure == RcmdClient::Failure::TlsError && !seen.isEmpty() && unpinned) {
        // Trust on first use: nothing was sent yet; the user compares the fingerprint and decides.
        m_trustFingerprint = seen;
        showTrust();
        showConsoleMessage(QString(), false);
    } else {
        showConsoleMessage(message, true);
    }
    showConsoleState();
}

void RemoteCommandPage::showTrust()
{
    //: %1 is an address and port, %2 a SHA-256 fingerprint.
    m_ui->trustLabel->setText(
        tr("The agent at %1 presented a certificate no authority vouches for. Its SHA-256 fingerprint is\n%2\n"
           "Trust it only if it is the one the agent shows (or openssl x509 -noout -fingerprint -sha256 prints for "
           "its certificate); it is then pinned in this profile.")
            .arg(m_endpoint, RcmdTls::formatFingerprint(m_trustFingerprint)));
    m_ui->trustFrame->setVisible(!m_trustFingerprint.isEmpty());
}

void RemoteCommandPage::trustFingerprint()
{
    if (m_trustFingerprint.isEmpty() || m_connectedProfile < 0 || m_connectedProfile >= m_profiles.size())
        return;
    const QString pinned = RcmdTls::formatFingerprint(m_trustFingerprint);
    m_profiles[m_connectedProfile].fingerprint = pinned;
    m_profiles[m_connectedProfile].tls = true;
    if (m_connectedProfile != m_currentProfile) {
        commitProfile();
        showProfile(m_connectedProfile);
    } else {
        m_ui->fingerprintLineEdit->setText(pinned);
        m_ui->tlsCheckBox->setChecked(true);
    }
    m_ui->connectPushButton->setChecked(true);
    setConnected(true);
}

void RemoteCommandPage::cancelTrust()
{
    m_trustFingerprint.clear();
    m_ui->trustFrame->hide();
    showConsoleMessage(tr("Not connected: the agent's certificate was not trusted."), true);
}

// --- Console: commands and their output ---------------------------------------------------------------------------

bool RemoteCommandPage::runCommand(const QString &commandLine)
{
    return runWith(commandLine, m_ui->modeComboBox->currentData().toBool());
}

bool RemoteCommandPage::runWith(const QString &commandLine, bool shell)
{
    const QString line = commandLine.trimmed();
    if (line.isEmpty())
        return false;
    if (m_ticket != 0) {
        showConsoleMessage(tr("A command is still running: wait for it to end, or cancel it."), true);
        return false;
    }
    if (m_client->state() != RcmdClient::State::Ready) {
        showConsoleMessage(tr("Not connected: connect to an agent first, then run a command."), true);
        return false;
    }
    QStringList argv;
    if (shell) {
        argv = QStringList{line};
    } else {
        const std::optional<QStringList> words = splitCommandLine(line);
        if (!words) {
            showConsoleMessage(tr("A quote in the command is not closed."), true);
            return false;
        }
        if (words->isEmpty())
            return false;
        argv = *words;
    }
    const QString chosen = m_ui->encodingComboBox->currentData().toString();
    QString encoding = TextCodec::canonicalName(chosen.isEmpty() ? m_client->agentOutputEncoding() : chosen);
    if (encoding.isEmpty()) {
        //: %1 is an encoding name.
        showConsoleMessage(tr("The agent declares its output as \"%1\", which cannot be decoded here; showing it as "
                              "UTF-8.")
                               .arg(m_client->agentOutputEncoding()),
                           false);
        encoding = QStringLiteral("UTF-8");
    } else {
        showConsoleMessage(QString(), false);
    }
    m_stdoutDecoder.emplace(encoding);
    m_stderrDecoder.emplace(encoding);

    const QString directory = m_ui->workingDirectoryLineEdit->text().trimmed();
    const QString shown = shell ? QStringLiteral("sh -c ") + shellQuote(line) : line;
    QString prompt = m_endpoint;
    if (!directory.isEmpty())
        prompt += QLatin1Char(' ') + directory;
    append(Kind::Header, prompt + QStringLiteral(" $ ") + shown + QLatin1Char('\n'));
    addToHistory(line);
    m_ui->commandLineEdit->clear();
    m_historyIndex = -1;
    m_cancelling = false;
    m_ticket = m_client->run(argv, shell, directory);
    showCommandButtons();
    return true;
}

void RemoteCommandPage::cancelCommand()
{
    if (m_ticket == 0)
        return;
    m_cancelling = true;
    m_client->cancel(m_ticket);
    showConsoleMessage(tr("Cancelling: the agent kills the command's process group…"), false);
    showCommandButtons();
}

void RemoteCommandPage::clearOutput()
{
    m_pending.clear();
    m_pendingChars = 0;
    m_flushTimer->stop();
    m_ui->outputPlainTextEdit->clear();
    m_atLineStart = true;
    m_dropped = false;
    m_followOutput = true;
    showDropped();
}

void RemoteCommandPage::saveTranscriptAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the transcript"), QStringLiteral("transcript.txt"),
                                                      tr("Text files (*.txt);;All files (*)"));
    if (!path.isEmpty() && saveTranscript(path))
        //: %1 is a file path.
        showConsoleMessage(tr("Transcript saved to %1.").arg(path), false);
}

QString RemoteCommandPage::transcript()
{
    flushOutput(true);
    return m_ui->outputPlainTextEdit->document()->toPlainText();
}

bool RemoteCommandPage::saveTranscript(const QString &path)
{
    const QByteArray bytes = transcript().toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        //: %1 is a file path, %2 the system's reason.
        showConsoleMessage(tr("Cannot save the transcript to %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    return true;
}

void RemoteCommandPage::onOutput(quint32 ticket, RcmdMessage::Stream stream, const QByteArray &data)
{
    if (ticket != m_ticket)
        return;
    const bool isStdout = stream == RcmdMessage::Stream::Stdout;
    StreamDecoder &decoder = isStdout ? *m_stdoutDecoder : *m_stderrDecoder;
    append(isStdout ? Kind::Stdout : Kind::Stderr, decoder.decode(data));
}

void RemoteCommandPage::finishDecoders()
{
    if (m_stdoutDecoder)
        append(Kind::Stdout, m_stdoutDecoder->flush());
    if (m_stderrDecoder)
        append(Kind::Stderr, m_stderrDecoder->flush());
    m_stdoutDecoder.reset();
    m_stderrDecoder.reset();
}

void RemoteCommandPage::onFinished(quint32 ticket, const RcmdMessage &exit)
{
    if (ticket != m_ticket)
        return;
    finishDecoders();
    const bool failed = exit.signal != 0 || exit.exitCode != 0 || exit.truncated ||
        exit.killedReason != RcmdMessage::KilledReason::None;
    append(failed ? Kind::FailedFooter : Kind::Footer, footerText(exit) + QLatin1Char('\n'));
    m_ticket = 0;
    if (m_cancelling)
        showConsoleMessage(QString(), false);
    m_cancelling = false;
    showCommandButtons();
}

void RemoteCommandPage::onCommandFailed(quint32 ticket, const QString &message)
{
    if (ticket != m_ticket)
        return;
    finishDecoders();
    //: %1 is the reason, a sentence.
    append(Kind::FailedFooter, tr("[not run to the end: %1]").arg(message) + QLatin1Char('\n'));
    m_ticket = 0;
    m_cancelling = false;
    showCommandButtons();
}

QString RemoteCommandPage::footerText(const RcmdMessage &exit) const
{
    QStringList parts;
    if (exit.signal != 0)
        //: %1 is a signal number and name, e.g. 15 (SIGTERM).
        parts << tr("signal %1").arg(signalText(exit.signal));
    else
        //: %1 is the exit status, a number.
        parts << tr("exit %1").arg(exit.exitCode);
    if (exit.durationMs < 1000)
        //: A duration; %1 is a number of milliseconds.
        parts << tr("%1 ms").arg(exit.durationMs);
    else
        //: A duration; %1 is a number of seconds.
        parts << tr("%1 s").arg(QLocale().toString(double(exit.durationMs) / 1000.0, 'f', 1));
    switch (exit.killedReason) {
    case RcmdMessage::KilledReason::Cancel:
        parts << tr("cancelled");
        break;
    case RcmdMessage::KilledReason::Timeout:
        parts << tr("killed: time limit reached");
        break;
    case RcmdMessage::KilledReason::Limit:
        parts << tr("killed: output limit reached");
        break;
    case RcmdMessage::KilledReason::Disconnect:
        parts << tr("killed: the client went away");
        break;
    case RcmdMessage::KilledReason::None:
        break;
    }
    if (exit.truncated)
        parts << tr("output cut");
    return QLatin1Char('[') + parts.join(QStringLiteral(" · ")) + QLatin1Char(']');
}

void RemoteCommandPage::append(Kind kind, const QString &text)
{
    if (text.isEmpty())
        return;
    // A header or a footer starts on a line of its own.
    const bool ownLine = kind == Kind::Header || kind == Kind::Footer || kind == Kind::FailedFooter;
    const bool lastEndsLine = m_pending.isEmpty() ? m_atLineStart : m_pending.last().text.endsWith(QLatin1Char('\n'));
    if (ownLine && !lastEndsLine) {
        m_pending.append({Kind::Note, QStringLiteral("\n")});
        ++m_pendingChars;
    }
    if (!m_pending.isEmpty() && m_pending.last().kind == kind)
        m_pending.last().text += text;
    else
        m_pending.append({kind, text});
    m_pendingChars += text.size();
    if (m_pendingChars > MaxOutputChars)
        dropOlderOutput();
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void RemoteCommandPage::dropOlderOutput()
{
    // Output comes faster than the view takes it: all it shows, and the oldest waiting text, are older than what the
    // view would keep. It starts again with the newest quarter of its limit, which it shows within about a second.
    qsizetype excess = m_pendingChars - MaxOutputChars / 4;
    while (excess > 0 && !m_pending.isEmpty()) {
        Segment &first = m_pending.first();
        if (first.text.size() <= excess) {
            excess -= first.text.size();
            m_pendingChars -= first.text.size();
            m_pending.removeFirst();
            continue;
        }
        // Cut at a line's start when one is near.
        const qsizetype newline = first.text.indexOf(QLatin1Char('\n'), excess - 1);
        const qsizetype cut = newline < 0 || newline + 1 >= first.text.size() ? excess : newline + 1;
        first.text.remove(0, cut);
        m_pendingChars -= cut;
        excess = 0;
    }
    m_ui->outputPlainTextEdit->document()->clear();
    m_atLineStart = true;
    insertDroppedMarker();
}

void RemoteCommandPage::insertDroppedMarker()
{
    m_droppedMarker = tr("[older output dropped]");
    QTextCursor cursor(m_ui->outputPlainTextEdit->document());
    cursor.movePosition(QTextCursor::Start);
    cursor.insertText(m_droppedMarker + QLatin1Char('\n'), formatOf(int(Kind::Note)));
    if (!m_dropped) {
        m_dropped = true;
        showDropped();
    }
}

void RemoteCommandPage::flushOutput(bool all)
{
    m_flushTimer->stop();
    if (m_pending.isEmpty())
        return;
    QPlainTextEdit *view = m_ui->outputPlainTextEdit;
    // The cost of showing text grows with its lines: each turn shows a bounded share, so the GUI never stalls.
    qsizetype chars = all ? std::numeric_limits<qsizetype>::max() : FlushChars;
    int lines = all ? std::numeric_limits<int>::max() : FlushLines;
    QTextCursor cursor(view->document());
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    while (!m_pending.isEmpty() && chars > 0 && lines > 0) {
        Segment &segment = m_pending.first();
        qsizetype take = qMin(segment.text.size(), chars);
        if (!all) {
            for (qsizetype i = 0; i < take; ++i) {
                if (segment.text.at(i) == QLatin1Char('\n') && --lines == 0) {
                    take = i + 1;
                    break;
                }
            }
        }
        const QString piece = take == segment.text.size() ? segment.text : segment.text.left(take);
        cursor.insertText(piece, formatOf(int(segment.kind)));
        m_atLineStart = piece.endsWith(QLatin1Char('\n'));
        chars -= take;
        m_pendingChars -= take;
        if (take == segment.text.size())
            m_pending.removeFirst();
        else
            segment.text.remove(0, take);
    }
    cursor.endEditBlock();
    trimOutput();
    if (m_followOutput)
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    if (!m_pending.isEmpty())
        m_flushTimer->start();
}

void RemoteCommandPage::trimOutput()
{
    QTextDocument *document = m_ui->outputPlainTextEdit->document();
    const int count = document->characterCount();
    if (count <= MaxOutputChars)
        return;
    // Cut the oldest whole lines (below the marker that says so).
    const QTextBlock first = document->firstBlock();
    const bool marked = m_dropped && first.text() == m_droppedMarker;
    const int start = marked ? first.next().position() : 0;
    // Room for the marker line when it is still to come.
    const int excess = count - MaxOutputChars + (marked ? 0 : int(tr("[older output dropped]").size()) + 1);
    QTextCursor cursor(document);
    cursor.setPosition(start);
    cursor.setPosition(qMin(start + excess, count - 1), QTextCursor::KeepAnchor);
    if (!cursor.movePosition(QTextCursor::NextBlock, QTextCursor::KeepAnchor))
        cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    if (!marked)
        insertDroppedMarker();
}

void RemoteCommandPage::showDropped()
{
    //: %1 is a number of characters.
    m_ui->droppedLabel->setText(m_dropped ? tr("Older output was dropped: the view keeps about the last %1 characters.")
                                                .arg(QLocale().toString(MaxOutputChars))
                                          : QString());
    m_ui->droppedLabel->setVisible(m_dropped);
}

void RemoteCommandPage::showCommandButtons()
{
    const bool ready = m_client->state() == RcmdClient::State::Ready;
    m_ui->runPushButton->setEnabled(ready && m_ticket == 0);
    m_ui->cancelPushButton->setEnabled(m_ticket != 0 && !m_cancelling);
    const bool selected = m_ui->quickListWidget->currentItem() != nullptr;
    m_ui->removeQuickToolButton->setEnabled(selected);
    m_ui->runQuickToolButton->setEnabled(selected && ready && m_ticket == 0);
}

// --- History and quick commands -----------------------------------------------------------------------------------

void RemoteCommandPage::addToHistory(const QString &commandLine)
{
    m_history.removeAll(commandLine);
    m_history.append(commandLine);
    if (m_history.size() > RemotePageSettings::MaxHistory)
        m_history = m_history.mid(m_history.size() - RemotePageSettings::MaxHistory);
    updateCompletion();
}

void RemoteCommandPage::updateCompletion()
{
    // Newest first, so the popup offers what was run last.
    QStringList newestFirst;
    newestFirst.reserve(m_history.size());
    for (auto it = m_history.crbegin(); it != m_history.crend(); ++it)
        newestFirst << *it;
    m_completionModel->setStringList(newestFirst);
}

bool RemoteCommandPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->commandLineEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) && key->modifiers() == Qt::NoModifier &&
            !m_history.isEmpty()) {
            if (key->key() == Qt::Key_Up) {
                if (m_historyIndex < 0) {
                    m_historyDraft = m_ui->commandLineEdit->text();
                    m_historyIndex = int(m_history.size()) - 1;
                } else if (m_historyIndex > 0) {
                    --m_historyIndex;
                }
                m_ui->commandLineEdit->setText(m_history.at(m_historyIndex));
            } else if (m_historyIndex >= 0) {
                if (++m_historyIndex >= m_history.size()) {
                    m_historyIndex = -1;
                    m_ui->commandLineEdit->setText(m_historyDraft);
                } else {
                    m_ui->commandLineEdit->setText(m_history.at(m_historyIndex));
                }
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QListWidgetItem *RemoteCommandPage::makeQuickItem(const RemoteQuickCommand &command)
{
    auto *item = new QListWidgetItem(command.name);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    item->setData(QuickCommandRole, command.command);
    item->setData(QuickShellRole, command.shell);
    //: %1 is a command line.
    item->setToolTip(command.shell ? tr("%1 (through the shell)").arg(command.command) : command.command);
    return item;
}

void RemoteCommandPage::addQuickCommand()
{
    RemoteQuickCommand command;
    command.command = m_ui->commandLineEdit->text().trimmed();
    if (command.command.isEmpty() && !m_history.isEmpty())
        command.command = m_history.last();
    if (command.command.isEmpty()) {
        showConsoleMessage(tr("Type a command first (or run one): Add keeps it in the list."), true);
        return;
    }
    command.shell = m_ui->modeComboBox->currentData().toBool();
    command.name = command.command.size() > MaxQuickNameLength
        ? command.command.left(MaxQuickNameLength - 1) + QChar(0x2026)
        : command.command;
    QListWidgetItem *item = makeQuickItem(command);
    m_ui->quickListWidget->addItem(item);
    m_ui->quickListWidget->setCurrentItem(item);
}

void RemoteCommandPage::removeQuickCommand()
{
    delete m_ui->quickListWidget->currentItem();
    showCommandButtons();
}

void RemoteCommandPage::runQuickCommand(QListWidgetItem *item)
{
    if (!item)
        return;
    runWith(item->data(QuickCommandRole).toString(), item->data(QuickShellRole).toBool());
}

void RemoteCommandPage::showViews()
{
    const bool agent = m_ui->agentToolButton->isChecked();
    const bool console = m_ui->consoleToolButton->isChecked();
    m_ui->agentWidget->setVisible(agent);
    m_ui->consoleWidget->setVisible(console);
    // A half that was dragged shut gets its room back when shown.
    const QList<int> sizes = m_ui->halvesSplitter->sizes();
    if (sizes.size() == 2 && ((agent && sizes.at(0) == 0) || (console && sizes.at(1) == 0))) {
        const int total = qMax(sizes.at(0) + sizes.at(1), 800);
        m_ui->halvesSplitter->setSizes({total * 35 / 100, total * 65 / 100});
    }
}

// --- Settings and language ----------------------------------------------------------------------------------------

void RemoteCommandPage::loadSettings()
{
    RemotePageSettings page;
    if (m_settings)
        page = m_settings->remotePage();
    m_ui->addressComboBox->setCurrentText(page.agentAddress);
    m_ui->agentPortSpinBox->setValue(page.agentPort);
    m_ui->agentTokenFileLineEdit->setText(page.agentTokenFile);
    m_ui->certificateLineEdit->setText(page.agentCertificateFile);
    m_ui->keyLineEdit->setText(page.agentKeyFile);
    m_ui->timeoutSpinBox->setValue(page.agentTimeoutSeconds);
    m_ui->outputCapSpinBox->setValue(page.agentOutputCapMiB);
    m_ui->maxCommandsSpinBox->setValue(page.agentMaxCommands);
    if (!page.agentCertificateFile.isEmpty())
        loadBannerCertificate();

    m_profiles = page.profiles;
    if (m_profiles.isEmpty()) {
        RemoteProfile local;
        local.name = tr("This computer");
        m_profiles.append(local);
    }
    // The profile made for a first start keeps following the language until the user renames it.
    m_defaultProfileName = tr("This computer");
    m_typedTokens.clear();
    for (qsizetype i = 0; i < m_profiles.size(); ++i)
        m_typedTokens.append(QString());
    {
        const QSignalBlocker blocker(m_ui->profileComboBox);
        m_ui->profileComboBox->clear();
        for (const RemoteProfile &profile : std::as_const(m_profiles))
            m_ui->profileComboBox->addItem(profile.name);
    }
    showProfile(qBound(0, page.currentProfile, int(m_profiles.size()) - 1));

    m_ui->modeComboBox->setCurrentIndex(page.shellMode ? 1 : 0);
    m_ui->workingDirectoryLineEdit->setText(page.workingDirectory);
    const int encoding = m_ui->encodingComboBox->findData(page.outputEncoding);
    m_ui->encodingComboBox->setCurrentIndex(qMax(0, encoding));
    m_history = page.history;
    updateCompletion();
    m_ui->quickListWidget->clear();
    for (const RemoteQuickCommand &command : std::as_const(page.quickCommands))
        m_ui->quickListWidget->addItem(makeQuickItem(command));
    m_ui->agentToolButton->setChecked(page.agentVisible);
    m_ui->consoleToolButton->setChecked(page.consoleVisible);
    if (m_settings) {
        m_ui->halvesSplitter->restoreState(m_settings->pageLayout(PageId, QStringLiteral("halves")));
        m_ui->agentSplitter->restoreState(m_settings->pageLayout(PageId, QStringLiteral("agent")));
        m_ui->outputSplitter->restoreState(m_settings->pageLayout(PageId, QStringLiteral("output")));
    }
}

void RemoteCommandPage::saveSettings()
{
    if (!m_settings)
        return;
    commitProfile();
    RemotePageSettings page;
    page.agentAddress = m_ui->addressComboBox->currentText().trimmed();
    page.agentPort = m_ui->agentPortSpinBox->value();
    page.agentTokenFile = m_ui->agentTokenFileLineEdit->text().trimmed();
    page.agentCertificateFile = m_ui->certificateLineEdit->text().trimmed();
    page.agentKeyFile = m_ui->keyLineEdit->text().trimmed();
    page.agentTimeoutSeconds = m_ui->timeoutSpinBox->value();
    page.agentOutputCapMiB = m_ui->outputCapSpinBox->value();
    page.agentMaxCommands = m_ui->maxCommandsSpinBox->value();
    page.profiles = m_profiles;
    page.currentProfile = m_currentProfile;
    page.shellMode = m_ui->modeComboBox->currentData().toBool();
    page.workingDirectory = m_ui->workingDirectoryLineEdit->text().trimmed();
    page.outputEncoding = m_ui->encodingComboBox->currentData().toString();
    page.history = m_history;
    for (int row = 0; row < m_ui->quickListWidget->count(); ++row) {
        const QListWidgetItem *item = m_ui->quickListWidget->item(row);
        RemoteQuickCommand command;
        command.name = item->text();
        command.command = item->data(QuickCommandRole).toString();
        command.shell = item->data(QuickShellRole).toBool();
        page.quickCommands.append(command);
    }
    page.agentVisible = m_ui->agentToolButton->isChecked();
    page.consoleVisible = m_ui->consoleToolButton->isChecked();
    m_settings->setRemotePage(page);
    m_settings->setPageLayout(PageId, QStringLiteral("halves"), m_ui->halvesSplitter->saveState());
    m_settings->setPageLayout(PageId, QStringLiteral("agent"), m_ui->agentSplitter->saveState());
    m_settings->setPageLayout(PageId, QStringLiteral("output"), m_ui->outputSplitter->saveState());
}

void RemoteCommandPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const QString address = m_ui->addressComboBox->currentText();
        m_ui->retranslateUi(this);
        m_ui->addressComboBox->setCurrentText(address);
        retranslate();
        showAgentState();
        showConsoleState();
        showDropped();
        if (!m_trustFingerprint.isEmpty())
            showTrust();
        if (m_auditCount > 0) {
            m_ui->auditCountLabel->setText(
                m_auditCount > MaxAuditLines
                    ? tr("%n event(s); the last %1 shown", nullptr, m_auditCount).arg(MaxAuditLines)
                    : tr("%n event(s)", nullptr, m_auditCount));
        }
    }
    QWidget::changeEvent(event);
}

void RemoteCommandPage::retranslate()
{
    if (const QString name = tr("This computer"); name != m_defaultProfileName) {
        for (qsizetype i = 0; i < m_profiles.size(); ++i) {
            if (m_profiles[i].name == m_defaultProfileName) {
                m_profiles[i].name = name;
                m_ui->profileComboBox->setItemText(int(i), name);
            }
        }
        m_defaultProfileName = name;
    }
    {
        const int mode = qMax(0, m_ui->modeComboBox->currentIndex());
        const QSignalBlocker blocker(m_ui->modeComboBox);
        m_ui->modeComboBox->clear();
        m_ui->modeComboBox->addItem(tr("Program and arguments"), false);
        m_ui->modeComboBox->addItem(tr("Shell command (sh -c)"), true);
        m_ui->modeComboBox->setItemData(
            0, tr("The first word is the program, the others its arguments: no shell, so ; | $ and * are plain text"),
            Qt::ToolTipRole);
        m_ui->modeComboBox->setItemData(
            1, tr("The agent's shell runs the line: pipes, redirections, variables and globs work"), Qt::ToolTipRole);
        m_ui->modeComboBox->setCurrentIndex(mode);
    }
    {
        const int encoding = qMax(0, m_ui->encodingComboBox->currentIndex());
        const QSignalBlocker blocker(m_ui->encodingComboBox);
        m_ui->encodingComboBox->clear();
        m_ui->encodingComboBox->addItem(tr("As the agent declares"), QString());
        const QStringList encodings = TextCodec::supportedEncodings();
        for (const QString &name : encodings)
            m_ui->encodingComboBox->addItem(TextCodec::displayName(name), name);
        m_ui->encodingComboBox->setCurrentIndex(encoding);
    }
}
