// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "trafficpagebinding.h"

#include <QEvent>
#include <QFileDialog>
#include <QSplitter>

#include "appsettings.h"
#include "dataview.h"
#include "engine/enginehandle.h"
#include "quicksendpanel.h"
#include "receiveoptionsbox.h"
#include "sendbox.h"
#include "sendoptionsbox.h"
#include "trafficmodel.h"
#include "trafficstatusbar.h"

TrafficPageBinding::TrafficPageBinding(const QString &pageId, const Widgets &widgets, EngineHandle *handle,
                                       AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_pageId(pageId)
    , m_widgets(widgets)
    , m_handle(handle)
    , m_settings(settings)
{
    Q_ASSERT(widgets.receiveOptions && widgets.dataView && widgets.sendOptions && widgets.sendBox &&
             widgets.quickSend && widgets.statusBar && widgets.mainSplitter && widgets.sendSplitter && handle);
    const Widgets &w = m_widgets;

    // The data view takes what room there is; the send box more of its row than the quick-send list.
    for (int i = 0; i < w.mainSplitter->count(); ++i)
        w.mainSplitter->setStretchFactor(i, w.mainSplitter->widget(i) == w.dataView ? 1 : 0);
    w.sendSplitter->setStretchFactor(0, 3);
    w.sendSplitter->setStretchFactor(1, 2);

    if (m_settings) {
        w.receiveOptions->setOptions(m_settings->receiveOptions(pageId));
        w.sendOptions->setOptions(m_settings->sendOptions(pageId));
        w.sendBox->setHistory(m_settings->sendHistory(pageId));
        m_layoutRestored = w.mainSplitter->restoreState(m_settings->pageLayout(pageId, QStringLiteral("main")));
        w.sendSplitter->restoreState(m_settings->pageLayout(pageId, QStringLiteral("send")));
    }
    w.dataView->applyReceiveOptions(w.receiveOptions->options());
    w.sendBox->setOptions(w.sendOptions->options());

    w.mainSplitter->installEventFilter(this);

    // Receive side.
    connect(w.receiveOptions, &ReceiveOptionsBox::optionsChanged, w.dataView, &DataView::applyReceiveOptions);
    connect(w.receiveOptions, &ReceiveOptionsBox::pauseToggled, w.dataView, &DataView::setPaused);
    connect(w.receiveOptions, &ReceiveOptionsBox::clearRequested, w.dataView, &DataView::clear);
    connect(w.receiveOptions, &ReceiveOptionsBox::saveToFileRequested, this, &TrafficPageBinding::onSaveToFile);
    connect(handle, &EngineHandle::batchReady, w.dataView, [w](const QList<TrafficEntry> &entries, quint64 dropped) {
        w.dataView->appendBatch(entries);
        w.statusBar->setDropped(dropped);
        // A failing save-to-file closes itself; say so once.
        const QString sinkError = w.dataView->model()->log().takeSinkError();
        if (!sinkError.isEmpty()) {
            w.statusBar->showError(sinkError);
            w.receiveOptions->setSaveToFile(false);
        }
    });
    connect(handle, &EngineHandle::statsUpdated, w.statusBar,
            [w](const TrafficSnapshot &totals) { w.statusBar->setTraffic(totals); });

    // Send side.
    connect(w.sendOptions, &SendOptionsBox::optionsChanged, w.sendBox, &SendBox::setOptions);
    connect(w.sendOptions, &SendOptionsBox::sendFileRequested, w.sendBox, &SendBox::sendFile);
    connect(w.quickSend, &QuickSendPanel::sendRequested, w.sendBox,
            [w](const QuickSendEntry &entry) { w.sendBox->sendContent(entry.format, entry.content); });
    connect(w.sendBox, &SendBox::sendRequested, this, [this](const QByteArray &bytes, int repeat, int periodMs) {
        const QString error = m_sender ? m_sender(bytes, repeat, periodMs) : QString();
        if (!error.isEmpty()) {
            m_widgets.sendBox->showError(error);
            m_widgets.statusBar->showError(error);
        }
    });
    connect(w.sendBox, &SendBox::sendFailed, w.statusBar, &TrafficStatusBar::showError);
    connect(w.sendBox, &SendBox::stopRequested, handle, &EngineHandle::cancelSend);
    connect(handle, &EngineHandle::sendStarted, w.sendBox, [w](qint64 total) { w.sendBox->setSending(total > 1); });
    connect(handle, &EngineHandle::sendFinished, w.sendBox, [w](bool completed, qint64 sent) {
        w.sendBox->setSending(false);
        if (!completed && sent > 0)
            w.statusBar->showInfo(TrafficPageBinding::tr("Stopped after %n message(s).", nullptr, int(sent)));
    });
    connect(handle, &EngineHandle::refused, this, [w](const QString &message) {
        w.sendBox->showError(message);
        w.statusBar->showError(message);
    });

    // Visualize this connection.
    connect(w.dataView, &DataView::visualizeRequested, this, [this](quint64 id) {
        if (m_traceRequester)
            m_traceRequester(id);
    });
    connect(handle, &EngineHandle::traceReady, this, [this](quint64 id, const QString &peer, const StreamTrace &trace) {
        emit visualizeRequested(tr("Connection #%1 (%2)").arg(id).arg(peer), trace);
    });
}

TrafficPageBinding::~TrafficPageBinding() = default;

bool TrafficPageBinding::eventFilter(QObject *watched, QEvent *event)
{
    // The first time the page is shown without saved sizes: what sits above and below the data view gets the room
    // it asks for, the data view all the rest (size hints alone would give a table of clients as much as the data).
    if (watched == m_widgets.mainSplitter && event->type() == QEvent::Show && !m_layoutRestored) {
        m_layoutRestored = true;
        QSplitter *splitter = m_widgets.mainSplitter;
        QList<int> sizes;
        int fixed = 0;
        for (int i = 0; i < splitter->count(); ++i) {
            const int hint =
                splitter->widget(i) == m_widgets.dataView ? 0 : splitter->widget(i)->minimumSizeHint().height();
            sizes.append(hint);
            fixed += hint;
        }
        const int dataIndex = splitter->indexOf(m_widgets.dataView);
        if (dataIndex >= 0)
            sizes[dataIndex] = qMax(100, splitter->height() - fixed);
        splitter->setSizes(sizes);
    }
    return QObject::eventFilter(watched, event);
}

void TrafficPageBinding::save()
{
    if (!m_settings)
        return;
    m_settings->setReceiveOptions(m_pageId, m_widgets.receiveOptions->options());
    m_settings->setSendOptions(m_pageId, m_widgets.sendOptions->options());
    m_settings->setSendHistory(m_pageId, m_widgets.sendBox->history());
    m_settings->setPageLayout(m_pageId, QStringLiteral("main"), m_widgets.mainSplitter->saveState());
    m_settings->setPageLayout(m_pageId, QStringLiteral("send"), m_widgets.sendSplitter->saveState());
}

void TrafficPageBinding::onSaveToFile(bool on)
{
    TrafficLog &log = m_widgets.dataView->model()->log();
    if (!on) {
        log.closeSink();
        const QString error = log.takeSinkError();
        if (!error.isEmpty())
            m_widgets.statusBar->showError(error);
        m_widgets.receiveOptions->setSaveToFile(false);
        return;
    }
    const QString path = m_fileChooser
        ? m_fileChooser()
        : QFileDialog::getSaveFileName(m_widgets.dataView, tr("Save received data"), QString(),
                                       tr("JSON lines (*.jsonl);;All files (*)"));
    if (path.isEmpty()) {
        m_widgets.receiveOptions->setSaveToFile(false);
        return;
    }
    QString error;
    if (!log.openSink(path, &error)) {
        m_widgets.statusBar->showError(error);
        m_widgets.receiveOptions->setSaveToFile(false);
        return;
    }
    m_widgets.receiveOptions->setSaveToFile(true, path);
    m_widgets.statusBar->showInfo(tr("Saving every row from now on to %1").arg(path));
}
