// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "tcpclientpage.h"

#include <QEvent>

#include "appsettings.h"
#include "engine/tcpclienthandle.h"
#include "lifecyclestrip.h"
#include "pageconfig.h"
#include "quicksendpanel.h"
#include "trafficpagebinding.h"
#include "trafficstatusbar.h"
#include "ui_tcpclientpage.h"

namespace {
const QString PageId = QStringLiteral("tcp-client");
} // namespace

TcpClientPage::TcpClientPage(EngineThread *engine, QuickSendModel *quickSend, AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TcpClientPage>())
    , m_settings(settings)
    , m_handle(new TcpClientHandle(engine, this))
{
    m_ui->setupUi(this);
    m_ui->hostComboBox->addItems({QStringLiteral("127.0.0.1"), QStringLiteral("::1"), QStringLiteral("localhost")});
    m_ui->quickSendPanel->setModel(quickSend);
    retranslate();

    m_binding = new TrafficPageBinding(PageId, TrafficPageBinding::widgetsOf(*m_ui), m_handle, settings, this);
    m_binding->setSender(
        [this](const QByteArray &bytes, int repeat, int periodMs) { return send(bytes, repeat, periodMs); });
    m_binding->setTraceRequester([this](quint64) { m_handle->requestTrace(); });
    connect(m_binding, &TrafficPageBinding::visualizeRequested, this, &TcpClientPage::visualizeRequested);
    loadSettings();

    connect(m_ui->openPushButton, &QPushButton::clicked, this, &TcpClientPage::setConnected);
    connect(m_handle, &TcpClientHandle::stateChanged, this, [this](TcpClient::State state) {
        m_ui->lifecycleStrip->setState(state);
        if (state == TcpClient::State::LookingUp || state == TcpClient::State::Connecting) {
            m_detailIsError = false;
            m_detail.clear();
        }
        showState();
    });
    connect(m_handle, &TcpClientHandle::hostResolved, this, [this](const QStringList &addresses) {
        m_resolved = addresses;
        showState();
    });
    connect(m_handle, &TcpClientHandle::connected, this, [this](const QString &local, const QString &peer) {
        m_local = local;
        m_peer = peer;
        m_ui->trafficStatusBar->showInfo(tr("Connected to %1 from %2").arg(peer, local));
        showState();
    });
    connect(m_handle, &TcpClientHandle::disconnected, this, [this](const QString &reason) {
        m_detail = reason.isEmpty() ? tr("The connection was closed.") : reason;
        m_detailIsError = !reason.isEmpty();
        if (m_detailIsError)
            m_ui->trafficStatusBar->showError(reason);
        else
            m_ui->trafficStatusBar->showInfo(m_detail);
        showState();
    });
    connect(m_handle, &TcpClientHandle::errorOccurred, this, [this](const QString &message) {
        m_detail = message;
        m_detailIsError = true;
        m_ui->trafficStatusBar->showError(message);
        showState();
    });
    connect(m_handle, &TcpClientHandle::reconnectScheduled, this, [this](int delayMs, int attempt) {
        m_ui->trafficStatusBar->showInfo(tr("Reconnecting in %1 ms (attempt %2)…").arg(delayMs).arg(attempt));
    });
    showState();
}

TcpClientPage::~TcpClientPage() = default;

void TcpClientPage::setConnected(bool on)
{
    if (on) {
        start();
    } else {
        const bool abort = m_ui->closeModeComboBox->currentIndex() == 1;
        m_handle->stop(abort);
    }
    showState();
}

void TcpClientPage::start()
{
    QString error;
    const auto connection =
        PageConfig::connection(m_ui->receiveOptionsBox->options().framing, QStringLiteral("none"), {},
                               m_ui->readSizeSpinBox->value(), m_ui->readDelaySpinBox->value(), &error);
    QHostAddress bindAddress;
    const QString bindText = m_ui->bindAddressLineEdit->text().trimmed();
    if (connection && !bindText.isEmpty()) {
        const auto address = PageConfig::localAddress(bindText, false, &error);
        if (!address) {
            m_ui->openPushButton->setChecked(false);
            m_ui->trafficStatusBar->showError(error);
            return;
        }
        bindAddress = *address;
    }
    const QString host = m_ui->hostComboBox->currentText().trimmed();
    if (!connection || host.isEmpty()) {
        m_ui->openPushButton->setChecked(false);
        m_ui->trafficStatusBar->showError(connection ? tr("Type the server's name or address first.") : error);
        return;
    }
    TcpClientConfig config;
    config.host = host;
    config.port = static_cast<quint16>(m_ui->portSpinBox->value());
    config.connectTimeoutMs = m_ui->timeoutSpinBox->value();
    config.bindAddress = bindAddress;
    config.bindPort = static_cast<quint16>(m_ui->bindPortSpinBox->value());
    config.autoReconnect = m_ui->autoReconnectCheckBox->isChecked();
    config.noDelay = m_ui->noDelayCheckBox->isChecked();
    config.keepAlive = m_ui->keepAliveCheckBox->isChecked();
    config.sendBufferSize = m_ui->sendBufferSpinBox->value();
    config.receiveBufferSize = m_ui->receiveBufferSpinBox->value();
    config.connection = *connection;
    m_resolved.clear();
    m_local.clear();
    m_peer.clear();
    m_detail.clear();
    m_handle->start(config);
}

