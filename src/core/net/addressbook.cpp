// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "net/addressbook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "net/endpoint.h"

bool AddressBook::set(const Contact &contact, QString *error)
{
    if (contact.name.trimmed().isEmpty()) {
        *error = tr("A contact needs a name.");
        return false;
    }
    if (contact.address.isNull()) {
        *error = tr("The contact \"%1\" needs an IP address.").arg(contact.name);
        return false;
    }
    for (Contact &existing : m_contacts) {
        if (existing.name == contact.name) {
            existing = contact;
            return true;
        }
    }
    m_contacts.append(contact);
    return true;
}

bool AddressBook::remove(const QString &name)
{
    return m_contacts.removeIf([&name](const Contact &contact) { return contact.name == name; }) > 0;
}

std::optional<AddressBook::Contact> AddressBook::find(const QString &name) const
{
    for (const Contact &contact : m_contacts) {
        if (contact.name == name)
            return contact;
    }
    return std::nullopt;
}

std::optional<AddressBook::Contact> AddressBook::parseContact(const QString &text, QString *error)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    if (equals <= 0) {
        *error = tr("Bad contact \"%1\": write NAME=HOST:PORT, e.g. 唐僧=127.0.0.1:9000.").arg(text);
        return std::nullopt;
    }
    const std::optional<Endpoint> endpoint = Endpoint::parse(text.mid(equals + 1), error);
    if (!endpoint)
        return std::nullopt;
    Contact contact{text.left(equals), endpoint->address(), endpoint->port};
    if (contact.address.isNull()) {
        *error = tr("The contact \"%1\" needs an IP address, not \"%2\".").arg(contact.name, endpoint->host);
        return std::nullopt;
    }
    return contact;
}

QByteArray AddressBook::toJson() const
{
    QJsonArray array;
    for (const Contact &contact : m_contacts) {
        array.append(QJsonObject{{QStringLiteral("name"), contact.name},
                                 {QStringLiteral("address"), contact.address.toString()},
                                 {QStringLiteral("port"), contact.port}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

bool AddressBook::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        *error =
            tr("The address book is not a JSON list of contacts: %1.")
                .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString() : tr("expected [ ... ]"));
        return false;
    }
    AddressBook loaded;
    const QJsonArray array = document.array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        const int port = object.value(QStringLiteral("port")).toInt(-1);
        if (port < 0 || port > 65535) {
            *error = tr("The contact \"%1\" has no valid port.").arg(object.value(QStringLiteral("name")).toString());
            return false;
        }
        const Contact contact{object.value(QStringLiteral("name")).toString(),
                              QHostAddress(object.value(QStringLiteral("address")).toString()),
                              static_cast<quint16>(port)};
        if (!loaded.set(contact, error))
            return false;
    }
    m_contacts = loaded.m_contacts;
    return true;
}
