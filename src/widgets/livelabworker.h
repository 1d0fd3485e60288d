// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include "lab/labexperiment.h"
#include "lab/labresult.h"

/** Runs live lab experiments for the visualizer. Lives in the engine thread (EngineThread::adopt()), where the GUI's
    sockets belong; each run reports back with a queued signal. */
class LiveLabWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveLabWorker)

public:
    explicit LiveLabWorker(QObject *parent = nullptr);
    ~LiveLabWorker() override;

    /** Runs `experiment` once over 127.0.0.1 and emits finished() with `ticket`. LabLiveRunner waits for its sender
        and receiver threads, so the engine thread is busy for the run's length (its delays, bounded by the runner's
        deadline); the caller asks for one run at a time so other engine work gets in between. */
    void run(const LabExperiment &experiment, quint64 ticket);

signals:
    void finished(quint64 ticket, const LabResult &result);
};
