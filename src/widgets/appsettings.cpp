// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "appsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include "net/replypolicy.h"
#include "payload/payloadbuilder.h"
#include "payload/textcodec.h"
#include "rcmd/rcmdtls.h"

namespace Key {
const QString language = QStringLiteral("ui/language");
const QString mainWindowGeometry = QStringLiteral("mainWindow/geometry");
const QString mainWindowState = QStringLiteral("mainWindow/state");
const QString currentTab = QStringLiteral("mainWindow/currentTab");
const QString quickSend = QStringLiteral("quickSend/entries");

// Per page, under "<page id>/".
const QString receiveDisplay = QStringLiteral("receive/display");
const QString receiveEncoding = QStringLiteral("receive/encoding");
const QString receiveTimestamps = QStringLiteral("receive/timestamps");
const QString receiveShowMessages = QStringLiteral("receive/showMessages");
const QString receiveFraming = QStringLiteral("receive/framing");
const QString receiveAutoScroll = QStringLiteral("receive/autoScroll");
const QString sendFormat = QStringLiteral("send/format");
const QString sendEncoding = QStringLiteral("send/encoding");
const QString sendLineEnding = QStringLiteral("send/lineEnding");
const QString sendChecksum = QStringLiteral("send/checksum");
const QString sendRepeat = QStringLiteral("send/repeat");
const QString sendPeriod = QStringLiteral("send/periodMs");
const QString sendHistory = QStringLiteral("send/history");
const QString layout = QStringLiteral("layout/");

const QString tcpServer = QStringLiteral("tcp-server/network/");
const QString tcpClient = QStringLiteral("tcp-client/network/");
const QString udp = QStringLiteral("udp/network/");
const QString remote = QStringLiteral("remote/");
const QString remoteProfiles = QStringLiteral("remote/profiles");
const QString remoteQuickCommands = QStringLiteral("remote/quickCommands");

QString page(const QString &page, const QString &key)
{
    return page + QLatin1Char('/') + key;
}
} // namespace Key

namespace {
constexpr int MaxPort = 65535;
constexpr int MaxMs = 24 * 3600 * 1000;
constexpr int MaxBuffer = 256 * 1024 * 1024;
constexpr int MaxHistory = 100;

QString displayName(ReceiveOptions::Display display)
{
    switch (display) {
    case ReceiveOptions::Display::Hex:
        return QStringLiteral("hex");
    case ReceiveOptions::Display::Both:
        return QStringLiteral("both");
    case ReceiveOptions::Display::Text:
        break;
    }
    return QStringLiteral("text");
}

ReceiveOptions::Display displayFromName(const QString &name)
{
    if (name == QLatin1String("hex"))
        return ReceiveOptions::Display::Hex;
    if (name == QLatin1String("both"))
        return ReceiveOptions::Display::Both;
    return ReceiveOptions::Display::Text;
}

/** A supported encoding's canonical name, else the fallback. */
QString encodingOr(const QString &name, const QString &fallback)
{
    const QString canonical = TextCodec::canonicalName(name);
    return canonical.isEmpty() ? fallback : canonical;
}

QString replyModeOr(const QString &name, const QString &fallback)
{
    return ReplyPolicy::modeFromName(name) ? name : fallback;
}
} // namespace

QString AppSettings::portableFilePath(const QString &applicationDirectory)
{
    const QDir directory(applicationDirectory);
    if (!QFileInfo::exists(directory.filePath(QStringLiteral("portable"))))
        return {};
    return directory.filePath(QStringLiteral("socketlab.ini"));
}

AppSettings::AppSettings()
{
    const QString portable = portableFilePath(QCoreApplication::applicationDirPath());
    m_settings = portable.isEmpty() ? std::make_unique<QSettings>()
                                    : std::make_unique<QSettings>(portable, QSettings::IniFormat);
}

AppSettings::AppSettings(const QString &iniFilePath)
    : m_settings(std::make_unique<QSettings>(iniFilePath, QSettings::IniFormat))
{ }

AppSettings::~AppSettings() = default;

int AppSettings::intValue(const QString &key, int fallback, int minimum, int maximum) const
{
    bool ok = false;
    const int value = m_settings->value(key, fallback).toInt(&ok);
    return ok && value >= minimum && value <= maximum ? value : fallback;
}

