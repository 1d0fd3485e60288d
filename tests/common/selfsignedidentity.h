// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDir>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>

#include "rcmd/rcmdtls.h"

/** A self-signed certificate and key for CN=localhost, made by the openssl command into a folder, for TLS tests. */
struct SelfSignedIdentity
{
    /** Why TLS tests must be skipped on this machine (no TLS backend, no openssl); empty when they can run. */
    QString skipReason;
    /** Why making the identity failed although it could run; empty on success. */
    QString error;
    QString certificatePath;
    QString keyPath;
    QSslCertificate certificate;
    QSslKey key;

    bool isUsable() const { return skipReason.isEmpty() && error.isEmpty(); }

    /** Writes cert.pem and key.pem into `directory` and loads them. */
    static SelfSignedIdentity make(const QString &directory)
    {
        SelfSignedIdentity identity;
        if (!RcmdTls::isAvailable()) {
            identity.skipReason = QStringLiteral("this Qt has no TLS backend");
            return identity;
        }
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty()) {
            identity.skipReason = QStringLiteral("the openssl command is not installed");
            return identity;
        }
        const QDir dir(directory);
        identity.certificatePath = dir.filePath(QStringLiteral("cert.pem"));
        identity.keyPath = dir.filePath(QStringLiteral("key.pem"));
        QProcess process;
        process.start(openssl,
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                       identity.keyPath, QStringLiteral("-out"), identity.certificatePath, QStringLiteral("-days"),
                       QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost")});
        if (!process.waitForFinished(30000)) {
            identity.error = QStringLiteral("openssl did not finish: ") + process.errorString();
            return identity;
        }
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            identity.error = QString::fromLocal8Bit(process.readAllStandardError());
            return identity;
        }
        RcmdTls::loadIdentity(identity.certificatePath, identity.keyPath, &identity.certificate, &identity.key,
                              &identity.error);
        return identity;
    }
};
