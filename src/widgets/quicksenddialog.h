// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QDialog>

#include "quicksendentry.h"

namespace Ui {
class QuickSendDialog;
}

/** Adds or edits one quick-send entry: name, format, content and comment. OK stays disabled until the entry has
    a name. */
class QuickSendDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickSendDialog)

public:
    explicit QuickSendDialog(QWidget *parent = nullptr);
    ~QuickSendDialog() override;

    /** The entry as edited; the name is trimmed. */
    QuickSendEntry entry() const;
    void setEntry(const QuickSendEntry &entry);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillFormatComboBox();
    void updateOkButton();

    std::unique_ptr<Ui::QuickSendDialog> m_ui;
};
