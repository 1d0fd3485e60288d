// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "timelinescene.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <utility>

#include <QBuffer>
#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QXmlStreamWriter>

#include "payload/hexcodec.h"
#include "timelineblockitem.h"
#include "timelinesvg.h"

namespace {

/** Geometry in scene pixels. Unit 0 of the axis sits at leftEdge, right of the lane labels. */
constexpr qreal labelWidth = 200;
constexpr qreal leftEdge = labelWidth + 14;
constexpr qreal rightMargin = 40;
constexpr qreal rulerHeight = 38;
/** Lanes grow with the view (a projector needs big blocks) between these heights. */
constexpr qreal minLaneHeight = 72;
constexpr qreal maxLaneHeight = 116;
constexpr qreal blockInset = 11;
/** Time axis: every event is a marker this wide at its time. */
constexpr qreal markerWidth = 28;
/** Offset axis: a block without bytes (an empty datagram) is drawn this wide, centred on its offset. */
constexpr qreal emptyWidth = 14;
/** Neighbouring blocks are drawn this far apart, so that where one write (or read) ends is plain to see. */
constexpr qreal blockGap = 3;
/** Offset axis: neighbouring blocks narrower than this merge into one item. */
constexpr qreal mergeWidth = 3;
/** The scene stays within what scroll bars (int) and painters handle well. */
constexpr double maxSceneWidth = 1e9;
constexpr qreal maxExportWidth = 16000;
constexpr qsizetype maxTipBytes = 64;
constexpr qsizetype maxLegendColours = 10;
constexpr int svgClassKey = 0;

/** Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision deficiency. */
constexpr QRgb okabeIto[] = {0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7};

enum ZOrder {
    LaneZ = 0,
    GridZ = 1,
    BandZ = 2,
    BlockZ = 3,
    EmptyBlockZ = 4,
    OverlayZ = 5,
    RulerZ = 6,
    TickZ = 7,
    PanelZ = 10
};

qreal luminance(const QColor &colour)
{
    const auto channel = [](qreal v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

/** Header bytes: the message's colour, darker (and hatched by the item). */
QColor shaded(const QColor &colour)
{
    return QColor::fromRgbF(colour.redF() * 0.72, colour.greenF() * 0.72, colour.blueF() * 0.72);
}

/** Bytes as one line of text for a block: UTF-8, control characters as middle dots. */
QString shownText(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    for (QChar &c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QChar(0xb7);
    }
    return text;
}

/** Header bytes for a block: printable ASCII as text ("5", {"size": 5}), other bytes in hex ("05 00 00 00", or
    "05000000" where room is short). */
QString headerText(const QByteArray &bytes, bool spaced)
{
    QStringList parts;
    QString text;
    for (const char byte : bytes) {
        const auto c = static_cast<unsigned char>(byte);
        if (c >= 0x20 && c < 0x7f) {
            text += QLatin1Char(char(c));
            continue;
        }
        if (!text.isEmpty())
            parts.append(std::exchange(text, QString()));
        parts.append(QStringLiteral("%1").arg(c, 2, 16, QLatin1Char('0')).toUpper());
    }
    if (!text.isEmpty())
        parts.append(text);
    return parts.join(spaced ? QStringLiteral(" ") : QString());
}

/** Bytes for a tooltip: UTF-8 with C escapes for control characters. */
QString escapedText(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\n':
            result += QStringLiteral("\\n");
            break;
        case '\r':
            result += QStringLiteral("\\r");
            break;
        case '\t':
            result += QStringLiteral("\\t");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                result += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                result += c;
        }
    }
    return result;
}

QString milliseconds(qint64 ns)
{
    return QString::number(double(ns) / 1e6, 'f', 3);
}

} // namespace

TimelineScene::TimelineScene(QObject *parent)
    : QGraphicsScene(parent)
{
    // Items are rebuilt on every zoom and pan; an index would cost more than it saves.
    setItemIndexMethod(QGraphicsScene::NoIndex);
    m_blockFont = QGuiApplication::font();
    m_blockFont.setPointSizeF(12);
    m_labelFont = m_blockFont;
    m_labelFont.setBold(true);
    m_smallFont = QGuiApplication::font();
    m_smallFont.setPointSizeF(11);
    buildModel();
}

TimelineScene::~TimelineScene() = default;

// ---- data ----

void TimelineScene::resetData()
{
    m_events.clear();
    m_outgoing.clear();
    m_incoming.clear();
    m_replies.clear();
    m_messages.clear();
    m_colourSpans.clear();
    m_headers.clear();
    m_sharedStream = false;
    m_simulated = false;
    m_udp = false;
    m_colouring = Colouring::Messages;
    m_highlight = ByteRange();
    m_unreadFrom = 0;
    m_unreadTo = 0;
}

void TimelineScene::setLabResult(const LabResult &result)
{
    resetData();
    m_events = result.trace.events();
    m_outgoing = result.plan.stream;
    m_incoming = result.plan.stream;
    m_replies = result.replies;
    m_messages = result.experiment.messages;
    m_sharedStream = true;
    m_simulated = result.mode == LabResult::Mode::Simulated;
    m_udp = result.experiment.transport == LabExperiment::Transport::Udp;
    m_colouring = Colouring::Messages;
    if (!m_udp && result.unreadBytes > 0) {
        m_unreadTo = result.plan.stream.size();
        m_unreadFrom = qMax<qint64>(0, m_unreadTo - result.unreadBytes);
    }
    for (qsizetype i = 0; i < result.plan.spans.size(); ++i) {
        const LabMessageSpan &span = result.plan.spans.at(i);
        m_colourSpans.push_back({span.offset, span.length, int(i)});
        if (span.headerLength > 0)
            m_headers.emplace_back(span.offset, span.offset + span.headerLength);
        if (span.trailerLength > 0)
            m_headers.emplace_back(span.offset + span.length - span.trailerLength, span.offset + span.length);
    }
    std::sort(m_headers.begin(), m_headers.end());
    buildModel();
}

void TimelineScene::setTrace(const StreamTrace &trace)
{
    resetData();
    m_events = trace.events();
    m_outgoing = trace.sentBytes();
    m_incoming = trace.readBytes();
    int sends = 0;
    int reads = 0;
    for (const TraceEvent &event : std::as_const(m_events)) {
        if (event.kind == TraceEvent::Kind::Send)
            m_colourSpans.push_back({event.offset, event.length, sends++});
        if (event.kind == TraceEvent::Kind::Frame) {
            if (event.headerLength > 0)
                m_headers.emplace_back(event.offset, event.offset + event.headerLength);
            if (event.trailerLength > 0)
                m_headers.emplace_back(event.offset + event.length - event.trailerLength, event.offset + event.length);
        }
    }
    m_colouring = Colouring::Writes;
    if (sends == 0) {
        // A server-side trace only has reads: each read is its own colour.
        m_colouring = Colouring::Reads;
        for (const TraceEvent &event : std::as_const(m_events)) {
            if (event.kind == TraceEvent::Kind::Read)
                m_colourSpans.push_back({event.offset, event.length, reads++});
        }
    }
    std::stable_sort(m_colourSpans.begin(), m_colourSpans.end(),
                     [](const ColourSpan &a, const ColourSpan &b) { return a.offset < b.offset; });
    std::sort(m_headers.begin(), m_headers.end());
    buildModel();
}

