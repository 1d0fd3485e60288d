// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "rcmd/rcmdaudit.h"

#include <QDateTime>
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
