// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "rcmd/tokenfile.h"

#include <sys/stat.h>

#include <QFile>
#include <QFileInfo>

TokenFile::Result TokenFile::read(const QString &path, bool requirePrivate)
{
    Result result;
    const QByteArray nativePath = QFile::encodeName(path);
    struct stat status = {};
    if (path.isEmpty() || ::stat(nativePath.constData(), &status) != 0) {
        //: %1 is a file path.
        result.error = tr("The token file %1 does not exist.").arg(path);
        return result;
    }
    if (!S_ISREG(status.st_mode)) {
        result.error = tr("The token file %1 is not a regular file.").arg(path);
        return result;
    }
    if (const int mode = requirePrivate ? looseMode(path) : 0; mode != 0) {
        //: %1 is a file path, %2 its permission bits in octal (e.g. 644).
        result.error = tr("The token file %1 can be read or changed by other users (mode %2): make it private with "
                          "chmod 600 %1.")
                           .arg(path, QString::number(mode, 8));
        return result;
    }
    if (status.st_size > MaxSize) {
        //: %1 is a file path, %2 a number of bytes.
        result.error = tr("The token file %1 is larger than %2 bytes: is it the right file?").arg(path).arg(MaxSize);
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 is a file path, %2 the system's reason.
        result.error = tr("Cannot read the token file %1: %2").arg(path, file.errorString());
        return result;
    }
    result.token = file.read(MaxSize + 1).trimmed();
    if (result.token.isEmpty())
        result.error = tr("The token file %1 is empty: put a long random secret in it.").arg(path);
    return result;
}

int TokenFile::looseMode(const QString &path)
{
    struct stat status = {};
    if (path.isEmpty() || ::stat(QFile::encodeName(path).constData(), &status) != 0)
        return 0;
    if ((status.st_mode & (S_IRGRP | S_IWGRP | S_IROTH | S_IWOTH)) == 0)
        return 0;
    return static_cast<int>(status.st_mode & 07777);
}
