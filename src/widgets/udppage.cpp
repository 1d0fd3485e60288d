// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "udppage.h"

#include <QEvent>
#include <QHeaderView>

#include "appsettings.h"
#include "engine/udppeerhandle.h"
#include "pageconfig.h"
#include "quicksendpanel.h"
#include "receiveoptionsbox.h"
#include "trafficpagebinding.h"
#include "trafficstatusbar.h"
#include "ui_udppage.h"

namespace {
const QString PageId = QStringLiteral("udp");
} // namespace

UdpPage::UdpPage(EngineThread *engine, QuickSendModel *quickSend, AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UdpPage>())
    , m_settings(settings)
    , m_handle(new UdpPeerHandle(engine, this))
{
    m_ui->setupUi(this);
    m_ui->addressComboBox->addItems(
        {QStringLiteral("0.0.0.0"), QStringLiteral("127.0.0.1"), QStringLiteral("::"), QStringLiteral("::1")});
    m_ui->quickSendPanel->setModel(quickSend);
    m_ui->receiveOptionsBox->setFramingVisible(false);
    m_ui->addressBookTableWidget->setColumnCount(3);
    m_ui->addressBookTableWidget->verticalHeader()->hide();
    m_ui->addressBookTableWidget->horizontalHeader()->setStretchLastSection(true);
    m_ui->addressBookTableWidget->verticalHeader()->setDefaultSectionSize(
        m_ui->addressBookTableWidget->fontMetrics().height() + 6);
    retranslate();

    m_binding = new TrafficPageBinding(PageId, TrafficPageBinding::widgetsOf(*m_ui), m_handle, settings, this);
    m_binding->setSender(
        [this](const QByteArray &bytes, int repeat, int periodMs) { return send(bytes, repeat, periodMs); });
    loadSettings();

    connect(m_ui->openPushButton, &QPushButton::clicked, this, &UdpPage::setOpen);
    connect(m_handle, &UdpPeerHandle::bound, this, [this](const QString &endpoint, quint16 port) {
        m_endpoint = endpoint;
        m_port = port;
        m_error.clear();
        m_ui->trafficStatusBar->showInfo(tr("Bound to %1").arg(endpoint));
        showState();
    });
    connect(m_handle, &UdpPeerHandle::startFailed, this, [this](const QString &message) {
        m_error = message;
        m_port = 0;
        showState();
    });
    connect(m_handle, &UdpPeerHandle::errorOccurred, m_ui->trafficStatusBar, &TrafficStatusBar::showError);
    connect(m_handle, &UdpPeerHandle::notice, m_ui->trafficStatusBar, &TrafficStatusBar::showInfo);
    connect(m_ui->broadcastPushButton, &QPushButton::clicked, this,
            [this] { m_ui->targetAddressLineEdit->setText(QStringLiteral("255.255.255.255")); });
    connect(m_ui->addContactPushButton, &QPushButton::clicked, this, &UdpPage::saveContact);
    connect(m_ui->removeContactPushButton, &QPushButton::clicked, this, &UdpPage::removeContact);
    connect(m_ui->addressBookTableWidget, &QTableWidget::itemSelectionChanged, this, &UdpPage::useContact);
    connect(m_ui->joinPushButton, &QPushButton::clicked, this, [this] { changeGroup(true); });
    connect(m_ui->leavePushButton, &QPushButton::clicked, this, [this] { changeGroup(false); });
    showAddressBook();
    showState();
}

UdpPage::~UdpPage() = default;

void UdpPage::setOpen(bool on)
{
    if (on) {
        start();
    } else {
        m_handle->stop();
        m_port = 0;
    }
    showState();
}

void UdpPage::start()
{
    QString error;
    const auto address = PageConfig::localAddress(m_ui->addressComboBox->currentText(), true, &error);
    const auto reply =
        address ? PageConfig::replyPolicy(m_ui->replyModeComboBox->currentData().toString(), {}, &error) : std::nullopt;
    if (!reply) {
        m_error = error;
        m_ui->openPushButton->setChecked(false);
        m_ui->trafficStatusBar->showError(error);
        showState();
        return;
    }
    UdpPeerConfig config;
    config.bindAddress = *address;
    config.port = static_cast<quint16>(m_ui->portSpinBox->value());
    config.reuseAddress = m_ui->reuseAddressCheckBox->isChecked();
    config.reply = *reply;
    m_error.clear();
    m_handle->start(config);
}

void UdpPage::showState()
{
    const bool bound = m_handle->isBound();
    if (!m_error.isEmpty() && !bound)
        m_ui->openPushButton->setChecked(false);
    const bool on = m_ui->openPushButton->isChecked();
    m_ui->openPushButton->setText(on ? tr("Close") : tr("Open"));
    if (!m_error.isEmpty() && !bound) {
        m_ui->stateLabel->setText(tr("Not open: %1").arg(m_error));
        m_ui->stateLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    } else if (bound) {
        m_ui->stateLabel->setText(tr("● Bound to %1").arg(m_endpoint));
        m_ui->stateLabel->setStyleSheet(QStringLiteral("color: #2e7d32; font-weight: bold;"));
    } else {
        m_ui->stateLabel->setText(on ? tr("Opening…") : tr("Closed"));
        m_ui->stateLabel->setStyleSheet(QString());
    }
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->addressComboBox), static_cast<QWidget *>(m_ui->portSpinBox),
          static_cast<QWidget *>(m_ui->reuseAddressCheckBox), static_cast<QWidget *>(m_ui->replyModeComboBox)})
        widget->setEnabled(!on);
    m_ui->joinPushButton->setEnabled(bound);
    m_ui->leavePushButton->setEnabled(bound);
}