void TimelineScene::clearTrace()
{
    resetData();
    buildModel();
}

TimelineScene::Lane TimelineScene::laneOf(TraceEvent::Kind kind)
{
    switch (kind) {
    case TraceEvent::Kind::Send:
        return Lane::Sends;
    case TraceEvent::Kind::Segment:
        return Lane::Wire;
    case TraceEvent::Kind::Read:
        return Lane::Reads;
    case TraceEvent::Kind::Frame:
        return Lane::Frames;
    case TraceEvent::Kind::Reply:
        return Lane::Replies;
    }
    return Lane::Sends;
}

QString TimelineScene::eventName(TraceEvent::Kind kind, int number, bool udp)
{
    switch (kind) {
    case TraceEvent::Kind::Send:
        return tr("Write #%1").arg(number);
    case TraceEvent::Kind::Segment:
        return udp ? tr("Datagram #%1").arg(number) : tr("Segment #%1").arg(number);
    case TraceEvent::Kind::Read:
        return tr("Read #%1").arg(number);
    case TraceEvent::Kind::Frame:
        return tr("Frame #%1").arg(number);
    case TraceEvent::Kind::Reply:
        return tr("Reply #%1").arg(number);
    }
    return {};
}

QString TimelineScene::laneName(Lane lane)
{
    switch (lane) {
    case Lane::Sends:
        return tr("Sends");
    case Lane::Wire:
        return tr("Wire");
    case Lane::Reads:
        return tr("Reads");
    case Lane::Frames:
        return tr("Frames");
    case Lane::Replies:
        return tr("Replies");
    }
    return {};
}

void TimelineScene::buildModel()
{
    for (LaneData &data : m_laneData)
        data = LaneData();
    m_maxOffset = 0;
    m_maxTime = 0;
    qint64 readEnd = 0;
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        const TraceEvent &event = m_events.at(i);
        Block block;
        block.offset = event.offset;
        block.length = qMax<qint64>(event.length, 0);
        block.timeNs = event.timeNs;
        block.layoutOffset = event.offset;
        block.headerLength = event.headerLength;
        block.trailerLength = event.trailerLength;
        block.eventIndex = int(i);
        if (event.kind == TraceEvent::Kind::Read)
            readEnd = qMax(readEnd, event.offset + block.length);
        // Replies travel on the reverse stream; on the offset axis they sit where the reader had got to.
        if (event.kind == TraceEvent::Kind::Reply)
            block.layoutOffset = readEnd;
        m_maxOffset = qMax(m_maxOffset, block.layoutOffset + block.length);
        m_maxTime = qMax(m_maxTime, block.timeNs);
        m_laneData[size_t(laneOf(event.kind))].blocks.push_back(block);
    }
    m_lanes = {Lane::Sends};
    if (m_simulated || !laneData(Lane::Wire).blocks.empty())
        m_lanes.append(Lane::Wire);
    m_lanes.append(Lane::Reads);
    if (!laneData(Lane::Frames).blocks.empty())
        m_lanes.append(Lane::Frames);
    if (!laneData(Lane::Replies).blocks.empty())
        m_lanes.append(Lane::Replies);
    m_visibleCount = int(m_events.size());
    m_highlight = ByteRange();
    m_fitted = true;
    m_visibleLeft = 0;
    m_visibleRight = m_viewportWidth;
    m_pin = 0;
    sortAlongAxis();
    relayout();
}

void TimelineScene::sortAlongAxis()
{
    const bool time = m_axis == Axis::Time;
    for (LaneData &data : m_laneData) {
        const size_t count = data.blocks.size();
        data.order.resize(count);
        for (size_t i = 0; i < count; ++i)
            data.order[i] = int(i);
        const auto key = [&data, time](int index) {
            const Block &block = data.blocks[size_t(index)];
            return time ? block.timeNs : block.layoutOffset;
        };
        std::stable_sort(data.order.begin(), data.order.end(), [&key](int a, int b) { return key(a) < key(b); });
        data.keys.resize(count);
        data.maxEnd.resize(count);
        double maxEnd = -1;
        for (size_t i = 0; i < count; ++i) {
            const Block &block = data.blocks[size_t(data.order[i])];
            data.keys[i] = double(key(data.order[i]));
            maxEnd = qMax(maxEnd, double(time ? block.timeNs : block.layoutOffset + block.length));
            data.maxEnd[i] = maxEnd;
        }
    }
}

int TimelineScene::laneRow(Lane lane) const
{
    return int(m_lanes.indexOf(lane));
}

int TimelineScene::visibleBlocks(const LaneData &data) const
{
    const auto end = std::partition_point(data.blocks.cbegin(), data.blocks.cend(),
                                          [this](const Block &block) { return block.eventIndex < m_visibleCount; });
    return int(end - data.blocks.cbegin());
}

// ---- colours of bytes ----

int TimelineScene::colourAt(qint64 offset) const
{
    auto it = std::upper_bound(m_colourSpans.cbegin(), m_colourSpans.cend(), offset,
                               [](qint64 value, const ColourSpan &span) { return value < span.offset; });
    // Several spans may start at or before the offset (an empty message before a full one): take the one holding it.
    while (it != m_colourSpans.cbegin()) {
        --it;
        if (offset < it->offset + it->length)
            return it->index;
        if (it->length > 0)
            break;
    }
    return -1;
}

int TimelineScene::colourOfEmpty(qint64 offset) const
{
    const auto range = std::equal_range(m_colourSpans.cbegin(), m_colourSpans.cend(), ColourSpan{offset, 0, 0},
                                        [](const ColourSpan &a, const ColourSpan &b) { return a.offset < b.offset; });
    for (auto it = range.first; it != range.second; ++it) {
        if (it->length == 0)
            return it->index;
    }
    return colourAt(offset);
}

bool TimelineScene::inHeader(qint64 offset) const
{
    auto it =
        std::upper_bound(m_headers.cbegin(), m_headers.cend(), offset,
                         [](qint64 value, const std::pair<qint64, qint64> &range) { return value < range.first; });
    while (it != m_headers.cbegin()) {
        --it;
        if (offset < it->second)
            return true;
        if (it->second <= it->first)
            continue;
        break;
    }
    return false;
}

bool TimelineScene::lanesShareHeaders(Lane lane) const
{
    if (lane == Lane::Replies)
        return false;
    return m_sharedStream || lane == Lane::Reads || lane == Lane::Frames;
}

const QByteArray &TimelineScene::bytesOf(Lane lane) const
{
    switch (lane) {
    case Lane::Sends:
    case Lane::Wire:
        return m_outgoing;
    case Lane::Replies:
        return m_replies;
    case Lane::Reads:
    case Lane::Frames:
        break;
    }
    return m_incoming;
}

