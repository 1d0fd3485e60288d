// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "net/sendjob.h"

namespace {
/** Writes per turn of the event loop, so a long job never starves the other sockets. */
constexpr int BurstSize = 256;
} // namespace

SendJob::SendJob(QList<QByteArray> messages, qint64 repeat, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_messages(std::move(messages))
    , m_total(m_messages.isEmpty() ? 0 : m_messages.size() * qMax<qint64>(repeat, 0))
    , m_intervalMs(qMax(intervalMs, 0))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SendJob::pump);
}

SendJob::~SendJob() = default;

void SendJob::start(Sender sender, Ready ready)
{
    m_sender = std::move(sender);
    m_ready = std::move(ready);
    m_started = true;
    pump();
}

void SendJob::resume()
{
    // Paced by the interval timer when there is one; otherwise write on.
    if (m_started && !m_finished && !m_timer.isActive() && !m_pumpQueued) {
        m_pumpQueued = true;
        QMetaObject::invokeMethod(this, &SendJob::pump, Qt::QueuedConnection);
    }
}

void SendJob::cancel()
{
    m_timer.stop();
    finish(false);
}

void SendJob::pump()
{
    m_pumpQueued = false;
    if (m_finished)
        return;
    for (int burst = 0; burst < BurstSize; ++burst) {
        if (m_sent >= m_total) {
            finish(true);
            return;
        }
        if (m_ready && !m_ready())
            return; // resume() continues
        const QByteArray &message = m_messages.at(static_cast<qsizetype>(m_sent % m_messages.size()));
        if (!m_sender(message)) {
            finish(false);
            return;
        }
        ++m_sent;
        if (m_intervalMs > 0 && m_sent < m_total) {
            m_timer.start(m_intervalMs);
            return;
        }
    }
    if (m_sent >= m_total)
        finish(true);
    else
        resume();
}

void SendJob::finish(bool completed)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(completed);
}
