// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

/**
 * Joins translated sentences the way each script writes them: English puts a space after a full
 * stop, Chinese does not after its full-width 。！？ (nor before a sentence that starts with a
 * Chinese character). One helper for every place that strings sentences together.
 */
namespace Sentences {

/** `text` followed by `sentence`; either may be empty. */
QString joined(const QString &text, const QString &sentence);
/** Appends `sentence` to `text`, as joined() does. */
void append(QString &text, const QString &sentence);
/** The non-empty sentences of `sentences` joined one after another. */
QString join(const QStringList &sentences);

} // namespace Sentences