QByteArray TimelineScene::bytesOf(Lane lane, qint64 start, qint64 end) const
{
    const QByteArray &source = bytesOf(lane);
    if (start < 0 || start >= source.size() || end <= start)
        return {};
    return source.mid(start, qMin<qint64>(end, source.size()) - start);
}

QList<TimelineScene::Segment> TimelineScene::segmentsOf(Lane lane, const Block &block) const
{
    if (lane == Lane::Replies)
        return {{block.offset, block.offset + block.length, -2, false}};
    if (block.length == 0)
        return {{block.offset, block.offset, colourOfEmpty(block.offset), false}};
    const qint64 start = block.offset;
    const qint64 end = block.offset + block.length;
    std::vector<qint64> cuts = {start, end};
    const auto cut = [&](qint64 at) {
        if (at > start && at < end)
            cuts.push_back(at);
    };
    auto span = std::upper_bound(m_colourSpans.cbegin(), m_colourSpans.cend(), start,
                                 [](qint64 value, const ColourSpan &s) { return value < s.offset; });
    if (span != m_colourSpans.cbegin())
        --span;
    for (; span != m_colourSpans.cend() && span->offset < end; ++span) {
        cut(span->offset);
        cut(span->offset + span->length);
    }
    const bool headers = lanesShareHeaders(lane) && !m_headers.empty();
    if (headers) {
        auto range = std::upper_bound(m_headers.cbegin(), m_headers.cend(), start,
                                      [](qint64 value, const std::pair<qint64, qint64> &r) { return value < r.first; });
        if (range != m_headers.cbegin())
            --range;
        for (; range != m_headers.cend() && range->first < end; ++range) {
            cut(range->first);
            cut(range->second);
        }
    }
    const bool frame = lane == Lane::Frames;
    if (frame) {
        cut(start + block.headerLength);
        cut(end - block.trailerLength);
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    QList<Segment> segments;
    for (size_t i = 0; i + 1 < cuts.size(); ++i) {
        const qint64 a = cuts[i];
        Segment segment{a, cuts[i + 1], colourAt(a), false};
        segment.header =
            (headers && inHeader(a)) || (frame && (a < start + block.headerLength || a >= end - block.trailerLength));
        if (!segments.isEmpty() && segments.constLast().colour == segment.colour &&
            segments.constLast().header == segment.header)
            segments.last().end = segment.end;
        else
            segments.append(segment);
    }
    return segments;
}

TimelineScene::BlockInfo TimelineScene::infoOf(Lane lane, const Block &block) const
{
    BlockInfo info;
    info.offset = block.offset;
    info.length = block.length;
    info.timeNs = block.timeNs;
    info.eventIndex = block.eventIndex;
    info.kind = m_events.at(block.eventIndex).kind;
    for (const Segment &segment : segmentsOf(lane, block)) {
        if (segment.header)
            info.headerBytes += segment.end - segment.start;
        if (segment.colour != -2 && !info.messageIndices.contains(segment.colour))
            info.messageIndices.append(segment.colour);
    }
    return info;
}

QList<TimelineScene::BlockInfo> TimelineScene::blocks(Lane lane) const
{
    const LaneData &data = laneData(lane);
    const int visible = visibleBlocks(data);
    QList<BlockInfo> result;
    result.reserve(visible);
    for (int i = 0; i < visible; ++i)
        result.append(infoOf(lane, data.blocks[size_t(i)]));
    return result;
}

int TimelineScene::itemCount(Lane lane) const
{
    return laneData(lane).items;
}

QString TimelineScene::colourName(int index) const
{
    switch (m_colouring) {
    case Colouring::Messages: {
        if (index < 0 || index >= m_messages.size())
            return tr("other bytes");
        const QByteArray &message = m_messages.at(index);
        if (message.isEmpty())
            return tr("%1 (empty)").arg(index + 1);
        QString text = shownText(message.first(qMin<qsizetype>(message.size(), 12)));
        if (message.size() > 12)
            text += QChar(0x2026);
        return QStringLiteral("%1 %2").arg(index + 1).arg(text);
    }
    case Colouring::Writes:
        return tr("write %1").arg(index + 1);
    case Colouring::Reads:
        return tr("read %1").arg(index + 1);
    }
    return {};
}

QColor TimelineScene::colourFor(int index)
{
    if (index < 0)
        return QColor(0x99, 0x99, 0x99);
    return QColor(okabeIto[size_t(index) % std::size(okabeIto)]);
}

QColor TimelineScene::textOn(const QColor &fill)
{
    const qreal l = luminance(fill);
    return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? QColor(Qt::black) : QColor(Qt::white);
}

QColor TimelineScene::baseColour() const
{
    return palette().color(QPalette::Base);
}

QColor TimelineScene::textColour() const
{
    return palette().color(QPalette::Text);
}

QColor TimelineScene::mixed(qreal towardText) const
{
    const QColor a = baseColour();
    const QColor b = textColour();
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * towardText,
                            a.greenF() + (b.greenF() - a.greenF()) * towardText,
                            a.blueF() + (b.blueF() - a.blueF()) * towardText);
}

// ---- geometry ----

double TimelineScene::extentUnits() const
{
    return double(qMax<qint64>(1, m_axis == Axis::Offset ? m_maxOffset : m_maxTime));
}

double TimelineScene::fitPixelsPerUnit() const
{
    const qreal tail = m_axis == Axis::Time ? markerWidth : emptyWidth / 2;
    return qMax<qreal>(100, m_viewportWidth - leftEdge - rightMargin - tail) / extentUnits();
}

double TimelineScene::maxPixelsPerUnit() const
{
    // Offset axis: a byte as wide as a few characters; time axis: a microsecond ten pixels wide.
    const double wanted = m_axis == Axis::Offset ? 240.0 : 0.01;
    return qMax(fitPixelsPerUnit(), qMin(wanted, maxSceneWidth / extentUnits()));
}

qreal TimelineScene::sceneWidth() const
{
    const qreal tail = m_axis == Axis::Time ? markerWidth : emptyWidth / 2;
    return qMax(m_viewportWidth, leftEdge + qreal(extentUnits() * m_pixelsPerUnit) + tail + rightMargin);
}

qreal TimelineScene::xForUnit(double unit) const
{
    return leftEdge + qreal(unit * m_pixelsPerUnit);
}

double TimelineScene::unitAt(qreal x) const
{
    return double(x - leftEdge) / m_pixelsPerUnit;
}

qreal TimelineScene::laneTop(int row) const
{
    return rulerHeight + m_laneHeight * row;
}

std::pair<qreal, qreal> TimelineScene::span(const Block &block) const
{
    if (m_axis == Axis::Time) {
        const qreal x = xForUnit(double(block.timeNs));
        return {x, x + markerWidth};
    }
    const qreal x = xForUnit(double(block.layoutOffset));
    if (block.length == 0)
        return {x - emptyWidth / 2, x + emptyWidth / 2};
    return {x, xForUnit(double(block.layoutOffset + block.length))};
}

QRectF TimelineScene::rectOf(int row, const std::pair<qreal, qreal> &x) const
{
    qreal left = x.first;
    qreal right = x.second;
    if (right - left >= 4 * blockGap) {
        left += blockGap / 2;
        right -= blockGap / 2;
    }
    return QRectF(left, laneTop(row) + blockInset, qMax<qreal>(right - left, 1), m_laneHeight - 2 * blockInset);
}

