// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <type_traits>

#include <QObject>
#include <QThread>

/**
 * The GUI's network thread: one QThread with its own event loop where every socket object lives (DESIGN §1).
 * Use it from the thread that created it; pages reach the adopted objects through queued connections and post().
 */
class EngineThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineThread)

public:
    /** Starts the thread, named "SocketLab engine". */
    explicit EngineThread(QObject *parent = nullptr);
    /** Deletes every adopted object still alive (in the engine thread), then ends the thread and waits for it. */
    ~EngineThread() override;

    /** The engine thread (not the thread this object lives in, which QObject::thread() would give). */
    QThread *thread() const { return m_thread; }

    /** Moves a parentless QObject (and its children) to the engine thread; the engine deletes it at shutdown unless it
        was destroyed earlier. Call it from the object's current thread, before the object starts working (sockets,
        timers). The engine becomes the object's parent; delete it early with deleteLater(). Returns `object`. */
    template<class T>
    T *adopt(T *object)
    {
        static_assert(std::is_base_of_v<QObject, T>, "only QObjects can live in the engine thread");
        adoptObject(object);
        return object;
    }

    /** Runs `function` in the engine thread (queued, also when called from the engine thread; never blocks the
        caller). Work posted after shutdown has begun is dropped. */
    void post(std::function<void()> function);

private:
    void adoptObject(QObject *object);

    QThread *const m_thread;
    /** Lives in the engine thread; parent of every adopted object, so deleting it there deletes them all. */
    QObject *const m_root;
};
