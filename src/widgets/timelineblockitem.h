// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QList>
#include <QString>

class QXmlStreamWriter;

/** One block of the packet timeline: one trace event (or several, merged when they are narrower than the eye can
    tell apart), its bytes painted as coloured pieces, header bytes hatched. Painted by hand so that a lane of many
    blocks stays cheap; writeSvg() writes the same picture as SVG elements. */
class TimelineBlockItem final : public QGraphicsItem
{
    Q_DISABLE_COPY_MOVE(TimelineBlockItem)

public:
    /** A run of bytes of one colour; its share of the block's width is weight / total weight. */
    struct Piece
    {
        qreal weight = 0;
        QColor fill;
        QColor textColour;
        bool header = false;
        QString text;
        /** Shown instead of text when text does not fit (e.g. hex without spaces). */
        QString shortText;
    };

    enum class Outline {
        /** One event. */
        Normal,
        /** The event the last Step showed. */
        Newest,
        /** Several events merged at this zoom. */
        Merged,
        /** An event without bytes (an empty datagram). */
        Empty
    };

    enum {
        Type = UserType + 701
    };

    TimelineBlockItem(const QRectF &rect, QList<Piece> pieces, const QFont &font, QGraphicsItem *parent = nullptr);
    ~TimelineBlockItem() override;

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    QRectF rect() const { return m_rect; }
    void setOutline(Outline outline, const QColor &colour);
    Outline outline() const { return m_outline; }
    /** A short mark in the top right corner, e.g. "×12" for merged blocks. */
    void setBadge(const QString &badge) { m_badge = badge; }

    /** Which blocks of which lane this item draws, and the stream range they cover. */
    void setSource(int lane, int firstBlock, int blockCount, qint64 offset, qint64 length);
    int lane() const { return m_lane; }
    int firstBlock() const { return m_firstBlock; }
    int blockCount() const { return m_blockCount; }
    qint64 offset() const { return m_offset; }
    qint64 length() const { return m_length; }

    /** Writes this block as SVG: the pieces, their hatching and text, then one outlined rect of class "block". */
    void writeSvg(QXmlStreamWriter &xml) const;

private:
    /** The pieces' rectangles in item coordinates, in order. */
    QList<QRectF> pieceRects() const;
    /** The text of a piece as it fits in `width`, empty when nothing readable fits. */
    QString fittedText(const Piece &piece, qreal width) const;

    QRectF m_rect;
    QList<Piece> m_pieces;
    QFont m_font;
    Outline m_outline = Outline::Normal;
    QColor m_outlineColour;
    QString m_badge;
    int m_lane = 0;
    int m_firstBlock = 0;
    int m_blockCount = 1;
    qint64 m_offset = 0;
    qint64 m_length = 0;
};
