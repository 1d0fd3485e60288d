// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "timelineblockitem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QXmlStreamWriter>

#include "timelinesvg.h"

namespace {

/** Hatching over header bytes: dark on light colours, light on dark ones. */
QColor hatchColour(const QColor &fill)
{
    return fill.lightnessF() > 0.45 ? QColor(0, 0, 0, 150) : QColor(255, 255, 255, 170);
}

qreal outlineWidth(TimelineBlockItem::Outline outline)
{
    switch (outline) {
    case TimelineBlockItem::Outline::Newest:
        return 4;
    case TimelineBlockItem::Outline::Empty:
        return 2;
    case TimelineBlockItem::Outline::Merged:
        return 1;
    case TimelineBlockItem::Outline::Normal:
        break;
    }
    return 1.5;
}

} // namespace

TimelineBlockItem::TimelineBlockItem(const QRectF &rect, QList<Piece> pieces, const QFont &font, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_rect(rect)
    , m_pieces(std::move(pieces))
    , m_font(font)
{ }

TimelineBlockItem::~TimelineBlockItem() = default;

QRectF TimelineBlockItem::boundingRect() const
{
    const qreal margin = outlineWidth(m_outline) / 2 + 1;
    return m_rect.adjusted(-margin, -margin, margin, margin);
}

void TimelineBlockItem::setOutline(Outline outline, const QColor &colour)
{
    prepareGeometryChange();
    m_outline = outline;
    m_outlineColour = colour;
}

void TimelineBlockItem::setSource(int lane, int firstBlock, int blockCount, qint64 offset, qint64 length)
{
    m_lane = lane;
    m_firstBlock = firstBlock;
    m_blockCount = blockCount;
    m_offset = offset;
    m_length = length;
}

QList<QRectF> TimelineBlockItem::pieceRects() const
{
    QList<QRectF> rects;
    qreal total = 0;
    for (const Piece &piece : m_pieces)
        total += qMax<qreal>(piece.weight, 0);
    qreal done = 0;
    for (const Piece &piece : m_pieces) {
        const qreal weight = total > 0 ? qMax<qreal>(piece.weight, 0) : 1.0 / qreal(m_pieces.size());
        const qreal share = total > 0 ? total : 1.0;
        const qreal left = m_rect.left() + m_rect.width() * done / share;
        done += weight;
        const qreal right = m_rect.left() + m_rect.width() * done / share;
        rects.append(QRectF(QPointF(left, m_rect.top()), QPointF(right, m_rect.bottom())));
    }
    return rects;
}

QString TimelineBlockItem::fittedText(const Piece &piece, qreal width) const
{
    if (piece.text.isEmpty() || width < 14)
        return {};
    const QFontMetricsF metrics(m_font);
    const QString &full =
        !piece.shortText.isEmpty() && metrics.horizontalAdvance(piece.text) > width - 6 ? piece.shortText : piece.text;
    const QString text = metrics.elidedText(full, Qt::ElideRight, width - 6);
    // A lone ellipsis says nothing; leave the colour alone.
    return text == QString(QChar(0x2026)) ? QString() : text;
}

void TimelineBlockItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    painter->setFont(m_font);
    const QList<QRectF> rects = pieceRects();
    for (qsizetype i = 0; i < m_pieces.size(); ++i) {
        const Piece &piece = m_pieces.at(i);
        const QRectF &area = rects.at(i);
        painter->fillRect(area, piece.fill);
        if (piece.header)
            painter->fillRect(area, QBrush(hatchColour(piece.fill), Qt::BDiagPattern));
        const QString text = fittedText(piece, area.width());
        if (!text.isEmpty()) {
            painter->setPen(piece.textColour);
            painter->drawText(area, Qt::AlignCenter, text);
        }
    }
    QPen pen(m_outlineColour, outlineWidth(m_outline));
    pen.setJoinStyle(Qt::MiterJoin);
    if (m_outline == Outline::Merged || m_outline == Outline::Empty)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(m_rect);
    if (!m_badge.isEmpty()) {
        const QFontMetricsF metrics(m_font);
        if (metrics.horizontalAdvance(m_badge) + 6 < m_rect.width()) {
            painter->setPen(m_pieces.isEmpty() ? m_outlineColour : m_pieces.constFirst().textColour);
            painter->drawText(m_rect.adjusted(3, 1, -3, -1), Qt::AlignRight | Qt::AlignTop, m_badge);
        }
    }
    painter->restore();
}

void TimelineBlockItem::writeSvg(QXmlStreamWriter &xml) const
{
    const QList<QRectF> rects = pieceRects();
    for (qsizetype i = 0; i < m_pieces.size(); ++i) {
        const Piece &piece = m_pieces.at(i);
        const QRectF area = mapRectToScene(rects.at(i));
        TimelineSvg::writeRect(xml, area, piece.fill, QColor(), 0, QStringLiteral("piece"));
        if (piece.header) {
            xml.writeEmptyElement(QStringLiteral("rect"));
            xml.writeAttribute(QStringLiteral("class"), QStringLiteral("header"));
            xml.writeAttribute(QStringLiteral("x"), TimelineSvg::number(area.x()));
            xml.writeAttribute(QStringLiteral("y"), TimelineSvg::number(area.y()));
            xml.writeAttribute(QStringLiteral("width"), TimelineSvg::number(area.width()));
            xml.writeAttribute(QStringLiteral("height"), TimelineSvg::number(area.height()));
            xml.writeAttribute(QStringLiteral("fill"),
                               QStringLiteral("url(#%1)").arg(QString::fromLatin1(TimelineSvg::hatchId)));
        }
        const QString text = fittedText(piece, area.width());
        if (!text.isEmpty())
            TimelineSvg::writeText(xml, area.center(), text, m_font, piece.textColour, true);
    }
    const QRectF outline = mapRectToScene(m_rect);
    xml.writeEmptyElement(QStringLiteral("rect"));
    xml.writeAttribute(QStringLiteral("class"), QStringLiteral("block"));
    xml.writeAttribute(QStringLiteral("x"), TimelineSvg::number(outline.x()));
    xml.writeAttribute(QStringLiteral("y"), TimelineSvg::number(outline.y()));
    xml.writeAttribute(QStringLiteral("width"), TimelineSvg::number(outline.width()));
    xml.writeAttribute(QStringLiteral("height"), TimelineSvg::number(outline.height()));
    xml.writeAttribute(QStringLiteral("fill"), QStringLiteral("none"));
    TimelineSvg::writePaint(xml, QStringLiteral("stroke"), m_outlineColour);
    xml.writeAttribute(QStringLiteral("stroke-width"), TimelineSvg::number(outlineWidth(m_outline)));
    if (m_outline == Outline::Merged || m_outline == Outline::Empty)
        xml.writeAttribute(QStringLiteral("stroke-dasharray"), QStringLiteral("5,3"));
    xml.writeAttribute(QStringLiteral("data-lane"), QString::number(m_lane));
    xml.writeAttribute(QStringLiteral("data-offset"), QString::number(m_offset));
    xml.writeAttribute(QStringLiteral("data-length"), QString::number(m_length));
    xml.writeAttribute(QStringLiteral("data-events"), QString::number(m_blockCount));
    if (!m_badge.isEmpty() && QFontMetricsF(m_font).horizontalAdvance(m_badge) + 6 < outline.width())
        TimelineSvg::writeText(
            xml, QPointF(outline.right() - 3 - QFontMetricsF(m_font).horizontalAdvance(m_badge), outline.top() + 1),
            m_badge, m_font, m_pieces.isEmpty() ? m_outlineColour : m_pieces.constFirst().textColour);
}
