// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "trafficfiltermodel.h"

#include "trace/trafficentry.h"
#include "trafficmodel.h"

TrafficFilterModel::TrafficFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // What the filter looks at (kind, connection) never changes for a row, so re-filtering on dataChanged would
    // only cost time: with 100,000 rows an encoding switch would test each of them again.
    setDynamicSortFilter(false);
}

TrafficFilterModel::~TrafficFilterModel() = default;

void TrafficFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_traffic = qobject_cast<TrafficModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void TrafficFilterModel::setMessageMode(bool messages)
{
    if (m_messageMode == messages)
        return;
    m_messageMode = messages;
    invalidate();
}

void TrafficFilterModel::setConnectionFilter(const QSet<quint64> &ids)
{
    if (m_connections == ids)
        return;
    m_connections = ids;
    invalidate();
}

bool TrafficFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    using Kind = TrafficEntry::Kind;
    Kind kind;
    quint64 connectionId;
    if (m_traffic) {
        const TrafficEntry &entry = m_traffic->entry(sourceRow);
        kind = entry.kind;
        connectionId = entry.connectionId;
    } else {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        kind = static_cast<Kind>(index.data(TrafficModel::KindRole).toInt());
        connectionId = index.data(TrafficModel::ConnectionIdRole).toULongLong();
    }
    if (kind == Kind::Read && m_messageMode)
        return false;
    if (kind == Kind::Frame && !m_messageMode)
        return false;
    if (m_connections.isEmpty() || (kind == Kind::Event && connectionId == 0))
        return true;
    return m_connections.contains(connectionId);
}
