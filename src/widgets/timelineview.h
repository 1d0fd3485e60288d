// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QGraphicsView>
#include <QPointer>

class TimelineScene;

/** Shows a TimelineScene: Ctrl+wheel zooms around the mouse, dragging or the wheel pans, a click on a block
    highlights its bytes in every lane, hovering shows a block's bytes. Keeps the lane labels at the left edge and
    tells the scene which part is visible, so that only that part is built. */
class TimelineView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    void setTimelineScene(TimelineScene *scene);
    TimelineScene *timelineScene() const { return m_scene; }

    void zoomIn();
    void zoomOut();
    void zoomFit();
    /** Scrolls the least needed to show scene x from `left` to `right` right of the lane labels. */
    void revealX(qreal left, qreal right);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void applySceneGeometry();
    void reportVisibleRange();

    QPointer<TimelineScene> m_scene;
};
