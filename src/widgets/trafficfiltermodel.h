// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

class TrafficModel;

/**
 * Chooses the rows of a TrafficModel a data view shows; never sorts (rows stay in log order).
 *
 * Reads or messages: in message mode Frame rows are shown and Read rows hidden, otherwise the reverse; Write,
 * Datagram and Event rows are always shown. A connection filter keeps the rows of the given connections, plus
 * Event rows not tied to a connection (id 0). The source may be any model with TrafficModel's roles.
 */
class TrafficFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficFilterModel)

public:
    explicit TrafficFilterModel(QObject *parent = nullptr);
    ~TrafficFilterModel() override;

    void setSourceModel(QAbstractItemModel *model) override;

    /** True: one row per decoded message (Frame rows); false: one row per read (Read rows). */
    void setMessageMode(bool messages);
    bool messageMode() const { return m_messageMode; }
    /** The connections to show; empty = all. */
    void setConnectionFilter(const QSet<quint64> &ids);
    QSet<quint64> connectionFilter() const { return m_connections; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    TrafficModel *m_traffic = nullptr;
    bool m_messageMode = false;
    QSet<quint64> m_connections;
};
