// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "eventprinter.h"

#include <limits>

#include <QJsonArray>
#include <QJsonDocument>

#include "console.h"
#include "payload/hexcodec.h"
#include "payload/streamdecoder.h"
#include "trace/trafficcounters.h"

EventPrinter::EventPrinter(bool json, const QString &encoding)
    : m_json(json)
    , m_encoding(encoding)
{ }

EventPrinter::~EventPrinter() = default;

StreamDecoder &EventPrinter::decoder(const QString &key)
{
    auto it = m_decoders.find(key);
    if (it == m_decoders.end())
        it = m_decoders.emplace(key, std::make_unique<StreamDecoder>(m_encoding)).first;
    return *it->second;
}

void EventPrinter::forget(const QString &decoderKey)
{
    m_decoders.erase(decoderKey);
}

QString EventPrinter::quoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'"':
            out += QLatin1String("\\\"");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

void EventPrinter::emitJson(QJsonObject object)
{
    Console::out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

void EventPrinter::event(const QString &name, QJsonObject fields, const QString &text)
{
    if (m_json) {
        fields.insert(QStringLiteral("event"), name);
        emitJson(fields);
    } else {
        Console::out(text);
    }
}

void EventPrinter::listening(const QString &endpoint, quint16 port)
{
    event(QStringLiteral("listening"), {{QStringLiteral("endpoint"), endpoint}, {QStringLiteral("port"), port}},
          tr("listening %1").arg(endpoint));
}

void EventPrinter::connected(const QString &peer, const QString &local)
{
    QJsonObject fields{{QStringLiteral("peer"), peer}};
    if (!local.isEmpty())
        fields.insert(QStringLiteral("local"), local);
    event(QStringLiteral("connected"), fields,
          local.isEmpty() ? tr("connected %1").arg(peer) : tr("connected %1 from %2").arg(peer, local));
}

void EventPrinter::resolved(const QString &host, const QStringList &addresses)
{
    event(QStringLiteral("resolved"),
          {{QStringLiteral("host"), host}, {QStringLiteral("addresses"), QJsonArray::fromStringList(addresses)}},
          tr("resolved %1 %2").arg(host, addresses.join(QLatin1Char(' '))));
}

void EventPrinter::payload(const QString &event, const QString &peer, const QByteArray &bytes,
                           const QString &decoderKey, const QString &name)
{
    // Frames and datagrams are whole messages: decode them on their own; reads continue a stream.
    QString text;
    if (event == QLatin1String("data")) {
        text = decoder(decoderKey).decode(bytes);
    } else {
        StreamDecoder whole(m_encoding);
        text = whole.decode(bytes);
        text += whole.flush();
    }
    if (m_json) {
        QJsonObject fields{{QStringLiteral("event"), event},
                           {QStringLiteral("peer"), peer},
                           {QStringLiteral("size"), bytes.size()},
                           {QStringLiteral("hex"), HexCodec::format(bytes, QChar(), false)},
                           {QStringLiteral("text"), text}};
        if (!name.isEmpty())
            fields.insert(QStringLiteral("name"), name);
        emitJson(fields);
        return;
    }
    const QString who = name.isEmpty() ? peer : tr("%1 (%2)", "peer and its contact name").arg(peer, name);
    const QString size = QString::number(bytes.size());
    QString line;
    if (event == QLatin1String("data"))
        line = tr("read %1 %2 %3", "peer, size in bytes, quoted text").arg(who, size, quoted(text));
    else if (event == QLatin1String("frame"))
        line = tr("frame %1 %2 %3", "peer, size in bytes, quoted text").arg(who, size, quoted(text));
    else
        line = tr("datagram %1 %2 %3", "peer, size in bytes, quoted text").arg(who, size, quoted(text));
    Console::out(line);
}

void EventPrinter::sent(const QString &peer, qint64 size)
{
    event(QStringLiteral("sent"), {{QStringLiteral("peer"), peer}, {QStringLiteral("size"), size}},
          tr("sent %1 %2", "peer, size in bytes").arg(peer).arg(size));
}

void EventPrinter::disconnected(const QString &peer, const QString &reason)
{
    QJsonObject fields{{QStringLiteral("peer"), peer}};
    if (!reason.isEmpty())
        fields.insert(QStringLiteral("reason"), reason);
    event(QStringLiteral("disconnected"), fields,
          reason.isEmpty() ? tr("disconnected %1").arg(peer) : tr("disconnected %1: %2").arg(peer, reason));
}

void EventPrinter::error(const QString &message, const QString &peer)
{
    if (m_json) {
        QJsonObject fields{{QStringLiteral("event"), QStringLiteral("error")}, {QStringLiteral("message"), message}};
        if (!peer.isEmpty())
            fields.insert(QStringLiteral("peer"), peer);
        emitJson(fields);
    } else {
        Console::err(QStringLiteral("socketlab-cli: ") + message);
    }
}

void EventPrinter::notice(const QString &message, const QString &peer)
{
    QJsonObject fields{{QStringLiteral("message"), message}};
    if (!peer.isEmpty())
        fields.insert(QStringLiteral("peer"), peer);
    event(QStringLiteral("notice"), fields, tr("note: %1").arg(message));
}

void EventPrinter::summary(const TrafficCounters &totals, qint64 clients)
{
    QJsonObject fields{{QStringLiteral("bytesIn"), totals.bytesIn()},
                       {QStringLiteral("bytesOut"), totals.bytesOut()},
                       {QStringLiteral("messagesIn"), totals.messagesIn()},
                       {QStringLiteral("messagesOut"), totals.messagesOut()}};
    // Each count is its own phrase so that every one of them takes its own plural form.
    const auto count = &EventPrinter::counted;
    QString text = tr("summary: in %1 / %2, out %3 / %4", "byte and message counts")
                       .arg(count(QT_TR_N_NOOP("%n byte(s)"), totals.bytesIn()),
                            count(QT_TR_N_NOOP("%n message(s)"), totals.messagesIn()),
                            count(QT_TR_N_NOOP("%n byte(s)"), totals.bytesOut()),
                            count(QT_TR_N_NOOP("%n message(s)"), totals.messagesOut()));
    if (clients >= 0) {
        fields.insert(QStringLiteral("clients"), clients);
        text = tr("%1, %2", "summary and client count").arg(text, count(QT_TR_N_NOOP("%n client(s)"), clients));
    }
    event(QStringLiteral("summary"), fields, text);
}

QString EventPrinter::counted(const char *text, qint64 n)
{
    constexpr int largest = std::numeric_limits<int>::max();
    if (n <= largest)
        return tr(text, nullptr, static_cast<int>(n));
    // Such a number takes the same plural form as the largest int in every shipped language: use that form, then
    // put the real number in.
    return tr(text, nullptr, largest).replace(QString::number(largest), QString::number(n));
}
