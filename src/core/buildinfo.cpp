// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "buildinfo.h"

#include <QtGlobal>

namespace BuildInfo {

QString version()
{
    return QStringLiteral(SOCKETLAB_VERSION);
}

QString qtVersion()
{
    return QString::fromLatin1(qVersion());
}

} // namespace BuildInfo
