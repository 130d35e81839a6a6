#pragma once

// Runs a page's computation that reads much of the workspace (the Govern pages' evidence, history and agenda, the
// Overview's row counts) in a worker thread with its own connection to the workspace file (connections belong to
// their thread) and hands the result back on the GUI thread.
// Only the latest job's result is delivered: a reload while one runs supersedes it.

#include "core/result.h"
#include "core/workspace.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace baton {

class WorkspaceJob final : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceJob(QObject *parent = nullptr) : QObject(parent) { }
    ~WorkspaceJob() override
    {
        ++m_generation;
        for (const QPointer<QThread> &thread : std::as_const(m_threads))
            if (thread)
                thread->wait();
    }

    bool isRunning() const { return m_running > 0; }
    // Forgets any running job's result.
    void cancel() { ++m_generation; }

    template <typename T>
    void start(const QString &path, Workspace::Access access, std::function<Result<T>(Workspace &)> work,
        std::function<void(Result<T>)> done)
    {
        const int generation = ++m_generation;
        auto result = std::make_shared<std::optional<Result<T>>>();
        QThread *thread = QThread::create([path, access, work, result]() {
            auto workspace = Workspace::open(path, access);
            if (!workspace) {
                *result = Result<T>(workspace.error());
                return;
            }
            *result = work(**workspace);
        });
        thread->setParent(this); // deleted with the job when its result never comes back (the job went first)
        m_threads << thread;
        ++m_running;
        emit runningChanged(true);
        connect(thread, &QThread::finished, this, [this, thread, generation, result, done]() {
            m_threads.removeAll(thread);
            thread->deleteLater();
            --m_running;
            emit runningChanged(m_running > 0);
            if (generation != m_generation || !result->has_value())
                return;
            done(std::move(**result));
        });
        thread->start();
    }

signals:
    void runningChanged(bool running);

private:
    int m_generation = 0;
    int m_running = 0;
    QList<QPointer<QThread>> m_threads;
};

} // namespace baton
