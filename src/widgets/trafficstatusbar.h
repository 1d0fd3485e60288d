// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include "trace/trafficsnapshot.h"

class QLabel;
class QToolButton;

/**
 * The strip under each page: an inline message line (errors in red, never a modal dialog) on the left; received and
 * sent bytes, messages and rates, rows the view could not keep, and a reset button on the right.
 */
class TrafficStatusBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficStatusBar)

public:
    explicit TrafficStatusBar(QWidget *parent = nullptr);
    ~TrafficStatusBar() override;

    /** The counters as the engine last read them; shown relative to the last reset. */
    void setTraffic(const TrafficSnapshot &traffic);
    /** Rows the engine dropped because the view could not keep up (the counters above still count them). */
    void setDropped(quint64 dropped);
    /** Counts from zero again (the engine's totals are untouched). */
    void reset();
    /** The counters since the last reset. */
    TrafficSnapshot shown() const { return m_last.since(m_baseline); }

    void showInfo(const QString &text);
    void showError(const QString &text);
    void clearMessage();
    QString message() const;
    bool isError() const { return m_error; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QLabel *m_messageLabel;
    QLabel *m_rxLabel;
    QLabel *m_txLabel;
    QLabel *m_droppedLabel;
    QToolButton *m_resetButton;
    TrafficSnapshot m_last;
    TrafficSnapshot m_baseline;
    quint64 m_dropped = 0;
    quint64 m_droppedBaseline = 0;
    bool m_error = false;
};
