#pragma once

// Runs long work (demo generation, imports, exports) off the GUI thread behind a progress dialog
// with Cancel. The work gets a TaskControl to report progress and to notice cancellation; it must
// open its own database connection, since connections belong to the thread that made them.

#include "core/result.h"

#include <QString>

#include <atomic>
#include <functional>

class QWidget;

namespace baton {

class TaskControl
{
public:
    void setProgress(qint64 done, qint64 total)
    {
        m_done = done;
        m_total = total;
    }
    bool isCancelled() const { return m_cancelled; }
    void cancel() { m_cancelled = true; }
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }

private:
    std::atomic<qint64> m_done { 0 };
    std::atomic<qint64> m_total { 0 };
    std::atomic<bool> m_cancelled { false };
};

// Shows a modal progress dialog titled `label` while `work` runs in a worker thread; returns its result.
Result<void> runInBackground(QWidget *parent, const QString &label, const std::function<Result<void>(TaskControl &)> &work);

} // namespace baton
