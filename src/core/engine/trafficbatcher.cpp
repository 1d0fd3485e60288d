// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "engine/trafficbatcher.h"

#include <map>

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>

#include "net/endpoint.h"
#include "net/tcpclient.h"
#include "net/tcpconnection.h"
#include "net/tcpserver.h"
#include "net/udppeer.h"

namespace {
constexpr qint64 NsPerSecond = 1000 * 1000 * 1000;
constexpr qint64 NsPerMs = 1000 * 1000;

using Direction = TrafficEntry::Direction;
using Kind = TrafficEntry::Kind;

TrafficEntry row(Direction direction, Kind kind, quint64 id, const QString &peer, const QByteArray &data = {},
                 const QString &message = {})
{
    TrafficEntry entry;
    entry.direction = direction;
    entry.kind = kind;
    entry.connectionId = id;
    entry.peer = peer;
    entry.data = data;
    entry.message = message;
    return entry;
}
} // namespace

TrafficBatcher::TrafficBatcher(int maxRateHz, qsizetype maxPending, QObject *parent)
    : QObject(parent)
    , m_maxRateHz(qBound(1, maxRateHz, 1000))
    , m_maxPending(qMax<qsizetype>(1, maxPending))
    // Rounded up, so that the rate never exceeds maxRateHz.
    , m_intervalNs((NsPerSecond + m_maxRateHz - 1) / m_maxRateHz)
    , m_timer(this) // a child, so that moveToThread() takes the timer along
    , m_passed(std::make_shared<std::atomic<quint64>>(0))
{
    registerMetaTypes();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &TrafficBatcher::onTimer);
}

TrafficBatcher::~TrafficBatcher() = default;

void TrafficBatcher::registerMetaTypes()
{
    qRegisterMetaType<TrafficEntry>();
    qRegisterMetaType<QList<TrafficEntry>>();
}

void TrafficBatcher::add(TrafficEntry entry)
{
    // Stamped here, not when the GUI appends it a batch later.
    if (entry.timeMs == 0)
        entry.timeMs = QDateTime::currentMSecsSinceEpoch();
    if (m_pending.size() >= m_maxPending) {
        m_pending.removeFirst();
        m_dropped.fetch_add(1, std::memory_order_relaxed);
    }
    m_pending.append(std::move(entry));
    if (!m_timer.isActive())
        schedule(m_sinceBatch.isValid() ? m_intervalNs - m_sinceBatch.nsecsElapsed() : 0);
}

void TrafficBatcher::flush()
{
    if (!m_pending.isEmpty())
        deliver();
}

void TrafficBatcher::schedule(qint64 delayNs)
{
    const qint64 delayMs = delayNs <= 0 ? 0 : (delayNs + NsPerMs - 1) / NsPerMs;
    m_timer.start(static_cast<int>(delayMs));
}

void TrafficBatcher::onTimer()
{
    if (m_pending.isEmpty())
        return;
    // A timer may fire a little early; the rate is a promise.
    const qint64 remainingNs = m_sinceBatch.isValid() ? m_intervalNs - m_sinceBatch.nsecsElapsed() : 0;
    if (remainingNs > 0) {
        schedule(remainingNs);
        return;
    }
    // The GUI has not got through the previous batch yet: keep collecting (and dropping the oldest) here rather than
    // queueing batch after batch in its event loop. Look again soon, so that a catching-up GUI loses little time.
    if (m_passed->load(std::memory_order_acquire) < m_sent) {
        schedule(qMax(NsPerMs, m_intervalNs / 8));
        return;
    }
    deliver();
}

void TrafficBatcher::deliver()
{
    m_timer.stop();
    QList<TrafficEntry> batch;
    batch.swap(m_pending);
    m_sinceBatch.start();
    const quint64 generation = ++m_sent;
    emit batchReady(batch, dropped());
    // Posted after the batch's queued calls, so the main thread runs it once it has handled them: the batch has
    // "passed". Only a shared counter is touched there, so the batcher may be gone by then.
    if (QCoreApplication *application = QCoreApplication::instance()) {
        QMetaObject::invokeMethod(
            application, [passed = m_passed, generation] { passed->store(generation, std::memory_order_release); },
            Qt::QueuedConnection);
    } else {
        m_passed->store(generation, std::memory_order_release);
    }
}

