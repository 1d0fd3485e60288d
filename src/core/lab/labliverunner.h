// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

#include "lab/labexperiment.h"
#include "lab/labresult.h"

/** Runs an experiment on real sockets over 127.0.0.1: the sender and the receiver each on their own thread, making
    the write and read calls the experiment describes (recv(N) is one recv() system call) and recording when each
    returned. Segments are not visible here (that would need a packet capture). Blocking: call it from a worker
    thread or the command line, never from the GUI thread. */
class LabLiveRunner final
{
    Q_DECLARE_TR_FUNCTIONS(LabLiveRunner)

public:
    /** Runs `experiment` once. Every wait is bounded: the run stops with an error after `deadlineMs` (0: enough
        for the experiment's delays plus 10 s). */
    static LabResult run(const LabExperiment &experiment, int deadlineMs = 0);
};
