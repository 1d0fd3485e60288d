// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QHostAddress>

#include "engine/enginehandle.h"
#include "net/udppeer.h"

/** A UdpPeer in the engine thread, driven from the GUI thread (see EngineHandle). */
class UdpPeerHandle final : public EngineHandle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UdpPeerHandle)

public:
    explicit UdpPeerHandle(EngineThread *engine, QObject *parent = nullptr);
    ~UdpPeerHandle() override;

    /** Binds (or rebinds); bound or startFailed follows. */
    void start(const UdpPeerConfig &config);
    void stop();
    /** As the GUI has heard it. */
    bool isBound() const { return m_bound; }

    /** Sends `data` (empty too) as one datagram to `address`:`port`, `repeat` times `intervalMs` apart; refused when
        not bound. */
    void sendTo(const QHostAddress &address, quint16 port, const QByteArray &data, qint64 repeat = 1,
                int intervalMs = 0);
    void joinGroup(const QHostAddress &group);
    void leaveGroup(const QHostAddress &group);

signals:
    void bound(const QString &endpoint, quint16 port);
    void startFailed(const QString &message);
    void stopped();
    void errorOccurred(const QString &message);
    void notice(const QString &text);

private:
    UdpPeer *m_peer;
    bool m_bound = false;
    bool m_starting = false;
};
