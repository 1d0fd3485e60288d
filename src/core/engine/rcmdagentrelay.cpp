// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "engine/rcmdagentrelay.h"

#include "rcmd/rcmdagent.h"

RcmdAgentRelay::RcmdAgentRelay(QObject *parent)
    : QObject(parent)
    , m_agent(new RcmdAgent(this))
{
    connect(m_agent, &RcmdAgent::listening, this, &RcmdAgentRelay::listening);
    connect(m_agent, &RcmdAgent::audit, this, &RcmdAgentRelay::audit);
}

RcmdAgentRelay::~RcmdAgentRelay()
{
    // The agent's sessions report their last audit lines while they die; nobody listens any more.
    m_agent->disconnect(this);
    delete m_agent;
}

void RcmdAgentRelay::start(const RcmdAgentConfig &config)
{
    const bool wasListening = m_agent->isListening();
    if (!m_agent->start(config)) {
        if (wasListening)
            emit stopped();
        emit startFailed(m_agent->errorString());
    }
}

void RcmdAgentRelay::stop()
{
    m_agent->stop();
    emit stopped();
}
