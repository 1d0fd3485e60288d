// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "engine/enginehandle.h"

#include "engine/enginerelay.h"
#include "engine/enginethread.h"
#include "engine/trafficbatcher.h"

EngineHandle::EngineHandle(EngineThread *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_relay(new EngineRelay)
{
    Q_ASSERT(engine);
    connect(m_relay->batcher(), &TrafficBatcher::batchReady, this, &EngineHandle::batchReady, Qt::QueuedConnection);
    connect(m_relay, &EngineRelay::statsReady, this, &EngineHandle::statsUpdated, Qt::QueuedConnection);
    connect(m_relay, &EngineRelay::traceReady, this, &EngineHandle::traceReady, Qt::QueuedConnection);
    connect(m_relay, &EngineRelay::refused, this, &EngineHandle::refused, Qt::QueuedConnection);
    connect(
        m_relay, &EngineRelay::sendStarted, this,
        [this](qint64 total) {
            m_sending = true;
            emit sendStarted(total);
        },
        Qt::QueuedConnection);
    connect(
        m_relay, &EngineRelay::sendFinished, this,
        [this](bool completed, qint64 sent) {
            m_sending = false;
            emit sendFinished(completed, sent);
        },
        Qt::QueuedConnection);
}

EngineHandle::~EngineHandle()
{
    // The relay (and the network object under it) ends in its own thread; signals still queued to us are dropped
    // with this object.
    if (m_engine)
        m_relay->deleteLater();
}

void EngineHandle::cancelSend()
{
    run([relay = m_relay] { relay->cancelSend(); });
}

void EngineHandle::refreshStats()
{
    run([relay = m_relay] { relay->publishStats(); });
}

void EngineHandle::adopt()
{
    if (m_engine)
        m_engine->adopt(m_relay);
}

void EngineHandle::run(std::function<void()> work) const
{
    if (m_engine)
        QMetaObject::invokeMethod(m_relay, std::move(work), Qt::QueuedConnection);
}
