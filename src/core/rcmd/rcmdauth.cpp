// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "rcmd/rcmdauth.h"

#include <algorithm>

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include "rcmd/rcmdprotocol.h"

namespace {

QByteArray proof(const QByteArray &token, const QByteArray &label, const QByteArray &first, const QByteArray &second)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, token);
    mac.addData(label);
    mac.addData(first);
    mac.addData(second);
    return mac.result();
}

} // namespace

QByteArray RcmdAuth::systemNonce()
{
    static_assert(RcmdProtocol::NonceSize % sizeof(quint32) == 0);
    quint32 words[RcmdProtocol::NonceSize / sizeof(quint32)];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), RcmdProtocol::NonceSize);
}

QByteArray RcmdAuth::agentProof(const QByteArray &token, const QByteArray &clientNonce, const QByteArray &agentNonce)
{
    return proof(token, QByteArrayLiteral("SLRC1 agent"), clientNonce, agentNonce);
}

QByteArray RcmdAuth::clientProof(const QByteArray &token, const QByteArray &agentNonce, const QByteArray &clientNonce)
{
    return proof(token, QByteArrayLiteral("SLRC1 client"), agentNonce, clientNonce);
}

bool RcmdAuth::constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    // Accumulate every difference and decide once at the end: no early exit on the first differing byte.
    const qsizetype size = std::max(a.size(), b.size());
    quint32 difference = a.size() == b.size() ? 0 : 1;
    for (qsizetype i = 0; i < size; ++i) {
        const quint8 x = i < a.size() ? quint8(a[i]) : 0;
        const quint8 y = i < b.size() ? quint8(b[i]) : 0;
        difference |= quint32(x ^ y);
    }
    return difference == 0;
}
