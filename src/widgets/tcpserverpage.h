// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QStringList>
#include <QWidget>

#include "trace/streamtrace.h"

class AppSettings;
class ClientTableModel;
class EngineThread;
class QuickSendModel;
class TcpServerHandle;
class TrafficPageBinding;

namespace Ui {
class TcpServerPage;
}

/** The TCP server tab: listen, see every client, send to some or all, answer automatically. */
class TcpServerPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpServerPage)

public:
    /** `settings` may be null (nothing restored or saved). */
    TcpServerPage(EngineThread *engine, QuickSendModel *quickSend, AppSettings *settings, QWidget *parent = nullptr);
    ~TcpServerPage() override;

    TcpServerHandle *handle() const { return m_handle; }
    TrafficPageBinding *binding() const { return m_binding; }
    /** The port listened on (0 when not listening). */
    quint16 port() const { return m_port; }
    /** Starts or stops listening, as the button does. */
    void setListening(bool on);
    /** The ids of the clients selected in the table. */
    QList<quint64> selectedClientIds() const;
    /** Writes every setting of the page. */
    void saveSettings();

signals:
    void visualizeRequested(const QString &title, const StreamTrace &trace);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadSettings();
    void start();
    void showState();
    QString send(const QByteArray &bytes, int repeat, int periodMs);
    void updateFilter();
    void editRules();
    void showClientMenu(const QPoint &position);

    std::unique_ptr<Ui::TcpServerPage> m_ui;
    AppSettings *m_settings;
    TcpServerHandle *m_handle;
    ClientTableModel *m_clients;
    TrafficPageBinding *m_binding;
    QStringList m_rules;
    QString m_endpoint;
    QString m_error;
    quint16 m_port = 0;
};
