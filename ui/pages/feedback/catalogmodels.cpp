#include "catalogmodels.h"

#include "colours.h"
#include "entitycommand.h"
#include "optimize/kpidefinitions.h"
#include "pages/optimize/reporttable.h"
#include "workspacesession.h"

#include <QGuiApplication>

namespace baton {

ReasonCatalogModel::ReasonCatalogModel(WorkspaceSession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
}

void ReasonCatalogModel::setCatalogue(const QList<RejectionReason> &reasons, const QList<RecyclePlay> &plays)
{
    beginResetModel();
    m_reasons = reasons;
    m_plays = plays;
    endResetModel();
}

QStringList ReasonCatalogModel::gaps() const
{
    QStringList names;
    for (const RejectionReason &reason : m_reasons)
        if (playName(reason.recyclePlayId).isEmpty())
            names << reason.name;
    return names;
}

QString ReasonCatalogModel::playName(qint64 playId) const
{
    for (const RecyclePlay &play : m_plays)
        if (play.id == playId)
            return play.name;
    return {};
}

int ReasonCatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reasons.size());
}

int ReasonCatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReasonCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const RejectionReason &r = m_reasons.at(index.row());
    const QString play = playName(r.recyclePlayId);
    const bool gap = play.isEmpty();
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == ReportTable::SortRole)
            return r.name;
        break;
    case Play:
        if (role == Qt::DisplayRole || role == ReportTable::SortRole)
            return gap ? tr("(no play)") : play;
        if (role == Qt::EditRole)
            return r.recyclePlayId;
        if (role == Qt::ForegroundRole && gap)
            return Colours::text(
                Colours::Tone::Caution, QGuiApplication::palette()); // at paint time: the palette of the moment
        break;
    case Active:
        if (role == Qt::CheckStateRole)
            return r.active ? Qt::Checked : Qt::Unchecked;
        if (role == ReportTable::SortRole)
            return r.active ? 1 : 0;
        if (role == Qt::DisplayRole)
            return r.active ? tr("active") : tr("retired");
        break;
    case Description:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == ReportTable::SortRole)
            return r.description;
        break;
    case Status:
        if (role == Qt::DisplayRole || role == ReportTable::SortRole)
            return gap ? tr("Governance gap: no recycle play") : tr("Mapped");
        if (role == Qt::ForegroundRole && gap)
            return Colours::text(
                Colours::Tone::Caution, QGuiApplication::palette()); // at paint time: the palette of the moment
        if (role == Qt::ToolTipRole)
            return KpiDefinitions::tooltip(QStringLiteral("governance_gap"));
        break;
    }
    return {};
}

bool ReasonCatalogModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid())
        return false;
    const RejectionReason before = m_reasons.at(index.row());
    RejectionReason after = before;
    QString text;
    switch (index.column()) {
    case Name:
        if (role != Qt::EditRole || value.toString().trimmed().isEmpty() || value.toString().trimmed() == before.name)
            return false;
        after.name = value.toString().trimmed();
        text = tr("Rename rejection reason %1").arg(before.name);
        break;
    case Play:
        if (role != Qt::EditRole || value.toLongLong() == before.recyclePlayId)
            return false;
        after.recyclePlayId = value.toLongLong();
        text = tr("Map %1 to %2").arg(before.name, playName(after.recyclePlayId).isEmpty() ? tr("no play") : playName(after.recyclePlayId));
        break;
    case Active:
        if (role != Qt::CheckStateRole)
            return false;
        after.active = value.toInt() == Qt::Checked;
        text = after.active ? tr("Reactivate %1").arg(before.name) : tr("Retire %1").arg(before.name);
        break;
    case Description:
        if (role != Qt::EditRole || value.toString() == before.description)
            return false;
        after.description = value.toString();
        text = tr("Describe %1").arg(before.name);
        break;
    default:
        return false;
    }
    m_session->undoStack()->push(EntityCommand<RejectionReason>::update(m_session, before, after, text));
    return true;
}

Qt::ItemFlags ReasonCatalogModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == Name || index.column() == Play || index.column() == Description)
        flags |= Qt::ItemIsEditable;
    if (index.column() == Active)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant ReasonCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Rejection reason");
    case Play:
        return tr("Recycle play");
    case Active:
        return tr("In use");
    case Description:
        return tr("Description");
    case Status:
        return tr("Governance");
    }
    return {};
}

PlayCatalogModel::PlayCatalogModel(WorkspaceSession *session, QObject *parent) : QAbstractTableModel(parent), m_session(session)
{
}

void PlayCatalogModel::setCatalogue(const QList<RecyclePlay> &plays, const QList<RejectionReason> &reasons)
{
    beginResetModel();
    m_plays = plays;
    m_reasons = reasons;
    endResetModel();
}

QString PlayCatalogModel::kindName(const QString &kind)
{
    if (kind == PlayKind::Nurture)
        return tr("Nurture track");
    if (kind == PlayKind::Reroute)
        return tr("Re-route");
    if (kind == PlayKind::Merge)
        return tr("Merge with the original");
    if (kind == PlayKind::Disqualify)
        return tr("Disqualify");
    if (kind == PlayKind::CompetitiveNurture)
        return tr("Competitive nurture");
    return kind;
}

int PlayCatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plays.size());
}

int PlayCatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlayCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const RecyclePlay &p = m_plays.at(index.row());
    const bool display = role == Qt::DisplayRole || role == ReportTable::SortRole;
    switch (index.column()) {
    case Name:
        if (display || role == Qt::EditRole)
            return p.name;
        break;
    case Kind:
        if (display)
            return kindName(p.kind);
        if (role == Qt::EditRole)
            return p.kind;
        break;
    case ReentryDays:
        if (role == Qt::DisplayRole)
            return p.reentryDays > 0 ? QString::number(p.reentryDays) : tr("none");
        if (role == Qt::EditRole || role == ReportTable::SortRole)
            return p.reentryDays;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Description:
        if (display || role == Qt::EditRole)
            return p.description;
        break;
    case Reasons: {
        if (!display)
            break;
        QStringList names;
        for (const RejectionReason &reason : m_reasons)
            if (reason.recyclePlayId == p.id)
                names << reason.name;
        return names.isEmpty() ? tr("(no reason uses it)") : names.join(QStringLiteral(", "));
    }
    }
    return {};
}

bool PlayCatalogModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    const RecyclePlay before = m_plays.at(index.row());
    RecyclePlay after = before;
    switch (index.column()) {
    case Name:
        if (value.toString().trimmed().isEmpty())
            return false;
        after.name = value.toString().trimmed();
        break;
    case Kind:
        if (!PlayKind::all().contains(value.toString()))
            return false;
        after.kind = value.toString();
        break;
    case ReentryDays:
        after.reentryDays = std::max(0, value.toInt());
        break;
    case Description:
        after.description = value.toString();
        break;
    default:
        return false;
    }
    if (after.name == before.name && after.kind == before.kind && after.reentryDays == before.reentryDays
        && after.description == before.description)
        return false;
    m_session->undoStack()->push(EntityCommand<RecyclePlay>::update(m_session, before, after, tr("Edit recycle play %1").arg(before.name)));
    return true;
}

Qt::ItemFlags PlayCatalogModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() != Reasons)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant PlayCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Recycle play");
    case Kind:
        return tr("Kind");
    case ReentryDays:
        return tr("Re-entry (days)");
    case Description:
        return tr("Description");
    case Reasons:
        return tr("Used by");
    }
    return {};
}

} // namespace baton#include <QGuiApplication>
