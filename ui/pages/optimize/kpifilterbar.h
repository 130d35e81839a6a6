#pragma once

// The filters of the KPI dashboard: a range of ISO weeks and one value of segment, source, campaign,
// signal type and team. Drill-downs from the charts narrow the same filter (also by owner or territory);
// the bar shows what is selected in words and clears it in one click.

#include "data/handofffilter.h"
#include "data/names.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace baton {

class KpiFilterBar final : public QWidget
{
    Q_OBJECT
public:
    explicit KpiFilterBar(QWidget *parent = nullptr);

    // The choices: weeks with handoffs, names of the configured entities, sources and campaigns that occur.
    void setOptions(const QList<int> &weeks, const NameLookup &names, const QStringList &sources, const QStringList &campaigns);
    // Shows `filter` (without emitting).
    void setFilter(const HandoffFilter &filter);
    const HandoffFilter &filter() const { return m_filter; }

    // The filter in words, with names ("Weeks 2026-W30 to 2026-W38, source paid_social").
    static QString describe(const HandoffFilter &filter, const NameLookup &names);

signals:
    void filterChanged(const HandoffFilter &filter);

private:
    void readCombos();
    void updateSummary();
    static void select(QComboBox *combo, const QVariant &value);

    HandoffFilter m_filter;
    NameLookup m_names;
    QComboBox *m_fromWeek;
    QComboBox *m_toWeek;
    QComboBox *m_segment;
    QComboBox *m_source;
    QComboBox *m_campaign;
    QComboBox *m_signal;
    QComboBox *m_team;
    QLabel *m_summary;
    QPushButton *m_clear;
    bool m_updating = false;
};

} // namespace baton
