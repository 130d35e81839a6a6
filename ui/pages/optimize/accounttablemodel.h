#pragma once

// The account list: every account with its owner, team, stage and all-time KPIs, sorted and searched in
// SQL and fetched a page at a time, so that memory stays small however many accounts there are.

#include "optimize/accountkpis.h"

#include <QAbstractTableModel>
#include <QCache>

namespace baton {

class WorkspaceSession;

class AccountTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int PageSize = 256;
    static constexpr int AccountIdRole = Qt::UserRole + 1;

    explicit AccountTableModel(WorkspaceSession *session, QObject *parent = nullptr);

    void setSearch(const QString &search);
    void refresh();
    QString errorMessage() const { return m_error; }
    qint64 accountId(int row) const { return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0; }
    int rowOf(qint64 accountId) const { return int(m_ids.indexOf(accountId)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QString text(const AccountSummary &account, int column) const;
    // Every account of the list in view order, page by page (for export).
    Result<void> forEach(const std::function<void(const AccountSummary &)> &visit) const;

private:
    const AccountSummary *row(int row) const;

    WorkspaceSession *m_session;
    QString m_search;
    QList<qint64> m_ids;
    AccountKpis::Column m_sortColumn = AccountKpis::Handoffs;
    bool m_descending = true;
    QString m_error;
    mutable QCache<int, QList<AccountSummary>> m_pages;
};

} // namespace baton
