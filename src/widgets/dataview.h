// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QList>
#include <QWidget>

#include "pageoptions.h"
#include "trace/trafficentry.h"

class QAction;
class QModelIndex;
class TrafficFilterModel;
class TrafficModel;

namespace Ui {
class DataView;
}

/**
 * The data view of the TCP server, TCP client and UDP pages: a table of traffic rows (TrafficModel through a
 * TrafficFilterModel) above a read-only pane with the selected row in full, as text and as a hex dump (up to
 * DetailBytes).
 *
 * The table's context menu holds child actions that tests can trigger directly: "copyAction" (the selected rows'
 * content as text, one row per line), "copyHexAction" (as hex), "clearAction" and "visualizeAction" (enabled when
 * the current row belongs to a connection; emits visualizeRequested).
 */
class DataView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataView)

public:
    /** Bytes the detail pane shows of one row. */
    static constexpr qsizetype DetailBytes = 64 * 1024;

    explicit DataView(QWidget *parent = nullptr);
    ~DataView() override;

    TrafficModel *model() const { return m_model; }
    TrafficFilterModel *filter() const { return m_filter; }

    /** Adds the entries (see TrafficModel::appendBatch) and, with auto-scroll on, scrolls to the newest row. */
    void appendBatch(const QList<TrafficEntry> &entries);
    /** Display, encoding, timestamps (the time column is hidden without them), reads or messages, auto-scroll. */
    void applyReceiveOptions(const ReceiveOptions &options);
    /** See TrafficModel::setPaused. */
    void setPaused(bool paused);
    /** Removes every row. */
    void clear();
    /** Rows in the table, after filtering. */
    int visibleRowCount() const;

signals:
    /** "Visualize this connection" was chosen on a row of that connection. */
    void visualizeRequested(quint64 connectionId);
    /** The rows were cleared from the context menu. */
    void cleared();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showContextMenu(const QPoint &position);
    void updateActions();
    void showDetail();
    /** Source rows of the selected table rows, in order. */
    QList<int> selectedSourceRows() const;
    /** The source row of the current table row, -1 if none. */
    int currentSourceRow() const;
    void copyText();
    void copyHex();
    void visualize();

    std::unique_ptr<Ui::DataView> m_ui;
    TrafficModel *m_model;
    TrafficFilterModel *m_filter;
    QAction *m_copyAction;
    QAction *m_copyHexAction;
    QAction *m_clearAction;
    QAction *m_visualizeAction;
    bool m_autoScroll = true;
};
