// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "net/tcpconnection.h"

#include <QTcpSocket>

#include "framing/framecodec.h"
#include "monotonicclock.h"
#include "net/endpoint.h"
#include "net/socketerrortext.h"

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace {
/** How long a graceful close may wait for the peer to take our last bytes before it becomes an abort. */
constexpr int CloseTimeoutMs = 5000;
} // namespace

TcpConnection::TcpConnection(quint64 id, QTcpSocket *socket, const ConnectionSettings &settings, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_socket(socket)
    , m_settings(settings)
    , m_peer(Endpoint::format(socket->peerAddress(), socket->peerPort()))
    , m_local(Endpoint::format(socket->localAddress(), socket->localPort()))
    , m_since(QDateTime::currentDateTime())
{
    m_socket->setParent(this);
    // Bounded memory: past this, TCP flow control makes the peer wait instead of us buffering.
    m_socket->setReadBufferSize(qMax<qint64>(m_settings.readBufferSize, m_settings.readSize));
    if (m_settings.framing)
        m_codec = FrameCodec::create(*m_settings.framing);
    m_trace.restart();

    m_readTimer.setSingleShot(true);
    connect(&m_readTimer, &QTimer::timeout, this, &TcpConnection::readOnce);
    connect(m_socket, &QTcpSocket::readyRead, this, &TcpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &TcpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &TcpConnection::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &TcpConnection::onSocketError);

    // Data may have arrived before we were listening.
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &TcpConnection::onReadyRead, Qt::QueuedConnection);
}

TcpConnection::~TcpConnection() = default;

qint64 TcpConnection::bytesToWrite() const
{
    return m_socket->bytesToWrite();
}

bool TcpConnection::sendMessage(const QByteArray &message)
{
    if (!m_codec) {
        writeRaw(message);
        return true;
    }
    QByteArray framed;
    QString error;
    if (!m_codec->encode(message, &framed, &error)) {
        emit errorOccurred(m_id, error);
        return false;
    }
    writeRaw(framed);
    return true;
}

