// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <optional>

#include <QPointer>
#include <QWidget>

#include "lab/labexperiment.h"
#include "lab/labresult.h"
#include "trace/streamtrace.h"

class EngineThread;
class LiveLabWorker;
class TimelineScene;
class TimelineView;

namespace Ui {
class VisualizerPage;
}

/**
 * The Packet Visualizer tab: runs the sticky-packet experiments of the tutorials (simulated, or live over 127.0.0.1
 * on the engine thread) and draws their trace as a time–space diagram, with the explanation of what happened. Also
 * shows a trace handed over by another page ("Visualize this connection"). Step shows the events one at a time.
 */
class VisualizerPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VisualizerPage)

public:
    /** Live runs go to `engine`'s thread; the engine must outlive the page. */
    explicit VisualizerPage(EngineThread *engine, QWidget *parent = nullptr);
    ~VisualizerPage() override;

    /** Shows a connection's trace. No messages are known there, so reads are coloured by the write call they came
        from (or by read, when the trace has no writes, as on a server's side). */
    void showTrace(const QString &title, const StreamTrace &trace);
    /** Fills the controls from preset `name` (LabPresets) and runs it simulated; an unknown name is an inline
        error. */
    void runPreset(const QString &name);
    /** Fills the controls from preset `name` without running. Returns false for an unknown name. */
    bool selectPreset(const QString &name);
    /** Runs the experiment the controls describe, as the Run button does. Live runs finish later (runFinished()). */
    void run();
    /** Shows one more event, as the Step button does: runs first when nothing (or an edited experiment) is shown,
        and starts over after the last event. */
    void step();
    /** A live run is under way. */
    bool isRunning() const { return m_running; }

    /** Writes the whole diagram as a PNG picture. False (with an inline error) when the file cannot be written. */
    bool exportPng(const QString &path);
    /** Writes the whole diagram as SVG 1.1 (one <rect class="block"> per block). */
    bool exportSvg(const QString &path);
    /** Writes the trace as JSON: every event, the totals and the kept bytes in hex. */
    bool exportTraceJson(const QString &path);

    TimelineScene *scene() const { return m_scene; }
    TimelineView *view() const;
    /** The lab run shown, or nullptr when a connection's trace (or nothing) is shown. */
    const LabResult *labResult() const;
    /** The text under the diagram: what happened and why. */
    QString explanation() const;
    /** The inline error, empty when there is none. */
    QString errorText() const;

signals:
    /** A live run started. */
    void runStarted();
    /** A run's diagram is shown (simulated at once; live after the last of its runs), or the run failed. */
    void runFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Source {
        None,
        Lab,
        Connection
    };

    void fillCombos();
    void showPresetDescription();
    void applyExperiment(const LabExperiment &experiment);
    std::optional<LabExperiment> experimentFromControls(QString *error) const;
    QString matchingPreset(const LabExperiment &experiment) const;
    void controlsEdited();
    void checkFraming();
    void updateControls();

    void startRun(bool thenStep);
    void startNextLiveRun();
    void liveRunFinished(quint64 ticket, const LabResult &result);
    void showLabResult(const LabResult &result, bool thenStep);
    void stopLiveRuns();

    void showTitle();
    void showExplanation();
    void showCounts();
    void showStep();
    void showStatus(const QString &text);
    void showError(const QString &message, bool fromControls = false);
    QString describe(const TraceEvent &event, int index) const;
    QString exportTarget(const QString &title, const QString &filter, const QString &suffix);

    std::unique_ptr<Ui::VisualizerPage> m_ui;
    EngineThread *m_engine;
    QPointer<LiveLabWorker> m_worker;
    TimelineScene *m_scene;

    Source m_source = Source::None;
    LabResult m_result;
    /** The preset the shown run matches (its lesson is explained), empty for a custom experiment. */
    QString m_resultPreset;
    StreamTrace m_trace;
    QString m_traceTitle;
    /** Fields the controls do not show (write interval, the simulated network) come from the last preset. */
    LabExperiment m_base;
    bool m_filling = false;
    bool m_dirty = true;
    bool m_stepping = false;

    bool m_running = false;
    quint64 m_ticket = 0;
    int m_runsWanted = 0;
    bool m_stepAfterRun = false;
    LabExperiment m_liveExperiment;
    QList<LabResult> m_liveResults;
    QString m_summary;

    QString m_error;
    bool m_errorFromControls = false;
};
