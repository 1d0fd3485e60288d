// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "net/connectionsettings.h"

class OptionReader;

/**
 * The options of a TCP connection, the same for tcp-server and tcp-client: --framing, --max-frame,
 * --read-size, --read-delay, --reply, --rule and --high-water.
 */
namespace ConnectionOptions {
void declare(OptionReader &reader);
/** The settings they describe; problems go to `reader`. */
ConnectionSettings read(OptionReader &reader);
} // namespace ConnectionOptions