void TcpConnection::writeRaw(const QByteArray &bytes)
{
    if (m_closed || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    const qint64 accepted = m_socket->write(bytes);
    if (accepted < 0)
        return; // errorOccurred follows
    // Hand the bytes to the kernel now, as send() would: one write call is one send in the trace, and a
    // reply is not lost when the peer half-closes right after its request (Qt then drops its own buffer).
    m_socket->flush();
    if (m_settings.recordTrace)
        m_trace.recordSend(bytes);
    countOut(accepted);
    emit written(m_id, bytes);
    // What the peer left unread from earlier writes: one large message of our own is not the peer's fault.
    if (m_socket->bytesToWrite() - accepted > m_settings.highWaterMark) {
        fail(tr("%1 stopped reading: %2 bytes are waiting to be sent to it (limit %3), so it was dropped.")
                 .arg(m_peer)
                 .arg(m_socket->bytesToWrite())
                 .arg(m_settings.highWaterMark));
    }
}

void TcpConnection::close()
{
    if (m_closed)
        return;
    m_socket->disconnectFromHost();
    if (m_socket->state() != QAbstractSocket::UnconnectedState) {
        QTimer::singleShot(CloseTimeoutMs, this, [this] {
            if (!m_closed)
                fail(tr("%1 did not take the last bytes within %2 s; the connection was aborted.")
                         .arg(m_peer)
                         .arg(CloseTimeoutMs / 1000));
        });
    }
}

void TcpConnection::abort()
{
    if (m_closed)
        return;
#ifdef Q_OS_UNIX
    // A zero linger time turns close() into a reset, which is what "abort" means to the peer.
    const linger hard{1, 0};
    if (m_socket->socketDescriptor() >= 0)
        ::setsockopt(static_cast<int>(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
#endif
    dropSocket();
    finish(tr("Aborted: %1 was sent a reset (RST).").arg(m_peer));
}

void TcpConnection::onReadyRead()
{
    if (m_closed)
        return;
    if (m_settings.readDelayMs > 0) {
        if (!m_readTimer.isActive())
            m_readTimer.start(m_settings.readDelayMs);
        return;
    }
    // Drain what is buffered; a bounded read buffer bounds this loop.
    while (!m_closed && m_socket->bytesAvailable() > 0)
        readOnce();
    if (m_peerGone && !m_closed)
        finish(m_pendingReason);
}

void TcpConnection::readOnce()
{
    if (m_closed)
        return;
    const qint64 available = m_socket->bytesAvailable();
    if (available > 0) {
        const qint64 size = m_settings.readSize > 0 ? qMin<qint64>(m_settings.readSize, available) : available;
        handleRead(m_socket->read(size));
    }
    if (m_closed)
        return;
    if (m_settings.readDelayMs > 0 && m_socket->bytesAvailable() > 0)
        m_readTimer.start(m_settings.readDelayMs);
    else if (m_peerGone && m_socket->bytesAvailable() == 0)
        finish(m_pendingReason);
}

void TcpConnection::handleRead(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    if (m_settings.recordTrace)
        m_trace.recordRead(bytes);
    emit readReceived(m_id, bytes);
    if (!m_codec) {
        countIn(bytes.size(), 1);
        answer(bytes);
        return;
    }
    countIn(bytes.size(), 0);
    QList<Frame> frames;
    const bool ok = m_codec->feed(bytes, &frames);
    for (const Frame &frame : std::as_const(frames)) {
        if (m_settings.recordTrace)
            m_trace.recordFrame(frame.offset, frame.length, frame.headerLength, frame.trailerLength);
        countIn(0, 1);
        emit frameReceived(m_id, frame);
        answer(frame.payload);
        if (m_closed)
            return;
    }
    if (!ok)
        fail(tr("Framing error from %1: %2 The connection was closed.").arg(m_peer, m_codec->error()));
}

void TcpConnection::countIn(qint64 bytes, qint64 messages)
{
    const qint64 now = MonotonicClock::nowMs();
    m_counters.addIn(bytes, messages, now);
    if (m_aggregate)
        m_aggregate->addIn(bytes, messages, now);
}

void TcpConnection::countOut(qint64 bytes)
{
    const qint64 now = MonotonicClock::nowMs();
    m_counters.addOut(bytes, 1, now);
    if (m_aggregate)
        m_aggregate->addOut(bytes, 1, now);
}

void TcpConnection::answer(QByteArrayView message)
{
    const std::optional<QByteArray> reply = m_settings.reply.replyTo(message);
    if (reply)
        sendMessage(*reply);
}

void TcpConnection::onBytesWritten()
{
    if (!m_closed && m_socket->bytesToWrite() < LowWaterMark)
        emit writeBufferLow(m_id);
}

void TcpConnection::onDisconnected()
{
    m_peerGone = true;
    // Whatever is still buffered is delivered first, at the configured pace: nothing is lost.
    if (m_socket->bytesAvailable() > 0) {
        if (m_settings.readDelayMs > 0) {
            if (!m_readTimer.isActive())
                m_readTimer.start(m_settings.readDelayMs);
        } else {
            onReadyRead();
        }
        return;
    }
    finish(m_pendingReason);
}

void TcpConnection::onSocketError()
{
    const QAbstractSocket::SocketError error = m_socket->error();
    if (error == QAbstractSocket::RemoteHostClosedError)
        return; // an orderly end, reported by disconnected()
    SocketErrorText::Context context;
    context.endpoint = m_peer;
    context.systemText = m_socket->errorString();
    m_pendingReason = SocketErrorText::describe(error, context);
    emit errorOccurred(m_id, m_pendingReason);
    if (m_socket->state() == QAbstractSocket::UnconnectedState && !m_peerGone)
        onDisconnected();
}

void TcpConnection::fail(const QString &reason)
{
    if (m_closed)
        return;
    emit errorOccurred(m_id, reason);
    dropSocket();
    finish(reason);
}

void TcpConnection::dropSocket()
{
    // Our own abort must not come back as an ordinary disconnect.
    m_socket->disconnect(this);
    m_socket->abort();
}

void TcpConnection::finish(const QString &reason)
{
    if (m_closed)
        return;
    m_closed = true;
    m_readTimer.stop();
    if (m_codec) {
        const QString partial = m_codec->finish();
        if (!partial.isEmpty())
            emit notice(m_id, tr("%1 closed in the middle of a message. %2").arg(m_peer, partial));
    }
    emit closed(m_id, reason);
}
