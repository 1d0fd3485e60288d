// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

class MainWindow;

/** Renders the main window once per page into PNG files (`socketlab --screenshot DIR`). */
class ScreenshotRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(ScreenshotRenderer)

public:
    struct Result
    {
        QStringList files; ///< the PNGs written, in tab order
        QString error;     ///< one translated sentence; empty on success
    };

    /** Creates `directory` (with its parents); returns one translated sentence when it cannot, else empty. */
    static QString prepareDirectory(const QString &directory);
    /** Writes `directory`/<page id>.png for every page of `window`, creating the directory. */
    static Result renderPages(MainWindow &window, const QString &directory);
};
