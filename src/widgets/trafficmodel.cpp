// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "trafficmodel.h"

#include <algorithm>
#include <climits>

#include <QDateTime>
#include <QFont>
#include <QFontDatabase>

#include "payload/hexcodec.h"
#include "payload/textcodec.h"

namespace {

using Direction = TrafficEntry::Direction;
using Kind = TrafficEntry::Kind;

constexpr QChar Ellipsis(0x2026);
/** Bytes per line of a tooltip's hex part. */
constexpr qsizetype ToolTipHexPerLine = 32;

bool isNotice(const TrafficEntry &entry)
{
    return entry.direction == Direction::Note || entry.direction == Direction::Error;
}

/** Note/Error rows show their message; one without a message but with bytes shows the bytes. */
bool showsMessage(const TrafficEntry &entry)
{
    return isNotice(entry) && (!entry.message.isEmpty() || entry.data.isEmpty());
}

/** Reads and writes continue a byte stream; frames and datagrams stand alone. */
bool isStream(const TrafficEntry &entry)
{
    return (entry.kind == Kind::Read || entry.kind == Kind::Write) &&
        (entry.direction == Direction::In || entry.direction == Direction::Out);
}

quint64 streamKey(const TrafficEntry &entry)
{
    return (entry.connectionId << 1) | (entry.direction == Direction::Out ? 1U : 0U);
}

bool needsEscape(char16_t unit)
{
    return unit == u'\\' || unit < 0x20 || unit == 0x7f || (unit >= 0x80 && unit < 0xa0) || unit == 0x2028 ||
        unit == 0x2029;
}

QString hexPreview(QByteArrayView bytes, bool truncated)
{
    QString hex = HexCodec::format(bytes, QLatin1Char(' '), false);
    if (truncated)
        hex += QLatin1Char(' ') + Ellipsis;
    return hex;
}

QString hexLines(QByteArrayView bytes)
{
    QString out;
    for (qsizetype offset = 0; offset < bytes.size(); offset += ToolTipHexPerLine) {
        if (offset > 0)
            out += QLatin1Char('\n');
        out += HexCodec::format(bytes.sliced(offset, qMin(ToolTipHexPerLine, bytes.size() - offset)), QLatin1Char(' '),
                                false);
    }
    return out;
}

} // namespace

TrafficModel::TrafficModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_probe(m_encoding)
    , m_renderer(m_encoding)
{ }

TrafficModel::~TrafficModel() = default;

int TrafficModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

int TrafficModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrafficModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_shown || index.row() >= m_log.size())
        return {};
    const int row = index.row();
    const int column = index.column();
    const TrafficEntry &entry = m_log.at(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TimeColumn:
            if (!m_showTimestamps)
                return QString();
            return QDateTime::fromMSecsSinceEpoch(entry.timeMs).toString(QStringLiteral("HH:mm:ss.zzz"));
        case DirectionColumn:
            return directionName(entry.direction);
        case PeerColumn:
            return entry.peer;
        case SizeColumn:
            if (showsMessage(entry))
                return QVariant();
            return static_cast<qlonglong>(entry.data.size());
        case ContentColumn:
            // A datagram may carry nothing at all; say so rather than show a blank.
            if (entry.kind == TrafficEntry::Kind::Datagram && entry.data.isEmpty())
                return tr("(empty datagram)");
            return contentText(row, PreviewBytes);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == TimeColumn)
            return QDateTime::fromMSecsSinceEpoch(entry.timeMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        return toolTipText(row);
    case Qt::ForegroundRole:
        return directionColor(entry.direction);
    case Qt::TextAlignmentRole:
        if (column == SizeColumn)
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (column != ContentColumn)
            return {};
        // Asked for every painted cell: look the font up once.
        if (!m_contentFont)
            m_contentFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return *m_contentFont;
    case ConnectionIdRole:
        return QVariant::fromValue(entry.connectionId);
    case KindRole:
        return static_cast<int>(entry.kind);
    case DirectionRole:
        return static_cast<int>(entry.direction);
    case SequenceRole:
        return QVariant::fromValue(entry.sequence);
    default:
        return {};
    }
}

QVariant TrafficModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case DirectionColumn:
        return tr("Direction");
    case PeerColumn:
        return tr("Peer");
    case SizeColumn:
        return tr("Size");
    case ContentColumn:
        return tr("Content");
    default:
        return {};
    }
}

