// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <vector>

#include <QCoreApplication>

class EngineThread;
class MainWindow;
class TcpClientHandle;

/**
 * Puts the main window in a realistic state for `socketlab --screenshot`: a line-framed echo server on 127.0.0.1 with
 * three clients that have talked to it, the client page connected, the UDP page with contacts and datagrams (an empty
 * one too), a few quick-send entries. Real loopback sockets only; nothing is saved.
 */
class ScreenshotScene final
{
    Q_DECLARE_TR_FUNCTIONS(ScreenshotScene)

public:
    explicit ScreenshotScene(MainWindow &window);
    ~ScreenshotScene();
    ScreenshotScene(const ScreenshotScene &) = delete;
    ScreenshotScene &operator=(const ScreenshotScene &) = delete;

    /** Plays the scene, waiting at most `timeoutMs` for the traffic to show. Returns an error sentence, or empty. */
    QString play(int timeoutMs = 10000);

private:
    MainWindow &m_window;
    std::unique_ptr<EngineThread> m_engine;
    std::vector<std::unique_ptr<TcpClientHandle>> m_extraClients;
};
