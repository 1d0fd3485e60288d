// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "lab/labliverunner.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QElapsedTimer>
#include <QMutex>

#include "lab/labreceiver.h"

namespace {

/** Closes a file descriptor when it goes out of scope. */
class FileDescriptor
{
public:
    explicit FileDescriptor(int fd = -1)
        : m_fd(fd)
    { }
    ~FileDescriptor() { reset(); }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;
    int get() const { return m_fd; }
    bool isValid() const { return m_fd >= 0; }
    void reset(int fd = -1)
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = fd;
    }

private:
    int m_fd;
};

/** Shared by both threads: the clock, the deadline, and the first error. */
class RunContext
{
public:
    explicit RunContext(qint64 deadlineMs)
        : m_deadlineMs(deadlineMs)
    {
        m_clock.start();
    }

    qint64 nowNs() const { return m_clock.nsecsElapsed(); }
    /** Milliseconds left before the deadline (0 when passed). */
    int remainingMs() const { return int(qMax<qint64>(0, m_deadlineMs - m_clock.elapsed())); }
    bool expired() const { return remainingMs() == 0; }

    void fail(const QString &message)
    {
        const QMutexLocker locker(&m_mutex);
        if (m_error.isEmpty())
            m_error = message;
        m_failed = true;
    }
    bool failed() const { return m_failed; }
    QString error() const
    {
        const QMutexLocker locker(&m_mutex);
        return m_error;
    }

    /** Sleeps up to `ms`, waking early once the run failed; false when the deadline passed first. */
    bool sleep(int ms) const
    {
        QElapsedTimer slept;
        slept.start();
        while (slept.elapsed() < ms) {
            if (m_failed || expired())
                return false;
            std::this_thread::sleep_for(std::chrono::milliseconds(qMin<qint64>(20, ms - slept.elapsed())));
        }
        return !expired();
    }

    std::atomic<bool> senderDone{false};
    std::atomic<int> datagramsSent{0};

private:
    QElapsedTimer m_clock;
    qint64 m_deadlineMs;
    mutable QMutex m_mutex;
    QString m_error;
    std::atomic<bool> m_failed{false};
};

QString systemError(const QString &what)
{
    return LabLiveRunner::tr("Live run: %1 failed: %2.").arg(what, qt_error_string(errno));
}

/** Waits until `fd` is readable (or writable), the deadline passes, or the run fails. 1 ready, 0 timed out. */
int waitFor(int fd, short events, const RunContext &context, int limitMs = -1)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        int slice = qMin(50, context.remainingMs());
        if (limitMs >= 0)
            slice = int(qMin<qint64>(slice, limitMs - waited.elapsed()));
        if (slice <= 0 || context.failed())
            return 0;
        pollfd pfd{fd, events, 0};
        const int ready = ::poll(&pfd, 1, slice);
        if (ready > 0)
            return 1;
        if (ready < 0 && errno != EINTR)
            return 0;
    }
}

sockaddr_in loopback(quint16 port)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

quint16 boundPort(int fd)
{
    sockaddr_in address{};
    socklen_t length = sizeof(address);
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return 0;
    return ntohs(address.sin_port);
}

TraceEvent event(TraceEvent::Kind kind, qint64 offset, qint64 length, qint64 timeNs)
{
    TraceEvent result;
    result.kind = kind;
    result.offset = offset;
    result.length = length;
    result.timeNs = timeNs;
    return result;
}

/** Writes all of `bytes` (one write call as the program sees it; the kernel may take it in pieces). */
bool sendAll(int fd, QByteArrayView bytes, RunContext &context)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        if (!waitFor(fd, POLLOUT, context)) {
            context.fail(LabLiveRunner::tr("Live run: the receiver stopped taking data before the deadline."));
            return false;
        }
        const ssize_t n = ::send(fd, bytes.data() + done, size_t(bytes.size() - done), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
                continue;
            context.fail(systemError(QStringLiteral("send()")));
            return false;
        }
        done += n;
    }
    return true;
}

struct SenderLog
{
    QList<TraceEvent> events;
    qint64 written = 0;
};

