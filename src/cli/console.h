// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/** UTF-8 output for socketlab-cli: results on stdout, one-sentence errors on stderr; both flushed at once. */
namespace Console {
void out(const QString &text);
void err(const QString &text);
} // namespace Console