bool AppSettings::boolValue(const QString &key, bool fallback) const
{
    const QVariant value = m_settings->value(key);
    return value.isValid() ? value.toBool() : fallback;
}

QString AppSettings::stringValue(const QString &key, const QString &fallback) const
{
    return m_settings->value(key, fallback).toString();
}

QString AppSettings::language() const
{
    return m_settings->value(Key::language).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    m_settings->setValue(Key::language, code);
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return m_settings->value(Key::mainWindowGeometry).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(Key::mainWindowGeometry, geometry);
}

QByteArray AppSettings::mainWindowState() const
{
    return m_settings->value(Key::mainWindowState).toByteArray();
}

void AppSettings::setMainWindowState(const QByteArray &state)
{
    m_settings->setValue(Key::mainWindowState, state);
}

int AppSettings::currentTab() const
{
    return m_settings->value(Key::currentTab, 0).toInt();
}

void AppSettings::setCurrentTab(int index)
{
    m_settings->setValue(Key::currentTab, index);
}

ReceiveOptions AppSettings::receiveOptions(const QString &page) const
{
    const ReceiveOptions defaults;
    ReceiveOptions options;
    options.display = displayFromName(stringValue(Key::page(page, Key::receiveDisplay), QString()));
    options.encoding = encodingOr(stringValue(Key::page(page, Key::receiveEncoding), QString()), defaults.encoding);
    options.timestamps = boolValue(Key::page(page, Key::receiveTimestamps), defaults.timestamps);
    options.showMessages = boolValue(Key::page(page, Key::receiveShowMessages), defaults.showMessages);
    options.framing = stringValue(Key::page(page, Key::receiveFraming), defaults.framing);
    options.autoScroll = boolValue(Key::page(page, Key::receiveAutoScroll), defaults.autoScroll);
    return options;
}

void AppSettings::setReceiveOptions(const QString &page, const ReceiveOptions &options)
{
    m_settings->setValue(Key::page(page, Key::receiveDisplay), displayName(options.display));
    m_settings->setValue(Key::page(page, Key::receiveEncoding), options.encoding);
    m_settings->setValue(Key::page(page, Key::receiveTimestamps), options.timestamps);
    m_settings->setValue(Key::page(page, Key::receiveShowMessages), options.showMessages);
    m_settings->setValue(Key::page(page, Key::receiveFraming), options.framing);
    m_settings->setValue(Key::page(page, Key::receiveAutoScroll), options.autoScroll);
}

SendOptions AppSettings::sendOptions(const QString &page) const
{
    const SendOptions defaults;
    SendOptions options;
    const auto format = PayloadBuilder::formatFromName(stringValue(Key::page(page, Key::sendFormat), QString()));
    options.format = format && *format != PayloadSpec::Format::File ? *format : defaults.format;
    options.encoding = encodingOr(stringValue(Key::page(page, Key::sendEncoding), QString()), defaults.encoding);
    options.lineEnding =
        PayloadBuilder::lineEndingFromName(stringValue(Key::page(page, Key::sendLineEnding), QString()))
            .value_or(defaults.lineEnding);
    options.checksum =
        Checksum::fromName(stringValue(Key::page(page, Key::sendChecksum), QString())).value_or(defaults.checksum);
    options.repeatCount = intValue(Key::page(page, Key::sendRepeat), defaults.repeatCount, 1, 1000000);
    options.periodMs = intValue(Key::page(page, Key::sendPeriod), defaults.periodMs, 0, 3600000);
    return options;
}

void AppSettings::setSendOptions(const QString &page, const SendOptions &options)
{
    m_settings->setValue(Key::page(page, Key::sendFormat), PayloadBuilder::formatName(options.format));
    m_settings->setValue(Key::page(page, Key::sendEncoding), options.encoding);
    m_settings->setValue(Key::page(page, Key::sendLineEnding), PayloadBuilder::lineEndingName(options.lineEnding));
    m_settings->setValue(Key::page(page, Key::sendChecksum), Checksum::name(options.checksum));
    m_settings->setValue(Key::page(page, Key::sendRepeat), options.repeatCount);
    m_settings->setValue(Key::page(page, Key::sendPeriod), options.periodMs);
}

