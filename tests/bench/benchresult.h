#pragma once

// Machine-readable results for tests/bench/scale.sh. A benchmark given `--result FILE` appends one line per
// measured operation to FILE:
//
//   RESULT op=import n=100000 median=2.381 ref=0.490 peak_kb=105472 runs=3 [key=value ...]
//
// op names the operation, n the number of handoffs (or leads, or rows) it ran on, median the median wall time
// in seconds, ref the median of its reference measured in the same run (or -), peak_kb the peak resident set
// of the process that did the work (or -). Extra key=value pairs carry details; values never hold spaces.
// Without --result a benchmark prints what it printed before and nothing else.

#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>

#include <sys/resource.h>
#include <unistd.h>

namespace baton::bench {

// The median of some timings (0 when there are none).
inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

// The largest resident set of this process so far, in KB (Linux reports ru_maxrss in KB).
inline qint64 peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss);
}

// The resident set of this process now, in KB (from /proc/self/statm), or -1.
inline qint64 currentRssKb()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    if (fields.size() < 2)
        return -1;
    return fields.at(1).toLongLong() * (sysconf(_SC_PAGESIZE) / 1024);
}

inline QString seconds(double value)
{
    return value < 0 ? QStringLiteral("-") : QString::number(value, 'f', 4);
}

// Appends "RESULT op=... n=... median=... ref=... peak_kb=... runs=... extra..." to `file` (nothing when empty).
inline void appendResult(const QString &file, const QString &op, qint64 n, double median, double reference,
    qint64 peakKb, int runs, const QStringList &extra = {})
{
    if (file.isEmpty())
        return;
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return;
    QString line = QStringLiteral("RESULT op=%1 n=%2 median=%3 ref=%4 peak_kb=%5 runs=%6")
                       .arg(op)
                       .arg(n)
                       .arg(seconds(median), seconds(reference), peakKb < 0 ? QStringLiteral("-") : QString::number(peakKb))
                       .arg(runs);
    for (const QString &pair : extra)
        line += QLatin1Char(' ') + pair;
    out.write(line.toUtf8() + '\n');
}

} // namespace baton::bench
