#include "handofftablemodel.h"

#include "core/workspace.h"
#include "workspacesession.h"

#include <QDateTime>
#include <QLocale>

namespace baton {

HandoffTableModel::HandoffTableModel(WorkspaceSession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session), m_pages(CachedPages)
{
}

void HandoffTableModel::setFilter(const HandoffFilter &filter)
{
    m_filter = filter;
    refresh();
}

void HandoffTableModel::refresh()
{
    m_active = true;
    beginResetModel();
    m_pages.clear();
    m_ids.clear();
    m_error.clear();
    if (Workspace *workspace = m_session->workspace()) {
        HandoffRepository repository(*workspace);
        m_zone = repository.reportingZone();
        auto names = NameLookup::load(*workspace);
        auto ids = repository.ids(m_filter, m_orderBy, m_descending);
        if (names && ids) {
            m_names = std::move(*names);
            m_ids = std::move(*ids);
        } else {
            m_error = names ? ids.errorMessage() : names.errorMessage();
        }
    }
    endResetModel();
}

int HandoffTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int HandoffTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Handoff *HandoffTableModel::row(int row) const
{
    const int page = row / PageSize;
    if (!m_pages.contains(page)) {
        Workspace *workspace = m_session->workspace();
        if (!workspace)
            return nullptr;
        const QList<qint64> ids = m_ids.mid(qsizetype(page) * PageSize, PageSize);
        auto rows = HandoffRepository(*workspace).byIds(ids);
        if (!rows || rows->size() != ids.size())
            return nullptr; // deleted underneath us; the next refresh catches up
        m_pages.insert(page, new QList<Handoff>(std::move(*rows)));
        ++m_pagesLoaded;
    }
    const QList<Handoff> *cached = m_pages.object(page);
    return cached ? &cached->at(row % PageSize) : nullptr;
}

QString HandoffTableModel::text(const Handoff &h, int column) const
{
    const QLocale locale;
    switch (column) {
    case Reference:
        return h.leadRef.isEmpty() ? tr("#%1").arg(h.id) : h.leadRef;
    case HandedOff:
        return locale.toString(QDateTime::fromSecsSinceEpoch(h.handedOffAt, m_zone), QStringLiteral("yyyy-MM-dd HH:mm"));
    case Signal:
        return m_names.signalTypes.value(h.signalTypeId);
    case Company:
        return h.company;
    case Source:
        return h.source;
    case Campaign:
        return h.campaign;
    case Territory:
        return h.territoryId ? m_names.territories.value(h.territoryId) : tr("(none)");
    case Segment:
        return m_names.segments.value(h.segmentId);
    case Owner:
        return m_names.owners.value(h.ownerId, tr("(unassigned)"));
    case Team:
        return m_names.teams.value(h.teamId);
    case Fit:
        return h.fitGrade;
    case Outcome:
        return baton::Outcome::label(h.outcome); // the namespace, not the column
    case FirstTouch:
        if (!h.firstTouchSeconds)
            return QString();
        return tr("%1 h %2 min").arg(*h.firstTouchSeconds / 3600).arg((*h.firstTouchSeconds % 3600) / 60, 2, 10, QLatin1Char('0'));
    case Sla:
        if (!h.slaDueAt)
            return tr("no policy");
        if (h.firstTouchAt)
            return *h.firstTouchAt <= *h.slaDueAt ? tr("met") : tr("missed");
        return tr("untouched");
    case Reason:
        return h.rejectedAt ? m_names.reasons.value(h.rejectionReasonId, tr("(no reason)")) : QString();
    case Pipeline:
        return h.opportunityAmount ? locale.toString(*h.opportunityAmount, 'f', 0) : QString();
    }
    return {};
}

QVariant HandoffTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Handoff *h = row(index.row());
    if (!h)
        return role == Qt::DisplayRole ? QVariant(tr("…")) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return text(*h, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Pipeline || index.column() == FirstTouch)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case HandoffIdRole:
        return h->id;
    case Qt::ToolTipRole:
        if (index.column() == Company || index.column() == Reference)
            return QStringLiteral("%1\n%2").arg(h->contactName, h->email);
        return {};
    default:
        return {};
    }
}

QVariant HandoffTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Reference:
        return tr("Lead");
    case HandedOff:
        return tr("Handed off");
    case Signal:
        return tr("Signal");
    case Company:
        return tr("Company");
    case Source:
        return tr("Source");
    case Campaign:
        return tr("Campaign");
    case Territory:
        return tr("Territory");
    case Segment:
        return tr("Segment");
    case Owner:
        return tr("Owner");
    case Team:
        return tr("Team");
    case Fit:
        return tr("Fit");
    case Outcome:
        return tr("Outcome");
    case FirstTouch:
        return tr("First touch (business time)");
    case Sla:
        return tr("SLA");
    case Reason:
        return tr("Rejection reason");
    case Pipeline:
        return tr("Pipeline");
    }
    return {};
}

QString HandoffTableModel::sortColumn(int column)
{
    switch (column) {
    case Reference:
        return QStringLiteral("lead_ref");
    case HandedOff:
        return QStringLiteral("handed_off_at");
    case Signal:
        return QStringLiteral("signal_type_id");
    case Company:
        return QStringLiteral("company");
    case Source:
        return QStringLiteral("source");
    case Campaign:
        return QStringLiteral("campaign");
    case Territory:
        return QStringLiteral("territory_id");
    case Segment:
        return QStringLiteral("segment_id");
    case Owner:
        return QStringLiteral("owner_id");
    case Team:
        return QStringLiteral("team_id");
    case Fit:
        return QStringLiteral("fit_grade");
    case Outcome:
        return QStringLiteral("outcome");
    case FirstTouch:
        return QStringLiteral("first_touch_seconds");
    case Sla:
        return QStringLiteral("sla_due_at");
    case Reason:
        return QStringLiteral("rejection_reason_id");
    case Pipeline:
        return QStringLiteral("opportunity_amount");
    }
    return QStringLiteral("id");
}

void HandoffTableModel::sort(int column, Qt::SortOrder order)
{
    m_orderBy = sortColumn(column);
    m_descending = order == Qt::DescendingOrder;
    // A view sets its initial order before anyone set a filter: no reason to read every handoff's id yet.
    if (m_active)
        refresh();
}

Result<void> HandoffTableModel::forEach(const std::function<bool(const Handoff &)> &visit) const
{
    Workspace *workspace = m_session->workspace();
    if (!workspace)
        return {};
    HandoffRepository repository(*workspace);
    for (qsizetype start = 0; start < m_ids.size(); start += PageSize) {
        auto rows = repository.byIds(m_ids.mid(start, PageSize));
        if (!rows)
            return rows.error();
        for (const Handoff &h : *rows)
            if (!visit(h))
                return fail(tr("Cancelled."), Error::Kind::Cancelled);
    }
    return {};
}

} // namespace baton
