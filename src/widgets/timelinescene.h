// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <vector>

#include <QByteArray>
#include <QFont>
#include <QGraphicsScene>
#include <QImage>
#include <QList>
#include <QStringList>

#include "lab/labresult.h"
#include "trace/streamtrace.h"
#include "trace/traceevent.h"

class QGraphicsRectItem;
class TimelineBlockItem;

/**
 * A static time–space diagram of one StreamTrace: lanes from top to bottom Sends (one block per write call), Wire
 * (segments or datagrams, simulated runs), Reads (one block per read), Frames (what the decoder rebuilt) and, when the
 * receiver answered, Replies. Every byte is coloured by the message (or write call) it belongs to, so a read holding
 * three colours, or a send cut across reads, is seen at once; header bytes are hatched.
 *
 * The x axis is the stream offset (default) or the time. Only the blocks near the visible range are built, and blocks
 * narrower than a few pixels are merged, so a trace of 100,000 events stays quick. Clicking a block highlights its
 * byte range in every lane. Colours follow the Okabe–Ito palette (safe for colour-blind viewers); the rest of the
 * drawing follows the scene's palette, light or dark.
 */
class TimelineScene final : public QGraphicsScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineScene)

public:
    enum class Lane {
        Sends,
        Wire,
        Reads,
        Frames,
        Replies
    };
    Q_ENUM(Lane)

    enum class Axis {
        Offset,
        Time
    };
    Q_ENUM(Axis)

    /** What the colours stand for: the lab's messages, or for a connection's trace its write calls (or, without any,
        its reads). */
    enum class Colouring {
        Messages,
        Writes,
        Reads
    };
    Q_ENUM(Colouring)

    /** One event block of a lane, for tests and tooltips. */
    struct BlockInfo
    {
        qint64 offset = 0;
        qint64 length = 0;
        qint64 timeNs = 0;
        /** The colours of its bytes, in stream order: message (or write, or read) indices, each once; -1 for bytes no
            message covers. */
        QList<int> messageIndices;
        TraceEvent::Kind kind = TraceEvent::Kind::Send;
        /** Bytes drawn as header or delimiter (hatched). */
        qint64 headerBytes = 0;
        /** Position of the event in the trace. */
        int eventIndex = -1;
    };

    /** A range of the stream; offset < 0 means none. */
    struct ByteRange
    {
        qint64 offset = -1;
        qint64 length = 0;
        bool isValid() const { return offset >= 0; }
        friend bool operator==(const ByteRange &a, const ByteRange &b)
        {
            return a.offset == b.offset && a.length == b.length;
        }
    };

    /** The highlight of one lane, in scene coordinates. */
    struct Overlay
    {
        Lane lane = Lane::Sends;
        QRectF rect;
    };

    explicit TimelineScene(QObject *parent = nullptr);
    ~TimelineScene() override;

    /** Shows a lab run: colours by message, header and delimiter bytes from the send plan. */
    void setLabResult(const LabResult &result);
    /** Shows a connection's trace: no messages are known, so bytes are coloured by the write call (Send event) at
        their offset, or by read when the trace has no writes. */
    void setTrace(const StreamTrace &trace);
    /** Shows nothing (the lanes stay, empty). */
    void clearTrace();

    Colouring colouring() const { return m_colouring; }
    /** The lanes drawn, top to bottom. */
    QList<Lane> lanes() const { return m_lanes; }
    /** The visible blocks of a lane (events up to the step), in trace order. */
    QList<BlockInfo> blocks(Lane lane) const;
    /** Items drawn for a lane in the built range (a merged group counts once). */
    int itemCount(Lane lane) const;
    /** Where block `index` of blocks(lane) is drawn, in scene coordinates (null when there is no such block). */
    QRectF blockRect(Lane lane, int index) const;
    /** The tooltip of block `index` of blocks(lane): what it is, its range, time and bytes (text and hex, capped). */
    QString blockToolTip(Lane lane, int index) const;
    /** The tooltip for an item at the mouse, empty when it is not a block. */
    QString toolTipFor(const QGraphicsItem *item) const;
    /** Highlights block `index` of blocks(lane) (or clears the highlight when it already is), as a click does. */
    void clickBlock(Lane lane, int index);

    /** Events in the trace, and how many of them are shown (Step shows them one at a time). */
    int eventCount() const { return int(m_events.size()); }
    int visibleEventCount() const { return m_visibleCount; }
    /** Shows the first `count` events (in trace order); negative or too large shows all. */
    void setVisibleEventCount(int count);
    /** The event shown last (the newest step), or nullptr when none is shown. */
    const TraceEvent *newestEvent() const;
    /** The lane an event kind is drawn in. */
    static Lane laneOf(TraceEvent::Kind kind);
    /** An event's name with its number in its lane, translated ("Read #2"); `udp` names segments datagrams. */
    static QString eventName(TraceEvent::Kind kind, int number, bool udp);
    /** A lane's name, translated ("Reads"). */
    static QString laneName(Lane lane);

    Axis axis() const { return m_axis; }
    void setAxis(Axis axis);
    /** Pixels per byte (offset axis) or per nanosecond (time axis). */
    double zoom() const { return m_pixelsPerUnit; }
    /** Zooms keeping the point at `anchorX` (scene coordinates) where it is. */
    void setZoom(double pixelsPerUnit, qreal anchorX);
    void zoomIn();
    void zoomOut();
    /** Fits the whole trace into the viewport width (also what a new trace or a new axis gets). */
    void zoomFit();
    bool isFitted() const { return m_fitted; }
    /** Scene x of a stream offset (offset axis) or time in ns (time axis), and back. */
    qreal xForUnit(double unit) const;
    double unitAt(qreal x) const;

    /** The size the view shows: the width for fitting and for wrapping the legend, the height for the lanes. */
    void setViewportSize(const QSizeF &size);
    /** The x range the view shows; blocks are built around it. */
    void setVisibleRange(qreal left, qreal right);
    /** Where the view wants its left edge after a zoom (scene coordinates). */
    qreal visibleLeft() const { return m_visibleLeft; }
    /** Keeps the lane labels and the legend at scene x `x` (the view's left edge) while the view pans. */
    void pinLeft(qreal x);

    /** Highlights [offset, offset + length) in every lane. */
    void highlightRange(qint64 offset, qint64 length);
    void clearHighlight();
    ByteRange highlightedRange() const { return m_highlight; }
    /** The highlight rectangles, one per lane that shows the range. */
    QList<Overlay> highlightOverlays() const { return m_overlays; }

    /** The whole diagram as an image (labels at the left, every block built). */
    QImage renderImage();
    /** The whole diagram as SVG 1.1: one <rect class="block"> per drawn block, pieces, hatching, text and lines. */
    QByteArray renderSvg();

    /** Rebuilds the translated parts (lane labels, legend, axis). */
    void retranslate();

