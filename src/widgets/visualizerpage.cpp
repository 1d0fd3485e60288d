// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "visualizerpage.h"

#include <algorithm>

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include "engine/enginethread.h"
#include "framing/framingspecparser.h"
#include "lab/labpresets.h"
#include "lab/labsimulator.h"
#include "livelabworker.h"
#include "pageconfig.h"
#include "payload/escapedtext.h"
#include "payload/hexcodec.h"
#include "timelinescene.h"
#include "timelineview.h"
#include "ui_visualizerpage.h"

namespace {

const QString patternEach = QStringLiteral("each");
const QString patternOne = QStringLiteral("one");
const QString patternSplit = QStringLiteral("split");
const QString patternHandshake = QStringLiteral("handshake");
const QString modeSimulated = QStringLiteral("sim");
const QString modeLive = QStringLiteral("live");
const QString axisOffset = QStringLiteral("offset");
const QString axisTime = QStringLiteral("time");
constexpr qsizetype maxStepPreview = 24;

/** One message as typed in the messages box: text when it is plain UTF-8, else C escapes; a comma as "\,". */
QString messageText(const QByteArray &message)
{
    const QString text = QString::fromUtf8(message);
    bool plain = text.toUtf8() == message && !text.contains(QChar::ReplacementCharacter);
    for (qsizetype i = 0; plain && i < text.size(); ++i)
        plain = text.at(i).unicode() >= 0x20 && text.at(i).unicode() != 0x7f;
    QString typed =
        plain ? QString(text).replace(QLatin1Char('\\'), QStringLiteral("\\\\")) : EscapedText::escape(message);
    return typed.replace(QLatin1Char(','), QStringLiteral("\\,"));
}

QString kindName(TraceEvent::Kind kind)
{
    switch (kind) {
    case TraceEvent::Kind::Send:
        return QStringLiteral("send");
    case TraceEvent::Kind::Read:
        return QStringLiteral("read");
    case TraceEvent::Kind::Segment:
        return QStringLiteral("segment");
    case TraceEvent::Kind::Frame:
        return QStringLiteral("frame");
    case TraceEvent::Kind::Reply:
        return QStringLiteral("reply");
    }
    return {};
}

int countOf(const QList<TraceEvent> &events, TraceEvent::Kind kind)
{
    return int(std::count_if(events.cbegin(), events.cend(), [kind](const TraceEvent &e) { return e.kind == kind; }));
}

/** The experiment fields the page's controls set, compared. */
bool sameControls(const LabExperiment &a, const LabExperiment &b)
{
    return a.messages == b.messages && a.pattern == b.pattern &&
        (a.pattern != LabExperiment::SendPattern::SplitEach || a.splitParts == b.splitParts) &&
        a.transport == b.transport && a.noDelay == b.noDelay && a.readSizes == b.readSizes &&
        a.repeatReadSizes == b.repeatReadSizes && a.readDelayMs == b.readDelayMs && a.framing == b.framing;
}

} // namespace