void TcpClientPage::showState()
{
    const TcpClient::State state = m_handle->state();
    const bool on = m_ui->openPushButton->isChecked();
    // The button follows the user; a connection that ends by itself (and will not be retried) releases it.
    if (on && state == TcpClient::State::Closed && !m_ui->autoReconnectCheckBox->isChecked())
        m_ui->openPushButton->setChecked(false);
    const bool active = m_ui->openPushButton->isChecked();
    m_ui->openPushButton->setText(active ? tr("Disconnect") : tr("Connect"));
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->hostComboBox), static_cast<QWidget *>(m_ui->portSpinBox),
          static_cast<QWidget *>(m_ui->bindAddressLineEdit), static_cast<QWidget *>(m_ui->bindPortSpinBox),
          static_cast<QWidget *>(m_ui->timeoutSpinBox), static_cast<QWidget *>(m_ui->noDelayCheckBox),
          static_cast<QWidget *>(m_ui->keepAliveCheckBox), static_cast<QWidget *>(m_ui->sendBufferSpinBox),
          static_cast<QWidget *>(m_ui->receiveBufferSpinBox), static_cast<QWidget *>(m_ui->autoReconnectCheckBox)})
        widget->setEnabled(!active);

    m_ui->resolvedLabel->setText(
        m_resolved.isEmpty() ? QString() : tr("Resolved to %1").arg(m_resolved.join(QStringLiteral(", "))));
    m_ui->resolvedLabel->setVisible(!m_resolved.isEmpty());
    QString endpoint;
    if (state == TcpClient::State::Connected)
        endpoint = tr("%1 → %2").arg(m_local, m_peer);
    else if (!m_detail.isEmpty())
        endpoint = m_detail;
    m_ui->endpointLabel->setText(endpoint);
    m_ui->endpointLabel->setStyleSheet(
        m_detailIsError && state != TcpClient::State::Connected ? QStringLiteral("color: #c62828;") : QString());
}

QString TcpClientPage::send(const QByteArray &bytes, int repeat, int periodMs)
{
    if (m_handle->state() != TcpClient::State::Connected)
        return tr("Not connected: connect first, then send.");
    m_handle->send(bytes, repeat, periodMs);
    return {};
}

void TcpClientPage::loadSettings()
{
    if (!m_settings)
        return;
    const TcpClientPageSettings page = m_settings->tcpClientPage();
    m_ui->hostComboBox->setCurrentText(page.host);
    m_ui->portSpinBox->setValue(page.port);
    m_ui->bindAddressLineEdit->setText(page.bindAddress);
    m_ui->bindPortSpinBox->setValue(page.bindPort);
    m_ui->timeoutSpinBox->setValue(page.connectTimeoutMs);
    m_ui->autoReconnectCheckBox->setChecked(page.autoReconnect);
    m_ui->noDelayCheckBox->setChecked(page.noDelay);
    m_ui->keepAliveCheckBox->setChecked(page.keepAlive);
    m_ui->sendBufferSpinBox->setValue(page.sendBufferSize);
    m_ui->receiveBufferSpinBox->setValue(page.receiveBufferSize);
    m_ui->closeModeComboBox->setCurrentIndex(page.abortOnClose ? 1 : 0);
    m_ui->readSizeSpinBox->setValue(page.readSize);
    m_ui->readDelaySpinBox->setValue(page.readDelayMs);
}

void TcpClientPage::saveSettings()
{
    if (!m_settings)
        return;
    TcpClientPageSettings page;
    page.host = m_ui->hostComboBox->currentText();
    page.port = m_ui->portSpinBox->value();
    page.bindAddress = m_ui->bindAddressLineEdit->text();
    page.bindPort = m_ui->bindPortSpinBox->value();
    page.connectTimeoutMs = m_ui->timeoutSpinBox->value();
    page.autoReconnect = m_ui->autoReconnectCheckBox->isChecked();
    page.noDelay = m_ui->noDelayCheckBox->isChecked();
    page.keepAlive = m_ui->keepAliveCheckBox->isChecked();
    page.sendBufferSize = m_ui->sendBufferSpinBox->value();
    page.receiveBufferSize = m_ui->receiveBufferSpinBox->value();
    page.abortOnClose = m_ui->closeModeComboBox->currentIndex() == 1;
    page.readSize = m_ui->readSizeSpinBox->value();
    page.readDelayMs = m_ui->readDelaySpinBox->value();
    m_settings->setTcpClientPage(page);
    m_binding->save();
}

void TcpClientPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const QString host = m_ui->hostComboBox->currentText();
        m_ui->retranslateUi(this);
        m_ui->hostComboBox->setCurrentText(host);
        retranslate();
        showState();
    }
    QWidget::changeEvent(event);
}

void TcpClientPage::retranslate()
{
    const int mode = qMax(0, m_ui->closeModeComboBox->currentIndex());
    const QSignalBlocker blocker(m_ui->closeModeComboBox);
    m_ui->closeModeComboBox->clear();
    m_ui->closeModeComboBox->addItem(tr("Graceful (FIN)"));
    m_ui->closeModeComboBox->addItem(tr("Abort (RST)"));
    m_ui->closeModeComboBox->setItemData(
        0, tr("Send what is pending, then close: the peer reads the end of the stream"), Qt::ToolTipRole);
    m_ui->closeModeComboBox->setItemData(1, tr("Drop what is pending and reset: the peer sees \"connection reset\""),
                                         Qt::ToolTipRole);
    m_ui->closeModeComboBox->setCurrentIndex(mode);
}
