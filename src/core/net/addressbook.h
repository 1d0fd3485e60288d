// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>

/**
 * Named UDP peers, like the tutorials' QQ address book ({'唐僧': ('127.0.0.1', 9000), ...}):
 * pick a name, send to its address. Kept in insertion order; saved and loaded as JSON.
 */
class AddressBook final
{
    Q_DECLARE_TR_FUNCTIONS(AddressBook)

public:
    struct Contact
    {
        QString name;
        QHostAddress address;
        quint16 port = 0;
        bool operator==(const Contact &other) const
        {
            return name == other.name && address == other.address && port == other.port;
        }
    };

    /** Adds or replaces the contact with this name. False (with *error) for an empty name or a null address. */
    bool set(const Contact &contact, QString *error);
    bool remove(const QString &name);
    std::optional<Contact> find(const QString &name) const;
    const QList<Contact> &contacts() const { return m_contacts; }

    /** Parses "NAME=HOST:PORT" (HOST an IP address), as typed on the command line. */
    static std::optional<Contact> parseContact(const QString &text, QString *error);

    /** [{"name": "唐僧", "address": "127.0.0.1", "port": 9000}, ...] */
    QByteArray toJson() const;
    /** Replaces the contacts with those in `json`; false (with *error, nothing changed) on bad input. */
    bool fromJson(const QByteArray &json, QString *error);

private:
    QList<Contact> m_contacts;
};
