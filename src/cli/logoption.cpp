// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "logoption.h"

#include "eventprinter.h"
#include "optionreader.h"
#include "trace/trafficlog.h"

namespace {
/** The command line keeps rows only to write them: a small window in memory, everything in the file. */
constexpr qint64 InMemoryBytes = 1024 * 1024;
} // namespace

void LogOption::declare(OptionReader &reader)
{
    reader.value(QStringLiteral("log"), QStringLiteral("FILE"));
}

std::unique_ptr<TrafficLog> LogOption::open(const OptionReader &reader, EventPrinter &printer, bool *failed)
{
    *failed = false;
    if (!reader.isSet(QStringLiteral("log")))
        return nullptr;
    auto log = std::make_unique<TrafficLog>(InMemoryBytes);
    QString error;
    if (!log->openSink(reader.text(QStringLiteral("log")), &error)) {
        printer.error(error);
        *failed = true;
        return nullptr;
    }
    return log;
}

void LogOption::finish(TrafficLog *log, EventPrinter &printer)
{
    if (!log)
        return;
    const QString error = log->takeSinkError();
    if (!error.isEmpty())
        printer.error(error);
    log->closeSink();
}
