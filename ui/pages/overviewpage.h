#pragma once

#include "page.h"

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace baton {

class WorkspaceJob;

// The first page: a welcome with the ways to start when no workspace is open, and what the open
// workspace holds when one is.
class OverviewPage final : public Page
{
    Q_OBJECT
public:
    explicit OverviewPage(WorkspaceSession *session, QWidget *parent = nullptr);
    // The user-facing name of a workspace table.
    static QString tableLabel(const QString &table);

signals:
    void newDemoRequested();
    void newRequested();
    void openRequested();
    void openPathRequested(const QString &path);
    // "Import a CSV export…" on the welcome. The button is enabled only while something is connected to
    // this signal (the CSV importer); until then it says that import is not there yet.
    void importRequested();
    // The rows per table are in the table (they are counted in a worker after the page is shown).
    void countsShown();

protected:
    void reload() override;
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;

private:
    QWidget *buildWelcome();
    QWidget *buildSummary();
    void updateImportButton();
    void showCounts(const QList<std::pair<QString, qint64>> &counts);

    QStackedWidget *m_stack = nullptr;
    QListWidget *m_recent = nullptr;
    QPushButton *m_import = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    QTableWidget *m_counts = nullptr;
    WorkspaceJob *m_countJob = nullptr;
};

} // namespace baton
