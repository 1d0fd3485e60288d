// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include "lab/labexperiment.h"

/** Where one message lies in the sent stream: header, body and delimiter bytes. */
struct LabMessageSpan
{
    qint64 offset = 0;
    /** Header + body + trailer. */
    qint64 length = 0;
    qint64 headerLength = 0;
    qint64 trailerLength = 0;

    friend bool operator==(const LabMessageSpan &a, const LabMessageSpan &b)
    {
        return a.offset == b.offset && a.length == b.length && a.headerLength == b.headerLength &&
            a.trailerLength == b.trailerLength;
    }
};

/** What the sender of an experiment does, step by step; the simulator and the live runner both follow it. */
struct LabSendPlan
{
    Q_DECLARE_TR_FUNCTIONS(LabSendPlan)

public:
    struct Step
    {
        enum class Kind {
            /** One write call (one datagram over UDP). */
            Write,
            /** Wait until the receiver's reply (readyReply()) has arrived. */
            AwaitReply
        };
        Kind kind = Kind::Write;
        QByteArray bytes;
        /** 0-based message the bytes belong to (AllInOne: the first one). */
        int message = 0;
    };

    QList<Step> steps;
    /** One per message, in the sent stream. */
    QList<LabMessageSpan> spans;
    /** Every byte the sender writes, in order. */
    QByteArray stream;

    /** The plan for a validated experiment. Returns false and sets *error when a message cannot be framed. */
    static bool build(const LabExperiment &experiment, LabSendPlan *plan, QString *error);

    /** What the receiver answers in the handshake pattern, as in the tutorials. */
    static QByteArray readyReply() { return QByteArrayLiteral("ready"); }
};