signals:
    /** The highlighted range changed; offset < 0 when cleared. */
    void highlightChanged(qint64 offset, qint64 length);
    /** The scene's size or zoom changed: views re-apply visibleLeft(). */
    void geometryChanged();

protected:
    bool event(QEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;

private:
    struct Block
    {
        qint64 offset = 0;
        qint64 length = 0;
        qint64 timeNs = 0;
        /** Where the block sits on the offset axis (a reply: where the reader had got to). */
        qint64 layoutOffset = 0;
        qint64 headerLength = 0;
        qint64 trailerLength = 0;
        int eventIndex = 0;
    };
    struct LaneData
    {
        /** In trace order. */
        std::vector<Block> blocks;
        /** Indices into blocks sorted along the axis, their start there and the running maximum of their end. */
        std::vector<int> order;
        std::vector<double> keys;
        std::vector<double> maxEnd;
        int items = 0;
    };
    struct ColourSpan
    {
        qint64 offset = 0;
        qint64 length = 0;
        int index = 0;
    };
    struct Segment
    {
        qint64 start = 0;
        qint64 end = 0;
        int colour = -1;
        bool header = false;
    };
    struct SavedView
    {
        double pixelsPerUnit = 1;
        bool fitted = true;
        qreal visibleLeft = 0;
        qreal visibleRight = 0;
        bool hasVisibleRange = false;
        qreal pin = 0;
    };

    void resetData();
    void buildModel();
    void sortAlongAxis();
    int laneRow(Lane lane) const;
    const LaneData &laneData(Lane lane) const { return m_laneData.at(size_t(lane)); }
    int visibleBlocks(const LaneData &data) const;
    double extentUnits() const;
    double fitPixelsPerUnit() const;
    double maxPixelsPerUnit() const;
    qreal sceneWidth() const;
    qreal laneTop(int row) const;
    /** A block's left and right edge in scene x. */
    std::pair<qreal, qreal> span(const Block &block) const;
    QRectF rectOf(int row, const std::pair<qreal, qreal> &x) const;

    /** The block's bytes cut where the colour or the header shading changes. */
    QList<Segment> segmentsOf(Lane lane, const Block &block) const;
    int colourAt(qint64 offset) const;
    int colourOfEmpty(qint64 offset) const;
    bool inHeader(qint64 offset) const;
    bool lanesShareHeaders(Lane lane) const;
    const QByteArray &bytesOf(Lane lane) const;
    QByteArray bytesOf(Lane lane, qint64 start, qint64 end) const;
    BlockInfo infoOf(Lane lane, const Block &block) const;
    QString colourName(int index) const;

    void relayout();
    void rebuildStatic();
    void rebuildLabels();
    void rebuildLegend();
    void rebuildDynamic();
    void buildLane(int row, qreal left, qreal right);
    void buildAxis(qreal left, qreal right);
    void buildUnread();
    void addBlockItem(int row, const std::vector<int> &members, qreal left, qreal right);
    void rebuildOverlays();
    void clearItems(QList<QGraphicsItem *> &items);

    SavedView prepareExport();
    void finishExport(const SavedView &saved);

    // Colours of the moment, from the palette.
    QColor baseColour() const;
    QColor textColour() const;
    QColor mixed(qreal towardText) const;
    static QColor colourFor(int index);
    static QColor textOn(const QColor &fill);

    QList<TraceEvent> m_events;
    QByteArray m_outgoing;
    QByteArray m_incoming;
    QByteArray m_replies;
    QList<QByteArray> m_messages;
    std::vector<ColourSpan> m_colourSpans;
    /** Header and delimiter ranges [first, second), sorted, apart. */
    std::vector<std::pair<qint64, qint64>> m_headers;
    /** Lab runs: sends, reads and frames share one offset space, so header shading applies to every lane. */
    bool m_sharedStream = false;
    bool m_simulated = false;
    bool m_udp = false;
    Colouring m_colouring = Colouring::Messages;
    std::array<LaneData, 5> m_laneData;
    QList<Lane> m_lanes;
    qint64 m_maxOffset = 0;
    qint64 m_maxTime = 0;
    int m_visibleCount = 0;
    /** TCP lab runs: the sent bytes the receiver never read. */
    qint64 m_unreadFrom = 0;
    qint64 m_unreadTo = 0;

    Axis m_axis = Axis::Offset;
    double m_pixelsPerUnit = 1;
    bool m_fitted = true;
    qreal m_viewportWidth = 1100;
    qreal m_viewportHeight = 500;
    qreal m_laneHeight = 72;
    qreal m_visibleLeft = 0;
    qreal m_visibleRight = 0;
    bool m_hasVisibleRange = false;
    qreal m_builtLeft = 0;
    qreal m_builtRight = -1;
    qreal m_pin = 0;
    ByteRange m_highlight;
    QList<Overlay> m_overlays;

    QFont m_blockFont;
    QFont m_labelFont;
    QFont m_smallFont;
    QList<QGraphicsItem *> m_staticItems;
    QList<QGraphicsItem *> m_dynamicItems;
    QList<QGraphicsItem *> m_overlayItems;
    QGraphicsRectItem *m_labelPanel = nullptr;
    QGraphicsRectItem *m_legendPanel = nullptr;
    qreal m_legendHeight = 0;
};
