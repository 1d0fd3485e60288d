// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "rcmd/rcmdaudit.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include "rcmd/rcmdmessage.h"

QString RcmdAudit::line(const QString &event, const QString &peer, const QJsonObject &fields)
{
    QJsonObject object = fields;
    object.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    object.insert(QStringLiteral("event"), event);
    object.insert(QStringLiteral("peer"), peer);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject RcmdAudit::exitFields(quint32 id, const CommandResult &result, qint64 bytesOut)
{
    QJsonObject fields{{QStringLiteral("id"), qint64(id)}};
    if (!result.started()) {
        fields.insert(QStringLiteral("error"), result.startError);
        return fields;
    }
    fields.insert(QStringLiteral("exitCode"),
                  result.signalNumber != 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(result.exitCode));
    fields.insert(QStringLiteral("signal"), result.signalNumber);
    fields.insert(QStringLiteral("bytesOut"), bytesOut);
    fields.insert(QStringLiteral("durationMs"), result.durationMs);
    fields.insert(QStringLiteral("truncated"), result.truncated);
    fields.insert(QStringLiteral("killed"),
                  RcmdMessage::killedReasonName(RcmdMessage::killedReasonOf(result.killedReason)));
    return fields;
}

QString RcmdAudit::readable(const QString &jsonLine, Qt::TimeSpec spec)
{
    const QJsonObject object = QJsonDocument::fromJson(jsonLine.toUtf8()).object();
    if (object.isEmpty())
        return jsonLine;
    const QDateTime stamp = QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    const QDateTime time = spec == Qt::LocalTime ? stamp.toLocalTime() : stamp.toUTC();
    QString text = time.toString(QStringLiteral("HH:mm:ss.zzz")) + QLatin1Char(' ') +
        object.value(QStringLiteral("peer")).toString() + QLatin1Char(' ') +
        object.value(QStringLiteral("event")).toString();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("time") || it.key() == QLatin1String("peer") ||
            it.key() == QLatin1String("event"))
            continue;
        const QJsonValue value = it.value();
        QString shown;
        if (value.isNull())
            shown = QStringLiteral("-");
        else if (value.isString())
            shown = value.toString();
        else if (value.isArray())
            shown = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        else
            shown = value.toVariant().toString();
        text += QLatin1Char(' ') + it.key() + QLatin1Char('=') + shown;
    }
    return text;
}
