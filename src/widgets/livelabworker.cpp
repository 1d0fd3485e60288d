// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "livelabworker.h"

#include "lab/labliverunner.h"

LiveLabWorker::LiveLabWorker(QObject *parent)
    : QObject(parent)
{ }

LiveLabWorker::~LiveLabWorker() = default;

void LiveLabWorker::run(const LabExperiment &experiment, quint64 ticket)
{
    emit finished(ticket, LabLiveRunner::run(experiment));
}