Qt::ItemFlags TrafficModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void TrafficModel::appendBatch(const QList<TrafficEntry> &entries)
{
    if (entries.isEmpty())
        return;
    // The log keeps the longest run of newest entries that fits in maxBytes, so what it will evict is known before
    // anything changes, and the removal can be announced first as views expect.
    qint64 total = m_log.memoryEstimate();
    for (const TrafficEntry &entry : entries)
        total += TrafficLog::estimate(entry);
    const qsizetype oldSize = m_log.size();
    const qsizetype allSize = oldSize + entries.size();
    qsizetype evicting = 0;
    while (total > m_log.maxBytes() && evicting < allSize) {
        total -= TrafficLog::estimate(evicting < oldSize ? m_log.at(evicting) : entries.at(evicting - oldSize));
        ++evicting;
    }

    const int removed = beginRemoveEvicted(evicting);
    const quint64 evictedBefore = m_log.evictedCount();
    for (const TrafficEntry &entry : entries) {
        m_carries.push_back(takeCarry(entry));
        m_log.append(entry);
    }
    endRemoveEvicted(static_cast<qsizetype>(m_log.evictedCount() - evictedBefore), removed);
    if (!m_paused)
        showPending();
}

void TrafficModel::clear()
{
    beginResetModel();
    m_log.clear();
    m_carries.clear();
    m_shown = 0;
    // m_held stays: a character split across the clear still shows whole in the next row.
    endResetModel();
}

void TrafficModel::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!m_paused)
        showPending();
}

int TrafficModel::pendingCount() const
{
    return static_cast<int>(m_log.size()) - m_shown;
}

void TrafficModel::setDisplay(ReceiveOptions::Display display)
{
    if (m_display == display)
        return;
    m_display = display;
    emitColumnChanged(ContentColumn);
}

void TrafficModel::setEncoding(const QString &encoding)
{
    QString canonical = TextCodec::canonicalName(encoding);
    if (canonical.isEmpty())
        canonical = QStringLiteral("UTF-8");
    if (canonical == m_encoding)
        return;
    m_encoding = canonical;
    m_probe = StreamDecoder(m_encoding);
    m_renderer = StreamDecoder(m_encoding);
    recomputeCarries();
    emitColumnChanged(ContentColumn);
}

void TrafficModel::setShowTimestamps(bool show)
{
    if (m_showTimestamps == show)
        return;
    m_showTimestamps = show;
    emitColumnChanged(TimeColumn);
}

void TrafficModel::setMaxBytes(qint64 maxBytes)
{
    const qint64 bound = qMax<qint64>(maxBytes, 0);
    qint64 total = m_log.memoryEstimate();
    qsizetype evicting = 0;
    while (total > bound && evicting < m_log.size()) {
        total -= TrafficLog::estimate(m_log.at(evicting));
        ++evicting;
    }
    const int removed = beginRemoveEvicted(evicting);
    const quint64 evictedBefore = m_log.evictedCount();
    m_log.setMaxBytes(maxBytes);
    endRemoveEvicted(static_cast<qsizetype>(m_log.evictedCount() - evictedBefore), removed);
}

const TrafficEntry &TrafficModel::entry(int row) const
{
    Q_ASSERT(row >= 0 && row < m_shown);
    return m_log.at(row);
}

QString TrafficModel::decodedText(int row, qsizetype maxBytes) const
{
    if (row < 0 || row >= m_log.size())
        return {};
    bool truncated = false;
    return decodeRow(row, maxBytes, &truncated);
}

void TrafficModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_shown > 0)
        emit dataChanged(index(0, 0), index(m_shown - 1, ColumnCount - 1));
}

QColor TrafficModel::directionColor(TrafficEntry::Direction direction)
{
    // Mid tones, so that rows stay readable on light and dark palettes alike.
    switch (direction) {
    case Direction::In:
        return QColor(0x1c, 0x71, 0xd8);
    case Direction::Out:
        return QColor(0x26, 0xa2, 0x69);
    case Direction::Note:
        return QColor(0x80, 0x80, 0x80);
    case Direction::Error:
        return QColor(0xe0, 0x1b, 0x24);
    }
    return {};
}

