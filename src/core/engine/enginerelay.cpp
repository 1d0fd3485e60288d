// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "engine/enginerelay.h"

#include <QDateTime>

#include "engine/trafficbatcher.h"

EngineRelay::EngineRelay(int statsIntervalMs, QObject *parent)
    : QObject(parent)
    , m_batcher(new TrafficBatcher(30, 100000, this))
    , m_statsTimer(this)
{
    qRegisterMetaType<TrafficSnapshot>();
    qRegisterMetaType<PeerTraffic>();
    qRegisterMetaType<QList<PeerTraffic>>();
    qRegisterMetaType<StreamTrace>();
    m_statsTimer.setInterval(qMax(1, statsIntervalMs));
    connect(&m_statsTimer, &QTimer::timeout, this, &EngineRelay::publishStats);
    // Started from the engine thread once the relay lives there (a timer cannot be started from another thread).
    QMetaObject::invokeMethod(
        this, [this] { m_statsTimer.start(); }, Qt::QueuedConnection);
}

EngineRelay::~EngineRelay() = default;

void EngineRelay::publishStats()
{
    if (!m_statsProvider)
        return;
    TrafficSnapshot totals;
    QList<PeerTraffic> peers;
    m_statsProvider(totals, peers);
    emit statsReady(totals, peers);
}

void EngineRelay::startSend(const QList<QByteArray> &messages, qint64 repeat, int intervalMs, SendJob::Sender sender,
                            SendJob::Ready ready)
{
    cancelSend();
    auto *job = new SendJob(messages, repeat, intervalMs, this);
    m_job = job;
    connect(job, &SendJob::finished, this, [this, job](bool completed) {
        emit sendFinished(completed, job->sentCount());
        job->deleteLater();
    });
    emit sendStarted(job->totalCount());
    job->start(std::move(sender), std::move(ready));
}

void EngineRelay::resumeSend()
{
    if (m_job)
        m_job->resume();
}

void EngineRelay::cancelSend()
{
    if (m_job && !m_job->isFinished())
        m_job->cancel();
    m_job = nullptr;
}
