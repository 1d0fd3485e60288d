// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "rcmd/rcmdtls.h"

#include <QCryptographicHash>
#include <QFile>
#include <QList>
#include <QRegularExpression>
#include <QSslSocket>

#include "rcmd/tokenfile.h"

namespace {

constexpr int DigestSize = 32;
constexpr qint64 MaxPemFileSize = 1024 * 1024;

bool readSmallFile(const QString &path, QByteArray *bytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 is a file path, %2 the system's reason.
        *error = RcmdTls::tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    *bytes = file.read(MaxPemFileSize);
    return true;
}

} // namespace

QByteArray RcmdTls::fingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return certificate.digest(QCryptographicHash::Sha256);
}

QString RcmdTls::formatFingerprint(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

QByteArray RcmdTls::parseFingerprint(const QString &text, QString *error)
{
    QString hex = text.trimmed();
    static const QRegularExpression prefix(QStringLiteral("^(sha256\\s*fingerprint\\s*=|sha-?256\\s*[:=]?)\\s*"),
                                           QRegularExpression::CaseInsensitiveOption);
    hex.remove(prefix);
    hex.remove(QLatin1Char(':'));
    hex.remove(QLatin1Char(' '));
    static const QRegularExpression hexOnly(QStringLiteral("^[0-9A-Fa-f]*$"));
    if (hex.size() != DigestSize * 2 || !hexOnly.match(hex).hasMatch()) {
        //: %1 is what the user typed.
        *error = tr("\"%1\" is not a SHA-256 fingerprint: expected 32 hex byte pairs such as AB:CD:... (64 hex "
                    "digits).")
                     .arg(text);
        return {};
    }
    return QByteArray::fromHex(hex.toLatin1());
}

bool RcmdTls::loadIdentity(const QString &certificatePath, const QString &keyPath, QSslCertificate *certificate,
                           QSslKey *key, QString *error)
{
    QByteArray bytes;
    if (!readSmallFile(certificatePath, &bytes, error))
        return false;
    QList<QSslCertificate> certificates = QSslCertificate::fromData(bytes, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(bytes, QSsl::Der);
    if (certificates.isEmpty() || certificates.first().isNull()) {
        //: %1 is a file path.
        *error = tr("%1 holds no certificate (PEM or DER expected).").arg(certificatePath);
        return false;
    }
    if (const int mode = TokenFile::looseMode(keyPath); mode != 0) {
        //: %1 is a file path, %2 its permission bits in octal (e.g. 644).
        *error = tr("The private key %1 can be read or changed by other users (mode %2): make it private with "
                    "chmod 600 %1.")
                     .arg(keyPath, QString::number(mode, 8));
        return false;
    }
    if (!readSmallFile(keyPath, &bytes, error))
        return false;
    const QSsl::KeyAlgorithm algorithm = certificates.first().publicKey().algorithm();
    QSslKey loaded(bytes, algorithm, QSsl::Pem);
    if (loaded.isNull())
        loaded = QSslKey(bytes, algorithm, QSsl::Der);
    if (loaded.isNull()) {
        //: %1 is a file path.
        *error = tr("%1 holds no private key matching the certificate's key type (an unencrypted PEM key is "
                    "expected).")
                     .arg(keyPath);
        return false;
    }
    *certificate = certificates.first();
    *key = loaded;
    return true;
}

bool RcmdTls::isAvailable()
{
    return QSslSocket::supportsSsl();
}
