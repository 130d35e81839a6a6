#pragma once

// The charts of the SLA compliance page: compliance per week (a line per group) and routing delay vs
// response time per group. Both report clicks so the page can drill down to the handoffs behind them.

#include "enforce/slareport.h"

#include <QChartView>

namespace baton {

class SlaTrendChart final : public QChartView
{
    Q_OBJECT
public:
    // Lines for at most this many groups besides "all handoffs": the ones with the lowest compliance.
    static constexpr int MaxGroupLines = 6;

    explicit SlaTrendChart(QWidget *parent = nullptr);
    // `weeks` in order; `points` from SlaReport::trend with totals; `selectedWeek` is marked.
    void setTrend(const QList<int> &weeks, const QList<SlaTrendPoint> &points, int selectedWeek);
    // The groups drawn as lines (besides the total), for tests.
    QList<qint64> groupsShown() const { return m_shown; }

signals:
    void pointClicked(int week, qint64 groupId);

private:
    QList<qint64> m_shown;
};

class SlaSplitChart final : public QChartView
{
    Q_OBJECT
public:
    // Bars for at most this many groups (the ones with the lowest compliance), so that names stay legible.
    static constexpr int MaxGroups = 8;

    explicit SlaSplitChart(QWidget *parent = nullptr);
    void setGroups(const QList<SlaGroupStats> &groups);

signals:
    void groupClicked(qint64 groupId);

private:
    QList<qint64> m_ids;
};

} // namespace baton