void runTcpSender(const LabExperiment &experiment, const LabSendPlan &plan, quint16 port, RunContext &context,
                  SenderLog *log)
{
    FileDescriptor fd(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    if (!fd.isValid()) {
        context.fail(systemError(QStringLiteral("socket()")));
        return;
    }
    const int noDelay = experiment.noDelay ? 1 : 0;
    ::setsockopt(fd.get(), IPPROTO_TCP, TCP_NODELAY, &noDelay, sizeof(noDelay));
    const sockaddr_in address = loopback(port);
    if (::connect(fd.get(), reinterpret_cast<const sockaddr *>(&address), sizeof(address)) != 0) {
        context.fail(systemError(QStringLiteral("connect()")));
        return;
    }
    qint64 replyNeeded = 0;
    qint64 replyArrived = 0;
    char buffer[256];
    for (qsizetype i = 0; i < plan.steps.size() && !context.failed(); ++i) {
        const LabSendPlan::Step &step = plan.steps.at(i);
        if (step.kind == LabSendPlan::Step::Kind::AwaitReply) {
            replyNeeded += LabSendPlan::readyReply().size();
            while (replyArrived < replyNeeded) {
                if (!waitFor(fd.get(), POLLIN, context)) {
                    context.fail(LabLiveRunner::tr("Live run: no \"ready\" came back before the deadline."));
                    return;
                }
                const ssize_t n = ::recv(fd.get(), buffer, sizeof(buffer), 0);
                if (n <= 0) {
                    // The receiver gave up (its handshake went out of step); its error says why.
                    return;
                }
                replyArrived += n;
            }
            continue;
        }
        if (i > 0 && experiment.writeIntervalMs > 0 && !context.sleep(experiment.writeIntervalMs))
            return;
        log->events.append(event(TraceEvent::Kind::Send, log->written, step.bytes.size(), context.nowNs()));
        if (!sendAll(fd.get(), step.bytes, context))
            return;
        log->written += step.bytes.size();
    }
    context.senderDone = true;
    // Close gracefully: FIN, then wait for the receiver to close its end, so no reset can cut unread data.
    ::shutdown(fd.get(), SHUT_WR);
    while (waitFor(fd.get(), POLLIN, context) && ::recv(fd.get(), buffer, sizeof(buffer), 0) > 0) { }
}

void runTcpReceiver(const LabExperiment &experiment, const LabSendPlan &plan, int listenFd, RunContext &context,
                    LabReceiver *receiver, StreamTrace *trace, LabResult *result)
{
    if (!waitFor(listenFd, POLLIN, context)) {
        context.fail(LabLiveRunner::tr("Live run: the sender did not connect before the deadline."));
        return;
    }
    FileDescriptor fd(::accept4(listenFd, nullptr, nullptr, SOCK_CLOEXEC));
    if (!fd.isValid()) {
        context.fail(systemError(QStringLiteral("accept()")));
        return;
    }
    QByteArray buffer;
    for (;;) {
        const qint64 size = receiver->nextReadSize();
        if (size == 0 || context.failed())
            break;
        if (experiment.readDelayMs > 0 && !context.sleep(experiment.readDelayMs))
            break;
        if (!waitFor(fd.get(), POLLIN, context)) {
            context.fail(LabLiveRunner::tr("Live run: nothing more arrived before the deadline."));
            break;
        }
        buffer.resize(size);
        const ssize_t n = ::recv(fd.get(), buffer.data(), size_t(size), 0);
        const qint64 now = context.nowNs();
        if (n < 0) {
            if (errno == EINTR)
                continue;
            context.fail(systemError(QStringLiteral("recv()")));
            break;
        }
        if (n == 0) {
            result->endOfStream = true;
            result->endOfStreamNs = now;
            break;
        }
        const QByteArrayView bytes(buffer.constData(), n);
        const qint64 offset = receiver->bytesRead();
        if (plan.stream.size() < offset + n || QByteArrayView(plan.stream).sliced(offset, n) != bytes) {
            context.fail(
                LabLiveRunner::tr("Live run: the bytes read differ from the bytes sent at offset %1.").arg(offset));
            break;
        }
        const QByteArray reply = receiver->onRead(bytes, now, trace);
        if (receiver->failed())
            break;
        if (!reply.isEmpty()) {
            trace->append(event(TraceEvent::Kind::Reply, result->replies.size(), reply.size(), context.nowNs()));
            result->replies.append(reply);
            if (!sendAll(fd.get(), reply, context))
                break;
        }
    }
    if (result->endOfStream || receiver->failed() || context.failed())
        return;
    // The read schedule is used up: count what the program never read, up to the end of the stream.
    char scratch[65536];
    while (waitFor(fd.get(), POLLIN, context)) {
        const ssize_t n = ::recv(fd.get(), scratch, sizeof(scratch), 0);
        if (n <= 0)
            break;
        result->unreadBytes += n;
    }
}

void runUdpSender(const LabExperiment &experiment, const LabSendPlan &plan, quint16 port, RunContext &context,
                  SenderLog *log)
{
    FileDescriptor fd(::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0));
    if (!fd.isValid()) {
        context.fail(systemError(QStringLiteral("socket()")));
        context.senderDone = true;
        return;
    }
    const sockaddr_in address = loopback(port);
    for (qsizetype i = 0; i < plan.steps.size() && !context.failed(); ++i) {
        const LabSendPlan::Step &step = plan.steps.at(i);
        if (i > 0 && experiment.writeIntervalMs > 0 && !context.sleep(experiment.writeIntervalMs))
            break;
        log->events.append(event(TraceEvent::Kind::Send, log->written, step.bytes.size(), context.nowNs()));
        const ssize_t n = ::sendto(fd.get(), step.bytes.constData(), size_t(step.bytes.size()), 0,
                                   reinterpret_cast<const sockaddr *>(&address), sizeof(address));
        if (n < 0) {
            context.fail(systemError(QStringLiteral("sendto()")));
            break;
        }
        log->written += step.bytes.size();
        ++context.datagramsSent;
    }
    context.senderDone = true;
}

