// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "dataview.h"

#include <algorithm>
#include <climits>

#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>

#include "payload/hexcodec.h"
#include "payload/hexdump.h"
#include "trafficfiltermodel.h"
#include "trafficmodel.h"
#include "ui_dataview.h"

namespace {

bool isNotice(const TrafficEntry &entry)
{
    return entry.direction == TrafficEntry::Direction::Note || entry.direction == TrafficEntry::Direction::Error;
}

} // namespace

DataView::DataView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DataView>())
    , m_model(new TrafficModel(this))
    , m_filter(new TrafficFilterModel(this))
    , m_copyAction(new QAction(this))
    , m_copyHexAction(new QAction(this))
    , m_clearAction(new QAction(this))
    , m_visualizeAction(new QAction(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_model);

    QTableView *table = m_ui->trafficTableView;
    table->setModel(m_filter);
    table->setSortingEnabled(false);

    // Every row the same height: with 100,000 rows the view must never measure them.
    const QFont fixedFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const int rowHeight = qMax(fontMetrics().height(), QFontMetrics(fixedFont).height()) + 6;
    QHeaderView *rows = table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setMinimumSectionSize(rowHeight);
    rows->setDefaultSectionSize(rowHeight);

    QHeaderView *columns = table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setStretchLastSection(true);
    const QFontMetrics metrics = fontMetrics();
    columns->resizeSection(TrafficModel::TimeColumn, metrics.horizontalAdvance(QStringLiteral("00:00:00.000")) + 20);
    columns->resizeSection(TrafficModel::DirectionColumn, metrics.horizontalAdvance(QStringLiteral("Error")) + 28);
    columns->resizeSection(TrafficModel::PeerColumn,
                           metrics.horizontalAdvance(QStringLiteral("255.255.255.255:65535")) + 20);
    columns->resizeSection(TrafficModel::SizeColumn, metrics.horizontalAdvance(QStringLiteral("16777216")) + 20);

    m_ui->detailTextEdit->setFont(fixedFont);
    m_ui->dataSplitter->setStretchFactor(0, 3);
    m_ui->dataSplitter->setStretchFactor(1, 1);

    m_copyAction->setObjectName(QStringLiteral("copyAction"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyHexAction->setObjectName(QStringLiteral("copyHexAction"));
    m_clearAction->setObjectName(QStringLiteral("clearAction"));
    m_visualizeAction->setObjectName(QStringLiteral("visualizeAction"));
    table->addAction(m_copyAction);

    connect(m_copyAction, &QAction::triggered, this, &DataView::copyText);
    connect(m_copyHexAction, &QAction::triggered, this, &DataView::copyHex);
    connect(m_clearAction, &QAction::triggered, this, [this] {
        clear();
        emit cleared();
    });
    connect(m_visualizeAction, &QAction::triggered, this, &DataView::visualize);
    connect(table, &QWidget::customContextMenuRequested, this, &DataView::showContextMenu);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showDetail();
        updateActions();
    });
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DataView::updateActions);
    // A new filter may hide the current row without a currentRowChanged.
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, [this] {
        showDetail();
        updateActions();
    });

    retranslate();
    updateActions();
}

DataView::~DataView()
{
    // The models and the table go after this object's members, and may still report changes while they do.
    disconnect(m_filter, nullptr, this, nullptr);
    disconnect(m_ui->trafficTableView->selectionModel(), nullptr, this, nullptr);
}

void DataView::appendBatch(const QList<TrafficEntry> &entries)
{
    m_model->appendBatch(entries);
    if (m_autoScroll && !m_model->isPaused())
        m_ui->trafficTableView->scrollToBottom();
}

void DataView::applyReceiveOptions(const ReceiveOptions &options)
{
    const QString encoding = m_model->encoding();
    m_model->setDisplay(options.display);
    m_model->setEncoding(options.encoding);
    m_model->setShowTimestamps(options.timestamps);
    m_ui->trafficTableView->setColumnHidden(TrafficModel::TimeColumn, !options.timestamps);
    m_filter->setMessageMode(options.showMessages);
    m_autoScroll = options.autoScroll;
    if (m_model->encoding() != encoding)
        showDetail();
    if (m_autoScroll)
        m_ui->trafficTableView->scrollToBottom();
}

void DataView::setPaused(bool paused)
{
    m_model->setPaused(paused);
    if (!paused && m_autoScroll)
        m_ui->trafficTableView->scrollToBottom();
}

void DataView::clear()
{
    m_model->clear();
    showDetail();
    updateActions();
}

int DataView::visibleRowCount() const
{
    return m_filter->rowCount();
}

void DataView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        m_model->retranslate();
        showDetail();
    }
    QWidget::changeEvent(event);
}

