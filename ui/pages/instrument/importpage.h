#pragma once

// Instrument: the Import page. Every import the workspace has had, newest first, with its counts; for the
// selected one the rows it kept aside (line number, reason, the record as written) in a sortable, filterable
// table that exports as CSV, so they can be fixed in a spreadsheet and imported again. "Import CSV…" opens
// the import dialog (through the main window).

#include "instrument/import/importhistory.h"
#include "pages/page.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTableWidget;

namespace baton {

class KeptAsideModel;

class ImportPage final : public Page
{
    Q_OBJECT
public:
    explicit ImportPage(WorkspaceSession *session, QWidget *parent = nullptr);

    QTableWidget *runsTable() const { return m_runs; }
    QTableView *keptAsideView() const { return m_keptAside; }
    QSortFilterProxyModel *keptAsideProxy() const { return m_proxy; }
    QLineEdit *keptAsideFilter() const { return m_filter; }
    // Selects the import run `runId` (after a reload when the page is stale); false when it is not listed.
    bool selectRun(qint64 runId);
    qint64 selectedRun() const;
    // Writes the kept-aside rows shown (filtered and in the table's order) to `path`: line, reason and the
    // record's own columns under the file's header. Returns how many rows.
    Result<qint64> exportShown(const QString &path) const;

signals:
    void importRequested();

protected:
    void reload() override;

private:
    void showRun(int row);
    void updateCount();
    void exportDialog();

    QStackedWidget *m_stack = nullptr;
    QTableWidget *m_runs = nullptr;
    QStackedWidget *m_detailStack = nullptr;
    QLabel *m_runTitle = nullptr;
    QLabel *m_nothingAside = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_export = nullptr;
    QTableView *m_keptAside = nullptr;
    KeptAsideModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QList<ImportRunInfo> m_runInfos;
};

} // namespace baton