VisualizerPage::VisualizerPage(EngineThread *engine, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::VisualizerPage>())
    , m_engine(engine)
    , m_scene(new TimelineScene(this))
{
    m_ui->setupUi(this);
    m_ui->timelineView->setTimelineScene(m_scene);
    m_ui->framingLineEdit->setToolTip(FramingSpecParser::syntaxHelp());
    m_ui->framingStatusLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_ui->errorLabel->hide();
    m_ui->stepLabel->hide();
    fillCombos();

    if (m_engine) {
        m_worker = m_engine->adopt(new LiveLabWorker);
        connect(m_worker, &LiveLabWorker::finished, this, &VisualizerPage::liveRunFinished);
    }

    connect(m_ui->presetComboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            selectPreset(m_ui->presetComboBox->currentData().toString());
    });
    connect(m_ui->messagesLineEdit, &QLineEdit::textChanged, this, &VisualizerPage::controlsEdited);
    connect(m_ui->patternComboBox, &QComboBox::currentIndexChanged, this, &VisualizerPage::controlsEdited);
    connect(m_ui->splitPartsSpinBox, &QSpinBox::valueChanged, this, &VisualizerPage::controlsEdited);
    connect(m_ui->transportComboBox, &QComboBox::currentIndexChanged, this, &VisualizerPage::controlsEdited);
    connect(m_ui->noDelayCheckBox, &QCheckBox::toggled, this, &VisualizerPage::controlsEdited);
    connect(m_ui->framingLineEdit, &QLineEdit::textChanged, this, &VisualizerPage::controlsEdited);
    connect(m_ui->readSizesLineEdit, &QLineEdit::textChanged, this, &VisualizerPage::controlsEdited);
    connect(m_ui->repeatReadSizesCheckBox, &QCheckBox::toggled, this, &VisualizerPage::controlsEdited);
    connect(m_ui->readDelaySpinBox, &QSpinBox::valueChanged, this, &VisualizerPage::controlsEdited);
    connect(m_ui->modeComboBox, &QComboBox::currentIndexChanged, this, &VisualizerPage::updateControls);
    connect(m_ui->runPushButton, &QPushButton::clicked, this, &VisualizerPage::run);
    connect(m_ui->stepPushButton, &QPushButton::clicked, this, &VisualizerPage::step);
    connect(m_ui->axisComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_scene->setAxis(m_ui->axisComboBox->currentData().toString() == axisTime ? TimelineScene::Axis::Time
                                                                                  : TimelineScene::Axis::Offset);
    });
    connect(m_ui->zoomInPushButton, &QPushButton::clicked, m_ui->timelineView, &TimelineView::zoomIn);
    connect(m_ui->zoomOutPushButton, &QPushButton::clicked, m_ui->timelineView, &TimelineView::zoomOut);
    connect(m_ui->zoomFitPushButton, &QPushButton::clicked, m_ui->timelineView, &TimelineView::zoomFit);
    connect(m_ui->exportPngPushButton, &QPushButton::clicked, this, [this] {
        const QString path =
            exportTarget(tr("Export the diagram as PNG"), tr("PNG pictures (*.png)"), QStringLiteral(".png"));
        if (!path.isEmpty() && exportPng(path))
            showStatus(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_ui->exportSvgPushButton, &QPushButton::clicked, this, [this] {
        const QString path =
            exportTarget(tr("Export the diagram as SVG"), tr("SVG drawings (*.svg)"), QStringLiteral(".svg"));
        if (!path.isEmpty() && exportSvg(path))
            showStatus(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_ui->exportJsonPushButton, &QPushButton::clicked, this, [this] {
        const QString path =
            exportTarget(tr("Export the trace as JSON"), tr("JSON files (*.json)"), QStringLiteral(".json"));
        if (!path.isEmpty() && exportTraceJson(path))
            showStatus(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    });

    selectPreset(LabPresets::names().value(0));
    showTitle();
    showExplanation();
    showCounts();
}

VisualizerPage::~VisualizerPage()
{
    // The worker lives in the engine thread: it goes there, after any run still under way.
    if (m_worker)
        m_worker->deleteLater();
}

TimelineView *VisualizerPage::view() const
{
    return m_ui->timelineView;
}

const LabResult *VisualizerPage::labResult() const
{
    return m_source == Source::Lab ? &m_result : nullptr;
}

QString VisualizerPage::explanation() const
{
    return m_ui->explanationLabel->text();
}

QString VisualizerPage::errorText() const
{
    return m_error;
}

// ---- controls ----

void VisualizerPage::fillCombos()
{
    m_filling = true;
    const auto refill = [](QComboBox *combo, const QList<std::pair<QString, QString>> &items) {
        const QVariant selected = combo->currentData();
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (const auto &[text, data] : items)
            combo->addItem(text, data);
        if (selected.isValid())
            PageConfig::selectData(combo, selected);
    };
    QList<std::pair<QString, QString>> presets;
    for (const LabPreset &preset : LabPresets::all()) {
        QString title;
        if (preset.name == QLatin1String("coalesce"))
            title = tr("Three sends, one read");
        else if (preset.name == QLatin1String("split"))
            title = tr("One send, small reads");
        else if (preset.name == QLatin1String("handshake"))
            title = tr("Fix: length, then ready");
        else if (preset.name == QLatin1String("length-prefix"))
            title = tr("Fix: length prefix");
        else if (preset.name == QLatin1String("jsonhdr"))
            title = tr("Fix: JSON header");
        else if (preset.name == QLatin1String("udp"))
            title = tr("UDP keeps boundaries");
        else if (preset.name == QLatin1String("nagle"))
            title = tr("Nagle vs TCP_NODELAY");
        else
            title = preset.name;
        presets.append({title, preset.name});
    }
    refill(m_ui->presetComboBox, presets);
    for (int i = 0; i < m_ui->presetComboBox->count(); ++i) {
        const auto preset = LabPresets::find(m_ui->presetComboBox->itemData(i).toString());
        if (preset)
            m_ui->presetComboBox->setItemData(i, preset->description, Qt::ToolTipRole);
    }
    refill(m_ui->patternComboBox,
           {{tr("One write per message"), patternEach},
            {tr("All messages in one write"), patternOne},
            {tr("Split each message"), patternSplit},
            {tr("Length, wait for ready, data"), patternHandshake}});
    refill(m_ui->transportComboBox,
           {{QStringLiteral("TCP"), QStringLiteral("tcp")}, {QStringLiteral("UDP"), QStringLiteral("udp")}});
    refill(m_ui->modeComboBox,
           {{tr("Simulated (same result every time)"), modeSimulated}, {tr("Live on 127.0.0.1"), modeLive}});
    refill(m_ui->axisComboBox, {{tr("Byte offset"), axisOffset}, {tr("Time"), axisTime}});
    m_filling = false;
}

bool VisualizerPage::selectPreset(const QString &name)
{
    const std::optional<LabPreset> preset = LabPresets::find(name);
    if (!preset)
        return false;
    m_filling = true;
    PageConfig::selectData(m_ui->presetComboBox, name);
    m_filling = false;
    m_base = preset->experiment;
    applyExperiment(preset->experiment);
    showPresetDescription();
    return true;
}

void VisualizerPage::showPresetDescription()
{
    const auto preset = LabPresets::find(m_ui->presetComboBox->currentData().toString());
    m_ui->presetDescriptionLabel->setText(preset ? preset->description : QString());
}

void VisualizerPage::applyExperiment(const LabExperiment &experiment)
{
    m_filling = true;
    QStringList messages;
    for (const QByteArray &message : experiment.messages)
        messages.append(messageText(message));
    m_ui->messagesLineEdit->setText(messages.join(QLatin1Char(',')));
    QString pattern = patternEach;
    if (experiment.pattern == LabExperiment::SendPattern::AllInOne)
        pattern = patternOne;
    else if (experiment.pattern == LabExperiment::SendPattern::SplitEach)
        pattern = patternSplit;
    else if (experiment.pattern == LabExperiment::SendPattern::Handshake)
        pattern = patternHandshake;
    PageConfig::selectData(m_ui->patternComboBox, pattern);
    m_ui->splitPartsSpinBox->setValue(experiment.splitParts);
    PageConfig::selectData(m_ui->transportComboBox, LabExperiment::transportName(experiment.transport));
    m_ui->noDelayCheckBox->setChecked(experiment.noDelay);
    m_ui->framingLineEdit->setText(experiment.framing);
    QStringList sizes;
    for (qint64 size : experiment.readSizes)
        sizes.append(QString::number(size));
    m_ui->readSizesLineEdit->setText(sizes.join(QLatin1Char(',')));
    m_ui->repeatReadSizesCheckBox->setChecked(experiment.repeatReadSizes);
    m_ui->readDelaySpinBox->setValue(experiment.readDelayMs);
    m_filling = false;
    controlsEdited();
}

std::optional<LabExperiment> VisualizerPage::experimentFromControls(QString *error) const
{
    LabExperiment experiment = m_base;
    if (!LabExperiment::parseMessages(m_ui->messagesLineEdit->text(), &experiment.messages, error))
        return std::nullopt;
    const QString pattern = m_ui->patternComboBox->currentData().toString();
    if (pattern == patternOne)
        experiment.pattern = LabExperiment::SendPattern::AllInOne;
    else if (pattern == patternSplit)
        experiment.pattern = LabExperiment::SendPattern::SplitEach;
    else if (pattern == patternHandshake)
        experiment.pattern = LabExperiment::SendPattern::Handshake;
    else
        experiment.pattern = LabExperiment::SendPattern::EachMessage;
    experiment.splitParts = m_ui->splitPartsSpinBox->value();
    experiment.transport = m_ui->transportComboBox->currentData().toString() == QLatin1String("udp")
        ? LabExperiment::Transport::Udp
        : LabExperiment::Transport::Tcp;
    experiment.noDelay = m_ui->noDelayCheckBox->isChecked();
    if (!LabExperiment::parseReadSizes(m_ui->readSizesLineEdit->text(), &experiment.readSizes, error))
        return std::nullopt;
    experiment.repeatReadSizes = m_ui->repeatReadSizesCheckBox->isChecked();
    experiment.readDelayMs = m_ui->readDelaySpinBox->value();
    const QString framing = m_ui->framingLineEdit->text();
    experiment.framing = framing.isEmpty() ? QStringLiteral("none") : framing;
    *error = experiment.validate();
    if (!error->isEmpty())
        return std::nullopt;
    return experiment;
}

QString VisualizerPage::matchingPreset(const LabExperiment &experiment) const
{
    const auto preset = LabPresets::find(m_ui->presetComboBox->currentData().toString());
    return preset && sameControls(preset->experiment, experiment) ? preset->name : QString();
}

void VisualizerPage::controlsEdited()
{
    if (m_filling)
        return;
    m_dirty = true;
    if (m_errorFromControls)
        showError(QString());
    checkFraming();
    updateControls();
}

void VisualizerPage::checkFraming()
{
    const QString text = m_ui->framingLineEdit->text();
    QString error;
    if (!text.isEmpty())
        FramingSpecParser::parse(text, &error);
    m_ui->framingStatusLabel->setText(error);
    m_ui->framingStatusLabel->setVisible(!error.isEmpty());
}

void VisualizerPage::updateControls()
{
    const bool live = m_ui->modeComboBox->currentData().toString() == modeLive;
    m_ui->runsSpinBox->setEnabled(live && !m_running);
    m_ui->runsLabel->setEnabled(live);
    m_ui->splitPartsSpinBox->setEnabled(m_ui->patternComboBox->currentData().toString() == patternSplit);
    m_ui->noDelayCheckBox->setEnabled(m_ui->transportComboBox->currentData().toString() == QLatin1String("tcp"));
    m_ui->runPushButton->setEnabled(!m_running);
    m_ui->stepPushButton->setEnabled(!m_running);
}

// ---- running ----

void VisualizerPage::runPreset(const QString &name)
{
    if (!selectPreset(name)) {
        showError(tr("Unknown preset \"%1\" (%2).").arg(name, LabPresets::names().join(QStringLiteral(", "))));
        return;
    }
    stopLiveRuns();
    PageConfig::selectData(m_ui->modeComboBox, modeSimulated);
    run();
}

void VisualizerPage::run()
{
    if (m_running)
        return;
    m_stepping = false;
    startRun(false);
}

void VisualizerPage::step()
{
    if (m_running)
        return;
    if (m_source == Source::None || m_dirty) {
        m_stepping = true;
        startRun(true);
        return;
    }
    const int total = m_scene->eventCount();
    if (total == 0)
        return;
    const int shown = m_scene->visibleEventCount();
    m_stepping = true;
    m_scene->setVisibleEventCount(shown >= total ? 1 : shown + 1);
    showStep();
}

void VisualizerPage::startRun(bool thenStep)
{
    QString error;
    const std::optional<LabExperiment> experiment = experimentFromControls(&error);
    if (!experiment) {
        m_stepping = false;
        showError(error, true);
        return;
    }
    showError(QString());
    showStatus(QString());
    if (m_ui->modeComboBox->currentData().toString() != modeLive) {
        stopLiveRuns();
        m_summary.clear();
        showLabResult(LabSimulator::run(*experiment), thenStep);
        emit runFinished();
        return;
    }
    m_running = true;
    ++m_ticket;
    m_runsWanted = m_ui->runsSpinBox->value();
    m_liveExperiment = *experiment;
    m_liveResults.clear();
    m_stepAfterRun = thenStep;
    updateControls();
    emit runStarted();
    startNextLiveRun();
}

void VisualizerPage::startNextLiveRun()
{
    if (!m_worker) {
        m_running = false;
        updateControls();
        showError(tr("Live runs need the network engine, which is not running."));
        emit runFinished();
        return;
    }
    showStatus(tr("Running live on 127.0.0.1: run %1 of %2…").arg(m_liveResults.size() + 1).arg(m_runsWanted));
    // One run at a time, so other work on the engine thread gets in between runs.
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker.data(), experiment = m_liveExperiment, ticket = m_ticket] {
            worker->run(experiment, ticket);
        },
        Qt::QueuedConnection);
}

void VisualizerPage::liveRunFinished(quint64 ticket, const LabResult &result)
{
    if (!m_running || ticket != m_ticket)
        return; // a run someone stopped waiting for
    m_liveResults.append(result);
    const bool last = result.runFailed || m_liveResults.size() >= m_runsWanted;
    if (!last) {
        showLabResult(result, false);
        startNextLiveRun();
        return;
    }
    m_running = false;
    m_summary = m_liveResults.size() > 1 ? LabPresets::summarizeRuns(m_liveResults) : QString();
    showStatus(QString());
    showLabResult(result, m_stepAfterRun);
    if (result.runFailed)
        showError(result.error);
    updateControls();
    emit runFinished();
}

void VisualizerPage::stopLiveRuns()
{
    if (!m_running)
        return;
    // The run under way ends by itself (the live runner is bounded by its deadline); its result is dropped.
    m_running = false;
    ++m_ticket;
    showStatus(QString());
    updateControls();
}

void VisualizerPage::showLabResult(const LabResult &result, bool thenStep)
{
    m_source = Source::Lab;
    m_result = result;
    m_resultPreset = matchingPreset(result.experiment);
    m_dirty = false;
    m_scene->setLabResult(result);
    if (thenStep && m_scene->eventCount() > 0)
        m_scene->setVisibleEventCount(1);
    else
        m_stepping = false;
    showTitle();
    showExplanation();
    showCounts();
    showStep();
}

void VisualizerPage::showTrace(const QString &title, const StreamTrace &trace)
{
    stopLiveRuns();
    m_source = Source::Connection;
    m_trace = trace;
    m_traceTitle = title;
    m_summary.clear();
    m_dirty = false;
    m_stepping = false;
    showError(QString());
    m_scene->setTrace(trace);
    showTitle();
    showExplanation();
    showCounts();
    showStep();
}

// ---- what is shown ----

void VisualizerPage::showTitle()
{
    QString title;
    if (m_source == Source::Connection) {
        title = m_traceTitle;
    } else if (m_source == Source::Lab) {
        const QString what = m_resultPreset.isEmpty()
            ? tr("Custom experiment")
            : m_ui->presetComboBox->itemText(m_ui->presetComboBox->findData(m_resultPreset));
        title = tr("%1 · %2 · %3")
                    .arg(what, LabResult::modeName(m_result.mode),
                         LabExperiment::transportName(m_result.experiment.transport).toUpper());
    } else {
        title = tr("Packet visualizer");
    }
    m_ui->titleLabel->setText(title);
}

void VisualizerPage::showExplanation()
{
    QString text;
    switch (m_source) {
    case Source::None:
        text = tr("Choose a preset and press Run to draw every write, segment, read and frame; Step shows them one "
                  "at a time. Click a block to find its bytes in every lane.");
        break;
    case Source::Lab:
        text = LabPresets::explain(m_resultPreset, m_result);
        if (!m_summary.isEmpty())
            text += QStringLiteral("\n") + tr("Over %1 live runs: ").arg(m_liveResults.size()) + m_summary;
        break;
    case Source::Connection:
        if (m_scene->colouring() == TimelineScene::Colouring::Reads)
            text = tr("This trace has no writes (a server's side of a connection only reads), so each read has its "
                      "own colour. The messages the peer meant are not known here.");
        else
            text = tr("No messages are known for a connection, so colours mark the write calls; a read shows the "
                      "colours of the writes at the same stream offsets (as with an echo peer).");
        break;
    }
    m_ui->explanationLabel->setText(text);
}

void VisualizerPage::showCounts()
{
    const QList<TraceEvent> *events = nullptr;
    qint64 bytes = 0;
    if (m_source == Source::Lab) {
        events = &m_result.trace.events();
        bytes = m_result.plan.stream.size();
    } else if (m_source == Source::Connection) {
        events = &m_trace.events();
        bytes = qMax(m_trace.bytesSent(), m_trace.bytesRead());
    }
    if (!events) {
        m_ui->countsLabel->clear();
        return;
    }
    m_ui->countsLabel->setText(tr("Sends %1 · Segments %2 · Reads %3 · Frames %4 · Bytes %5")
                                   .arg(countOf(*events, TraceEvent::Kind::Send))
                                   .arg(countOf(*events, TraceEvent::Kind::Segment))
                                   .arg(countOf(*events, TraceEvent::Kind::Read))
                                   .arg(countOf(*events, TraceEvent::Kind::Frame))
                                   .arg(bytes));
}

QString VisualizerPage::describe(const TraceEvent &event, int index) const
{
    const bool udp = m_source == Source::Lab && m_result.experiment.transport == LabExperiment::Transport::Udp;
    const QString what = TimelineScene::eventName(event.kind, index, udp);
    QByteArray bytes;
    if (m_source == Source::Lab) {
        bytes = m_result.bytesOf(event);
    } else {
        const QByteArray source = event.kind == TraceEvent::Kind::Send || event.kind == TraceEvent::Kind::Segment
            ? m_trace.sentBytes()
            : m_trace.readBytes();
        bytes = source.mid(event.offset, event.length);
    }
    QString preview = EscapedText::escape(bytes.first(qMin(bytes.size(), maxStepPreview)));
    if (bytes.size() > maxStepPreview)
        preview += QChar(0x2026);
    const QString time = QString::number(double(event.timeNs) / 1e6, 'f', 3);
    if (event.length == 0)
        return tr("%1 at %2 ms: no bytes").arg(what, time);
    return tr("%1 at %2 ms: bytes %3–%4 \"%5\"")
        .arg(what, time)
        .arg(event.offset)
        .arg(event.offset + event.length)
        .arg(preview);
}

void VisualizerPage::showStep()
{
    const TraceEvent *newest = m_scene->newestEvent();
    if (!m_stepping || !newest) {
        m_ui->stepLabel->hide();
        m_ui->stepLabel->clear();
        return;
    }
    const QList<TraceEvent> &events = m_source == Source::Lab ? m_result.trace.events() : m_trace.events();
    const int shown = m_scene->visibleEventCount();
    int index = 0;
    for (int i = 0; i < shown; ++i) {
        if (events.at(i).kind == newest->kind)
            ++index;
    }
    m_ui->stepLabel->setText(
        tr("Step %1 of %2. %3").arg(shown).arg(m_scene->eventCount()).arg(describe(*newest, index)));
    m_ui->stepLabel->show();
    const QRectF rect = m_scene->blockRect(TimelineScene::laneOf(newest->kind), index - 1);
    if (!rect.isNull())
        m_ui->timelineView->revealX(rect.left(), rect.right());
}

void VisualizerPage::showStatus(const QString &text)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setVisible(!text.isEmpty());
}

void VisualizerPage::showError(const QString &message, bool fromControls)
{
    m_error = message;
    m_errorFromControls = fromControls && !message.isEmpty();
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

// ---- export ----

QString VisualizerPage::exportTarget(const QString &title, const QString &filter, const QString &suffix)
{
    QString path = QFileDialog::getSaveFileName(this, title, QStringLiteral("socketlab-timeline") + suffix, filter);
    if (!path.isEmpty() && !path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    return path;
}

bool VisualizerPage::exportPng(const QString &path)
{
    const QImage image = m_scene->renderImage();
    if (image.isNull() || !image.save(path, "PNG")) {
        showError(tr("Cannot write %1: check the folder, its permissions and the free space.")
                      .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return true;
}

bool VisualizerPage::exportSvg(const QString &path)
{
    QSaveFile file(path);
    const QByteArray svg = m_scene->renderSvg();
    if (!file.open(QIODevice::WriteOnly) || file.write(svg) != svg.size() || !file.commit()) {
        showError(tr("Cannot write %1: check the folder, its permissions and the free space.")
                      .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return true;
}

bool VisualizerPage::exportTraceJson(const QString &path)
{
    const StreamTrace *trace = m_source == Source::Lab ? &m_result.trace
        : m_source == Source::Connection               ? &m_trace
                                                       : nullptr;
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("socketlab-trace")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("title"), m_ui->titleLabel->text()},
                     {QStringLiteral("explanation"), m_ui->explanationLabel->text()}};
    QString source = QStringLiteral("none");
    if (m_source == Source::Connection)
        source = QStringLiteral("connection");
    else if (m_source == Source::Lab)
        source = m_result.mode == LabResult::Mode::Live ? QStringLiteral("live") : QStringLiteral("simulated");
    root.insert(QStringLiteral("source"), source);
    QJsonArray events;
    QJsonObject totals;
    if (trace) {
        for (const TraceEvent &event : trace->events()) {
            QJsonObject object{{QStringLiteral("kind"), kindName(event.kind)},
                               {QStringLiteral("offset"), event.offset},
                               {QStringLiteral("length"), event.length},
                               {QStringLiteral("timeNs"), event.timeNs},
                               {QStringLiteral("timeMs"), double(event.timeNs) / 1e6}};
            if (event.kind == TraceEvent::Kind::Frame) {
                object.insert(QStringLiteral("headerLength"), event.headerLength);
                object.insert(QStringLiteral("trailerLength"), event.trailerLength);
            }
            events.append(object);
        }
        const QList<TraceEvent> &all = trace->events();
        totals = QJsonObject{{QStringLiteral("events"), all.size()},
                             {QStringLiteral("sends"), countOf(all, TraceEvent::Kind::Send)},
                             {QStringLiteral("segments"), countOf(all, TraceEvent::Kind::Segment)},
                             {QStringLiteral("reads"), countOf(all, TraceEvent::Kind::Read)},
                             {QStringLiteral("frames"), countOf(all, TraceEvent::Kind::Frame)},
                             {QStringLiteral("replies"), countOf(all, TraceEvent::Kind::Reply)},
                             {QStringLiteral("bytesSent"), trace->bytesSent()},
                             {QStringLiteral("bytesRead"), trace->bytesRead()},
                             {QStringLiteral("droppedEvents"), trace->droppedEvents()}};
        root.insert(QStringLiteral("sentHex"), HexCodec::format(trace->sentBytes(), QChar(), false));
        root.insert(QStringLiteral("readHex"), HexCodec::format(trace->readBytes(), QChar(), false));
    }
    root.insert(QStringLiteral("events"), events);
    root.insert(QStringLiteral("totals"), totals);
    if (m_source == Source::Lab) {
        const LabExperiment &ex = m_result.experiment;
        QJsonArray messages;
        for (const QByteArray &message : ex.messages)
            messages.append(HexCodec::format(message, QChar(), false));
        QJsonArray readSizes;
        for (qint64 size : ex.readSizes)
            readSizes.append(size);
        QJsonObject experiment{{QStringLiteral("messagesHex"), messages},
                               {QStringLiteral("transport"), LabExperiment::transportName(ex.transport)},
                               {QStringLiteral("pattern"), ex.patternText()},
                               {QStringLiteral("noDelay"), ex.noDelay},
                               {QStringLiteral("readSizes"), readSizes},
                               {QStringLiteral("repeatReadSizes"), ex.repeatReadSizes},
                               {QStringLiteral("readDelayMs"), ex.readDelayMs},
                               {QStringLiteral("framing"), ex.framing}};
        root.insert(QStringLiteral("experiment"), experiment);
        if (!m_resultPreset.isEmpty())
            root.insert(QStringLiteral("preset"), m_resultPreset);
        root.insert(QStringLiteral("repliesHex"), HexCodec::format(m_result.replies, QChar(), false));
    }
    QSaveFile file(path);
    const QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        showError(tr("Cannot write %1: check the folder, its permissions and the free space.")
                      .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return true;
}

// ---- language ----

void VisualizerPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCombos();
        showPresetDescription();
        m_ui->framingLineEdit->setToolTip(FramingSpecParser::syntaxHelp());
        checkFraming();
        m_scene->retranslate();
        showTitle();
        showExplanation();
        showCounts();
        showStep();
        if (m_errorFromControls) {
            QString error;
            experimentFromControls(&error);
            showError(error, true);
        }
        if (m_running)
            showStatus(tr("Running live on 127.0.0.1: run %1 of %2…").arg(m_liveResults.size() + 1).arg(m_runsWanted));
    }
    QWidget::changeEvent(event);
}