QRectF TimelineScene::blockRect(Lane lane, int index) const
{
    const int row = laneRow(lane);
    const LaneData &data = laneData(lane);
    if (row < 0 || index < 0 || index >= visibleBlocks(data))
        return {};
    return rectOf(row, span(data.blocks[size_t(index)]));
}

void TimelineScene::setAxis(Axis axis)
{
    if (axis == m_axis)
        return;
    m_axis = axis;
    sortAlongAxis();
    m_fitted = true;
    m_visibleLeft = 0;
    m_pin = 0;
    relayout();
}

void TimelineScene::setZoom(double pixelsPerUnit, qreal anchorX)
{
    const double unit = unitAt(anchorX);
    const qreal visibleWidth = m_hasVisibleRange ? m_visibleRight - m_visibleLeft : m_viewportWidth;
    const qreal viewX = anchorX - m_visibleLeft;
    const double fit = fitPixelsPerUnit();
    m_pixelsPerUnit = qBound(fit, pixelsPerUnit, maxPixelsPerUnit());
    m_fitted = m_pixelsPerUnit <= fit * 1.0001;
    m_visibleLeft = qBound<qreal>(0, xForUnit(unit) - viewX, qMax<qreal>(0, sceneWidth() - visibleWidth));
    m_visibleRight = m_visibleLeft + visibleWidth;
    m_pin = m_visibleLeft;
    relayout();
}

void TimelineScene::zoomIn()
{
    const qreal anchor = m_hasVisibleRange ? (m_visibleLeft + labelWidth + m_visibleRight) / 2 : leftEdge;
    setZoom(m_pixelsPerUnit * 1.5, anchor);
}

void TimelineScene::zoomOut()
{
    const qreal anchor = m_hasVisibleRange ? (m_visibleLeft + labelWidth + m_visibleRight) / 2 : leftEdge;
    setZoom(m_pixelsPerUnit / 1.5, anchor);
}

void TimelineScene::zoomFit()
{
    m_fitted = true;
    m_visibleLeft = 0;
    m_visibleRight = m_viewportWidth;
    m_pin = 0;
    relayout();
}

void TimelineScene::setViewportSize(const QSizeF &size)
{
    if (size.width() < 1 || size.height() < 1 ||
        (qAbs(size.width() - m_viewportWidth) < 1 && qAbs(size.height() - m_viewportHeight) < 1))
        return;
    m_viewportWidth = size.width();
    m_viewportHeight = size.height();
    relayout();
}

void TimelineScene::setVisibleRange(qreal left, qreal right)
{
    const bool known = m_hasVisibleRange;
    m_visibleLeft = left;
    m_visibleRight = right;
    m_hasVisibleRange = true;
    const bool allBuilt = m_builtLeft <= 0 && m_builtRight >= sceneWidth();
    if (!known || ((left < m_builtLeft || right > m_builtRight) && !allBuilt)) {
        rebuildDynamic();
        rebuildOverlays();
    }
}

void TimelineScene::pinLeft(qreal x)
{
    m_pin = qBound<qreal>(0, x, qMax<qreal>(0, sceneWidth() - labelWidth));
    if (m_labelPanel)
        m_labelPanel->setX(m_pin);
    if (m_legendPanel)
        m_legendPanel->setX(m_pin);
}

void TimelineScene::setVisibleEventCount(int count)
{
    const int total = int(m_events.size());
    const int visible = count < 0 || count > total ? total : count;
    if (visible == m_visibleCount)
        return;
    m_visibleCount = visible;
    rebuildStatic();
    rebuildDynamic();
    rebuildOverlays();
    pinLeft(m_pin);
}

const TraceEvent *TimelineScene::newestEvent() const
{
    return m_visibleCount > 0 ? &m_events.at(m_visibleCount - 1) : nullptr;
}

// ---- items ----

void TimelineScene::clearItems(QList<QGraphicsItem *> &items)
{
    for (QGraphicsItem *item : std::as_const(items))
        delete item;
    items.clear();
}

void TimelineScene::relayout()
{
    if (m_fitted)
        m_pixelsPerUnit = fitPixelsPerUnit();
    m_pixelsPerUnit = qBound(fitPixelsPerUnit(), m_pixelsPerUnit, maxPixelsPerUnit());
    rebuildStatic();
    rebuildDynamic();
    rebuildOverlays();
    pinLeft(m_pin);
    emit geometryChanged();
}

void TimelineScene::rebuildStatic()
{
    m_labelPanel = nullptr;
    m_legendPanel = nullptr;
    clearItems(m_staticItems);
    const qreal width = sceneWidth();
    const int rows = int(m_lanes.size());
    // The legend first: the lanes share the height it leaves.
    rebuildLegend();
    const qreal room = m_viewportHeight - rulerHeight - 14 - m_legendHeight - 12;
    m_laneHeight = qBound(minLaneHeight, rows > 0 ? room / rows : minLaneHeight, maxLaneHeight);
    m_blockFont.setPointSizeF(qBound(12.0, m_laneHeight * 0.14, 15.0));
    m_legendPanel->setPos(m_pin, laneTop(rows) + 14);
    auto *ruler = addRect(QRectF(0, 0, width, rulerHeight), Qt::NoPen, mixed(0.04));
    ruler->setZValue(RulerZ);
    m_staticItems.append(ruler);
    for (int row = 0; row < rows; ++row) {
        auto *lane =
            addRect(QRectF(0, laneTop(row), width, m_laneHeight), Qt::NoPen, row % 2 == 0 ? baseColour() : mixed(0.07));
        lane->setZValue(LaneZ);
        m_staticItems.append(lane);
    }
    auto *line = addLine(QLineF(0, rulerHeight, width, rulerHeight), QPen(mixed(0.5), 1));
    line->setZValue(RulerZ);
    m_staticItems.append(line);
    rebuildLabels();
    setSceneRect(0, 0, width, laneTop(rows) + 14 + m_legendHeight + 8);
}

