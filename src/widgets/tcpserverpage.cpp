// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "tcpserverpage.h"

#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>

#include "appsettings.h"
#include "clienttablemodel.h"
#include "dataview.h"
#include "engine/tcpserverhandle.h"
#include "pageconfig.h"
#include "quicksendpanel.h"
#include "replyrulesdialog.h"
#include "trafficfiltermodel.h"
#include "trafficpagebinding.h"
#include "trafficstatusbar.h"
#include "ui_tcpserverpage.h"

namespace {
const QString PageId = QStringLiteral("tcp-server");
enum class Target {
    All,
    Selected
};
} // namespace

TcpServerPage::TcpServerPage(EngineThread *engine, QuickSendModel *quickSend, AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TcpServerPage>())
    , m_settings(settings)
    , m_handle(new TcpServerHandle(engine, this))
    , m_clients(new ClientTableModel(this))
{
    m_ui->setupUi(this);
    m_ui->addressComboBox->addItems(
        {QStringLiteral("0.0.0.0"), QStringLiteral("127.0.0.1"), QStringLiteral("::"), QStringLiteral("::1")});
    m_ui->quickSendPanel->setModel(quickSend);
    m_ui->clientTableView->setModel(m_clients);
    m_ui->clientTableView->verticalHeader()->hide();
    m_ui->clientTableView->horizontalHeader()->setStretchLastSection(true);
    // Widths from the font, not from the rows: measuring thousands of clients four times a second would cost.
    const QFontMetrics metrics = m_ui->clientTableView->fontMetrics();
    m_ui->clientTableView->setColumnWidth(0, metrics.horizontalAdvance(QStringLiteral("#8888  127.000.000.001:88888")));
    m_ui->clientTableView->setColumnWidth(1, metrics.horizontalAdvance(QStringLiteral("88:88:88")) + 24);
    m_ui->clientTableView->setColumnWidth(2, metrics.horizontalAdvance(QStringLiteral("888.8 MiB")) + 24);
    m_ui->clientTableView->setColumnWidth(3, metrics.horizontalAdvance(QStringLiteral("888.8 MiB")) + 24);
    m_ui->clientTableView->verticalHeader()->setDefaultSectionSize(m_ui->clientTableView->fontMetrics().height() + 6);
    // Room for a header and four clients before the table scrolls.
    m_ui->clientTableView->setMinimumHeight(6 * (m_ui->clientTableView->fontMetrics().height() + 6));
    retranslate();

    m_binding = new TrafficPageBinding(PageId, TrafficPageBinding::widgetsOf(*m_ui), m_handle, settings, this);
    m_binding->setSender(
        [this](const QByteArray &bytes, int repeat, int periodMs) { return send(bytes, repeat, periodMs); });
    m_binding->setTraceRequester([this](quint64 id) { m_handle->requestTrace(id); });
    connect(m_binding, &TrafficPageBinding::visualizeRequested, this, &TcpServerPage::visualizeRequested);
    loadSettings();

    connect(m_ui->openPushButton, &QPushButton::clicked, this, &TcpServerPage::setListening);
    connect(m_ui->rulesPushButton, &QPushButton::clicked, this, &TcpServerPage::editRules);
    connect(m_ui->replyModeComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->rulesPushButton->setEnabled(m_ui->replyModeComboBox->currentData() ==
                                          ReplyPolicy::modeName(ReplyPolicy::Mode::Rules));
    });
    m_ui->rulesPushButton->setEnabled(m_ui->replyModeComboBox->currentData() ==
                                      ReplyPolicy::modeName(ReplyPolicy::Mode::Rules));

    connect(m_handle, &TcpServerHandle::listening, this, [this](const QString &endpoint, quint16 port) {
        m_endpoint = endpoint;
        m_port = port;
        m_error.clear();
        showState();
        m_ui->trafficStatusBar->showInfo(tr("Listening on %1").arg(endpoint));
    });
    connect(m_handle, &TcpServerHandle::startFailed, this, [this](const QString &message) {
        m_error = message;
        m_port = 0;
        showState();
        m_ui->trafficStatusBar->showError(message);
    });
    connect(m_handle, &TcpServerHandle::stopped, this, [this] {
        m_port = 0;
        showState();
    });
    connect(m_handle, &TcpServerHandle::errorOccurred, this, [this](quint64 id, const QString &message) {
        if (id == 0)
            m_ui->trafficStatusBar->showError(message);
    });
    connect(m_handle, &TcpServerHandle::clientConnected, this,
            [this](quint64 id, const QString &peer) { m_clients->addClient(id, peer, QDateTime::currentDateTime()); });
    connect(m_handle, &TcpServerHandle::clientDisconnected, m_clients, &ClientTableModel::markClosed);
    connect(m_handle, &TcpServerHandle::clientRefused, this, [this](const QString &peer, const QString &reason) {
        m_ui->trafficStatusBar->showError(tr("Turned away %1: %2").arg(peer, reason));
    });
    connect(m_handle, &EngineHandle::statsUpdated, m_clients,
            [this](const TrafficSnapshot &, const QList<PeerTraffic> &peers) { m_clients->updateTraffic(peers); });

    connect(m_ui->clientTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TcpServerPage::updateFilter);
    connect(m_ui->filterCheckBox, &QCheckBox::toggled, this, &TcpServerPage::updateFilter);
    connect(m_ui->disconnectPushButton, &QPushButton::clicked, this, [this] {
        const QList<quint64> ids = selectedClientIds();
        if (ids.isEmpty()) {
            m_ui->trafficStatusBar->showError(tr("Select the clients to disconnect first."));
            return;
        }
        m_handle->disconnectClients(ids);
    });
    connect(m_ui->removeClosedPushButton, &QPushButton::clicked, m_clients, &ClientTableModel::removeClosed);
    connect(m_ui->clientTableView, &QWidget::customContextMenuRequested, this, &TcpServerPage::showClientMenu);
    showState();
}

