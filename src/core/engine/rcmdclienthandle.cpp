// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "engine/rcmdclienthandle.h"

#include "engine/enginethread.h"
#include "engine/rcmdclientrelay.h"

RcmdClientHandle::RcmdClientHandle(EngineThread *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_relay(new RcmdClientRelay)
{
    Q_ASSERT(engine);
    connect(
        m_relay, &RcmdClientRelay::stateChanged, this,
        [this](RcmdClient::State state, quint64 generation) {
            if (generation != m_generation)
                return;
            m_state = state;
            emit stateChanged(state);
        },
        Qt::QueuedConnection);
    connect(
        m_relay, &RcmdClientRelay::ready, this,
        [this](const QString &encoding, const QByteArray &fingerprint, quint64 generation) {
            if (generation != m_generation)
                return;
            m_agentOutputEncoding = encoding;
            m_peerFingerprint = fingerprint;
            emit ready();
        },
        Qt::QueuedConnection);
    connect(m_relay, &RcmdClientRelay::output, this, &RcmdClientHandle::output, Qt::QueuedConnection);
    connect(
        m_relay, &RcmdClientRelay::finished, this,
        [this](quint32 ticket, const RcmdMessage &exit) {
            m_running.remove(ticket);
            emit finished(ticket, exit);
        },
        Qt::QueuedConnection);
    connect(
        m_relay, &RcmdClientRelay::commandFailed, this,
        [this](quint32 ticket, const QString &message) {
            m_running.remove(ticket);
            emit commandFailed(ticket, message);
        },
        Qt::QueuedConnection);
    connect(
        m_relay, &RcmdClientRelay::failed, this,
        [this](RcmdClient::Failure failure, const QString &message, const QByteArray &fingerprint, quint64 generation) {
            if (generation != m_generation)
                return;
            m_failure = failure;
            m_error = message;
            m_peerFingerprint = fingerprint;
            emit failed(failure, message);
        },
        Qt::QueuedConnection);
    connect(
        m_relay, &RcmdClientRelay::closed, this,
        [this](quint64 generation) {
            if (generation == m_generation)
                emit closed();
        },
        Qt::QueuedConnection);
    engine->adopt(m_relay);
}

RcmdClientHandle::~RcmdClientHandle()
{
    // The relay (and the client under it) ends in the engine thread; signals still queued to us die with this object.
    if (m_engine)
        m_relay->deleteLater();
}

void RcmdClientHandle::connectToAgent(const RcmdClientConfig &config)
{
    m_failure = RcmdClient::Failure::None;
    m_error.clear();
    m_agentOutputEncoding.clear();
    m_peerFingerprint.clear();
    m_state = RcmdClient::State::Connecting;
    const quint64 generation = ++m_generation;
    if (m_engine)
        QMetaObject::invokeMethod(
            m_relay, [relay = m_relay, config, generation] { relay->connectToAgent(config, generation); },
            Qt::QueuedConnection);
}

quint32 RcmdClientHandle::run(const QStringList &argv, bool shell, const QString &workingDirectory,
                              const QStringList &environment)
{
    const quint32 ticket = m_nextTicket++;
    if (m_nextTicket == 0)
        m_nextTicket = 1;
    m_running.insert(ticket);
    if (m_engine) {
        QMetaObject::invokeMethod(
            m_relay,
            [relay = m_relay, ticket, argv, shell, workingDirectory, environment] {
                relay->run(ticket, argv, shell, workingDirectory, environment);
            },
            Qt::QueuedConnection);
    }
    return ticket;
}

void RcmdClientHandle::cancel(quint32 ticket)
{
    if (m_engine)
        QMetaObject::invokeMethod(
            m_relay, [relay = m_relay, ticket] { relay->cancel(ticket); }, Qt::QueuedConnection);
}

void RcmdClientHandle::close()
{
    if (m_engine)
        QMetaObject::invokeMethod(
            m_relay, [relay = m_relay] { relay->close(); }, Qt::QueuedConnection);
}
