// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QXmlStreamWriter;

/** Small helpers for writing the timeline as SVG 1.1 by hand (the product has no Qt SVG dependency). */
namespace TimelineSvg {

/** The id of the hatching pattern that marks header bytes; writeDefinitions() declares it. */
inline constexpr char hatchId[] = "header-hatch";

/** A length for an SVG attribute: at most two decimals, no trailing zeros. */
QString number(qreal value);
/** Writes `fill` (or `stroke`) and its opacity; "none" for a transparent colour. */
void writePaint(QXmlStreamWriter &xml, const QString &attribute, const QColor &colour);
/** Writes the <defs> with the hatching pattern, drawn in `colour`. */
void writeDefinitions(QXmlStreamWriter &xml, const QColor &colour);
/** Writes a <rect>; `cssClass` may be empty. */
void writeRect(QXmlStreamWriter &xml, const QRectF &rect, const QColor &fill, const QColor &stroke = QColor(),
               qreal strokeWidth = 0, const QString &cssClass = QString());
/** Writes one <text> per line of `text`, the first line's top at `topLeft`'s y (or centred on `centre` when
    `centred`). */
void writeText(QXmlStreamWriter &xml, const QPointF &point, const QString &text, const QFont &font,
               const QColor &colour, bool centred = false);

} // namespace TimelineSvg