void runUdpReceiver(const LabExperiment &experiment, const LabSendPlan &plan, int fd, RunContext &context,
                    LabReceiver *receiver, StreamTrace *trace, LabResult *result)
{
    // After the sender is done, a datagram that has not come within this time is not coming (dropped).
    constexpr int quietMs = 300;
    QByteArray buffer;
    qsizetype next = 0; // the datagram (= plan step) expected next
    auto quietAfterSender = [&](int limitMs) { return waitFor(fd, POLLIN, context, limitMs) == 0; };
    for (;;) {
        const qint64 size = receiver->nextReadSize();
        if (size == 0 || context.failed() || next >= plan.steps.size())
            break;
        if (experiment.readDelayMs > 0 && !context.sleep(experiment.readDelayMs))
            break;
        // Wait for a datagram; once the sender is done, give up after a quiet spell.
        bool ready = false;
        while (!ready && !context.failed() && !context.expired()) {
            if (context.senderDone) {
                ready = !quietAfterSender(quietMs);
                break;
            }
            ready = waitFor(fd, POLLIN, context, 50) == 1;
        }
        if (!ready)
            break;
        buffer.resize(size);
        const ssize_t n = ::recv(fd, buffer.data(), size_t(size), MSG_TRUNC);
        const qint64 now = context.nowNs();
        if (n < 0) {
            if (errno == EINTR)
                continue;
            context.fail(systemError(QStringLiteral("recv()")));
            break;
        }
        const qint64 copied = qMin<qint64>(n, size);
        const QByteArrayView bytes(buffer.constData(), copied);
        // Match the datagram to the send it came from; datagrams skipped over were dropped.
        qsizetype match = next;
        while (match < plan.steps.size() &&
               !(plan.steps.at(match).bytes.size() == n && plan.steps.at(match).bytes.startsWith(bytes)))
            ++match;
        if (match == plan.steps.size()) {
            context.fail(LabLiveRunner::tr("Live run: a datagram arrived that was never sent."));
            break;
        }
        result->droppedDatagrams += int(match - next);
        qint64 offset = 0;
        for (qsizetype i = 0; i < match; ++i)
            offset += plan.steps.at(i).bytes.size();
        receiver->onDatagram(offset, bytes, n, now, trace);
        next = match + 1;
    }
    // Count what was sent but never read.
    const int sent = context.datagramsSent;
    char scratch[65536];
    while (next < sent && waitFor(fd, POLLIN, context, quietMs) == 1) {
        const ssize_t n = ::recv(fd, scratch, sizeof(scratch), MSG_TRUNC | MSG_DONTWAIT);
        if (n < 0)
            break;
        result->unreadBytes += n;
        ++next;
    }
}

