// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QByteArray>
#include <QStringList>
#include <QWidget>

#include "pageoptions.h"
#include "payload/payloadspec.h"

namespace Ui {
class SendBox;
}

/** Where a message is typed and sent: an editor with a shell-like history, Send/Stop and Clear buttons, and an
    inline error line. It builds the bytes with the page's SendOptions and hands them over with sendRequested();
    the page does the sending. Ctrl+Return presses Send (or Stop); Up on the first line and Down on the last walk
    the history like a shell. */
class SendBox final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendBox)

public:
    /** The most messages history() keeps; the oldest go first. */
    static constexpr int MaxHistory = 100;

    explicit SendBox(QWidget *parent = nullptr);
    ~SendBox() override;

    /** The options send() builds with. */
    SendOptions options() const;
    /** Builds with `options` from now on; the placeholder follows the format. */
    void setOptions(const SendOptions &options);

    /** Builds the typed text. On success clears the error, records the text in the history and emits
        sendRequested(); on error shows it, selects the bad character, emits sendFailed() and sends nothing. */
    void send();
    /** Like send() for a quick-send entry: `content` read as `format`, the rest of the options from the box. The
        typed text and the history are left alone. */
    void sendContent(PayloadSpec::Format format, const QString &content);
    /** Like send() for the bytes of the file at `path`. */
    void sendFile(const QString &path);

    /** Shows `message` on the inline error line (an empty message clears it). */
    void showError(const QString &message);
    /** Hides the inline error line. */
    void clearError();
    /** The error shown, or empty. */
    QString errorText() const;

    /** While `running`, the Send button reads "Stop" and emits stopRequested() instead of sending. */
    void setSending(bool running);
    bool isSending() const { return m_sending; }

    QString text() const;
    /** Replaces the typed text (and leaves history browsing). */
    void setText(const QString &text);

    /** Sent messages, oldest first. */
    QStringList history() const { return m_history; }
    /** Replaces the history (the newest MaxHistory messages are kept; consecutive duplicates are dropped). */
    void setHistory(const QStringList &history);

signals:
    /** Send `bytes` `repeatCount` times, `periodMs` apart. */
    void sendRequested(const QByteArray &bytes, int repeatCount, int periodMs);
    /** The user pressed Stop while a repeated send was running. */
    void stopRequested();
    /** Nothing was sent because of `error` (also shown inline). */
    void sendFailed(const QString &error);
    /** The history changed (a message was recorded or setHistory() was called). */
    void historyChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /** Builds `spec` and emits sendRequested() or shows the error; returns the error position, -1 on success. */
    qsizetype build(const PayloadSpec &spec);
    void onSendClicked();
    void clearMessage();
    void recordHistory(const QString &text);
    /** Moves through the history: -1 towards older messages, +1 towards the draft. */
    void walkHistory(int step);
    void showMessage(const QString &text);
    bool cursorOnFirstLine() const;
    bool cursorOnLastLine() const;
    void retranslate();
    void updateEditorHeight();

    std::unique_ptr<Ui::SendBox> m_ui;
    SendOptions m_options;
    QStringList m_history;
    /** The history entry shown, or m_history.size() for the draft. */
    qsizetype m_historyIndex = 0;
    /** What was being typed before walking into the history. */
    QString m_draft;
    bool m_sending = false;
};