void TimelineScene::rebuildLabels()
{
    const int rows = int(m_lanes.size());
    m_labelPanel = addRect(QRectF(0, 0, labelWidth, laneTop(rows)), Qt::NoPen, mixed(0.12));
    m_labelPanel->setZValue(PanelZ);
    m_staticItems.append(m_labelPanel);
    auto *border = new QGraphicsLineItem(QLineF(labelWidth, 0, labelWidth, laneTop(rows)), m_labelPanel);
    border->setPen(QPen(mixed(0.6), 2));

    const auto text = [this](const QString &content, const QFont &font, const QPointF &at) {
        auto *item = new QGraphicsSimpleTextItem(content, m_labelPanel);
        item->setFont(font);
        item->setBrush(textColour());
        item->setPos(at);
        return item;
    };
    const QString axisTitle = m_axis == Axis::Offset ? tr("Byte offset →") : tr("Time (ms) →");
    text(axisTitle, m_smallFont, QPointF(12, (rulerHeight - QFontMetricsF(m_smallFont).height()) / 2));
    for (int row = 0; row < rows; ++row) {
        const Lane lane = m_lanes.at(row);
        QString hint;
        switch (lane) {
        case Lane::Sends:
            hint = tr("write calls");
            break;
        case Lane::Wire:
            hint = m_udp ? tr("datagrams") : tr("TCP segments");
            break;
        case Lane::Reads:
            hint = tr("recv calls");
            break;
        case Lane::Frames:
            hint = tr("decoded messages");
            break;
        case Lane::Replies:
            hint = tr("receiver → sender");
            break;
        }
        const QString title = QStringLiteral("%1 (%2)").arg(laneName(lane)).arg(visibleBlocks(laneData(lane)));
        const qreal titleHeight = QFontMetricsF(m_labelFont).height();
        const qreal hintHeight = QFontMetricsF(m_smallFont).height();
        const qreal top = laneTop(row) + (m_laneHeight - titleHeight - hintHeight) / 2;
        text(title, m_labelFont, QPointF(12, top));
        text(hint, m_smallFont, QPointF(12, top + titleHeight));
    }
}

void TimelineScene::rebuildLegend()
{
    m_legendPanel = addRect(QRectF(), Qt::NoPen, Qt::NoBrush);
    m_legendPanel->setZValue(PanelZ);
    m_staticItems.append(m_legendPanel);

    const qreal maxWidth = qMax<qreal>(480, m_viewportWidth - 24);
    const qreal rowHeight = 30;
    const qreal swatchWidth = 24;
    const qreal swatchHeight = 18;
    const QFontMetricsF metrics(m_smallFont);
    qreal x = 12;
    qreal y = 0;
    const auto place = [&](qreal width) {
        if (x + width > maxWidth && x > 12) {
            x = 12;
            y += rowHeight;
        }
        const QPointF at(x, y);
        x += width + 20;
        return at;
    };
    const auto label = [&](const QString &content, const QPointF &at, bool bold) {
        auto *item = new QGraphicsSimpleTextItem(content, m_legendPanel);
        QFont font = m_smallFont;
        font.setBold(bold);
        item->setFont(font);
        item->setBrush(textColour());
        item->setPos(at.x(), at.y() + (swatchHeight - metrics.height()) / 2);
    };
    const auto swatch = [&](const QPointF &at, const QBrush &brush, const QPen &pen) {
        auto *item = new QGraphicsRectItem(QRectF(at, QSizeF(swatchWidth, swatchHeight)), m_legendPanel);
        item->setBrush(brush);
        item->setPen(pen);
        return item;
    };
    const auto entry = [&](const QString &content, const std::function<void(const QPointF &)> &drawSwatch) {
        const QPointF at = place(swatchWidth + 6 + metrics.horizontalAdvance(content));
        drawSwatch(at);
        label(content, QPointF(at.x() + swatchWidth + 6, at.y()), false);
    };

    QString title;
    switch (m_colouring) {
    case Colouring::Messages:
        title = tr("Colours show messages:");
        break;
    case Colouring::Writes:
        title = tr("Colours show write calls:");
        break;
    case Colouring::Reads:
        title = tr("Colours show reads:");
        break;
    }
    QFont bold = m_smallFont;
    bold.setBold(true);
    label(title, place(QFontMetricsF(bold).horizontalAdvance(title)), true);
    int colours = 0;
    for (const ColourSpan &span : m_colourSpans)
        colours = qMax(colours, span.index + 1);
    const QPen outline(textColour(), 1);
    for (int i = 0; i < qMin<qsizetype>(colours, maxLegendColours); ++i)
        entry(colourName(i), [&](const QPointF &at) { swatch(at, colourFor(i), outline); });
    if (colours > maxLegendColours) {
        const QString more = tr("+%1 more").arg(colours - maxLegendColours);
        label(more, place(metrics.horizontalAdvance(more)), false);
    }
    if (!m_headers.empty()) {
        entry(tr("header / delimiter bytes"), [&](const QPointF &at) {
            swatch(at, shaded(colourFor(-1)), outline);
            auto *hatch = swatch(at, QBrush(QColor(0, 0, 0, 150), Qt::BDiagPattern), Qt::NoPen);
            hatch->setData(svgClassKey, QStringLiteral("header"));
        });
    }
    if (m_unreadTo > m_unreadFrom) {
        entry(tr("never read"),
              [&](const QPointF &at) { swatch(at, Qt::NoBrush, QPen(textColour(), 2, Qt::DotLine)); });
    }
    entry(tr("highlighted range (click a block)"), [&](const QPointF &at) {
        QColor fill = textColour();
        fill.setAlpha(28);
        swatch(at, fill, QPen(textColour(), 2, Qt::DashLine));
    });
    if (m_visibleCount < m_events.size()) {
        entry(tr("latest step"), [&](const QPointF &at) {
            swatch(at, Qt::NoBrush, QPen(textColour(), 4, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        });
    }
    m_legendHeight = y + rowHeight;
    m_legendPanel->setRect(QRectF(0, 0, maxWidth, m_legendHeight));
}

void TimelineScene::rebuildDynamic()
{
    clearItems(m_dynamicItems);
    const qreal width = sceneWidth();
    qreal left = 0;
    qreal right = width;
    if (m_hasVisibleRange) {
        const qreal visible = qMax<qreal>(m_visibleRight - m_visibleLeft, 100);
        left = qMax<qreal>(0, m_visibleLeft - visible);
        right = qMin(width, m_visibleRight + visible);
    }
    m_builtLeft = left;
    m_builtRight = right;
    buildAxis(left, right);
    for (LaneData &data : m_laneData)
        data.items = 0;
    for (int row = 0; row < m_lanes.size(); ++row)
        buildLane(row, left, right);
    buildUnread();
}

void TimelineScene::buildUnread()
{
    const int row = laneRow(Lane::Reads);
    if (m_unreadTo <= m_unreadFrom || m_axis != Axis::Offset || row < 0 || m_visibleCount < m_events.size())
        return;
    const QRectF rect = rectOf(row, {xForUnit(double(m_unreadFrom)), xForUnit(double(m_unreadTo))});
    auto *box = addRect(rect, QPen(textColour(), 2, Qt::DotLine), Qt::NoBrush);
    box->setZValue(BlockZ);
    box->setData(svgClassKey, QStringLiteral("unread"));
    m_dynamicItems.append(box);
    const QString text = tr("never read: %1 bytes").arg(m_unreadTo - m_unreadFrom);
    const QFontMetricsF metrics(m_smallFont);
    if (metrics.horizontalAdvance(text) + 8 > rect.width())
        return;
    auto *label = addSimpleText(text, m_smallFont);
    label->setBrush(textColour());
    label->setPos(rect.center().x() - metrics.horizontalAdvance(text) / 2, rect.center().y() - metrics.height() / 2);
    label->setZValue(BlockZ);
    m_dynamicItems.append(label);
}

void TimelineScene::buildAxis(qreal left, qreal right)
{
    // Ticks about every 90 pixels at 1, 2 or 5 times a power of ten (whole bytes on the offset axis).
    const double raw = 90.0 / m_pixelsPerUnit;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    double step = power * 10;
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * power >= raw) {
            step = factor * power;
            break;
        }
    }
    if (m_axis == Axis::Offset)
        step = qMax(1.0, std::ceil(step));
    const int decimals = m_axis == Axis::Time ? qBound(0, int(-std::floor(std::log10(step / 1e6))), 6) : 0;
    const double last = qMin(unitAt(right), extentUnits());
    const qint64 first = qMax<qint64>(0, qint64(std::ceil(unitAt(qMax<qreal>(left, leftEdge)) / step)));
    const qreal bottom = laneTop(int(m_lanes.size()));
    QColor gridColour = textColour();
    gridColour.setAlpha(40);
    for (qint64 k = first; double(k) * step <= last + 1e-9 && k < first + 1000; ++k) {
        const double unit = double(k) * step;
        const qreal x = xForUnit(unit);
        auto *tick = addLine(QLineF(x, rulerHeight - 8, x, rulerHeight), QPen(textColour(), 1));
        tick->setZValue(TickZ);
        auto *grid = addLine(QLineF(x, rulerHeight, x, bottom), QPen(gridColour, 1));
        grid->setZValue(GridZ);
        const QString text = m_axis == Axis::Offset ? QString::number(qint64(unit))
                                                    : tr("%1 ms").arg(QString::number(unit / 1e6, 'f', decimals));
        auto *label = addSimpleText(text, m_smallFont);
        label->setBrush(textColour());
        label->setPos(qMax(x - QFontMetricsF(m_smallFont).horizontalAdvance(text) / 2, leftEdge - 10), 4);
        label->setZValue(TickZ);
        m_dynamicItems << tick << grid << label;
    }
}

