// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "clienttablemodel.h"

#include <algorithm>

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include "byteformat.h"

ClientTableModel::ClientTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ClientTableModel::~ClientTableModel() = default;

int ClientTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_clients.size());
}

int ClientTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_clients.size() || index.column() >= ColumnCount)
        return {};
    const Client &client = m_clients.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ClientColumn:
            return QString(u'#' + QString::number(client.id) + u"  " + client.peer);
        case SinceColumn:
            return client.since.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        case ReceivedColumn:
            return ByteFormat::size(client.bytesIn);
        case SentColumn:
            return ByteFormat::size(client.bytesOut);
        case StateColumn:
            return stateText(client);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case SinceColumn:
            return QLocale().toString(client.since.toLocalTime(), QLocale::LongFormat);
        case ReceivedColumn:
            return QLocale().toString(client.bytesIn); // the exact count behind the rounded size
        case SentColumn:
            return QLocale().toString(client.bytesOut);
        case StateColumn:
            return stateText(client);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ReceivedColumn || index.column() == SentColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (!client.open)
            return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case IdRole:
        return QVariant::fromValue(client.id);
    }
    return {};
}

QVariant ClientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ClientColumn:
        return tr("Client");
    case SinceColumn:
        return tr("Since");
    case ReceivedColumn:
        return tr("RX");
    case SentColumn:
        return tr("TX");
    case StateColumn:
        return tr("State");
    }
    return {};
}

void ClientTableModel::addClient(quint64 id, const QString &peer, const QDateTime &since)
{
    Client client;
    client.id = id;
    client.peer = peer;
    client.since = since;
    const int existing = rowOf(id);
    if (existing >= 0) {
        if (!m_clients.at(existing).open)
            m_closedOrder.erase(std::find(m_closedOrder.begin(), m_closedOrder.end(), id));
        m_clients[existing] = client;
        emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        return;
    }
    const int row = static_cast<int>(m_clients.size());
    beginInsertRows(QModelIndex(), row, row);
    m_clients.append(client);
    m_rows.insert(id, row);
    endInsertRows();
}

void ClientTableModel::markClosed(quint64 id, const QString &reason)
{
    const int row = rowOf(id);
    if (row < 0 || !m_clients.at(row).open)
        return;
    Client &client = m_clients[row];
    client.open = false;
    client.reason = reason;
    m_closedOrder.push_back(id);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    trimClosed();
}

void ClientTableModel::updateTraffic(const QList<PeerTraffic> &peers)
{
    QList<int> changed;
    for (const PeerTraffic &peer : peers) {
        const int row = rowOf(peer.id);
        if (row < 0)
            continue;
        Client &client = m_clients[row];
        if (client.bytesIn == peer.traffic.bytesIn && client.bytesOut == peer.traffic.bytesOut)
            continue;
        client.bytesIn = peer.traffic.bytesIn;
        client.bytesOut = peer.traffic.bytesOut;
        changed.append(row);
    }
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    for (qsizetype i = 0; i < changed.size();) {
        qsizetype last = i;
        while (last + 1 < changed.size() && changed.at(last + 1) == changed.at(last) + 1)
            ++last;
        emit dataChanged(index(changed.at(i), ReceivedColumn), index(changed.at(last), SentColumn));
        i = last + 1;
    }
}

void ClientTableModel::removeClosed()
{
    if (m_closedOrder.empty())
        return;
    // Back to front, one removal per run of closed rows, so open rows keep their selection.
    int row = static_cast<int>(m_clients.size()) - 1;
    int lowest = -1;
    while (row >= 0) {
        if (m_clients.at(row).open) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !m_clients.at(first - 1).open)
            --first;
        beginRemoveRows(QModelIndex(), first, row);
        for (int i = first; i <= row; ++i)
            m_rows.remove(m_clients.at(i).id);
        m_clients.remove(first, row - first + 1);
        lowest = first;
        endRemoveRows();
        row = first - 1;
    }
    m_closedOrder.clear();
    if (lowest >= 0)
        reindexFrom(lowest);
}

void ClientTableModel::clear()
{
    beginResetModel();
    m_clients.clear();
    m_rows.clear();
    m_closedOrder.clear();
    endResetModel();
}

quint64 ClientTableModel::idAt(int row) const
{
    return row >= 0 && row < m_clients.size() ? m_clients.at(row).id : 0;
}

int ClientTableModel::rowOf(quint64 id) const
{
    return m_rows.value(id, -1);
}

int ClientTableModel::openCount() const
{
    return static_cast<int>(m_clients.size()) - closedCount();
}

bool ClientTableModel::isOpen(int row) const
{
    return row >= 0 && row < m_clients.size() && m_clients.at(row).open;
}

void ClientTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_clients.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ClientTableModel::removeRowAt(int row)
{
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.remove(m_clients.at(row).id);
    m_clients.removeAt(row);
    endRemoveRows();
    reindexFrom(row);
}

void ClientTableModel::reindexFrom(int row)
{
    for (int i = row; i < m_clients.size(); ++i)
        m_rows.insert(m_clients.at(i).id, i);
}

void ClientTableModel::trimClosed()
{
    while (closedCount() > MaxClosedRows) {
        const quint64 oldest = m_closedOrder.front();
        m_closedOrder.pop_front();
        removeRowAt(rowOf(oldest));
    }
}

QString ClientTableModel::stateText(const Client &client) const
{
    if (client.open)
        return tr("Connected");
    return client.reason.isEmpty() ? tr("Closed") : client.reason;
}