QStringList AppSettings::sendHistory(const QString &page) const
{
    QStringList history = m_settings->value(Key::page(page, Key::sendHistory)).toStringList();
    if (history.size() > MaxHistory)
        history = history.mid(history.size() - MaxHistory);
    return history;
}

void AppSettings::setSendHistory(const QString &page, const QStringList &history)
{
    m_settings->setValue(Key::page(page, Key::sendHistory),
                         history.size() > MaxHistory ? history.mid(history.size() - MaxHistory) : history);
}

QByteArray AppSettings::pageLayout(const QString &page, const QString &part) const
{
    return m_settings->value(Key::page(page, Key::layout + part)).toByteArray();
}

void AppSettings::setPageLayout(const QString &page, const QString &part, const QByteArray &state)
{
    m_settings->setValue(Key::page(page, Key::layout + part), state);
}

TcpServerPageSettings AppSettings::tcpServerPage() const
{
    const TcpServerPageSettings defaults;
    const QString &k = Key::tcpServer;
    TcpServerPageSettings page;
    page.address = stringValue(k + QStringLiteral("address"), defaults.address);
    page.port = intValue(k + QStringLiteral("port"), defaults.port, 0, MaxPort);
    page.reuseAddress = boolValue(k + QStringLiteral("reuseAddress"), defaults.reuseAddress);
    page.dualStack = boolValue(k + QStringLiteral("dualStack"), defaults.dualStack);
    page.backlog = intValue(k + QStringLiteral("backlog"), defaults.backlog, 1, 65535);
    page.maxClients = intValue(k + QStringLiteral("maxClients"), defaults.maxClients, 0, 1000000);
    page.readSize = intValue(k + QStringLiteral("readSize"), defaults.readSize, 0, MaxBuffer);
    page.readDelayMs = intValue(k + QStringLiteral("readDelayMs"), defaults.readDelayMs, 0, MaxMs);
    page.replyMode = replyModeOr(stringValue(k + QStringLiteral("replyMode"), QString()), defaults.replyMode);
    page.replyRules = m_settings->value(k + QStringLiteral("replyRules")).toStringList();
    return page;
}

void AppSettings::setTcpServerPage(const TcpServerPageSettings &page)
{
    const QString &k = Key::tcpServer;
    m_settings->setValue(k + QStringLiteral("address"), page.address);
    m_settings->setValue(k + QStringLiteral("port"), page.port);
    m_settings->setValue(k + QStringLiteral("reuseAddress"), page.reuseAddress);
    m_settings->setValue(k + QStringLiteral("dualStack"), page.dualStack);
    m_settings->setValue(k + QStringLiteral("backlog"), page.backlog);
    m_settings->setValue(k + QStringLiteral("maxClients"), page.maxClients);
    m_settings->setValue(k + QStringLiteral("readSize"), page.readSize);
    m_settings->setValue(k + QStringLiteral("readDelayMs"), page.readDelayMs);
    m_settings->setValue(k + QStringLiteral("replyMode"), page.replyMode);
    m_settings->setValue(k + QStringLiteral("replyRules"), page.replyRules);
}

TcpClientPageSettings AppSettings::tcpClientPage() const
{
    const TcpClientPageSettings defaults;
    const QString &k = Key::tcpClient;
    TcpClientPageSettings page;
    page.host = stringValue(k + QStringLiteral("host"), defaults.host);
    page.port = intValue(k + QStringLiteral("port"), defaults.port, 0, MaxPort);
    page.bindAddress = stringValue(k + QStringLiteral("bindAddress"), defaults.bindAddress);
    page.bindPort = intValue(k + QStringLiteral("bindPort"), defaults.bindPort, 0, MaxPort);
    page.connectTimeoutMs = intValue(k + QStringLiteral("connectTimeoutMs"), defaults.connectTimeoutMs, 100, MaxMs);
    page.autoReconnect = boolValue(k + QStringLiteral("autoReconnect"), defaults.autoReconnect);
    page.noDelay = boolValue(k + QStringLiteral("noDelay"), defaults.noDelay);
    page.keepAlive = boolValue(k + QStringLiteral("keepAlive"), defaults.keepAlive);
    page.sendBufferSize = intValue(k + QStringLiteral("sendBufferSize"), defaults.sendBufferSize, 0, MaxBuffer);
    page.receiveBufferSize =
        intValue(k + QStringLiteral("receiveBufferSize"), defaults.receiveBufferSize, 0, MaxBuffer);
    page.abortOnClose = boolValue(k + QStringLiteral("abortOnClose"), defaults.abortOnClose);
    page.readSize = intValue(k + QStringLiteral("readSize"), defaults.readSize, 0, MaxBuffer);
    page.readDelayMs = intValue(k + QStringLiteral("readDelayMs"), defaults.readDelayMs, 0, MaxMs);
    return page;
}