void TimelineScene::buildLane(int row, qreal left, qreal right)
{
    const Lane lane = m_lanes.at(row);
    LaneData &data = m_laneData[size_t(lane)];
    const int visible = visibleBlocks(data);
    if (visible == 0)
        return;
    const double slack = qMax(markerWidth, emptyWidth) / m_pixelsPerUnit;
    const double from = unitAt(left) - slack;
    const double to = unitAt(right) + slack;
    size_t p = size_t(std::lower_bound(data.maxEnd.cbegin(), data.maxEnd.cend(), from) - data.maxEnd.cbegin());

    std::vector<int> group;
    qreal groupLeft = 0;
    qreal groupRight = 0;
    bool groupTiny = false;
    std::vector<int> marks;
    qreal marksLeft = 0;
    qreal marksRight = 0;
    const auto flushGroup = [&] {
        if (!group.empty())
            addBlockItem(row, group, groupLeft, groupRight);
        group.clear();
    };
    const auto flushMarks = [&] {
        if (!marks.empty())
            addBlockItem(row, marks, marksLeft, marksRight);
        marks.clear();
    };
    for (; p < data.order.size() && data.keys[p] <= to; ++p) {
        const int index = data.order[p];
        if (index >= visible)
            continue;
        const Block &block = data.blocks[size_t(index)];
        const auto [x0, x1] = span(block);
        if (x1 < left || x0 > right)
            continue;
        if (m_axis == Axis::Time) {
            // Markers starting within one marker's width share it.
            if (!group.empty() && x0 < groupLeft + markerWidth) {
                group.push_back(index);
            } else {
                flushGroup();
                group = {index};
                groupLeft = x0;
                groupRight = x0 + markerWidth;
            }
            continue;
        }
        if (block.length == 0) {
            if (!marks.empty() && x0 < marksLeft + emptyWidth) {
                marks.push_back(index);
                marksRight = qMax(marksRight, x1);
            } else {
                flushMarks();
                marks = {index};
                marksLeft = x0;
                marksRight = x1;
            }
            continue;
        }
        const bool tiny = x1 - x0 < mergeWidth;
        if (!group.empty() && tiny && groupTiny && x0 < groupLeft + mergeWidth) {
            group.push_back(index);
            groupRight = qMax(groupRight, x1);
        } else {
            flushGroup();
            group = {index};
            groupLeft = x0;
            groupRight = x1;
            groupTiny = tiny;
        }
    }
    flushGroup();
    flushMarks();
}

void TimelineScene::addBlockItem(int row, const std::vector<int> &members, qreal left, qreal right)
{
    const Lane lane = m_lanes.at(row);
    LaneData &data = m_laneData[size_t(lane)];
    const QRectF rect = rectOf(row, {left, right});
    const bool stepping = m_visibleCount < m_events.size();
    bool newest = false;
    qint64 rangeStart = std::numeric_limits<qint64>::max();
    qint64 rangeEnd = std::numeric_limits<qint64>::min();
    for (int index : members) {
        const Block &block = data.blocks[size_t(index)];
        newest = newest || (stepping && block.eventIndex == m_visibleCount - 1);
        rangeStart = qMin(rangeStart, block.offset);
        rangeEnd = qMax(rangeEnd, block.offset + block.length);
    }

    QList<TimelineBlockItem::Piece> pieces;
    const auto fillOf = [this](const Segment &segment) {
        QColor fill = segment.colour == -2 ? mixed(0.25) : colourFor(segment.colour);
        return segment.header ? shaded(fill) : fill;
    };
    TimelineBlockItem::Outline outline = TimelineBlockItem::Outline::Normal;
    if (members.size() == 1) {
        const Block &block = data.blocks[size_t(members.front())];
        const QList<Segment> segments = segmentsOf(lane, block);
        const qreal total = qMax<qreal>(1, qreal(block.length));
        for (const Segment &segment : segments) {
            TimelineBlockItem::Piece piece;
            piece.weight = qreal(segment.end - segment.start);
            piece.fill = fillOf(segment);
            piece.textColour = textOn(piece.fill);
            piece.header = segment.header;
            // Only as many bytes as could show.
            const qreal width = rect.width() * piece.weight / total;
            const qint64 shown = qBound(qint64(1), qint64(width / 4) + 2, qint64(256));
            const QByteArray bytes = bytesOf(lane, segment.start, qMin(segment.end, segment.start + shown));
            piece.text = segment.header ? headerText(bytes, true) : shownText(bytes);
            if (segment.header)
                piece.shortText = headerText(bytes, false);
            pieces.append(piece);
        }
        if (block.length == 0)
            outline = TimelineBlockItem::Outline::Empty;
    } else {
        outline = TimelineBlockItem::Outline::Merged;
        if (qreal(members.size()) * 4 <= rect.width()) {
            for (int index : members) {
                for (const Segment &segment : segmentsOf(lane, data.blocks[size_t(index)])) {
                    TimelineBlockItem::Piece piece;
                    piece.weight = qMax<qreal>(qreal(segment.end - segment.start), 0.5);
                    piece.fill = fillOf(segment);
                    piece.textColour = textOn(piece.fill);
                    piece.header = segment.header;
                    pieces.append(piece);
                }
            }
        } else {
            TimelineBlockItem::Piece piece;
            piece.weight = 1;
            piece.fill = mixed(0.45);
            piece.textColour = textOn(piece.fill);
            pieces.append(piece);
        }
    }
    if (newest)
        outline = TimelineBlockItem::Outline::Newest;
    auto *item = new TimelineBlockItem(rect, pieces, m_blockFont);
    item->setOutline(outline, textColour());
    if (members.size() > 1)
        item->setBadge(QStringLiteral("×%1").arg(members.size()));
    item->setSource(int(lane), *std::min_element(members.cbegin(), members.cend()), int(members.size()), rangeStart,
                    qMax<qint64>(0, rangeEnd - rangeStart));
    const bool empty = rangeEnd == rangeStart;
    item->setZValue(empty ? EmptyBlockZ : BlockZ);
    addItem(item);
    m_dynamicItems.append(item);
    ++data.items;
}