QString TrafficModel::directionName(TrafficEntry::Direction direction)
{
    switch (direction) {
    case Direction::In:
        return tr("RX", "direction: received");
    case Direction::Out:
        return tr("TX", "direction: sent");
    case Direction::Note:
        return tr("Note", "direction: a notice such as connected or closed");
    case Direction::Error:
        return tr("Error", "direction: an error");
    }
    return {};
}

QString TrafficModel::moreBytesText(qsizetype count)
{
    return tr("… %n more byte(s)", nullptr, static_cast<int>(qMin<qsizetype>(count, INT_MAX)));
}

QString TrafficModel::visibleText(QStringView text, bool keepLineBreaks)
{
    qsizetype first = 0;
    while (first < text.size() && !needsEscape(text.at(first).unicode()))
        ++first;
    if (first == text.size())
        return text.toString();
    QString out;
    out.reserve(text.size() + 16);
    out.append(text.first(first));
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t unit = text.at(i).unicode();
        switch (unit) {
        case u'\\':
            out.append(QLatin1String("\\\\"));
            break;
        case u'\0':
            out.append(QLatin1String("\\0"));
            break;
        case u'\t':
            out.append(QLatin1String("\\t"));
            break;
        case u'\r':
            out.append(QLatin1String("\\r"));
            break;
        case u'\n':
            out.append(QLatin1String("\\n"));
            if (keepLineBreaks && i + 1 < text.size())
                out.append(QLatin1Char('\n'));
            break;
        default:
            if (unit < 0x20 || unit == 0x7f) {
                out.append(QLatin1String("\\x"));
                out.append(QString::number(unit, 16).rightJustified(2, QLatin1Char('0')));
            } else if (needsEscape(unit)) {
                out.append(QLatin1String("\\u"));
                out.append(QString::number(unit, 16).rightJustified(4, QLatin1Char('0')));
            } else {
                out.append(text.at(i));
            }
        }
    }
    return out;
}

TrafficModel::Carry TrafficModel::takeCarry(const TrafficEntry &entry)
{
    Carry carry;
    if (!isStream(entry))
        return carry;
    const quint64 key = streamKey(entry);
    const auto it = m_held.constFind(key);
    QByteArray joined;
    QByteArrayView bytes = entry.data;
    if (it != m_held.cend()) {
        carry.size = static_cast<quint8>(qMin<qsizetype>(it->size(), static_cast<qsizetype>(carry.bytes.size())));
        std::copy_n(it->constData(), carry.size, carry.bytes.begin());
        joined = *it;
        joined.append(entry.data);
        bytes = joined;
    }
    const qsizetype held = qMin<qsizetype>(heldBack(bytes), static_cast<qsizetype>(carry.bytes.size()));
    Q_ASSERT(held <= 3);
    if (held > 0)
        m_held.insert(key, bytes.last(held).toByteArray());
    else if (carry.size > 0)
        m_held.remove(key);
    return carry;
}

void TrafficModel::recomputeCarries()
{
    m_held.clear();
    for (qsizetype i = 0; i < m_log.size(); ++i)
        m_carries[static_cast<std::size_t>(i)] = takeCarry(m_log.at(i));
}

qsizetype TrafficModel::heldBack(QByteArrayView bytes)
{
    QByteArrayView probe = bytes;
    // Only the decoder's verdict on the end matters. UTF-8 resynchronises, so an incomplete character is among the
    // last 3 bytes; UTF-16LE needs the parity and the last code unit; Latin-1 never holds anything back. The
    // double-byte encodings have to be read from the start of the chunk.
    if (m_encoding == QLatin1String("UTF-8")) {
        if (probe.size() > 4)
            probe = probe.last(4);
    } else if (m_encoding == QLatin1String("UTF-16LE")) {
        if (probe.size() > 5)
            probe = probe.last(4 + probe.size() % 2);
    } else if (m_encoding == QLatin1String("ISO-8859-1")) {
        return 0;
    }
    m_probe.decode(probe);
    const qsizetype held = m_probe.pendingBytes();
    m_probe.flush();
    return held;
}

