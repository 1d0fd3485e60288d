// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "quicksendpanel.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSaveFile>

#include "quicksenddialog.h"
#include "quicksendmodel.h"
#include "ui_quicksendpanel.h"

namespace {

/** A quick-send list is a few kilobytes; anything far larger is the wrong file. */
constexpr qint64 MaxImportSize = 16 * 1024 * 1024;

} // namespace

QuickSendPanel::QuickSendPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::QuickSendPanel>())
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();

    connect(m_ui->addToolButton, &QToolButton::clicked, this, &QuickSendPanel::addEntry);
    connect(m_ui->editToolButton, &QToolButton::clicked, this, &QuickSendPanel::editEntry);
    connect(m_ui->removeToolButton, &QToolButton::clicked, this, &QuickSendPanel::removeEntry);
    connect(m_ui->sendToolButton, &QToolButton::clicked, this, [this] { sendRow(currentRow()); });
    connect(m_ui->importToolButton, &QToolButton::clicked, this, &QuickSendPanel::chooseImportFile);
    connect(m_ui->exportToolButton, &QToolButton::clicked, this, &QuickSendPanel::chooseExportFile);
    connect(m_ui->quickSendView, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { sendRow(index.row()); });
    updateButtons();
}

QuickSendPanel::~QuickSendPanel() = default;

void QuickSendPanel::setModel(QuickSendModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    // QAbstractItemView::setModel() replaces the selection model without deleting the old one.
    QItemSelectionModel *oldSelection = m_ui->quickSendView->selectionModel();
    m_model = model;
    m_ui->quickSendView->setModel(model);
    if (oldSelection && oldSelection != m_ui->quickSendView->selectionModel())
        oldSelection->deleteLater();

    if (QItemSelectionModel *selection = m_ui->quickSendView->selectionModel())
        connect(selection, &QItemSelectionModel::selectionChanged, this, &QuickSendPanel::updateButtons);
    if (model) {
        connect(model, &QuickSendModel::entriesChanged, this, &QuickSendPanel::updateButtons);
        setUpColumns();
    }
    updateButtons();
}

QuickSendModel *QuickSendPanel::model() const
{
    return m_model;
}

int QuickSendPanel::currentRow() const
{
    const QItemSelectionModel *selection = m_ui->quickSendView->selectionModel();
    if (!m_model || !selection)
        return -1;
    const QModelIndexList rows = selection->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void QuickSendPanel::setCurrentRow(int row)
{
    QItemSelectionModel *selection = m_ui->quickSendView->selectionModel();
    if (!m_model || !selection)
        return;
    if (row < 0 || row >= m_model->rowCount()) {
        selection->clearSelection();
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

bool QuickSendPanel::importFile(const QString &path)
{
    if (!m_model)
        return false;
    const QString shownPath = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 is the file path, %2 the system's reason.
        showError(tr("Cannot open \"%1\": %2.").arg(shownPath, file.errorString()));
        return false;
    }
    if (file.size() > MaxImportSize) {
        //: %1 is the file path.
        showError(tr("\"%1\" is too large to be a quick-send list.").arg(shownPath));
        return false;
    }
    const QByteArray json = file.readAll();
    QString error;
    if (!m_model->fromJson(json, &error)) {
        //: %1 is the file path, %2 a sentence saying what is wrong.
        showError(tr("Cannot import \"%1\": %2").arg(shownPath, error));
        return false;
    }
    clearError();
    return true;
}

bool QuickSendPanel::exportFile(const QString &path)
{
    if (!m_model)
        return false;
    const QString shownPath = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_model->toJson()) < 0 || !file.commit()) {
        //: %1 is the file path, %2 the system's reason.
        showError(tr("Cannot write \"%1\": %2.").arg(shownPath, file.errorString()));
        return false;
    }
    clearError();
    return true;
}

QString QuickSendPanel::errorText() const
{
    return m_ui->errorLabel->text();
}

void QuickSendPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

void QuickSendPanel::addEntry()
{
    if (!m_model)
        return;
    QuickSendDialog dialog(this);
    dialog.setWindowTitle(tr("Add Quick-Send Entry"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    setCurrentRow(m_model->add(dialog.entry()));
}

void QuickSendPanel::editEntry()
{
    const int row = currentRow();
    if (!m_model || row < 0)
        return;
    QuickSendDialog dialog(this);
    dialog.setWindowTitle(tr("Edit Quick-Send Entry"));
    dialog.setEntry(m_model->entry(row));
    // The list is shared: another page may have changed it while the dialog was open.
    if (dialog.exec() != QDialog::Accepted || !m_model || row >= m_model->rowCount())
        return;
    m_model->replace(row, dialog.entry());
}

void QuickSendPanel::removeEntry()
{
    const int row = currentRow();
    if (!m_model || row < 0)
        return;
    m_model->remove(row);
    setCurrentRow(qMin(row, m_model->rowCount() - 1));
}

void QuickSendPanel::sendRow(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    emit sendRequested(m_model->entry(row));
}

void QuickSendPanel::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Quick-Send List"), QString(),
                                                      tr("Quick-send lists (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void QuickSendPanel::chooseExportFile()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export Quick-Send List"), QString(),
                                                tr("Quick-send lists (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".json");
    exportFile(path);
}

void QuickSendPanel::updateButtons()
{
    const bool hasModel = m_model;
    const bool selected = currentRow() >= 0;
    m_ui->addToolButton->setEnabled(hasModel);
    m_ui->editToolButton->setEnabled(selected);
    m_ui->removeToolButton->setEnabled(selected);
    m_ui->sendToolButton->setEnabled(selected);
    m_ui->importToolButton->setEnabled(hasModel);
    m_ui->exportToolButton->setEnabled(hasModel);
}

void QuickSendPanel::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

void QuickSendPanel::clearError()
{
    showError(QString());
}

void QuickSendPanel::setUpColumns()
{
    QHeaderView *header = m_ui->quickSendView->horizontalHeader();
    if (header->count() != QuickSendModel::ColumnCount)
        return;
    header->setSectionResizeMode(QuickSendModel::NameColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(QuickSendModel::FormatColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(QuickSendModel::ContentColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(QuickSendModel::CommentColumn, QHeaderView::Stretch);
    // One text line per entry; the panel is narrow, so the comment is read from the tooltip as well.
    m_ui->quickSendView->verticalHeader()->setDefaultSectionSize(m_ui->quickSendView->fontMetrics().height() + 6);
    m_ui->quickSendView->setWordWrap(false);
}