// ---- highlight ----

void TimelineScene::highlightRange(qint64 offset, qint64 length)
{
    m_highlight = ByteRange{qMax<qint64>(0, offset), qMax<qint64>(0, length)};
    rebuildOverlays();
    emit highlightChanged(m_highlight.offset, m_highlight.length);
}

void TimelineScene::clearHighlight()
{
    if (!m_highlight.isValid())
        return;
    m_highlight = ByteRange();
    rebuildOverlays();
    emit highlightChanged(-1, 0);
}

void TimelineScene::rebuildOverlays()
{
    clearItems(m_overlayItems);
    m_overlays.clear();
    if (!m_highlight.isValid())
        return;
    const qint64 start = m_highlight.offset;
    const qint64 end = start + m_highlight.length;
    QColor fill = textColour();
    fill.setAlpha(28);
    const QPen pen(textColour(), 3, Qt::DashLine);
    for (int row = 0; row < m_lanes.size(); ++row) {
        const Lane lane = m_lanes.at(row);
        if (lane == Lane::Replies)
            continue; // the reverse stream has offsets of its own
        qreal left = 0;
        qreal right = -1;
        if (m_axis == Axis::Offset) {
            if (m_highlight.length == 0) {
                const qreal x = xForUnit(double(start));
                left = x - emptyWidth / 2 - 2;
                right = x + emptyWidth / 2 + 2;
            } else {
                left = xForUnit(double(start));
                right = xForUnit(double(end));
            }
        } else {
            const LaneData &data = laneData(lane);
            const int visible = visibleBlocks(data);
            for (int i = 0; i < visible; ++i) {
                const Block &block = data.blocks[size_t(i)];
                const bool overlaps = m_highlight.length == 0
                    ? block.length == 0 && block.offset == start
                    : block.length > 0 && block.offset < end && start < block.offset + block.length;
                if (!overlaps)
                    continue;
                const auto [x0, x1] = span(block);
                left = right < left ? x0 : qMin(left, x0);
                right = qMax(right, x1);
            }
            if (right < left)
                continue;
        }
        const QRectF rect(left, laneTop(row) + 4, qMax<qreal>(right - left, 2), m_laneHeight - 8);
        // The band lies under the blocks so their colours stay true; the outline is drawn over them.
        auto *band = addRect(rect, Qt::NoPen, fill);
        band->setZValue(BandZ);
        band->setData(svgClassKey, QStringLiteral("selection-band"));
        auto *item = addRect(rect, pen, Qt::NoBrush);
        item->setZValue(OverlayZ);
        item->setData(svgClassKey, QStringLiteral("selection"));
        m_overlayItems << band << item;
        m_overlays.append(Overlay{lane, rect});
    }
}

void TimelineScene::clickBlock(Lane lane, int index)
{
    const LaneData &data = laneData(lane);
    if (lane == Lane::Replies || index < 0 || index >= visibleBlocks(data))
        return;
    const Block &block = data.blocks[size_t(index)];
    const ByteRange range{block.offset, block.length};
    if (m_highlight == range)
        clearHighlight();
    else
        highlightRange(range.offset, range.length);
}

void TimelineScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const QList<QGraphicsItem *> hit = items(event->scenePos());
        for (QGraphicsItem *item : hit) {
            if (item->type() != TimelineBlockItem::Type)
                continue;
            const auto *block = static_cast<TimelineBlockItem *>(item);
            if (Lane(block->lane()) == Lane::Replies)
                break;
            const ByteRange range{block->offset(), block->length()};
            if (m_highlight == range)
                clearHighlight();
            else
                highlightRange(range.offset, range.length);
            event->accept();
            return;
        }
    }
    // Not on a block: let the view pan.
    QGraphicsScene::mousePressEvent(event);
}

// ---- tooltips ----

QString TimelineScene::toolTipFor(const QGraphicsItem *item) const
{
    if (!item || item->type() != TimelineBlockItem::Type)
        return {};
    const auto *block = static_cast<const TimelineBlockItem *>(item);
    if (block->blockCount() == 1)
        return blockToolTip(Lane(block->lane()), block->firstBlock());
    return tr("%1 blocks merged at this zoom: bytes %2–%3. Zoom in (Ctrl+wheel) to see them one by one.")
        .arg(block->blockCount())
        .arg(block->offset())
        .arg(block->offset() + block->length());
}

QString TimelineScene::blockToolTip(Lane lane, int index) const
{
    const LaneData &data = laneData(lane);
    if (index < 0 || index >= int(data.blocks.size()))
        return {};
    const Block &block = data.blocks[size_t(index)];
    const BlockInfo info = infoOf(lane, block);
    const QString what = eventName(m_events.at(block.eventIndex).kind, index + 1, m_udp);
    const QString range = block.length == 0
        ? tr("no bytes, at offset %1").arg(block.offset)
        : tr("bytes %1–%2 (%3 bytes)").arg(block.offset).arg(block.offset + block.length).arg(block.length);
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> — %2, %3")
                 .arg(what.toHtmlEscaped(), range.toHtmlEscaped(),
                      tr("at %1 ms").arg(milliseconds(block.timeNs)).toHtmlEscaped());
    if (lane != Lane::Replies && !info.messageIndices.isEmpty()) {
        QStringList names;
        for (int colour : info.messageIndices)
            names << colourName(colour);
        const QString from = m_colouring == Colouring::Messages ? tr("Messages: %1")
            : m_colouring == Colouring::Writes                  ? tr("From writes: %1")
                                                                : tr("Reads: %1");
        lines << from.arg(names.join(QStringLiteral(", "))).toHtmlEscaped();
    }
    if (block.headerLength > 0)
        lines << tr("Header bytes: %1").arg(block.headerLength).toHtmlEscaped();
    if (block.trailerLength > 0)
        lines << tr("Delimiter bytes: %1").arg(block.trailerLength).toHtmlEscaped();
    if (block.length > 0) {
        const QByteArray bytes = bytesOf(lane, block.offset, block.offset + qMin(block.length, maxTipBytes));
        if (bytes.isEmpty()) {
            lines << tr("(the bytes were not kept)").toHtmlEscaped();
        } else {
            lines << tr("Text: %1").arg(escapedText(bytes)).toHtmlEscaped();
            lines << tr("Hex: %1").arg(HexCodec::format(bytes)).toHtmlEscaped();
            if (block.length > bytes.size())
                lines << tr("… +%1 more bytes not shown").arg(block.length - bytes.size()).toHtmlEscaped();
        }
    }
    return lines.join(QStringLiteral("<br>"));
}

