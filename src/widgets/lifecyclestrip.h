// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <array>

#include <QWidget>

#include "net/tcpclient.h"
#include "net/tcpconnection.h" // TcpClient::connection() converts a QPointer<TcpConnection> inline

class QLabel;

/**
 * Shows where a TCP client is in its connection's life: Looking up → Connecting → Connected → Closing → Closed.
 * The current step is highlighted, the steps this attempt went through are shown normally, and the steps it skipped
 * or has not reached are grey (connecting to an address skips the lookup; a refused connect goes straight to Closed).
 * Each step label carries a "step" property: "current", "past" or "later".
 */
class LifecycleStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LifecycleStrip)

public:
    explicit LifecycleStrip(QWidget *parent = nullptr);
    ~LifecycleStrip() override;

    void setState(TcpClient::State state);
    TcpClient::State state() const { return m_state; }
    /** The highlighted step's text, empty when Idle. */
    QString currentStepText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    static constexpr int StepCount = 5;

    void retranslate();
    void updateLooks();

    std::array<QLabel *, StepCount> m_steps{};
    std::array<QLabel *, StepCount - 1> m_arrows{};
    std::array<bool, StepCount> m_visited{};
    TcpClient::State m_state = TcpClient::State::Idle;
};
