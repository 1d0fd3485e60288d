// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

/** TLS helpers shared by the remote-command agent and client: certificate files and SHA-256 fingerprints. */
class RcmdTls final
{
    Q_DECLARE_TR_FUNCTIONS(RcmdTls)

public:
    /** The SHA-256 digest of the certificate's DER bytes (32 bytes); empty for a null certificate. */
    static QByteArray fingerprint(const QSslCertificate &certificate);

    /** "AB:CD:...": 32 upper-case hex pairs joined by colons, as openssl x509 -fingerprint -sha256 prints. */
    static QString formatFingerprint(const QByteArray &digest);

    /** Reads a fingerprint as users paste it: with or without colons or spaces, any case, an optional
        "sha256:" or "SHA256 Fingerprint=" prefix. Returns the 32 bytes, or empty and sets *error. */
    static QByteArray parseFingerprint(const QString &text, QString *error);

    /** Loads a PEM (or DER) certificate and private key for the agent. Returns false and sets *error to one
        sentence naming the file when one cannot be read, or the key does not belong to the certificate's kind. */
    static bool loadIdentity(const QString &certificatePath, const QString &keyPath, QSslCertificate *certificate,
                             QSslKey *key, QString *error);

    /** True when this Qt has a TLS backend that can serve and connect. */
    static bool isAvailable();
};
