// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "timelineview.h"

#include <cmath>

#include <QHelpEvent>
#include <QKeyEvent>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include "timelineblockitem.h"
#include "timelinescene.h"

namespace {
/** Room kept for the lane labels when scrolling a block into view. */
constexpr qreal labelRoom = 240;
} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QGraphicsView(parent)
{
    setDragMode(QGraphicsView::ScrollHandDrag);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::NoAnchor);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    // The labels move with every scroll step; repainting the viewport is simpler than tracking them.
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
}

TimelineView::~TimelineView() = default;

void TimelineView::setTimelineScene(TimelineScene *scene)
{
    if (m_scene)
        disconnect(m_scene, nullptr, this, nullptr);
    m_scene = scene;
    setScene(scene);
    if (!scene)
        return;
    scene->setPalette(palette());
    connect(scene, &TimelineScene::geometryChanged, this, &TimelineView::applySceneGeometry);
    scene->setViewportSize(viewport()->size());
    applySceneGeometry();
}

void TimelineView::zoomIn()
{
    if (m_scene)
        m_scene->zoomIn();
}

void TimelineView::zoomOut()
{
    if (m_scene)
        m_scene->zoomOut();
}

void TimelineView::zoomFit()
{
    if (m_scene)
        m_scene->zoomFit();
}

void TimelineView::revealX(qreal left, qreal right)
{
    const qreal shownLeft = mapToScene(0, 0).x();
    const qreal shownRight = mapToScene(viewport()->width(), 0).x();
    if (left >= shownLeft + labelRoom && right <= shownRight)
        return;
    horizontalScrollBar()->setValue(int(std::floor(left - labelRoom)));
}

void TimelineView::applySceneGeometry()
{
    if (!m_scene)
        return;
    horizontalScrollBar()->setValue(qRound(m_scene->visibleLeft()));
    reportVisibleRange();
}

void TimelineView::reportVisibleRange()
{
    if (!m_scene)
        return;
    const qreal left = mapToScene(0, 0).x();
    const qreal right = mapToScene(viewport()->width(), 0).x();
    m_scene->setVisibleRange(left, right);
    m_scene->pinLeft(left);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (!m_scene) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const int delta = event->angleDelta().y() != 0 ? event->angleDelta().y() : event->angleDelta().x();
    if (event->modifiers() & Qt::ControlModifier) {
        const double factor = std::pow(1.5, double(delta) / 120.0);
        m_scene->setZoom(m_scene->zoom() * factor, mapToScene(event->position().toPoint()).x());
        event->accept();
        return;
    }
    // Nothing to scroll up and down: the wheel pans along the axis.
    if (verticalScrollBar()->maximum() == 0 || (event->modifiers() & Qt::ShiftModifier)) {
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (!m_scene)
        return;
    m_scene->setViewportSize(viewport()->size());
    reportVisibleRange();
}

void TimelineView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    reportVisibleRange();
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_scene) {
        const auto *help = static_cast<QHelpEvent *>(event);
        QString text;
        const QList<QGraphicsItem *> hit = items(help->pos());
        for (const QGraphicsItem *item : hit) {
            if (item->type() == TimelineBlockItem::Type) {
                text = m_scene->toolTipFor(item);
                break;
            }
        }
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_scene)
        m_scene->setPalette(palette());
    QGraphicsView::changeEvent(event);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    if (m_scene && (event->modifiers() & Qt::ControlModifier)) {
        switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomIn();
            return;
        case Qt::Key_Minus:
            zoomOut();
            return;
        case Qt::Key_0:
            zoomFit();
            return;
        default:
            break;
        }
    }
    if (m_scene && event->key() == Qt::Key_Escape) {
        m_scene->clearHighlight();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}