QString UdpPage::send(const QByteArray &bytes, int repeat, int periodMs)
{
    if (!m_handle->isBound())
        return tr("The UDP socket is not open: open it, then send.");
    QString error;
    const auto address = PageConfig::remoteAddress(m_ui->targetAddressLineEdit->text(), &error);
    if (!address)
        return error;
    m_handle->sendTo(*address, static_cast<quint16>(m_ui->targetPortSpinBox->value()), bytes, repeat, periodMs);
    return {};
}

void UdpPage::showAddressBook()
{
    const QList<AddressBook::Contact> &contacts = m_book.contacts();
    const QSignalBlocker blocker(m_ui->addressBookTableWidget);
    m_ui->addressBookTableWidget->setRowCount(static_cast<int>(contacts.size()));
    for (int row = 0; row < contacts.size(); ++row) {
        const AddressBook::Contact &contact = contacts.at(row);
        m_ui->addressBookTableWidget->setItem(row, 0, new QTableWidgetItem(contact.name));
        m_ui->addressBookTableWidget->setItem(row, 1, new QTableWidgetItem(contact.address.toString()));
        m_ui->addressBookTableWidget->setItem(row, 2, new QTableWidgetItem(QString::number(contact.port)));
    }
}

void UdpPage::saveContact()
{
    QString error;
    const auto address = PageConfig::remoteAddress(m_ui->targetAddressLineEdit->text(), &error);
    AddressBook::Contact contact;
    contact.name = m_ui->contactNameLineEdit->text().trimmed();
    contact.port = static_cast<quint16>(m_ui->targetPortSpinBox->value());
    if (address)
        contact.address = *address;
    if (!address || !m_book.set(contact, &error)) {
        m_ui->trafficStatusBar->showError(error);
        return;
    }
    m_ui->contactNameLineEdit->clear();
    showAddressBook();
}

void UdpPage::removeContact()
{
    const int row = m_ui->addressBookTableWidget->currentRow();
    if (row < 0 || row >= m_book.contacts().size())
        return;
    m_book.remove(m_book.contacts().at(row).name);
    showAddressBook();
}

void UdpPage::useContact()
{
    const int row = m_ui->addressBookTableWidget->currentRow();
    if (row < 0 || row >= m_book.contacts().size())
        return;
    const AddressBook::Contact &contact = m_book.contacts().at(row);
    m_ui->targetAddressLineEdit->setText(contact.address.toString());
    m_ui->targetPortSpinBox->setValue(contact.port);
    m_ui->trafficStatusBar->showInfo(
        tr("Sending to %1 (%2:%3)").arg(contact.name, contact.address.toString()).arg(contact.port));
}

void UdpPage::changeGroup(bool join)
{
    QString error;
    const QString text = m_ui->groupLineEdit->text().trimmed().isEmpty() ? m_ui->groupLineEdit->placeholderText()
                                                                         : m_ui->groupLineEdit->text();
    const auto group = PageConfig::remoteAddress(text, &error);
    if (!group) {
        m_ui->trafficStatusBar->showError(error);
        return;
    }
    if (!group->isMulticast()) {
        m_ui->trafficStatusBar->showError(
            tr("%1 is not a multicast group: use 224.0.0.0 to 239.255.255.255 or an IPv6 ff00::/8 address.")
                .arg(group->toString()));
        return;
    }
    if (join)
        m_handle->joinGroup(*group);
    else
        m_handle->leaveGroup(*group);
}

void UdpPage::loadSettings()
{
    if (!m_settings)
        return;
    const UdpPageSettings page = m_settings->udpPage();
    m_ui->addressComboBox->setCurrentText(page.bindAddress);
    m_ui->portSpinBox->setValue(page.port);
    m_ui->reuseAddressCheckBox->setChecked(page.reuseAddress);
    m_ui->targetAddressLineEdit->setText(page.targetAddress);
    m_ui->targetPortSpinBox->setValue(qMax(1, page.targetPort));
    m_ui->groupLineEdit->setText(page.multicastGroup);
    PageConfig::selectData(m_ui->replyModeComboBox, page.replyMode);
    QString error;
    if (!page.addressBook.isEmpty() && !m_book.fromJson(page.addressBook, &error))
        m_ui->trafficStatusBar->showError(error);
}

void UdpPage::saveSettings()
{
    if (!m_settings)
        return;
    UdpPageSettings page;
    page.bindAddress = m_ui->addressComboBox->currentText();
    page.port = m_ui->portSpinBox->value();
    page.reuseAddress = m_ui->reuseAddressCheckBox->isChecked();
    page.targetAddress = m_ui->targetAddressLineEdit->text();
    page.targetPort = m_ui->targetPortSpinBox->value();
    page.addressBook = m_book.toJson();
    page.multicastGroup = m_ui->groupLineEdit->text();
    page.replyMode = m_ui->replyModeComboBox->currentData().toString();
    m_settings->setUdpPage(page);
    m_binding->save();
}

void UdpPage::changeEvent(QEvent *event)
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

void UdpPage::retranslate()
{
    // Datagrams are answered by echo or upper case; rules are the TCP server's.
    PageConfig::fillReplyModes(m_ui->replyModeComboBox, false);
    m_ui->addressBookTableWidget->setHorizontalHeaderLabels({tr("Name"), tr("Address"), tr("Port")});
}
