// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
//
// gui-flood, the GUI half: the real main window (offscreen) with its TCP server page listening on 127.0.0.1. Once a
// client connects it measures for --seconds: bytes received (the engine's counters, read through the page's
// handle), how late a 5 ms timer on the GUI thread fires (its stalls), and the process's peak RSS. Prints JSON lines
// {"event":"listening","port":N} and {"event":"summary",...}. Driven by gui_flood.py, which floods it with
// socketlab-cli tcp-client and runs the CLI server alone for the reference.

#include <algorithm>
#include <cstdio>
#include <vector>

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSpinBox>
#include <QTimer>

#include "engine/tcpserverhandle.h"
#include "mainwindow.h"
#include "tcpserverpage.h"

namespace {
void printJson(const QJsonObject &object)
{
    std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

/** A field of /proc/self/status in KiB ("VmHWM", "VmRSS"). */
qint64 statusKiB(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<size_t>(p * double(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("SocketLab GUI flood benchmark (driven by gui_flood.py)."));
    parser.addHelpOption();
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Measured time after the client "
                                                          "connects (default 10)."),
                                           QStringLiteral("S"), QStringLiteral("10"));
    parser.addOption(secondsOption);
    parser.process(app);
    const int measureMs = qBound(1, parser.value(secondsOption).toInt(), 600) * 1000;

    MainWindow window(nullptr, nullptr);
    window.resize(1280, 860);
    window.show();
    TcpServerPage *server = window.tcpServerPage();
    server->findChild<QComboBox *>(QStringLiteral("addressComboBox"))->setCurrentText(QStringLiteral("127.0.0.1"));
    server->findChild<QSpinBox *>(QStringLiteral("portSpinBox"))->setValue(0);
    server->setListening(true);

    TrafficSnapshot last;
    QObject::connect(server->handle(), &EngineHandle::statsUpdated, &app,
                     [&last](const TrafficSnapshot &totals) { last = totals; });
    QObject::connect(server->handle(), &TcpServerHandle::listening, &app, [](const QString &, quint16 port) {
        printJson({{QStringLiteral("event"), QStringLiteral("listening")}, {QStringLiteral("port"), port}});
    });

    // The stall probe: a 5 ms timer on the GUI thread, and how late each tick comes.
    constexpr int TickMs = 5;
    QElapsedTimer clock;
    std::vector<double> lateness;
    lateness.reserve(size_t(measureMs / TickMs) + 16);
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(TickMs);
    qint64 previousNs = 0;
    QObject::connect(&probe, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.nsecsElapsed();
        lateness.push_back(double(now - previousNs) / 1e6 - TickMs);
        previousNs = now;
    });

    qint64 bytesAtStart = 0;
    QObject::connect(server->handle(), &TcpServerHandle::clientConnected, &app, [&] {
        if (probe.isActive())
            return;
        bytesAtStart = last.bytesIn;
        clock.start();
        previousNs = 0;
        probe.start();
        QTimer::singleShot(measureMs, &app, [&] {
            probe.stop();
            const double seconds = double(clock.nsecsElapsed()) / 1e9;
            // Read the counters once more, now, so the bytes match the time measured.
            QObject::connect(
                server->handle(), &EngineHandle::statsUpdated, &app, [&, seconds](const TrafficSnapshot &totals) {
                    static bool done = false;
                    if (done)
                        return;
                    done = true;
                    const qint64 bytes = totals.bytesIn - bytesAtStart;
                    printJson({{QStringLiteral("event"), QStringLiteral("summary")},
                               {QStringLiteral("seconds"), seconds},
                               {QStringLiteral("bytesIn"), bytes},
                               {QStringLiteral("readsIn"), totals.messagesIn},
                               {QStringLiteral("stallP99Ms"), percentile(lateness, 0.99)},
                               {QStringLiteral("stallMaxMs"),
                                lateness.empty() ? 0.0 : *std::max_element(lateness.begin(), lateness.end())},
                               {QStringLiteral("ticks"), qint64(lateness.size())},
                               {QStringLiteral("peakRssKiB"), statusKiB("VmHWM")},
                               {QStringLiteral("rssKiB"), statusKiB("VmRSS")}});
                    QCoreApplication::quit();
                });
            server->handle()->refreshStats();
        });
    });
    return QApplication::exec();
}
