// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QByteArray>
#include <QList>
#include <QString>

#include "quicksendentry.h"

/** The quick-send list: named messages sent with one click. One instance is shared by every page that shows it;
    it saves to and loads from a small JSON document. */
class QuickSendModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickSendModel)

public:
    enum Column {
        NameColumn,
        FormatColumn,
        ContentColumn,
        CommentColumn,
        ColumnCount,
    };

    /** The version toJson() writes and fromJson() reads. */
    static constexpr int JsonVersion = 1;

    explicit QuickSendModel(QObject *parent = nullptr);
    ~QuickSendModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QList<QuickSendEntry> entries() const { return m_entries; }
    /** The entry at `row`; a default entry when `row` is out of range. */
    QuickSendEntry entry(int row) const;
    void setEntries(const QList<QuickSendEntry> &entries);
    /** Appends `entry`; returns its row. */
    int add(const QuickSendEntry &entry);
    /** False when `row` is out of range. */
    bool replace(int row, const QuickSendEntry &entry);
    /** False when `row` is out of range. */
    bool remove(int row);
    /** Moves the entry at `from` so that it ends up at row `to`. False when either is out of range. */
    bool move(int from, int to);

    /** {"version": 1, "entries": [{"name", "comment", "format": "text"|"escaped"|"hex", "content"}]}, UTF-8. */
    QByteArray toJson() const;
    /** Replaces the entries with those of `json` (as toJson() writes it). On bad input returns false, sets `error`
        (may be null) to one sentence naming what is wrong, and changes nothing. "comment" and "content" may be
        left out; "format" defaults to "text". */
    bool fromJson(const QByteArray &json, QString *error);

    /** A label for the format column and menus: "Text", "Escaped", "Hex" (translated). */
    static QString formatDisplayName(PayloadSpec::Format format);

signals:
    /** After any change of the entries. */
    void entriesChanged();

private:
    QList<QuickSendEntry> m_entries;
};
