#include "accounttablemodel.h"

#include "core/workspace.h"
#include "kpiformat.h"
#include "optimize/kpidefinitions.h"
#include "workspacesession.h"

#include <QDateTime>
#include <QLocale>

namespace baton {

AccountTableModel::AccountTableModel(WorkspaceSession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session), m_pages(32)
{
}

void AccountTableModel::setSearch(const QString &search)
{
    m_search = search;
    refresh();
}

void AccountTableModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_ids.clear();
    m_error.clear();
    if (Workspace *workspace = m_session->workspace()) {
        auto ids = AccountKpis(*workspace).ids(m_search, m_sortColumn, m_descending);
        if (ids)
            m_ids = std::move(*ids);
        else
            m_error = ids.errorMessage();
    }
    endResetModel();
}

int AccountTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int AccountTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : AccountKpis::ColumnCount;
}

const AccountSummary *AccountTableModel::row(int row) const
{
    const int page = row / PageSize;
    if (!m_pages.contains(page)) {
        Workspace *workspace = m_session->workspace();
        if (!workspace)
            return nullptr;
        auto rows = AccountKpis(*workspace).byIds(m_ids.mid(qsizetype(page) * PageSize, PageSize));
        if (!rows)
            return nullptr;
        m_pages.insert(page, new QList<AccountSummary>(std::move(*rows)));
    }
    const QList<AccountSummary> *cached = m_pages.object(page);
    const int offset = row % PageSize;
    return cached && offset < cached->size() ? &cached->at(offset) : nullptr;
}

QString AccountTableModel::text(const AccountSummary &a, int column) const
{
    switch (column) {
    case AccountKpis::Name:
        return a.name;
    case AccountKpis::Domain:
        return a.domain;
    case AccountKpis::Segment:
        return a.segment;
    case AccountKpis::Territory:
        return a.territory;
    case AccountKpis::Owner:
        return a.owner.isEmpty() ? tr("(no owner)") : a.owner;
    case AccountKpis::Team:
        return a.team;
    case AccountKpis::Stage:
        return a.stage;
    case AccountKpis::Handoffs:
        return KpiFormat::count(double(a.counts.handoffs));
    case AccountKpis::AcceptanceRate:
        return KpiFormat::percent(a.acceptanceRate());
    case AccountKpis::Opportunities:
        return KpiFormat::count(double(a.counts.opportunities));
    case AccountKpis::ConversionRate:
        return KpiFormat::percent(a.conversionRate());
    case AccountKpis::Won:
        return KpiFormat::count(double(a.counts.won));
    case AccountKpis::Pipeline:
        return KpiFormat::money(double(a.counts.pipelineCents) / 100.0);
    case AccountKpis::WonAmount:
        return KpiFormat::money(double(a.counts.wonCents) / 100.0);
    case AccountKpis::LastHandoff:
        return a.lastHandoffAt ? QLocale().toString(QDateTime::fromSecsSinceEpoch(*a.lastHandoffAt).date(), QLocale::ShortFormat) : QString();
    }
    return {};
}

QVariant AccountTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const AccountSummary *a = row(index.row());
    if (!a)
        return role == Qt::DisplayRole ? QVariant(tr("…")) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return text(*a, index.column());
    case AccountIdRole:
        return a->id;
    case Qt::TextAlignmentRole:
        return index.column() >= AccountKpis::Handoffs && index.column() != AccountKpis::LastHandoff
            ? int(Qt::AlignRight | Qt::AlignVCenter)
            : int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant AccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case AccountKpis::Stage:
            return KpiDefinitions::tooltip(QStringLiteral("account_stage"));
        case AccountKpis::AcceptanceRate:
            return KpiDefinitions::tooltip(QStringLiteral("acceptance_rate"));
        case AccountKpis::ConversionRate:
            return KpiDefinitions::tooltip(QStringLiteral("conversion_rate"));
        case AccountKpis::Pipeline:
            return tr("Sum of the opportunity amounts of the account's handoffs.");
        default:
            return tr("All time; click a header to sort.");
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AccountKpis::Name:
        return tr("Account");
    case AccountKpis::Domain:
        return tr("Domain");
    case AccountKpis::Segment:
        return tr("Segment");
    case AccountKpis::Territory:
        return tr("Territory");
    case AccountKpis::Owner:
        return tr("Owner");
    case AccountKpis::Team:
        return tr("Team");
    case AccountKpis::Stage:
        return tr("Stage");
    case AccountKpis::Handoffs:
        return tr("Handoffs");
    case AccountKpis::AcceptanceRate:
        return tr("Acceptance");
    case AccountKpis::Opportunities:
        return tr("Opportunities");
    case AccountKpis::ConversionRate:
        return tr("Conversion");
    case AccountKpis::Won:
        return tr("Won");
    case AccountKpis::Pipeline:
        return tr("Pipeline");
    case AccountKpis::WonAmount:
        return tr("Won amount");
    case AccountKpis::LastHandoff:
        return tr("Last handoff");
    }
    return {};
}

void AccountTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = AccountKpis::Column(column);
    m_descending = order == Qt::DescendingOrder;
    refresh();
}

Result<void> AccountTableModel::forEach(const std::function<void(const AccountSummary &)> &visit) const
{
    Workspace *workspace = m_session->workspace();
    if (!workspace)
        return {};
    for (qsizetype start = 0; start < m_ids.size(); start += PageSize) {
        auto rows = AccountKpis(*workspace).byIds(m_ids.mid(start, PageSize));
        if (!rows)
            return rows.error();
        for (const AccountSummary &a : *rows)
            visit(a);
    }
    return {};
}

} // namespace baton
