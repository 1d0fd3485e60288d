// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <QObject>
#include <QString>

#include "trace/streamtrace.h"

class AppSettings;
class DataView;
class QSplitter;
class EngineHandle;
class QuickSendPanel;
class ReceiveOptionsBox;
class SendBox;
class SendOptionsBox;
class TrafficStatusBar;

/**
 * What the TCP server, TCP client and UDP pages have in common, wired once: receive options → data view, send options
 * → send box, quick-send → send box, the handle's batches → data view, its counters → status bar, refusals → the
 * message line, repeat sending and Stop, save to file, and the settings of these widgets. The page supplies what
 * differs: where a send goes and how a connection's trace is fetched.
 */
class TrafficPageBinding final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficPageBinding)

public:
    struct Widgets
    {
        ReceiveOptionsBox *receiveOptions = nullptr;
        DataView *dataView = nullptr;
        SendOptionsBox *sendOptions = nullptr;
        SendBox *sendBox = nullptr;
        QuickSendPanel *quickSend = nullptr;
        TrafficStatusBar *statusBar = nullptr;
        /** Data view between what sits above it and the send area; their sizes are saved. */
        QSplitter *mainSplitter = nullptr;
        /** Send box beside the quick-send list. */
        QSplitter *sendSplitter = nullptr;
    };
    /** The widgets of a page form, which names them alike in every page. */
    template<class Form>
    static Widgets widgetsOf(const Form &form)
    {
        Widgets widgets;
        widgets.receiveOptions = form.receiveOptionsBox;
        widgets.dataView = form.dataView;
        widgets.sendOptions = form.sendOptionsBox;
        widgets.sendBox = form.sendBox;
        widgets.quickSend = form.quickSendPanel;
        widgets.statusBar = form.trafficStatusBar;
        widgets.mainSplitter = form.mainSplitter;
        widgets.sendSplitter = form.sendSplitter;
        return widgets;
    }
    /** Sends bytes `repeat` times `periodMs` apart; returns an error sentence when it cannot even try. */
    using Sender = std::function<QString(const QByteArray &bytes, int repeat, int periodMs)>;
    /** Asks the engine for one connection's trace (the handle answers with traceReady). */
    using TraceRequester = std::function<void(quint64 connectionId)>;
    /** Picks the file for "Save to file"; empty = cancelled. Replaceable so tests need no dialog. */
    using FileChooser = std::function<QString()>;

    /** `settings` may be null. Restores the widgets' saved options and splitter sizes for `pageId`. */
    TrafficPageBinding(const QString &pageId, const Widgets &widgets, EngineHandle *handle, AppSettings *settings,
                       QObject *parent);
    ~TrafficPageBinding() override;

    void setSender(Sender sender) { m_sender = std::move(sender); }
    void setTraceRequester(TraceRequester requester) { m_traceRequester = std::move(requester); }
    void setFileChooser(FileChooser chooser) { m_fileChooser = std::move(chooser); }

    /** Writes the widgets' options, the send history and the splitter sizes to the settings. */
    void save();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    /** A connection's trace, for the visualizer ("Visualize this connection"). */
    void visualizeRequested(const QString &title, const StreamTrace &trace);

private:
    void onSaveToFile(bool on);

    QString m_pageId;
    Widgets m_widgets;
    EngineHandle *m_handle;
    AppSettings *m_settings;
    Sender m_sender;
    TraceRequester m_traceRequester;
    FileChooser m_fileChooser;
    bool m_layoutRestored = false;
};