TcpServerPage::~TcpServerPage() = default;

void TcpServerPage::setListening(bool on)
{
    if (on)
        start();
    else
        m_handle->stop();
    showState();
}

void TcpServerPage::start()
{
    QString error;
    const auto address =
        PageConfig::localAddress(m_ui->addressComboBox->currentText(), m_ui->dualStackCheckBox->isChecked(), &error);
    const auto connection = address
        ? PageConfig::connection(m_ui->receiveOptionsBox->options().framing,
                                 m_ui->replyModeComboBox->currentData().toString(), m_rules,
                                 m_ui->readSizeSpinBox->value(), m_ui->readDelaySpinBox->value(), &error)
        : std::nullopt;
    if (!connection) {
        m_error = error;
        m_ui->openPushButton->setChecked(false);
        m_ui->trafficStatusBar->showError(error);
        showState();
        return;
    }
    TcpServerConfig config;
    config.address = *address;
    config.port = static_cast<quint16>(m_ui->portSpinBox->value());
    config.reuseAddress = m_ui->reuseAddressCheckBox->isChecked();
    config.ipv6Only = address->protocol() == QAbstractSocket::IPv6Protocol && !m_ui->dualStackCheckBox->isChecked();
    config.backlog = m_ui->backlogSpinBox->value();
    config.maxClients = m_ui->maxClientsSpinBox->value();
    config.connection = *connection;
    m_error.clear();
    m_handle->start(config);
}

void TcpServerPage::showState()
{
    const bool listening = m_handle->isListening();
    const bool on = m_ui->openPushButton->isChecked();
    m_ui->openPushButton->setText(on ? tr("Stop listening") : tr("Start listening"));
    if (!m_error.isEmpty() && !listening) {
        m_ui->openPushButton->setChecked(false);
        m_ui->openPushButton->setText(tr("Start listening"));
        m_ui->stateLabel->setText(tr("Not listening: %1").arg(m_error));
        m_ui->stateLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    } else if (listening) {
        m_ui->stateLabel->setText(tr("● Listening on %1").arg(m_endpoint));
        m_ui->stateLabel->setStyleSheet(QStringLiteral("color: #2e7d32; font-weight: bold;"));
    } else {
        m_ui->stateLabel->setText(on ? tr("Starting…") : tr("Stopped"));
        m_ui->stateLabel->setStyleSheet(QString());
    }
    // What shapes the listening socket cannot change while it listens.
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->addressComboBox), static_cast<QWidget *>(m_ui->portSpinBox),
          static_cast<QWidget *>(m_ui->reuseAddressCheckBox), static_cast<QWidget *>(m_ui->dualStackCheckBox),
          static_cast<QWidget *>(m_ui->backlogSpinBox)})
        widget->setEnabled(!on);
}

QString TcpServerPage::send(const QByteArray &bytes, int repeat, int periodMs)
{
    if (!m_handle->isListening())
        return tr("The server is not listening: start it, then send.");
    QList<quint64> ids;
    if (static_cast<Target>(m_ui->sendTargetComboBox->currentIndex()) == Target::Selected) {
        ids = selectedClientIds();
        if (ids.isEmpty())
            return tr("No client is selected: select clients in the table, or send to all.");
    }
    m_handle->send(ids, bytes, repeat, periodMs);
    return {};
}