void AppSettings::setTcpClientPage(const TcpClientPageSettings &page)
{
    const QString &k = Key::tcpClient;
    m_settings->setValue(k + QStringLiteral("host"), page.host);
    m_settings->setValue(k + QStringLiteral("port"), page.port);
    m_settings->setValue(k + QStringLiteral("bindAddress"), page.bindAddress);
    m_settings->setValue(k + QStringLiteral("bindPort"), page.bindPort);
    m_settings->setValue(k + QStringLiteral("connectTimeoutMs"), page.connectTimeoutMs);
    m_settings->setValue(k + QStringLiteral("autoReconnect"), page.autoReconnect);
    m_settings->setValue(k + QStringLiteral("noDelay"), page.noDelay);
    m_settings->setValue(k + QStringLiteral("keepAlive"), page.keepAlive);
    m_settings->setValue(k + QStringLiteral("sendBufferSize"), page.sendBufferSize);
    m_settings->setValue(k + QStringLiteral("receiveBufferSize"), page.receiveBufferSize);
    m_settings->setValue(k + QStringLiteral("abortOnClose"), page.abortOnClose);
    m_settings->setValue(k + QStringLiteral("readSize"), page.readSize);
    m_settings->setValue(k + QStringLiteral("readDelayMs"), page.readDelayMs);
}

UdpPageSettings AppSettings::udpPage() const
{
    const UdpPageSettings defaults;
    const QString &k = Key::udp;
    UdpPageSettings page;
    page.bindAddress = stringValue(k + QStringLiteral("bindAddress"), defaults.bindAddress);
    page.port = intValue(k + QStringLiteral("port"), defaults.port, 0, MaxPort);
    page.reuseAddress = boolValue(k + QStringLiteral("reuseAddress"), defaults.reuseAddress);
    page.targetAddress = stringValue(k + QStringLiteral("targetAddress"), defaults.targetAddress);
    page.targetPort = intValue(k + QStringLiteral("targetPort"), defaults.targetPort, 0, MaxPort);
    page.addressBook = m_settings->value(k + QStringLiteral("addressBook"), defaults.addressBook).toByteArray();
    page.multicastGroup = stringValue(k + QStringLiteral("multicastGroup"), defaults.multicastGroup);
    page.replyMode = replyModeOr(stringValue(k + QStringLiteral("replyMode"), QString()), defaults.replyMode);
    return page;
}

void AppSettings::setUdpPage(const UdpPageSettings &page)
{
    const QString &k = Key::udp;
    m_settings->setValue(k + QStringLiteral("bindAddress"), page.bindAddress);
    m_settings->setValue(k + QStringLiteral("port"), page.port);
    m_settings->setValue(k + QStringLiteral("reuseAddress"), page.reuseAddress);
    m_settings->setValue(k + QStringLiteral("targetAddress"), page.targetAddress);
    m_settings->setValue(k + QStringLiteral("targetPort"), page.targetPort);
    m_settings->setValue(k + QStringLiteral("addressBook"), page.addressBook);
    m_settings->setValue(k + QStringLiteral("multicastGroup"), page.multicastGroup);
    m_settings->setValue(k + QStringLiteral("replyMode"), page.replyMode);
}

