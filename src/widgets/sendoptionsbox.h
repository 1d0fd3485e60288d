// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QGroupBox>

#include "pageoptions.h"

namespace Ui {
class SendOptionsBox;
}

/** The "Send" group box of the TCP server, TCP client and UDP pages: format, encoding, line ending, checksum,
    repeat count and period, and a button that sends a file. */
class SendOptionsBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendOptionsBox)

public:
    explicit SendOptionsBox(QWidget *parent = nullptr);
    ~SendOptionsBox() override;

    /** The options as shown. */
    SendOptions options() const;
    /** Shows `options` (an unsupported encoding keeps the current one; counts are clamped to the spin boxes'
        ranges). Emits optionsChanged() at most once, and only when something changed. */
    void setOptions(const SendOptions &options);

    /** Emits sendFileRequested(`path`), as choosing a file with "Send file…" does. */
    void requestSendFile(const QString &path);

signals:
    /** Any option changed, by the user or by setOptions(). */
    void optionsChanged(const SendOptions &options);
    /** The user chose a file to send. */
    void sendFileRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillComboBoxes();
    void updateEnabledState();
    void emitIfChanged();
    void chooseFile();

    std::unique_ptr<Ui::SendOptionsBox> m_ui;
    /** The options last announced, so that only real changes are announced. */
    SendOptions m_options;
    /** Set while widgets are changed programmatically, so that their signals announce nothing. */
    bool m_updating = false;
};
