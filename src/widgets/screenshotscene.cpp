// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "screenshotscene.h"

#include <unistd.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QThread>

#include "dataview.h"
#include "engine/enginethread.h"
#include "engine/rcmdagenthandle.h"
#include "engine/rcmdclienthandle.h"
#include "engine/tcpclienthandle.h"
#include "lab/labpresets.h"
#include "mainwindow.h"
#include "pageconfig.h"
#include "quicksendmodel.h"
#include "receiveoptionsbox.h"
#include "remotecommandpage.h"
#include "sendbox.h"
#include "tcpclientpage.h"
#include "tcpserverpage.h"
#include "trafficmodel.h"
#include "udppage.h"
#include "visualizerpage.h"

namespace {
template<class T>
T *child(const QWidget *page, const char *name)
{
    return page->findChild<T *>(QString::fromLatin1(name));
}

/** Runs the event loop until `done` or the deadline; false on timeout. */
template<class Predicate>
bool waitFor(Predicate done, const QDeadlineTimer &deadline)
{
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

int rows(const QWidget *page)
{
    return child<DataView>(page, "dataView")->model()->rowCount();
}
} // namespace

ScreenshotScene::ScreenshotScene(MainWindow &window)
    : m_window(window)
    , m_engine(std::make_unique<EngineThread>())
{ }

ScreenshotScene::~ScreenshotScene()
{
    m_extraClients.clear();
    m_engine.reset();
}

QString ScreenshotScene::play(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    const QString timedOut = tr("The screenshot scene did not complete in time on 127.0.0.1.");

    m_window.quickSendModel()->setEntries({
        {tr("Login"), tr("Hex frame with a length prefix"), PayloadSpec::Format::Hex,
         QStringLiteral("00 05 68 65 6c 6c 6f")},
        {tr("Heartbeat"), tr("Sent every 5 s by the device"), PayloadSpec::Format::Escaped, QStringLiteral("PING\\n")},
        {tr("Status"), QString(), PayloadSpec::Format::Text, QStringLiteral("GET /status")},
    });

    // A line-framed echo server on loopback.
    TcpServerPage *server = m_window.tcpServerPage();
    child<QComboBox>(server, "addressComboBox")->setCurrentText(QStringLiteral("127.0.0.1"));
    child<QSpinBox>(server, "portSpinBox")->setValue(0);
    PageConfig::selectData(child<QComboBox>(server, "replyModeComboBox"), QStringLiteral("echo"));
    ReceiveOptions framed = child<ReceiveOptionsBox>(server, "receiveOptionsBox")->options();
    framed.framing = QStringLiteral("line");
    framed.showMessages = true;
    child<ReceiveOptionsBox>(server, "receiveOptionsBox")->setOptions(framed);
    server->setListening(true);
    child<QPushButton>(server, "openPushButton")->setChecked(true);
    if (!waitFor([server] { return server->port() != 0; }, deadline))
        return timedOut;

    // The client page and two more clients talk to it.
    TcpClientPage *client = m_window.tcpClientPage();
    child<QComboBox>(client, "hostComboBox")->setCurrentText(QStringLiteral("127.0.0.1"));
    child<QSpinBox>(client, "portSpinBox")->setValue(server->port());
    child<QPushButton>(client, "openPushButton")->setChecked(true);
    client->setConnected(true);
    TcpClientConfig config;
    config.host = QStringLiteral("127.0.0.1");
    config.port = server->port();
    for (int i = 0; i < 2; ++i) {
        m_extraClients.push_back(std::make_unique<TcpClientHandle>(m_engine.get()));
        m_extraClients.back()->start(config);
    }
    const auto connected = [this, client] {
        bool all = client->handle()->state() == TcpClient::State::Connected;
        for (const auto &extra : m_extraClients)
            all = all && extra->state() == TcpClient::State::Connected;
        return all;
    };
    if (!waitFor(connected, deadline))
        return timedOut;

    SendBox *sendBox = child<SendBox>(client, "sendBox");
    sendBox->setText(QStringLiteral("hello\n"));
    sendBox->send();
    sendBox->setText(QStringLiteral("你好，服务器\n"));
    sendBox->send();
    // Two lines in one write and one line in two writes: the server's Messages view shows three clean messages.
    m_extraClients.at(0)->send("PING\nGET /status\n");
    m_extraClients.at(1)->send("temperature=21.");
    m_extraClients.at(1)->send("5\n");
    sendBox->setText(QStringLiteral("quit"));
    if (!waitFor([server, client] { return rows(server) >= 12 && rows(client) >= 4; }, deadline))
        return timedOut;

    // UDP: contacts from the tutorials' address book, datagrams to itself, an empty one among them.
    UdpPage *udp = m_window.udpPage();
    child<QComboBox>(udp, "addressComboBox")->setCurrentText(QStringLiteral("127.0.0.1"));
    child<QSpinBox>(udp, "portSpinBox")->setValue(0);
    child<QPushButton>(udp, "openPushButton")->setChecked(true);
    udp->setOpen(true);
    if (!waitFor([udp] { return udp->port() != 0; }, deadline))
        return timedOut;
    child<QLineEdit>(udp, "targetAddressLineEdit")->setText(QStringLiteral("127.0.0.1"));
    child<QSpinBox>(udp, "targetPortSpinBox")->setValue(udp->port());
    for (const char *name : {"唐僧", "悟空"}) {
        child<QLineEdit>(udp, "contactNameLineEdit")->setText(QString::fromUtf8(name));
        child<QPushButton>(udp, "addContactPushButton")->click();
    }
    SendBox *udpSend = child<SendBox>(udp, "sendBox");
    for (const QString &text : {QStringLiteral("师父，我到了"), QString(), QStringLiteral("hello udp")}) {
        udpSend->setText(text);
        udpSend->send();
    }
    udpSend->setText(QStringLiteral("唐僧: 收到"));
    if (!waitFor([udp] { return rows(udp) >= 6; }, deadline))
        return timedOut;

    // Remote command: the in-app agent on 127.0.0.1, the console connected to it, a short transcript.
    RemoteCommandPage *remote = m_window.remoteCommandPage();
    child<QComboBox>(remote, "addressComboBox")->setCurrentText(QStringLiteral("127.0.0.1"));
    child<QSpinBox>(remote, "agentPortSpinBox")->setValue(0);
    child<QPushButton>(remote, "generateTokenPushButton")->click();
    // Screenshots may be taken as root (CI, containers): the agent refuses that unless told.
    child<QCheckBox>(remote, "allowRootCheckBox")->setChecked(::geteuid() == 0);
    child<QPushButton>(remote, "startAgentPushButton")->click();
    if (!waitFor([remote] { return remote->agentHandle()->isListening(); }, deadline))
        return timedOut;
    child<QPushButton>(remote, "useAgentPushButton")->click();
    child<QPushButton>(remote, "connectPushButton")->click();
    if (!waitFor([remote] { return remote->clientHandle()->state() == RcmdClient::State::Ready; }, deadline))
        return timedOut;
    for (const QString &line :
         {QStringLiteral("echo hello"), QStringLiteral("uname -s"), QStringLiteral("ls /no-such-dir")}) {
        remote->runCommand(line);
        if (!waitFor([remote] { return remote->clientHandle()->runningCommands().isEmpty(); }, deadline))
            return timedOut;
    }
    child<QLineEdit>(remote, "commandLineEdit")->setText(QStringLiteral("date"));

    // The visualizer after its first preset (../shared/DESIGN.md §5).
    const QStringList presets = LabPresets::names();
    if (!presets.isEmpty())
        m_window.visualizerPage()->runPreset(presets.constFirst());

    // Let the counters tick once more so the status strips show the traffic.
    const QDeadlineTimer settle(600);
    waitFor([&settle] { return settle.hasExpired(); }, deadline);
    return {};
}
