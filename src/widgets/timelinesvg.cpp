// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "timelinesvg.h"

#include <QFontMetricsF>
#include <QStringList>
#include <QXmlStreamWriter>

namespace TimelineSvg {

QString number(qreal value)
{
    QString text = QString::number(value, 'f', 2);
    while (text.contains(QLatin1Char('.')) && (text.endsWith(QLatin1Char('0')) || text.endsWith(QLatin1Char('.'))))
        text.chop(1);
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

void writePaint(QXmlStreamWriter &xml, const QString &attribute, const QColor &colour)
{
    if (!colour.isValid() || colour.alpha() == 0) {
        xml.writeAttribute(attribute, QStringLiteral("none"));
        return;
    }
    xml.writeAttribute(attribute, colour.name(QColor::HexRgb));
    if (colour.alpha() < 255)
        xml.writeAttribute(attribute + QStringLiteral("-opacity"), number(colour.alphaF()));
}

void writeDefinitions(QXmlStreamWriter &xml, const QColor &colour)
{
    xml.writeStartElement(QStringLiteral("defs"));
    xml.writeStartElement(QStringLiteral("pattern"));
    xml.writeAttribute(QStringLiteral("id"), QString::fromLatin1(hatchId));
    xml.writeAttribute(QStringLiteral("width"), QStringLiteral("7"));
    xml.writeAttribute(QStringLiteral("height"), QStringLiteral("7"));
    xml.writeAttribute(QStringLiteral("patternUnits"), QStringLiteral("userSpaceOnUse"));
    xml.writeAttribute(QStringLiteral("patternTransform"), QStringLiteral("rotate(45)"));
    xml.writeEmptyElement(QStringLiteral("line"));
    xml.writeAttribute(QStringLiteral("x1"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("y1"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("x2"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("y2"), QStringLiteral("7"));
    writePaint(xml, QStringLiteral("stroke"), colour);
    xml.writeAttribute(QStringLiteral("stroke-width"), QStringLiteral("2"));
    xml.writeEndElement(); // pattern
    xml.writeEndElement(); // defs
}

void writeRect(QXmlStreamWriter &xml, const QRectF &rect, const QColor &fill, const QColor &stroke, qreal strokeWidth,
               const QString &cssClass)
{
    xml.writeEmptyElement(QStringLiteral("rect"));
    if (!cssClass.isEmpty())
        xml.writeAttribute(QStringLiteral("class"), cssClass);
    xml.writeAttribute(QStringLiteral("x"), number(rect.x()));
    xml.writeAttribute(QStringLiteral("y"), number(rect.y()));
    xml.writeAttribute(QStringLiteral("width"), number(qMax<qreal>(rect.width(), 0)));
    xml.writeAttribute(QStringLiteral("height"), number(qMax<qreal>(rect.height(), 0)));
    writePaint(xml, QStringLiteral("fill"), fill);
    if (strokeWidth > 0 && stroke.isValid()) {
        writePaint(xml, QStringLiteral("stroke"), stroke);
        xml.writeAttribute(QStringLiteral("stroke-width"), number(strokeWidth));
    }
}

void writeText(QXmlStreamWriter &xml, const QPointF &point, const QString &text, const QFont &font,
               const QColor &colour, bool centred)
{
    const QFontMetricsF metrics(font);
    const qreal size = font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * 96.0 / 72.0;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        xml.writeStartElement(QStringLiteral("text"));
        const qreal baseline = centred ? point.y() + (metrics.ascent() - metrics.descent()) / 2
                                       : point.y() + metrics.ascent() + qreal(i) * metrics.lineSpacing();
        xml.writeAttribute(QStringLiteral("x"), number(point.x()));
        xml.writeAttribute(QStringLiteral("y"), number(baseline));
        xml.writeAttribute(QStringLiteral("font-family"), font.family() + QStringLiteral(", sans-serif"));
        xml.writeAttribute(QStringLiteral("font-size"), number(size));
        if (font.bold())
            xml.writeAttribute(QStringLiteral("font-weight"), QStringLiteral("bold"));
        if (centred)
            xml.writeAttribute(QStringLiteral("text-anchor"), QStringLiteral("middle"));
        writePaint(xml, QStringLiteral("fill"), colour);
        // XML 1.0 has no place for control characters; the picture shows them as dots anyway.
        QString line = lines.at(i);
        for (QChar &c : line) {
            if (c.unicode() < 0x20 || c.unicode() == 0xfffe || c.unicode() == 0xffff)
                c = QChar(0xb7);
        }
        xml.writeCharacters(line);
        xml.writeEndElement();
    }
}

} // namespace TimelineSvg
