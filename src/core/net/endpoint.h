// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

/**
 * A host and port as people type them: "127.0.0.1:9000", "[::1]:9000", "localhost:80", "*:0", ":8080".
 * The host may be a name (resolved later), an address, or empty/"*"/"any" for every local address.
 */
struct Endpoint
{
    Q_DECLARE_TR_FUNCTIONS(Endpoint)

public:
    QString host; ///< empty = any address
    quint16 port = 0;

    /** Parses "HOST:PORT"; on error returns nullopt and sets *error to one translated sentence. */
    static std::optional<Endpoint> parse(const QString &text, QString *error);
    /** "127.0.0.1:9000", "[::1]:9000", "*:9000". */
    QString toString() const;
    /** True for the "any address" forms. */
    bool isAny() const { return host.isEmpty(); }
    /** The host as an address when it is one (no lookup); null otherwise. */
    QHostAddress address() const { return QHostAddress(host); }

    /** "127.0.0.1:5000" or "[::1]:5000" for an address and port; IPv4-mapped IPv6 shown as IPv4. */
    static QString format(const QHostAddress &address, quint16 port);
    /** The address as people read it: IPv4-mapped IPv6 addresses (::ffff:1.2.3.4) as plain IPv4. */
    static QHostAddress plain(const QHostAddress &address);
};
