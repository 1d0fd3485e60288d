// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QWidget>

#include "net/addressbook.h"

class AppSettings;
class EngineThread;
class QuickSendModel;
class TrafficPageBinding;
class UdpPeerHandle;

namespace Ui {
class UdpPage;
}

/** The UDP tab: bind a socket, send datagrams to a target or a named contact (the tutorials' QQ address book),
    broadcast and multicast; every datagram is one row. */
class UdpPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UdpPage)

public:
    /** `settings` may be null (nothing restored or saved). */
    UdpPage(EngineThread *engine, QuickSendModel *quickSend, AppSettings *settings, QWidget *parent = nullptr);
    ~UdpPage() override;

    UdpPeerHandle *handle() const { return m_handle; }
    TrafficPageBinding *binding() const { return m_binding; }
    /** The bound port (0 when closed). */
    quint16 port() const { return m_port; }
    /** Binds or closes, as the button does. */
    void setOpen(bool on);
    const AddressBook &addressBook() const { return m_book; }
    /** Writes every setting of the page. */
    void saveSettings();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadSettings();
    void start();
    void showState();
    QString send(const QByteArray &bytes, int repeat, int periodMs);
    void showAddressBook();
    void saveContact();
    void removeContact();
    void useContact();
    void changeGroup(bool join);

    std::unique_ptr<Ui::UdpPage> m_ui;
    AppSettings *m_settings;
    UdpPeerHandle *m_handle;
    TrafficPageBinding *m_binding;
    AddressBook m_book;
    QString m_endpoint;
    QString m_error;
    quint16 m_port = 0;
};