void DataView::retranslate()
{
    m_copyAction->setText(tr("&Copy"));
    m_copyAction->setToolTip(tr("Copy the selected rows as text, one row per line"));
    m_copyHexAction->setText(tr("Copy as &hex"));
    m_copyHexAction->setToolTip(tr("Copy the bytes of the selected rows as hex, one row per line"));
    m_clearAction->setText(tr("C&lear"));
    m_visualizeAction->setText(tr("&Visualize this connection"));
    m_visualizeAction->setToolTip(tr("Show how this connection's writes and reads line up in the visualizer"));
}

void DataView::showContextMenu(const QPoint &position)
{
    QTableView *table = m_ui->trafficTableView;
    const QModelIndex index = table->indexAt(position);
    if (index.isValid()) {
        // The clicked row is the one the menu is about; a right click inside a selection keeps the selection.
        const auto command = table->selectionModel()->isSelected(index)
            ? QItemSelectionModel::NoUpdate
            : QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows;
        table->selectionModel()->setCurrentIndex(index, command);
    }
    updateActions();
    QMenu menu(this);
    menu.addAction(m_copyAction);
    menu.addAction(m_copyHexAction);
    menu.addSeparator();
    menu.addAction(m_visualizeAction);
    menu.addSeparator();
    menu.addAction(m_clearAction);
    menu.exec(table->viewport()->mapToGlobal(position));
}

void DataView::updateActions()
{
    const bool hasSelection = m_ui->trafficTableView->selectionModel()->hasSelection();
    m_copyAction->setEnabled(hasSelection);
    m_copyHexAction->setEnabled(hasSelection);
    const int row = currentSourceRow();
    m_visualizeAction->setEnabled(row >= 0 && m_model->entry(row).connectionId != 0);
}

void DataView::showDetail()
{
    const int row = currentSourceRow();
    if (row < 0) {
        m_ui->detailTextEdit->clear();
        return;
    }
    const TrafficEntry &entry = m_model->entry(row);
    const qsizetype size = entry.data.size();
    QStringList heading;
    heading << QDateTime::fromMSecsSinceEpoch(entry.timeMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
            << TrafficModel::directionName(entry.direction);
    if (!entry.peer.isEmpty())
        heading << entry.peer;
    if (size > 0 || !isNotice(entry))
        heading << tr("%n byte(s)", nullptr, static_cast<int>(qMin<qsizetype>(size, INT_MAX)));
    QString text = heading.join(QLatin1String("  "));
    if (!entry.message.isEmpty())
        text += QLatin1Char('\n') + entry.message;
    if (size > 0) {
        const qsizetype shown = qMin(size, DetailBytes);
        const QString more = size > shown ? QLatin1Char('\n') + TrafficModel::moreBytesText(size - shown) : QString();
        //: %1 is the encoding, e.g. UTF-8.
        text += QLatin1String("\n\n") + tr("Text (%1):").arg(m_model->encoding()) + QLatin1Char('\n') +
            TrafficModel::visibleText(m_model->decodedText(row, shown), true) + more;
        text += QLatin1String("\n\n") + tr("Hex:") + QLatin1Char('\n') +
            HexDump::format(QByteArrayView(entry.data).first(shown)) + more;
    }
    m_ui->detailTextEdit->setPlainText(text);
}

QList<int> DataView::selectedSourceRows() const
{
    QList<int> rows;
    const QItemSelection selection = m_ui->trafficTableView->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows.append(m_filter->mapToSource(m_filter->index(row, 0)).row());
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    rows.removeAll(-1);
    return rows;
}

int DataView::currentSourceRow() const
{
    const QModelIndex current = m_ui->trafficTableView->selectionModel()->currentIndex();
    if (!current.isValid())
        return -1;
    return m_filter->mapToSource(current).row();
}

void DataView::copyText()
{
    QStringList lines;
    const QList<int> rows = selectedSourceRows();
    for (const int row : rows) {
        const TrafficEntry &entry = m_model->entry(row);
        lines << (isNotice(entry) && entry.data.isEmpty() ? entry.message : m_model->decodedText(row));
    }
    QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

void DataView::copyHex()
{
    QStringList lines;
    const QList<int> rows = selectedSourceRows();
    for (const int row : rows) {
        const TrafficEntry &entry = m_model->entry(row);
        if (!entry.data.isEmpty())
            lines << HexCodec::format(entry.data, QLatin1Char(' '), false);
    }
    QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

void DataView::visualize()
{
    const int row = currentSourceRow();
    if (row < 0)
        return;
    const quint64 id = m_model->entry(row).connectionId;
    if (id != 0)
        emit visualizeRequested(id);
}