void TrafficBatcher::attach(TcpServer *server, QObject *context, RowSink sink)
{
    Q_ASSERT(server && context && sink);
    // A closed client is already gone from the server when it reports it, so the peers are remembered here.
    auto peers = std::make_shared<std::map<quint64, QString>>();
    const auto peerOf = [server, peers](quint64 id) {
        const auto it = peers->find(id);
        if (it != peers->end())
            return it->second;
        const TcpConnection *connection = server->client(id);
        return connection ? connection->peer() : QString();
    };

    connect(server, &TcpServer::clientConnected, context, [sink, peers](quint64 id, const QString &peer) {
        (*peers)[id] = peer;
        sink(row(Direction::Note, Kind::Event, id, peer, {}, TcpClient::stateName(TcpClient::State::Connected)));
    });
    connect(server, &TcpServer::clientRefused, context, [sink](const QString &peer, const QString &reason) {
        sink(row(Direction::Note, Kind::Event, 0, peer, {}, reason));
    });
    connect(server, &TcpServer::readReceived, context, [sink, peerOf](quint64 id, const QByteArray &bytes) {
        sink(row(Direction::In, Kind::Read, id, peerOf(id), bytes));
    });
    connect(server, &TcpServer::frameReceived, context, [sink, peerOf](quint64 id, const Frame &frame) {
        sink(row(Direction::In, Kind::Frame, id, peerOf(id), frame.payload));
    });
    connect(server, &TcpServer::written, context, [sink, peerOf](quint64 id, const QByteArray &bytes) {
        sink(row(Direction::Out, Kind::Write, id, peerOf(id), bytes));
    });
    connect(server, &TcpServer::notice, context, [sink, peerOf](quint64 id, const QString &text) {
        sink(row(Direction::Note, Kind::Event, id, peerOf(id), {}, text));
    });
    connect(server, &TcpServer::errorOccurred, context, [sink, peerOf](quint64 id, const QString &message) {
        sink(row(Direction::Error, Kind::Event, id, id == 0 ? QString() : peerOf(id), {}, message));
    });
    connect(server, &TcpServer::clientDisconnected, context, [sink, peers, peerOf](quint64 id, const QString &reason) {
        const QString message = reason.isEmpty() ? TcpClient::stateName(TcpClient::State::Closed) : reason;
        sink(row(Direction::Note, Kind::Event, id, peerOf(id), {}, message));
        peers->erase(id);
    });
}

void TrafficBatcher::attach(TcpClient *client, QObject *context, RowSink sink)
{
    Q_ASSERT(client && context && sink);
    // The last connection, kept for its close: the client forgets it before it reports the end.
    struct Link
    {
        quint64 id = 0;
        QString peer;
    };
    auto last = std::make_shared<Link>();
    // While connected the connection's id and peer; before that (connect errors) the target as configured.
    const auto current = [client, last] {
        if (client->connection())
            return *last;
        Endpoint target;
        target.host = client->config().host;
        target.port = client->config().port;
        return Link{0, target.toString()};
    };

    connect(client, &TcpClient::connected, context, [client, sink, last](const QString &, const QString &peer) {
        last->id = client->connection() ? client->connection()->id() : 0;
        last->peer = peer;
        sink(row(Direction::Note, Kind::Event, last->id, peer, {}, TcpClient::stateName(TcpClient::State::Connected)));
    });
    connect(client, &TcpClient::readReceived, context, [sink, current](const QByteArray &bytes) {
        const Link link = current();
        sink(row(Direction::In, Kind::Read, link.id, link.peer, bytes));
    });
    connect(client, &TcpClient::frameReceived, context, [sink, current](const Frame &frame) {
        const Link link = current();
        sink(row(Direction::In, Kind::Frame, link.id, link.peer, frame.payload));
    });
    connect(client, &TcpClient::written, context, [sink, current](const QByteArray &bytes) {
        const Link link = current();
        sink(row(Direction::Out, Kind::Write, link.id, link.peer, bytes));
    });
    connect(client, &TcpClient::notice, context, [sink, current](const QString &text) {
        const Link link = current();
        sink(row(Direction::Note, Kind::Event, link.id, link.peer, {}, text));
    });
    connect(client, &TcpClient::errorOccurred, context, [sink, current](const QString &message) {
        const Link link = current();
        sink(row(Direction::Error, Kind::Event, link.id, link.peer, {}, message));
    });
    connect(client, &TcpClient::disconnected, context, [sink, last](const QString &reason) {
        const QString message = reason.isEmpty() ? TcpClient::stateName(TcpClient::State::Closed) : reason;
        sink(row(Direction::Note, Kind::Event, last->id, last->peer, {}, message));
    });
}

void TrafficBatcher::attach(UdpPeer *peer, QObject *context, RowSink sink)
{
    Q_ASSERT(peer && context && sink);
    connect(peer, &UdpPeer::datagramReceived, context,
            [sink](const QString &source, const QHostAddress &, quint16, const QByteArray &data) {
                sink(row(Direction::In, Kind::Datagram, 0, source, data));
            });
    connect(peer, &UdpPeer::sent, context, [sink](const QString &target, const QByteArray &data) {
        sink(row(Direction::Out, Kind::Datagram, 0, target, data));
    });
    connect(peer, &UdpPeer::notice, context,
            [sink](const QString &text) { sink(row(Direction::Note, Kind::Event, 0, QString(), {}, text)); });
    connect(peer, &UdpPeer::errorOccurred, context,
            [sink](const QString &message) { sink(row(Direction::Error, Kind::Event, 0, QString(), {}, message)); });
}

void TrafficBatcher::attach(TcpServer *server, TrafficBatcher *batcher)
{
    Q_ASSERT_X(server->thread() == batcher->thread(), "TrafficBatcher::attach",
               "the server and the batcher must share a thread");
    attach(server, batcher, [batcher](TrafficEntry entry) { batcher->add(std::move(entry)); });
}

void TrafficBatcher::attach(TcpClient *client, TrafficBatcher *batcher)
{
    Q_ASSERT_X(client->thread() == batcher->thread(), "TrafficBatcher::attach",
               "the client and the batcher must share a thread");
    attach(client, batcher, [batcher](TrafficEntry entry) { batcher->add(std::move(entry)); });
}

void TrafficBatcher::attach(UdpPeer *peer, TrafficBatcher *batcher)
{
    Q_ASSERT_X(peer->thread() == batcher->thread(), "TrafficBatcher::attach",
               "the peer and the batcher must share a thread");
    attach(peer, batcher, [batcher](TrafficEntry entry) { batcher->add(std::move(entry)); });
}
