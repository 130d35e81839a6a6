#include "backgroundtask.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

namespace baton {

Result<void> runInBackground(QWidget *parent, const QString &label, const std::function<Result<void>(TaskControl &)> &work)
{
    TaskControl control;
    Result<void> result;
    QThread *thread = QThread::create([&]() { result = work(control); });

    QProgressDialog dialog(label, QProgressDialog::tr("Cancel"), 0, 0, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, [&control]() { control.cancel(); });

    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, [&]() {
        const qint64 total = control.total();
        if (total > 0) {
            // Scale to int range for the dialog.
            dialog.setMaximum(1000);
            dialog.setValue(int(1000.0 * double(control.done()) / double(total)));
        }
    });

    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    poll.start();
    loop.exec();
    thread->wait();
    delete thread;
    dialog.close();
    return result;
}

} // namespace baton