int defaultDeadlineMs(const LabExperiment &experiment, const LabSendPlan &plan)
{
    const qint64 minRead = *std::min_element(experiment.readSizes.cbegin(), experiment.readSizes.cend());
    const qint64 reads = experiment.repeatReadSizes ? plan.stream.size() / minRead + plan.steps.size() + 2
                                                    : experiment.readSizes.size() + 1;
    const qint64 delays = reads * experiment.readDelayMs + plan.steps.size() * qint64(experiment.writeIntervalMs);
    return int(qMin<qint64>(10000 + delays, 300000));
}

} // namespace

LabResult LabLiveRunner::run(const LabExperiment &experiment, int deadlineMs)
{
    LabResult result = LabResult::prepare(experiment, LabResult::Mode::Live);
    if (result.runFailed)
        return result;
    const LabSendPlan &plan = result.plan;
    const bool udp = experiment.transport == LabExperiment::Transport::Udp;

    FileDescriptor listener(::socket(AF_INET, (udp ? SOCK_DGRAM : SOCK_STREAM) | SOCK_CLOEXEC, 0));
    const sockaddr_in address = loopback(0);
    if (!listener.isValid() || ::bind(listener.get(), reinterpret_cast<const sockaddr *>(&address), sizeof(address)) ||
        (!udp && ::listen(listener.get(), 1) != 0)) {
        result.error = systemError(QStringLiteral("bind()"));
        result.runFailed = true;
        return result;
    }
    const quint16 port = boundPort(listener.get());

    RunContext context(deadlineMs > 0 ? deadlineMs : defaultDeadlineMs(experiment, plan));
    LabReceiver receiver(experiment);
    StreamTrace receiverTrace(result.trace.maxEvents(), result.trace.maxBytesKept());
    SenderLog senderLog;
    std::thread receiverThread([&] {
        if (udp)
            runUdpReceiver(experiment, plan, listener.get(), context, &receiver, &receiverTrace, &result);
        else
            runTcpReceiver(experiment, plan, listener.get(), context, &receiver, &receiverTrace, &result);
    });
    std::thread senderThread([&] {
        if (udp)
            runUdpSender(experiment, plan, port, context, &senderLog);
        else
            runTcpSender(experiment, plan, port, context, &senderLog);
    });
    senderThread.join();
    receiverThread.join();
    const qint64 endNs = context.nowNs();

    // One trace, in time order: the sender's writes and the receiver's reads, frames and replies.
    QList<TraceEvent> events = senderLog.events;
    events.append(receiverTrace.events());
    std::stable_sort(events.begin(), events.end(),
                     [](const TraceEvent &a, const TraceEvent &b) { return a.timeNs < b.timeNs; });
    for (const TraceEvent &e : events)
        result.trace.append(e);
    result.trace.appendSentBytes(QByteArrayView(plan.stream).first(senderLog.written));
    result.trace.appendReadBytes(receiverTrace.readBytes());

    receiver.finish();
    result.frames = receiver.frames();
    result.truncatedDatagrams = receiver.truncatedDatagrams();
    result.incompleteFrame = receiver.incompleteFrame();
    // The receiver's own error (a framing or handshake error) explains a failure better than its consequences.
    result.error = !receiver.error().isEmpty() ? receiver.error() : context.error();
    result.runFailed = context.failed() && receiver.error().isEmpty();
    if (!udp)
        result.unreadBytes = plan.stream.size() - receiver.bytesRead();
    result.senderBlocked = senderLog.written < plan.stream.size();
    result.durationNs = endNs;
    return result;
}