QList<quint64> TcpServerPage::selectedClientIds() const
{
    QList<quint64> ids;
    const QModelIndexList rows = m_ui->clientTableView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(m_clients->idAt(index.row()));
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TcpServerPage::updateFilter()
{
    QSet<quint64> ids;
    if (m_ui->filterCheckBox->isChecked()) {
        const QList<quint64> selected = selectedClientIds();
        ids = QSet<quint64>(selected.begin(), selected.end());
    }
    m_ui->dataView->filter()->setConnectionFilter(ids);
}

void TcpServerPage::editRules()
{
    ReplyRulesDialog dialog(this);
    dialog.setRules(m_rules);
    if (dialog.exec() == QDialog::Accepted)
        m_rules = dialog.rules();
}

void TcpServerPage::showClientMenu(const QPoint &position)
{
    const QModelIndex index = m_ui->clientTableView->indexAt(position);
    if (!index.isValid())
        return;
    const quint64 id = m_clients->idAt(index.row());
    QMenu menu(this);
    QAction *visualize = menu.addAction(tr("Visualize this connection"));
    menu.addSeparator();
    QAction *disconnect = menu.addAction(tr("Disconnect (FIN)"));
    QAction *reset = menu.addAction(tr("Reset (RST)"));
    const bool open = m_clients->isOpen(index.row());
    visualize->setEnabled(open);
    disconnect->setEnabled(open);
    reset->setEnabled(open);
    QAction *chosen = menu.exec(m_ui->clientTableView->viewport()->mapToGlobal(position));
    if (chosen == visualize)
        m_handle->requestTrace(id);
    else if (chosen == disconnect)
        m_handle->disconnectClients({id});
    else if (chosen == reset)
        m_handle->disconnectClients({id}, true);
}

void TcpServerPage::loadSettings()
{
    if (!m_settings)
        return;
    const TcpServerPageSettings page = m_settings->tcpServerPage();
    m_ui->addressComboBox->setCurrentText(page.address);
    m_ui->portSpinBox->setValue(page.port);
    m_ui->reuseAddressCheckBox->setChecked(page.reuseAddress);
    m_ui->dualStackCheckBox->setChecked(page.dualStack);
    m_ui->backlogSpinBox->setValue(page.backlog);
    m_ui->maxClientsSpinBox->setValue(page.maxClients);
    m_ui->readSizeSpinBox->setValue(page.readSize);
    m_ui->readDelaySpinBox->setValue(page.readDelayMs);
    PageConfig::selectData(m_ui->replyModeComboBox, page.replyMode);
    m_rules = page.replyRules;
}

void TcpServerPage::saveSettings()
{
    if (!m_settings)
        return;
    TcpServerPageSettings page;
    page.address = m_ui->addressComboBox->currentText();
    page.port = m_ui->portSpinBox->value();
    page.reuseAddress = m_ui->reuseAddressCheckBox->isChecked();
    page.dualStack = m_ui->dualStackCheckBox->isChecked();
    page.backlog = m_ui->backlogSpinBox->value();
    page.maxClients = m_ui->maxClientsSpinBox->value();
    page.readSize = m_ui->readSizeSpinBox->value();
    page.readDelayMs = m_ui->readDelaySpinBox->value();
    page.replyMode = m_ui->replyModeComboBox->currentData().toString();
    page.replyRules = m_rules;
    m_settings->setTcpServerPage(page);
    m_binding->save();
}

void TcpServerPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const QString address = m_ui->addressComboBox->currentText();
        m_ui->retranslateUi(this);
        m_ui->addressComboBox->setCurrentText(address);
        retranslate();
        showState();
    }
    QWidget::changeEvent(event);
}

void TcpServerPage::retranslate()
{
    PageConfig::fillReplyModes(m_ui->replyModeComboBox);
    const int target = qMax(0, m_ui->sendTargetComboBox->currentIndex());
    {
        const QSignalBlocker blocker(m_ui->sendTargetComboBox);
        m_ui->sendTargetComboBox->clear();
        m_ui->sendTargetComboBox->addItem(tr("Send to all clients"));
        m_ui->sendTargetComboBox->addItem(tr("Send to selected clients"));
        m_ui->sendTargetComboBox->setCurrentIndex(target);
    }
    m_clients->retranslate();
}