QString TrafficModel::decodeRow(int row, qsizetype maxBytes, bool *truncated) const
{
    const TrafficEntry &entry = m_log.at(row);
    const Carry &carry = m_carries[static_cast<std::size_t>(row)];
    QByteArrayView data = entry.data;
    *truncated = maxBytes >= 0 && data.size() > maxBytes;
    if (*truncated)
        data = data.first(maxBytes);
    QString text;
    if (carry.size == 0) {
        text = m_renderer.decode(data);
    } else {
        QByteArray joined(carry.bytes.data(), carry.size);
        joined.append(data);
        text = m_renderer.decode(joined);
    }
    // What a read holds back belongs to the next read of its stream, and what maxBytes cut is followed by "…": not
    // shown here. A frame or datagram is whole, so an incomplete character at its end is shown as invalid.
    const QString rest = m_renderer.flush();
    if (!*truncated && !isStream(entry))
        text += rest;
    return text;
}

QString TrafficModel::contentText(int row, qsizetype maxBytes) const
{
    const TrafficEntry &entry = m_log.at(row);
    if (showsMessage(entry))
        return entry.message;
    const bool truncated = maxBytes >= 0 && entry.data.size() > maxBytes;
    const QByteArrayView hexBytes = truncated ? QByteArrayView(entry.data).first(maxBytes) : QByteArrayView(entry.data);
    if (m_display == ReceiveOptions::Display::Hex)
        return hexPreview(hexBytes, truncated);
    bool textTruncated = false;
    QString text = visibleText(decodeRow(row, maxBytes, &textTruncated));
    if (textTruncated)
        text += Ellipsis;
    if (m_display == ReceiveOptions::Display::Text)
        return text;
    return text + QLatin1String("  |  ") + hexPreview(hexBytes, truncated);
}

QString TrafficModel::toolTipText(int row) const
{
    const TrafficEntry &entry = m_log.at(row);
    if (showsMessage(entry))
        return entry.message;
    QString kind;
    switch (entry.kind) {
    case Kind::Read:
        kind = tr("Read");
        break;
    case Kind::Write:
        kind = tr("Write");
        break;
    case Kind::Frame:
        kind = tr("Message");
        break;
    case Kind::Datagram:
        kind = tr("Datagram");
        break;
    case Kind::Event:
        kind = tr("Event");
        break;
    }
    const qsizetype size = entry.data.size();
    // The first line has no markup, so a tooltip never renders received bytes as rich text.
    //: %1 is what the row is (Read, Write, Message, Datagram), %n its size.
    QString tip = tr("%1, %n byte(s)", nullptr, static_cast<int>(qMin<qsizetype>(size, INT_MAX))).arg(kind);
    bool truncated = false;
    const QString text = decodeRow(row, ToolTipBytes, &truncated);
    tip += QLatin1String("\n\n") + visibleText(text, true);
    tip += QLatin1String("\n\n") + hexLines(QByteArrayView(entry.data).first(qMin(size, ToolTipBytes)));
    if (size > ToolTipBytes)
        tip += QLatin1Char('\n') + moreBytesText(size - ToolTipBytes);
    return tip;
}

int TrafficModel::beginRemoveEvicted(qsizetype evicting)
{
    const int rows = static_cast<int>(qMin<qsizetype>(evicting, m_shown));
    if (rows > 0)
        beginRemoveRows(QModelIndex(), 0, rows - 1);
    return rows;
}

void TrafficModel::endRemoveEvicted(qsizetype evicted, int removedRows)
{
    const int oldShown = m_shown;
    const auto drop = static_cast<std::ptrdiff_t>(qMin<qsizetype>(evicted, static_cast<qsizetype>(m_carries.size())));
    m_carries.erase(m_carries.begin(), m_carries.begin() + drop);
    const int shouldRemove = static_cast<int>(qMin<qsizetype>(evicted, oldShown));
    if (removedRows > 0) {
        m_shown -= removedRows;
        endRemoveRows();
    }
    if (shouldRemove != removedRows) {
        // Not expected: the log evicted something else than announced. Start the rows over rather than show wrong
        // ones.
        Q_ASSERT_X(false, "TrafficModel", "the log evicted other entries than predicted");
        beginResetModel();
        m_shown = static_cast<int>(qMin<qsizetype>(oldShown - shouldRemove, m_log.size()));
        endResetModel();
    }
}

void TrafficModel::showPending()
{
    const int total = static_cast<int>(m_log.size());
    if (total <= m_shown)
        return;
    beginInsertRows(QModelIndex(), m_shown, total - 1);
    m_shown = total;
    endInsertRows();
}

void TrafficModel::emitColumnChanged(int column)
{
    if (m_shown > 0)
        emit dataChanged(index(0, column), index(m_shown - 1, column));
}
