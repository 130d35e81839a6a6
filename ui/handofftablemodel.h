#pragma once

// A table model over the handoffs a filter selects that stays small however many there are: it keeps
// only their ids (8 bytes each) and fetches rows a page at a time, holding a bounded number of pages.

#include "data/handoff.h"
#include "data/names.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QTimeZone>

namespace baton {

class WorkspaceSession;

class HandoffTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Reference,
        HandedOff,
        Signal,
        Company,
        Source,
        Campaign,
        Territory,
        Segment,
        Owner,
        Team,
        Fit,
        Outcome,
        FirstTouch,
        Sla,
        Reason,
        Pipeline,
        ColumnCount
    };
    static constexpr int PageSize = 256;
    static constexpr int CachedPages = 64;
    // The handoff id of a row, for drill-downs and detail views.
    static constexpr int HandoffIdRole = Qt::UserRole + 1;

    explicit HandoffTableModel(WorkspaceSession *session, QObject *parent = nullptr);

    void setFilter(const HandoffFilter &filter);
    const HandoffFilter &filter() const { return m_filter; }
    // Reloads ids and names from the workspace.
    void refresh();
    QString errorMessage() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The text of a cell as shown, for CSV export.
    QString text(const Handoff &handoff, int column) const;
    // Every handoff of the filter in view order, page by page (for export).
    Result<void> forEach(const std::function<bool(const Handoff &)> &visit) const;
    qint64 pagesLoaded() const { return m_pagesLoaded; }

private:
    const Handoff *row(int row) const;
    static QString sortColumn(int column);

    WorkspaceSession *m_session;
    HandoffFilter m_filter;
    QList<qint64> m_ids;
    NameLookup m_names;
    QTimeZone m_zone;
    QString m_error;
    QString m_orderBy = QStringLiteral("id");
    bool m_descending = false;
    bool m_active = false; // refreshed or filtered once; until then sorting reads nothing
    mutable QCache<int, QList<Handoff>> m_pages;
    mutable qint64 m_pagesLoaded = 0;
};

} // namespace baton
