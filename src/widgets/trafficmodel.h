// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <deque>
#include <optional>

#include <QAbstractTableModel>
#include <QByteArray>
#include <QColor>
#include <QFont>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include "pageoptions.h"
#include "payload/streamdecoder.h"
#include "trace/trafficentry.h"
#include "trace/trafficlog.h"

/**
 * The rows of a data view: one per TrafficLog entry, oldest first (row n = log().at(n)).
 *
 * Content column: a preview of the first PreviewBytes bytes, as
 *  - Text: decoded in the chosen encoding, with C escapes as EscapedText::escape writes them, so that one row stays
 *    one line and every character can be told apart: \r \n \t \0 by name, a backslash as "\\", other C0
 *    controls and DEL as "\x1b"-style escapes, C1 controls and U+2028/U+2029 as "\u0085"-style escapes
 *    ("GET / HTTP/1.1\r\n"). Control pictures (␍␊) would be shorter, but few monospace fonts have them;
 *  - Hex: lower-case pairs separated by one space ("68 65 6c 6c 6f");
 *  - Both: the text, two spaces, '|', two spaces, the hex ("hello  |  68 65 6c 6c 6f").
 * Content longer than the preview ends with "…" (the hex with " …"). Note and Error rows show their message.
 *
 * Reads and writes of one connection and direction are decoded as one stream: a character split between two reads
 * shows whole in the row where it completes, and the bytes held back are not shown in the row where it started.
 * Each row keeps the (at most 3) bytes it takes over from the previous read, worked out when it is appended and
 * again, in one pass, when the encoding changes. Frames and datagrams are decoded on their own (an incomplete character
 * at their end shows as U+FFFD).
 *
 * Paused, entries still go into the log (and its file sink) but no rows are inserted until resumed; rows the log
 * evicts to stay within maxBytes are always removed from the front.
 */
class TrafficModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficModel)

public:
    enum Column {
        TimeColumn,
        DirectionColumn,
        PeerColumn,
        SizeColumn,
        ContentColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        /** quint64, 0 = not tied to a connection. */
        ConnectionIdRole = Qt::UserRole + 1,
        /** int, a TrafficEntry::Kind. */
        KindRole,
        /** int, a TrafficEntry::Direction. */
        DirectionRole,
        /** quint64, the log's sequence number. */
        SequenceRole,
    };
    Q_ENUM(Role)

    /** Bytes shown in the content column. */
    static constexpr qsizetype PreviewBytes = 256;
    /** Bytes shown in a tooltip. */
    static constexpr qsizetype ToolTipBytes = 4096;

    explicit TrafficModel(QObject *parent = nullptr);
    ~TrafficModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /** Appends every entry to the log and inserts the new rows at once (unless paused); rows evicted by the log are
        removed from the front first. */
    void appendBatch(const QList<TrafficEntry> &entries);
    /** Drops every row and every kept entry (sequences go on; an open sink stays open). */
    void clear();

    /** Paused: entries are logged and counted but not shown; resuming inserts them in one go. */
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    /** Entries in the log not shown yet because the model is paused. */
    int pendingCount() const;

    void setDisplay(ReceiveOptions::Display display);
    ReceiveOptions::Display display() const { return m_display; }
    /** Any spelling TextCodec::canonicalName() accepts; an unknown name means UTF-8. */
    void setEncoding(const QString &encoding);
    /** The canonical name, e.g. "GBK". */
    QString encoding() const { return m_encoding; }
    void setShowTimestamps(bool show);
    bool showTimestamps() const { return m_showTimestamps; }
    /** Bounds the log's memory (TrafficLog::DefaultMaxBytes by default); shrinking removes rows at once. */
    void setMaxBytes(qint64 maxBytes);

    /** The entry of a row, 0 <= row < rowCount(). */
    const TrafficEntry &entry(int row) const;
    /** The log behind the rows: for its sink, counters and reading. Append, clear and change maxBytes through the
        model, which has to announce the rows. */
    TrafficLog &log() { return m_log; }
    const TrafficLog &log() const { return m_log; }

    /** The text of a row's first `maxBytes` bytes (all when negative), decoded as the content column does (with the
        bytes taken over from the previous read), without making control characters visible. */
    QString decodedText(int row, qsizetype maxBytes = -1) const;
    /** Re-reads translated headers and direction names (call on QEvent::LanguageChange). */
    void retranslate();

    /** The foreground colour of a row of this direction (readable on light and dark backgrounds). */
    static QColor directionColor(TrafficEntry::Direction direction);
    /** The translated name in the direction column: "RX", "TX", "Note", "Error". */
    static QString directionName(TrafficEntry::Direction direction);
    /** "… 5 more bytes": the note after content that was cut. */
    static QString moreBytesText(qsizetype count);
    /** `text` with control characters escaped as described above; with `keepLineBreaks` a real line break follows
        each "\n" but a last one (for multi-line views). */
    static QString visibleText(QStringView text, bool keepLineBreaks = false);

private:
    /** The bytes a row takes over from the previous read or write of its stream (at most 3). */
    struct Carry
    {
        std::array<char, 3> bytes{};
        quint8 size = 0;
    };

    Carry takeCarry(const TrafficEntry &entry);
    void recomputeCarries();
    qsizetype heldBack(QByteArrayView bytes);
    /** Decodes the carry-in plus the first `maxBytes` bytes (all when negative); sets *truncated when cut. */
    QString decodeRow(int row, qsizetype maxBytes, bool *truncated) const;
    QString contentText(int row, qsizetype maxBytes) const;
    QString toolTipText(int row) const;
    /** Announces the removal of the shown rows among the first `evicting` log entries; returns how many. */
    int beginRemoveEvicted(qsizetype evicting);
    /** Drops the carries of `evicted` entries the log has evicted and ends a removal begun for `removedRows`. */
    void endRemoveEvicted(qsizetype evicted, int removedRows);
    void showPending();
    void emitColumnChanged(int column);

    TrafficLog m_log;
    /** Aligned with m_log: m_carries[i] belongs to m_log.at(i). */
    std::deque<Carry> m_carries;
    /** Per stream key (connection id and direction), the bytes of a character not complete yet (never empty). */
    QHash<quint64, QByteArray> m_held;
    /** Rows shown: the first m_shown log entries. */
    int m_shown = 0;
    bool m_paused = false;
    ReceiveOptions::Display m_display = ReceiveOptions::Display::Text;
    QString m_encoding = QStringLiteral("UTF-8");
    bool m_showTimestamps = true;
    /** Works out held-back bytes while appending. */
    StreamDecoder m_probe;
    /** Decodes rows for data(); flushed after each use, so it never carries state between rows. */
    mutable StreamDecoder m_renderer;
    /** The content column's monospace font, looked up on first use. */
    mutable std::optional<QFont> m_contentFont;
};