RemotePageSettings AppSettings::remotePage() const
{
    const RemotePageSettings defaults;
    const QString &k = Key::remote;
    RemotePageSettings page;
    page.agentAddress = stringValue(k + QStringLiteral("agent/address"), defaults.agentAddress);
    page.agentPort = intValue(k + QStringLiteral("agent/port"), defaults.agentPort, 0, MaxPort);
    page.agentTokenFile = stringValue(k + QStringLiteral("agent/tokenFile"), defaults.agentTokenFile);
    page.agentCertificateFile = stringValue(k + QStringLiteral("agent/certificateFile"), defaults.agentCertificateFile);
    page.agentKeyFile = stringValue(k + QStringLiteral("agent/keyFile"), defaults.agentKeyFile);
    page.agentTimeoutSeconds =
        intValue(k + QStringLiteral("agent/timeoutSeconds"), defaults.agentTimeoutSeconds, 0, MaxMs / 1000);
    page.agentOutputCapMiB =
        intValue(k + QStringLiteral("agent/outputCapMiB"), defaults.agentOutputCapMiB, 0, 1024 * 1024);
    page.agentMaxCommands = intValue(k + QStringLiteral("agent/maxCommands"), defaults.agentMaxCommands, 1, 10000);

    const int profiles = m_settings->beginReadArray(Key::remoteProfiles);
    for (int i = 0; i < profiles; ++i) {
        m_settings->setArrayIndex(i);
        const RemoteProfile fallback;
        RemoteProfile profile;
        profile.name = m_settings->value(QStringLiteral("name")).toString();
        profile.host = m_settings->value(QStringLiteral("host"), fallback.host).toString();
        bool ok = false;
        const int port = m_settings->value(QStringLiteral("port")).toInt(&ok);
        profile.port = ok && port >= 1 && port <= MaxPort ? port : fallback.port;
        profile.tokenFile = m_settings->value(QStringLiteral("tokenFile")).toString();
        profile.tls = m_settings->value(QStringLiteral("tls"), fallback.tls).toBool();
        // Only a fingerprint that parses is pinned.
        QString error;
        const QByteArray digest =
            RcmdTls::parseFingerprint(m_settings->value(QStringLiteral("fingerprint")).toString(), &error);
        profile.fingerprint = digest.isEmpty() ? QString() : RcmdTls::formatFingerprint(digest);
        if (!profile.name.isEmpty())
            page.profiles.append(profile);
    }
    m_settings->endArray();
    page.currentProfile = intValue(k + QStringLiteral("currentProfile"), page.profiles.isEmpty() ? -1 : 0, -1,
                                   int(page.profiles.size()) - 1);
    page.shellMode = boolValue(k + QStringLiteral("shellMode"), defaults.shellMode);
    page.workingDirectory = stringValue(k + QStringLiteral("workingDirectory"), defaults.workingDirectory);
    const QString encoding = stringValue(k + QStringLiteral("outputEncoding"), QString());
    page.outputEncoding = encoding.isEmpty() ? QString() : TextCodec::canonicalName(encoding);
    page.history = m_settings->value(k + QStringLiteral("history")).toStringList();
    if (page.history.size() > RemotePageSettings::MaxHistory)
        page.history = page.history.mid(page.history.size() - RemotePageSettings::MaxHistory);

    const int commands = m_settings->beginReadArray(Key::remoteQuickCommands);
    for (int i = 0; i < commands; ++i) {
        m_settings->setArrayIndex(i);
        RemoteQuickCommand command;
        command.name = m_settings->value(QStringLiteral("name")).toString();
        command.command = m_settings->value(QStringLiteral("command")).toString();
        command.shell = m_settings->value(QStringLiteral("shell"), false).toBool();
        if (!command.name.isEmpty() && !command.command.isEmpty())
            page.quickCommands.append(command);
    }
    m_settings->endArray();
    page.agentVisible = boolValue(k + QStringLiteral("agentVisible"), defaults.agentVisible);
    page.consoleVisible = boolValue(k + QStringLiteral("consoleVisible"), defaults.consoleVisible);
    if (!page.agentVisible && !page.consoleVisible)
        page.agentVisible = page.consoleVisible = true;
    return page;
}

