#pragma once

// Optimize: account-based motion. A searchable, sortable list of accounts with their owner, team, stage
// and KPIs; the selected account's detail gathers every handoff and engagement of the account, judged
// together as one motion.

#include "pages/page.h"

class QLabel;
class QLineEdit;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace baton {

class AccountTableModel;
class HandoffView;
class KpiTiles;
class ReportTable;

class AccountsPage final : public Page
{
    Q_OBJECT
public:
    explicit AccountsPage(WorkspaceSession *session, QWidget *parent = nullptr);

    AccountTableModel *accounts() const { return m_model; }
    QLineEdit *search() const { return m_search; }
    // Shows the account's detail (as clicking its row does).
    void showAccount(qint64 accountId);
    qint64 currentAccount() const { return m_account; }
    KpiTiles *tiles() const { return m_tiles; }
    HandoffView *handoffs() const { return m_handoffs; }
    QStandardItemModel *engagements() const { return m_engagementModel; }
    QString headline() const;
    bool exportAccounts(const QString &path, QString *error = nullptr) const;

protected:
    void reload() override;

private:
    QWidget *buildDetail();

    QStackedWidget *m_stack;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QLabel *m_count;
    AccountTableModel *m_model;
    QTableView *m_table;
    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_motion;
    KpiTiles *m_tiles;
    HandoffView *m_handoffs;
    QStandardItemModel *m_engagementModel;
    ReportTable *m_engagementTable;
    QWidget *m_detail;
    qint64 m_account = 0;
    bool m_columnsSized = false;
};

} // namespace baton
