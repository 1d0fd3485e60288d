// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QCoreApplication>

class OptionReader;
class TrafficLog;
class EventPrinter;

/**
 * --log FILE, shared by tcp-server, tcp-client and udp: every read, frame, write, datagram and
 * event goes to FILE as one JSON object per line (TrafficLog's sink), whatever is printed.
 */
class LogOption final
{
    Q_DECLARE_TR_FUNCTIONS(LogOption)

public:
    static void declare(OptionReader &reader);
    /** The log to record into, or null without --log. On an unwritable file prints the error and returns null with
     *failed set. */
    static std::unique_ptr<TrafficLog> open(const OptionReader &reader, EventPrinter &printer, bool *failed);
    /** Reports a write error that closed the file on the way (once), at the end of the command. */
    static void finish(TrafficLog *log, EventPrinter &printer);
};
