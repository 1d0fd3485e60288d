// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "screenshotrenderer.h"

#include <QDir>
#include <QPixmap>

#include "mainwindow.h"

QString ScreenshotRenderer::prepareDirectory(const QString &directory)
{
    QDir dir(directory);
    if (dir.mkpath(QStringLiteral(".")))
        return {};
    return tr("Cannot create the screenshot folder %1: check the path and your permissions.")
        .arg(QDir::toNativeSeparators(dir.absolutePath()));
}

ScreenshotRenderer::Result ScreenshotRenderer::renderPages(MainWindow &window, const QString &directory)
{
    Result result;
    result.error = prepareDirectory(directory);
    if (!result.error.isEmpty())
        return result;
    const QDir dir(directory);
    if (!window.isVisible())
        window.show();
    for (int index = 0; index < window.pageCount(); ++index) {
        window.showPage(index);
        // Let layouts settle and pending paints run before grabbing.
        QCoreApplication::processEvents();
        const QString path = dir.absoluteFilePath(window.pageId(index) + QStringLiteral(".png"));
        if (!window.grab().save(path, "PNG")) {
            result.error = tr("Cannot write the screenshot %1: check free space and permissions.")
                               .arg(QDir::toNativeSeparators(path));
            return result;
        }
        result.files.append(path);
    }
    return result;
}
