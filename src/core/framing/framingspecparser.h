// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

#include "framing/framingspec.h"

/** Reads framing specs as typed on the command line, in settings and in the GUI's framing boxes. */
class FramingSpecParser
{
    Q_DECLARE_TR_FUNCTIONS(FramingSpecParser)

public:
    /** Parses a spec; on error returns std::nullopt and sets *error (if given) to one sentence naming the bad
        part, e.g. `Bad framing "len:3": the length size must be 1, 2, 4 or 8 bytes.` Names are case-sensitive
        and nothing is trimmed (a space can be a delimiter). */
    static std::optional<FramingSpec> parse(const QString &text, QString *error,
                                            qint64 maxFrameSize = 16 * 1024 * 1024);

    /** The spec syntax for help texts, one form per line. */
    static QString syntaxHelp();
};
