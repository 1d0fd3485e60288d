// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <memory>

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class StreamDecoder;
class TrafficCounters;

/**
 * socketlab-cli's output: one line per event, either readable (`read 127.0.0.1:5000 5 "hello"`) or,
 * with --json, one JSON object per line (DESIGN §4), flushed at once. Text is decoded per peer with
 * a stateful decoder, so a character split between two reads still shows right. The readable lines follow the
 * user's language (LANG); the JSON lines never change with it: scripts parse those.
 */
class EventPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(EventPrinter)
    Q_DISABLE_COPY_MOVE(EventPrinter)

public:
    EventPrinter(bool json, const QString &encoding);
    ~EventPrinter();

    bool json() const { return m_json; }

    void listening(const QString &endpoint, quint16 port);
    void connected(const QString &peer, const QString &local = QString());
    void resolved(const QString &host, const QStringList &addresses);
    /** One read (`data`), one decoded message (`frame`) or one datagram (`datagram`): peer, size, hex, text, and
        the peer's name in the address book when it has one. */
    void payload(const QString &event, const QString &peer, const QByteArray &bytes, const QString &decoderKey,
                 const QString &name = QString());
    void sent(const QString &peer, qint64 size);
    void disconnected(const QString &peer, const QString &reason);
    /** Errors go to stderr as a sentence, or to stdout as an `error` event with --json. */
    void error(const QString &message, const QString &peer = QString());
    void notice(const QString &message, const QString &peer = QString());
    /** The last event of a server or UDP peer: its traffic totals (and how many clients it served, if >= 0). */
    void summary(const TrafficCounters &totals, qint64 clients = -1);
    /** A count in its plural form, e.g. counted(QT_TRANSLATE_N_NOOP("EventPrinter", "%n byte(s)"), n): "1 byte",
        "5 bytes", also beyond 2^31 (which tr() cannot count). */
    static QString counted(const char *text, qint64 n);
    /** Any other event with its fields. */
    void event(const QString &name, QJsonObject fields, const QString &text);
    /** Forget a peer's decoder state (after it disconnected). */
    void forget(const QString &decoderKey);

    /** Text for one line: control characters as C escapes, quoted. */
    static QString quoted(const QString &text);

private:
    StreamDecoder &decoder(const QString &key);
    void emitJson(QJsonObject object);

    bool m_json;
    QString m_encoding;
    std::map<QString, std::unique_ptr<StreamDecoder>> m_decoders;
};
