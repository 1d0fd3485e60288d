// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QGroupBox>

#include "pageoptions.h"

class QComboBox;

namespace Ui {
class ReceiveOptionsBox;
}

/**
 * The "Receive" group box of the TCP server, TCP client and UDP pages: how received data is shown (display,
 * encoding, timestamps, reads or messages, framing, auto-scroll), plus pause, save to file and clear, which are
 * actions rather than options.
 *
 * The framing is checked with FramingSpecParser as it is typed: a valid spec (or an empty one) takes effect at once;
 * an invalid one shows the parser's sentence below the field (when editing finishes, or at once if an error is
 * already shown) and leaves the options as they were.
 */
class ReceiveOptionsBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiveOptionsBox)

public:
    explicit ReceiveOptionsBox(QWidget *parent = nullptr);
    ~ReceiveOptionsBox() override;

    /** The options in effect (the last valid framing, never one with an error). */
    ReceiveOptions options() const { return m_options; }
    /** Shows `options`; emits optionsChanged once if they differ from the current ones, and nothing else. An unknown
        encoding becomes UTF-8; a framing that does not parse is shown with its error and taken as none. */
    void setOptions(const ReceiveOptions &options);

    /** Hides (or shows again) the Show and Framing rows: a UDP datagram is already one message. */
    void setFramingVisible(bool visible);

    bool isPaused() const;
    /** Checks or unchecks Pause without emitting pauseToggled. */
    void setPaused(bool paused);
    bool isSavingToFile() const;
    /** Shows whether rows are saved and where (empty path = not saving), without emitting saveToFileRequested: the
        page calls this once it has opened, failed to open or closed the file. */
    void setSaveToFile(bool on, const QString &path = QString());

signals:
    void optionsChanged(const ReceiveOptions &options);
    void pauseToggled(bool paused);
    /** The user checked (on: the page asks for a file) or unchecked "Save to file". */
    void saveToFileRequested(bool on);
    void clearRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillCombos();
    /** Shows `options` in the widgets without signals; the framing field too when `framing` is set. */
    void showOptions(const ReceiveOptions &options, bool framing);
    void onWidgetChanged();
    void onFramingEdited(const QString &text);
    void onFramingEditingFinished();
    /** Parses the framing field; on error returns false and shows the error if `showError` or one is shown. */
    bool checkFraming(const QString &text, bool showError);
    void updateHint();
    void commit(const ReceiveOptions &options);

    std::unique_ptr<Ui::ReceiveOptionsBox> m_ui;
    ReceiveOptions m_options;
    QString m_savePath;
};
