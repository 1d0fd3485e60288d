// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QPointer>
#include <QWidget>

#include "quicksendentry.h"

class QuickSendModel;

namespace Ui {
class QuickSendPanel;
}

/** Shows a quick-send list with buttons to add, edit, remove, send, import and export entries. Sending is the
    page's business: the panel only emits sendRequested(). */
class QuickSendPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickSendPanel)

public:
    explicit QuickSendPanel(QWidget *parent = nullptr);
    ~QuickSendPanel() override;

    /** Shows and edits `model` (not owned; may be shared with other panels; null shows nothing). */
    void setModel(QuickSendModel *model);
    QuickSendModel *model() const;

    /** The selected row, or -1. */
    int currentRow() const;
    /** Selects `row` (-1 clears the selection). */
    void setCurrentRow(int row);

    /** Replaces the list with the one in the JSON file at `path`. On failure shows why on the error line, changes
        nothing and returns false. */
    bool importFile(const QString &path);
    /** Writes the list as JSON to `path`. On failure shows why on the error line and returns false. */
    bool exportFile(const QString &path);

    /** The error shown, or empty. */
    QString errorText() const;

signals:
    /** Send `entry` (double-click or the Send button). */
    void sendRequested(const QuickSendEntry &entry);

protected:
    void changeEvent(QEvent *event) override;

private:
    void addEntry();
    void editEntry();
    void removeEntry();
    void sendRow(int row);
    void chooseImportFile();
    void chooseExportFile();
    void updateButtons();
    void showError(const QString &message);
    void clearError();
    void setUpColumns();

    std::unique_ptr<Ui::QuickSendPanel> m_ui;
    QPointer<QuickSendModel> m_model;
};