void AppSettings::setRemotePage(const RemotePageSettings &page)
{
    const QString &k = Key::remote;
    m_settings->setValue(k + QStringLiteral("agent/address"), page.agentAddress);
    m_settings->setValue(k + QStringLiteral("agent/port"), page.agentPort);
    m_settings->setValue(k + QStringLiteral("agent/tokenFile"), page.agentTokenFile);
    m_settings->setValue(k + QStringLiteral("agent/certificateFile"), page.agentCertificateFile);
    m_settings->setValue(k + QStringLiteral("agent/keyFile"), page.agentKeyFile);
    m_settings->setValue(k + QStringLiteral("agent/timeoutSeconds"), page.agentTimeoutSeconds);
    m_settings->setValue(k + QStringLiteral("agent/outputCapMiB"), page.agentOutputCapMiB);
    m_settings->setValue(k + QStringLiteral("agent/maxCommands"), page.agentMaxCommands);

    m_settings->remove(Key::remoteProfiles);
    m_settings->beginWriteArray(Key::remoteProfiles, int(page.profiles.size()));
    for (int i = 0; i < page.profiles.size(); ++i) {
        m_settings->setArrayIndex(i);
        const RemoteProfile &profile = page.profiles.at(i);
        m_settings->setValue(QStringLiteral("name"), profile.name);
        m_settings->setValue(QStringLiteral("host"), profile.host);
        m_settings->setValue(QStringLiteral("port"), profile.port);
        m_settings->setValue(QStringLiteral("tokenFile"), profile.tokenFile);
        m_settings->setValue(QStringLiteral("tls"), profile.tls);
        m_settings->setValue(QStringLiteral("fingerprint"), profile.fingerprint);
    }
    m_settings->endArray();
    m_settings->setValue(k + QStringLiteral("currentProfile"), page.currentProfile);
    m_settings->setValue(k + QStringLiteral("shellMode"), page.shellMode);
    m_settings->setValue(k + QStringLiteral("workingDirectory"), page.workingDirectory);
    m_settings->setValue(k + QStringLiteral("outputEncoding"), page.outputEncoding);
    m_settings->setValue(k + QStringLiteral("history"),
                         page.history.size() > RemotePageSettings::MaxHistory
                             ? page.history.mid(page.history.size() - RemotePageSettings::MaxHistory)
                             : page.history);

    m_settings->remove(Key::remoteQuickCommands);
    m_settings->beginWriteArray(Key::remoteQuickCommands, int(page.quickCommands.size()));
    for (int i = 0; i < page.quickCommands.size(); ++i) {
        m_settings->setArrayIndex(i);
        const RemoteQuickCommand &command = page.quickCommands.at(i);
        m_settings->setValue(QStringLiteral("name"), command.name);
        m_settings->setValue(QStringLiteral("command"), command.command);
        m_settings->setValue(QStringLiteral("shell"), command.shell);
    }
    m_settings->endArray();
    m_settings->setValue(k + QStringLiteral("agentVisible"), page.agentVisible);
    m_settings->setValue(k + QStringLiteral("consoleVisible"), page.consoleVisible);
}

QList<QuickSendEntry> AppSettings::quickSendEntries() const
{
    QList<QuickSendEntry> entries;
    const int size = m_settings->beginReadArray(Key::quickSend);
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        QuickSendEntry entry;
        entry.name = m_settings->value(QStringLiteral("name")).toString();
        entry.comment = m_settings->value(QStringLiteral("comment")).toString();
        const auto format = PayloadBuilder::formatFromName(m_settings->value(QStringLiteral("format")).toString());
        entry.format = format && *format != PayloadSpec::Format::File ? *format : PayloadSpec::Format::Text;
        entry.content = m_settings->value(QStringLiteral("content")).toString();
        if (!entry.name.isEmpty())
            entries.append(entry);
    }
    m_settings->endArray();
    return entries;
}

void AppSettings::setQuickSendEntries(const QList<QuickSendEntry> &entries)
{
    m_settings->remove(Key::quickSend);
    m_settings->beginWriteArray(Key::quickSend, static_cast<int>(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        m_settings->setArrayIndex(i);
        const QuickSendEntry &entry = entries.at(i);
        m_settings->setValue(QStringLiteral("name"), entry.name);
        m_settings->setValue(QStringLiteral("comment"), entry.comment);
        m_settings->setValue(QStringLiteral("format"), PayloadBuilder::formatName(entry.format));
        m_settings->setValue(QStringLiteral("content"), entry.content);
    }
    m_settings->endArray();
}

void AppSettings::sync()
{
    m_settings->sync();
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}
