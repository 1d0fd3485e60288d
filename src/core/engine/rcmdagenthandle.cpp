// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "engine/rcmdagenthandle.h"

#include "engine/enginethread.h"
#include "engine/rcmdagentrelay.h"

RcmdAgentHandle::RcmdAgentHandle(EngineThread *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_relay(new RcmdAgentRelay)
{
    Q_ASSERT(engine);
    connect(
        m_relay, &RcmdAgentRelay::listening, this,
        [this](const QString &address, quint16 port) {
            m_listening = true;
            m_address = address;
            m_port = port;
            emit listening(address, port);
        },
        Qt::QueuedConnection);
    connect(m_relay, &RcmdAgentRelay::startFailed, this, &RcmdAgentHandle::startFailed, Qt::QueuedConnection);
    connect(
        m_relay, &RcmdAgentRelay::stopped, this,
        [this] {
            m_listening = false;
            m_address.clear();
            m_port = 0;
            emit stopped();
        },
        Qt::QueuedConnection);
    connect(m_relay, &RcmdAgentRelay::audit, this, &RcmdAgentHandle::audit, Qt::QueuedConnection);
    engine->adopt(m_relay);
}

RcmdAgentHandle::~RcmdAgentHandle()
{
    // The relay (and the agent under it) ends in the engine thread; signals still queued to us die with this object.
    if (m_engine)
        m_relay->deleteLater();
}

void RcmdAgentHandle::start(const RcmdAgentConfig &config)
{
    if (m_engine)
        QMetaObject::invokeMethod(
            m_relay, [relay = m_relay, config] { relay->start(config); }, Qt::QueuedConnection);
}

void RcmdAgentHandle::stop()
{
    if (m_engine)
        QMetaObject::invokeMethod(
            m_relay, [relay = m_relay] { relay->stop(); }, Qt::QueuedConnection);
}
