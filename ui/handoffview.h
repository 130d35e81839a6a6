#pragma once

// The handoffs behind a number: a filterable, sortable table with a search box and CSV export.
// Every drill-down in Baton ends here.

#include "data/handofffilter.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace baton {

class HandoffTableModel;
class WorkspaceSession;

class HandoffView final : public QWidget
{
    Q_OBJECT
public:
    explicit HandoffView(WorkspaceSession *session, QWidget *parent = nullptr);

    void setFilter(const HandoffFilter &filter);
    HandoffTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void refresh();

    // Writes every handoff of the current filter to `path` as CSV; the file is readable by the user only.
    bool exportCsv(const QString &path, QString *error = nullptr);

signals:
    void handoffActivated(qint64 handoffId);

private:
    void updateSummary();
    void exportWithDialog();

    WorkspaceSession *m_session;
    HandoffTableModel *m_model;
    HandoffFilter m_baseFilter;
    QLabel *m_summary;
    QLineEdit *m_search;
    QTableView *m_table;
    QTimer *m_searchDelay;
    bool m_columnsSized = false;
};

} // namespace baton