// ---- export ----

TimelineScene::SavedView TimelineScene::prepareExport()
{
    SavedView saved{m_pixelsPerUnit, m_fitted, m_visibleLeft, m_visibleRight, m_hasVisibleRange, m_pin};
    // Everything built, labels at the left; a very long diagram is drawn narrower so the picture stays loadable.
    if (sceneWidth() > maxExportWidth) {
        m_pixelsPerUnit = (maxExportWidth - leftEdge - rightMargin - markerWidth) / extentUnits();
        m_fitted = false;
    }
    m_hasVisibleRange = false;
    m_pin = 0;
    rebuildStatic();
    rebuildDynamic();
    rebuildOverlays();
    pinLeft(0);
    return saved;
}

void TimelineScene::finishExport(const SavedView &saved)
{
    m_pixelsPerUnit = saved.pixelsPerUnit;
    m_fitted = saved.fitted;
    m_visibleLeft = saved.visibleLeft;
    m_visibleRight = saved.visibleRight;
    m_hasVisibleRange = saved.hasVisibleRange;
    m_pin = saved.pin;
    relayout();
}

QImage TimelineScene::renderImage()
{
    const SavedView saved = prepareExport();
    const QSize size = sceneRect().size().toSize();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(baseColour());
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), sceneRect());
    }
    finishExport(saved);
    return image;
}

QByteArray TimelineScene::renderSvg()
{
    const SavedView saved = prepareExport();
    const QRectF area = sceneRect();
    QByteArray svg;
    QBuffer buffer(&svg);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter xml(&buffer);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("svg"));
    xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2000/svg"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.1"));
    xml.writeAttribute(QStringLiteral("width"), TimelineSvg::number(area.width()));
    xml.writeAttribute(QStringLiteral("height"), TimelineSvg::number(area.height()));
    xml.writeAttribute(
        QStringLiteral("viewBox"),
        QStringLiteral("0 0 %1 %2").arg(TimelineSvg::number(area.width())).arg(TimelineSvg::number(area.height())));
    xml.writeTextElement(QStringLiteral("title"), tr("Packet timeline"));
    TimelineSvg::writeDefinitions(xml, QColor(0, 0, 0, 150));
    TimelineSvg::writeRect(xml, area, baseColour(), QColor(), 0, QStringLiteral("background"));

    const auto writeItem = [&xml](const QGraphicsItem *item) {
        const QString cssClass = item->data(svgClassKey).toString();
        if (item->type() == TimelineBlockItem::Type) {
            static_cast<const TimelineBlockItem *>(item)->writeSvg(xml);
        } else if (const auto *rect = qgraphicsitem_cast<const QGraphicsRectItem *>(item)) {
            const QBrush brush = rect->brush();
            const QPen pen = rect->pen();
            if (brush.style() == Qt::NoBrush && pen.style() == Qt::NoPen)
                return;
            const QRectF box = rect->mapRectToScene(rect->rect());
            xml.writeEmptyElement(QStringLiteral("rect"));
            if (!cssClass.isEmpty())
                xml.writeAttribute(QStringLiteral("class"), cssClass);
            xml.writeAttribute(QStringLiteral("x"), TimelineSvg::number(box.x()));
            xml.writeAttribute(QStringLiteral("y"), TimelineSvg::number(box.y()));
            xml.writeAttribute(QStringLiteral("width"), TimelineSvg::number(box.width()));
            xml.writeAttribute(QStringLiteral("height"), TimelineSvg::number(box.height()));
            if (brush.style() == Qt::SolidPattern)
                TimelineSvg::writePaint(xml, QStringLiteral("fill"), brush.color());
            else if (brush.style() == Qt::NoBrush)
                xml.writeAttribute(QStringLiteral("fill"), QStringLiteral("none"));
            else
                xml.writeAttribute(QStringLiteral("fill"),
                                   QStringLiteral("url(#%1)").arg(QString::fromLatin1(TimelineSvg::hatchId)));
            if (pen.style() != Qt::NoPen) {
                TimelineSvg::writePaint(xml, QStringLiteral("stroke"), pen.color());
                xml.writeAttribute(QStringLiteral("stroke-width"), TimelineSvg::number(pen.widthF()));
                if (pen.style() == Qt::DashLine)
                    xml.writeAttribute(QStringLiteral("stroke-dasharray"), QStringLiteral("6,4"));
                else if (pen.style() == Qt::DotLine)
                    xml.writeAttribute(QStringLiteral("stroke-dasharray"), QStringLiteral("2,3"));
            }
        } else if (const auto *text = qgraphicsitem_cast<const QGraphicsSimpleTextItem *>(item)) {
            TimelineSvg::writeText(xml, text->scenePos(), text->text(), text->font(), text->brush().color());
        } else if (const auto *line = qgraphicsitem_cast<const QGraphicsLineItem *>(item)) {
            const QPointF p1 = line->mapToScene(line->line().p1());
            const QPointF p2 = line->mapToScene(line->line().p2());
            xml.writeEmptyElement(QStringLiteral("line"));
            xml.writeAttribute(QStringLiteral("x1"), TimelineSvg::number(p1.x()));
            xml.writeAttribute(QStringLiteral("y1"), TimelineSvg::number(p1.y()));
            xml.writeAttribute(QStringLiteral("x2"), TimelineSvg::number(p2.x()));
            xml.writeAttribute(QStringLiteral("y2"), TimelineSvg::number(p2.y()));
            TimelineSvg::writePaint(xml, QStringLiteral("stroke"), line->pen().color());
            xml.writeAttribute(QStringLiteral("stroke-width"), TimelineSvg::number(line->pen().widthF()));
        }
    };
    // Painter's order: the linear index keeps no stacking order, so sort by z (ties in insertion order), each item
    // followed by its children.
    const auto byZ = [](QList<QGraphicsItem *> list) {
        std::stable_sort(list.begin(), list.end(),
                         [](const QGraphicsItem *a, const QGraphicsItem *b) { return a->zValue() < b->zValue(); });
        return list;
    };
    std::function<void(const QList<QGraphicsItem *> &)> walk = [&](const QList<QGraphicsItem *> &list) {
        for (const QGraphicsItem *item : byZ(list)) {
            if (!item->isVisible())
                continue;
            writeItem(item);
            walk(item->childItems());
        }
    };
    QList<QGraphicsItem *> topLevel;
    for (QGraphicsItem *item : items()) {
        if (!item->parentItem())
            topLevel.append(item);
    }
    walk(topLevel);
    xml.writeEndElement(); // svg
    xml.writeEndDocument();
    finishExport(saved);
    return svg;
}

// ---- language and palette ----

void TimelineScene::retranslate()
{
    rebuildStatic();
    rebuildDynamic();
    rebuildOverlays();
    pinLeft(m_pin);
}

bool TimelineScene::event(QEvent *event)
{
    const bool handled = QGraphicsScene::event(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        relayout();
    return handled;
}
