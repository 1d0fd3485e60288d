// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <deque>

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include "trace/trafficsnapshot.h"

/**
 * The TCP server page's clients: one row per connection, in the order they arrived. Closed connections stay (greyed)
 * so a short-lived client can still be looked at, but only the newest MaxClosedRows of them: with thousands of short
 * connections the oldest closed rows go first, and open rows are never dropped.
 */
class ClientTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientTableModel)

public:
    enum Column {
        ClientColumn,
        SinceColumn,
        ReceivedColumn,
        SentColumn,
        StateColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        /** quint64, the connection id. */
        IdRole = Qt::UserRole + 1,
    };
    Q_ENUM(Role)

    /** Closed rows kept at most; beyond that the oldest closed rows are removed. */
    static constexpr int MaxClosedRows = 200;

    explicit ClientTableModel(QObject *parent = nullptr);
    ~ClientTableModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Appends an open connection; an id already present is reopened in place with fresh counters. */
    void addClient(quint64 id, const QString &peer, const QDateTime &since);
    /** Marks a connection closed; an empty `reason` shows as "Closed". Unknown or already closed ids are ignored. */
    void markClosed(quint64 id, const QString &reason);
    /** Sets RX/TX of the listed ids (others untouched), with one dataChanged per run of changed rows. */
    void updateTraffic(const QList<PeerTraffic> &peers);
    /** Drops every closed row. */
    void removeClosed();
    void clear();

    /** The id of `row`, 0 when out of range. */
    quint64 idAt(int row) const;
    /** The row of `id`, -1 when absent. */
    int rowOf(quint64 id) const;
    int openCount() const;
    bool isOpen(int row) const;
    int closedCount() const { return static_cast<int>(m_closedOrder.size()); }

    /** Re-reads header and state texts after a language change. */
    void retranslate();

private:
    struct Client
    {
        quint64 id = 0;
        QString peer;
        QDateTime since;
        qint64 bytesIn = 0;
        qint64 bytesOut = 0;
        bool open = true;
        QString reason; ///< why it closed; empty = an orderly close
    };

    void removeRowAt(int row);
    void reindexFrom(int row);
    void trimClosed();
    QString stateText(const Client &client) const;

    QList<Client> m_clients;
    QHash<quint64, int> m_rows;        ///< id → row
    std::deque<quint64> m_closedOrder; ///< closed ids, oldest close first
};
