// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "engine/rcmdclientrelay.h"

#include <utility>

RcmdClientRelay::RcmdClientRelay(int batchMs, QObject *parent)
    : QObject(parent)
    , m_client(new RcmdClient(this))
    , m_batchTimer(this)
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(qMax(0, batchMs));
    connect(&m_batchTimer, &QTimer::timeout, this, &RcmdClientRelay::flush);
    connect(m_client, &RcmdClient::stateChanged, this,
            [this](RcmdClient::State state) { emit stateChanged(state, m_generation); });
    connect(m_client, &RcmdClient::ready, this,
            [this] { emit ready(m_client->agentOutputEncoding(), m_client->peerFingerprint(), m_generation); });
    connect(m_client, &RcmdClient::output, this, &RcmdClientRelay::onOutput);
    connect(m_client, &RcmdClient::finished, this, [this](quint32 id, const RcmdMessage &exit) {
        flush();
        if (const quint32 ticket = ticketOf(id, true))
            emit finished(ticket, exit);
    });
    connect(m_client, &RcmdClient::commandFailed, this, [this](quint32 id, const QString &message) {
        flush();
        if (const quint32 ticket = ticketOf(id, true))
            emit commandFailed(ticket, message);
    });
    connect(m_client, &RcmdClient::failed, this, [this](RcmdClient::Failure failure, const QString &message) {
        flush();
        // Every command of the connection is gone with it: each hears why.
        const QList<quint32> tickets = m_tickets.values();
        m_tickets.clear();
        for (const quint32 ticket : tickets)
            emit commandFailed(ticket, message);
        emit failed(failure, message, m_client->peerFingerprint(), m_generation);
    });
    connect(m_client, &RcmdClient::closed, this, [this] {
        flush();
        const QList<quint32> tickets = m_tickets.values();
        m_tickets.clear();
        for (const quint32 ticket : tickets)
            emit commandFailed(ticket, tr("The connection to the agent was closed before the command ended."));
        emit closed(m_generation);
    });
}

RcmdClientRelay::~RcmdClientRelay()
{
    // Nobody hears the client's last words any more.
    m_client->disconnect(this);
}

void RcmdClientRelay::connectToAgent(const RcmdClientConfig &config, quint64 generation)
{
    flush();
    // The connection being replaced ends without a word (RcmdClient drops it silently): its commands end here.
    const QList<quint32> tickets = m_tickets.values();
    m_tickets.clear();
    for (const quint32 ticket : tickets)
        emit commandFailed(ticket, tr("The connection to the agent was closed before the command ended."));
    m_generation = generation;
    m_client->connectToAgent(config);
}

void RcmdClientRelay::run(quint32 ticket, const QStringList &argv, bool shell, const QString &workingDirectory,
                          const QStringList &environment)
{
    if (m_client->state() != RcmdClient::State::Ready) {
        emit commandFailed(ticket, tr("Not connected to an agent: connect first, then run a command."));
        return;
    }
    if (argv.isEmpty()) {
        emit commandFailed(ticket, tr("There is no command to run."));
        return;
    }
    const quint32 id = m_client->run(argv, shell, workingDirectory, environment);
    if (id == 0) {
        emit commandFailed(ticket, tr("Not connected to an agent: connect first, then run a command."));
        return;
    }
    m_tickets.insert(id, ticket);
}

void RcmdClientRelay::cancel(quint32 ticket)
{
    for (auto it = m_tickets.cbegin(); it != m_tickets.cend(); ++it) {
        if (it.value() == ticket) {
            m_client->cancel(it.key());
            return;
        }
    }
}

void RcmdClientRelay::close()
{
    m_client->close();
}

void RcmdClientRelay::onOutput(quint32 id, RcmdMessage::Stream stream, const QByteArray &data)
{
    const quint32 ticket = ticketOf(id, false);
    if (ticket == 0 || data.isEmpty())
        return;
    if (!m_pending.isEmpty() && m_pending.last().ticket == ticket && m_pending.last().stream == stream)
        m_pending.last().data += data;
    else
        m_pending.append({ticket, stream, data});
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void RcmdClientRelay::flush()
{
    m_batchTimer.stop();
    const QList<Pending> pending = std::exchange(m_pending, {});
    for (const Pending &piece : pending)
        emit output(piece.ticket, piece.stream, piece.data);
}

quint32 RcmdClientRelay::ticketOf(quint32 id, bool remove)
{
    return remove ? m_tickets.take(id) : m_tickets.value(id);
}
