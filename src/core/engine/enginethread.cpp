// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "engine/enginethread.h"

#include <QPointer>

EngineThread::EngineThread(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_root(new QObject)
{
    m_thread->setObjectName(QStringLiteral("SocketLab engine"));
    m_root->moveToThread(m_thread);
    m_thread->start();
}

EngineThread::~EngineThread()
{
    Q_ASSERT_X(QThread::currentThread() != m_thread, "EngineThread", "the engine cannot end itself from inside");
    // Socket objects must be destroyed in the thread that owns their notifiers, so the root (and with it every
    // adopted object) is deleted there; the loop ends once it is gone. Work posted earlier still runs first.
    connect(m_root, &QObject::destroyed, m_thread, &QThread::quit, Qt::DirectConnection);
    m_root->deleteLater();
    m_thread->wait();
}

void EngineThread::adoptObject(QObject *object)
{
    Q_ASSERT(object);
    Q_ASSERT_X(!object->parent(), "EngineThread::adopt", "only a parentless object can change threads");
    object->moveToThread(m_thread);
    // The root's list of children is only ever touched in the engine thread, so the parent is set there. The guard
    // covers an object deleted in between.
    post([root = m_root, guard = QPointer<QObject>(object)] {
        if (guard)
            guard->setParent(root);
    });
}

void EngineThread::post(std::function<void()> function)
{
    if (!function)
        return;
    // Work posted while the root is being deleted (from an adopted object's destructor) is dropped with it.
    QMetaObject::invokeMethod(m_root, std::move(function), Qt::QueuedConnection);
}
