// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

#include "lab/labexperiment.h"
#include "lab/labresult.h"

/** Runs an experiment on a modelled network, deterministically: the same description always gives the same trace.

    TCP model: the sender's buffer (sendBuffer) fills from write calls and drains as segments of at most MSS bytes,
    within the receiver's advertised window. Without TCP_NODELAY, Nagle's algorithm holds a segment smaller than
    the MSS while earlier data is unacknowledged (closing the socket pushes what is held, as Linux does). The
    receiver acknowledges every second segment at once and otherwise after delayedAckMs; replies carry the ACK;
    reading that opens the window by an MSS or more sends a window update. Each segment takes half the round-trip
    time. No loss, no congestion window. UDP: one datagram per write, delivered in order, dropped when the
    receiver's buffer is full, cut to the read size. */
class LabSimulator final
{
    Q_DECLARE_TR_FUNCTIONS(LabSimulator)

public:
    /** Runs `experiment`; an invalid one gives a result with only error set. */
    static LabResult run(const LabExperiment &experiment);
};
