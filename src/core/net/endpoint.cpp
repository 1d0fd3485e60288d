// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "net/endpoint.h"

std::optional<Endpoint> Endpoint::parse(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    QString host;
    QString portText;
    if (trimmed.startsWith(QLatin1Char('['))) {
        const qsizetype close = trimmed.indexOf(QLatin1Char(']'));
        if (close < 0 || close + 1 >= trimmed.size() || trimmed.at(close + 1) != QLatin1Char(':')) {
            *error = tr("Bad address \"%1\": write an IPv6 address as [::1]:PORT.").arg(text);
            return std::nullopt;
        }
        host = trimmed.mid(1, close - 1);
        portText = trimmed.mid(close + 2);
    } else {
        const qsizetype colon = trimmed.lastIndexOf(QLatin1Char(':'));
        if (colon < 0) {
            *error = tr("Bad address \"%1\": expected HOST:PORT, e.g. 127.0.0.1:9000.").arg(text);
            return std::nullopt;
        }
        if (trimmed.indexOf(QLatin1Char(':')) != colon) {
            *error = tr("Bad address \"%1\": write an IPv6 address in brackets, e.g. [::1]:9000.").arg(text);
            return std::nullopt;
        }
        host = trimmed.left(colon);
        portText = trimmed.mid(colon + 1);
    }
    bool ok = false;
    const uint port = portText.toUInt(&ok);
    if (!ok || port > 65535) {
        *error = tr("Bad port \"%1\" in \"%2\": use a number from 0 to 65535.").arg(portText, text);
        return std::nullopt;
    }
    if (host == QLatin1String("*") || host.compare(QLatin1String("any"), Qt::CaseInsensitive) == 0)
        host.clear();
    Endpoint endpoint;
    endpoint.host = host;
    endpoint.port = static_cast<quint16>(port);
    return endpoint;
}

QString Endpoint::toString() const
{
    if (host.isEmpty())
        return QStringLiteral("*:") + QString::number(port);
    if (host.contains(QLatin1Char(':')))
        return QLatin1Char('[') + host + QStringLiteral("]:") + QString::number(port);
    return host + QLatin1Char(':') + QString::number(port);
}

QHostAddress Endpoint::plain(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4 && address.protocol() == QAbstractSocket::IPv6Protocol)
        return QHostAddress(v4);
    return address;
}

QString Endpoint::format(const QHostAddress &address, quint16 port)
{
    const QHostAddress shown = plain(address);
    if (shown.protocol() == QAbstractSocket::IPv6Protocol)
        return QLatin1Char('[') + shown.toString() + QStringLiteral("]:") + QString::number(port);
    return shown.toString() + QLatin1Char(':') + QString::number(port);
}
