// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include "rcmd/rcmdagentconfig.h"

class RcmdAgent;

/**
 * The engine-thread half of RcmdAgentHandle: owns the RcmdAgent and reports what it does through its own signals
 * (queued to the handle), so nothing in the engine holds a pointer into the GUI thread.
 */
class RcmdAgentRelay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RcmdAgentRelay)

public:
    explicit RcmdAgentRelay(QObject *parent = nullptr);
    ~RcmdAgentRelay() override;

    RcmdAgent *agent() const { return m_agent; }

    /** Starts (or restarts) the agent: listening or startFailed follows. */
    void start(const RcmdAgentConfig &config);
    /** Stops listening and closes every connection (their commands are killed): stopped follows. */
    void stop();

signals:
    void listening(const QString &address, quint16 port);
    void startFailed(const QString &message);
    void stopped();
    void audit(const QString &line);

private:
    RcmdAgent *m_agent;
};
