// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QWidget>

#include "trace/streamtrace.h"

class AppSettings;
class EngineThread;
class QuickSendModel;
class TcpClientHandle;
class TrafficPageBinding;

namespace Ui {
class TcpClientPage;
}

/** The TCP client tab: connect to a server, watch the connection's life, send and receive. */
class TcpClientPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpClientPage)

public:
    /** `settings` may be null (nothing restored or saved). */
    TcpClientPage(EngineThread *engine, QuickSendModel *quickSend, AppSettings *settings, QWidget *parent = nullptr);
    ~TcpClientPage() override;

    TcpClientHandle *handle() const { return m_handle; }
    TrafficPageBinding *binding() const { return m_binding; }
    /** Connects or disconnects, as the button does. */
    void setConnected(bool on);
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

    std::unique_ptr<Ui::TcpClientPage> m_ui;
    AppSettings *m_settings;
    TcpClientHandle *m_handle;
    TrafficPageBinding *m_binding;
    QStringList m_resolved;
    QString m_local;
    QString m_peer;
    QString m_detail;
    bool m_detailIsError = false;
};
