#include "slatablemodels.h"

#include "data/handoff.h"
#include "enforce/sla.h"
#include "sladefinitions.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

#include <iterator>

namespace baton {

QString formatBusinessMinutes(std::optional<double> minutes)
{
    if (!minutes)
        return QStringLiteral("–");
    const qint64 rounded = qRound64(*minutes);
    if (rounded < 60)
        return QCoreApplication::translate("baton::SlaPage", "%1 min").arg(rounded);
    return QCoreApplication::translate("baton::SlaPage", "%1 h %2 min").arg(rounded / 60).arg(rounded % 60, 2, 10, QLatin1Char('0'));
}

QString formatRate(std::optional<double> rate)
{
    if (!rate)
        return QStringLiteral("–");
    return QCoreApplication::translate("baton::SlaPage", "%1 %").arg(QLocale().toString(*rate * 100.0, 'f', 1));
}

void SlaComplianceModel::setGroups(const QList<SlaGroupStats> &groups, const QString &groupTitle)
{
    beginResetModel();
    m_groups = groups;
    m_groupTitle = groupTitle;
    endResetModel();
}

int SlaComplianceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int SlaComplianceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SlaComplianceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_groups.size())
        return {};
    const SlaGroupStats &g = m_groups.at(index.row());
    if (role == GroupIdRole)
        return g.id;
    const auto minutesValue = [](const std::optional<double> &m) { return m ? QVariant(*m) : QVariant(-1.0); };
    if (role == SortRole) {
        switch (index.column()) {
        case Group:
            return g.name;
        case Handoffs:
            return g.handoffs;
        case UnderSla:
            return g.withSla;
        case Met:
            return g.met;
        case Decided:
            return g.decided;
        case Missed:
            return g.missed();
        case Breaching:
            return g.breaching;
        case Pending:
            return g.pending();
        case Compliance:
            return g.compliance().value_or(-1.0);
        case MedianFirstTouch:
            return minutesValue(g.medianFirstTouchMinutes);
        case P90FirstTouch:
            return minutesValue(g.p90FirstTouchMinutes);
        case MedianRoutingDelay:
            return minutesValue(g.medianRoutingDelayMinutes);
        case MedianResponse:
            return minutesValue(g.medianResponseMinutes);
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == Group ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && index.column() == Compliance) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole && index.column() != Group)
        return tr("%1 — click to see these handoffs").arg(headerData(index.column(), Qt::Horizontal).toString());
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Group:
        return g.name;
    case Compliance:
        return formatRate(g.compliance());
    case MedianFirstTouch:
        return formatBusinessMinutes(g.medianFirstTouchMinutes);
    case P90FirstTouch:
        return formatBusinessMinutes(g.p90FirstTouchMinutes);
    case MedianRoutingDelay:
        return formatBusinessMinutes(g.medianRoutingDelayMinutes);
    case MedianResponse:
        return formatBusinessMinutes(g.medianResponseMinutes);
    default:
        return locale.toString(data(index, SortRole).toLongLong());
    }
}

QVariant SlaComplianceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    static const SlaTerm terms[] = { SlaTerm::Week, SlaTerm::Handoffs, SlaTerm::Decided, SlaTerm::Met, SlaTerm::Missed,
        SlaTerm::Breaching, SlaTerm::Compliance, SlaTerm::MedianFirstTouch, SlaTerm::P90FirstTouch,
        SlaTerm::MedianRoutingDelay, SlaTerm::MedianResponse, SlaTerm::UnderSla, SlaTerm::Pending };
    static_assert(std::size(terms) == ColumnCount);
    if (section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole)
        return section == Group ? SlaDefinitions::text(SlaTerm::Week) : SlaDefinitions::text(terms[section]);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Group:
        return m_groupTitle;
    case MedianFirstTouch:
        return tr("First touch\nmedian");
    case P90FirstTouch:
        return tr("First touch\np90");
    case MedianRoutingDelay:
        return tr("Routing delay\nmedian");
    case MedianResponse:
        return tr("Response\nmedian");
    case Breaching:
        return tr("Breaching\nnow");
    case Compliance:
        return tr("SLA\ncompliance");
    case UnderSla:
        return tr("Under\nSLA");
    default:
        return SlaDefinitions::name(terms[section]);
    }
}

void SlaBreachModel::setBreaches(const QList<OpenSlaClock> &breaches, const QTimeZone &zone)
{
    beginResetModel();
    m_breaches = breaches;
    m_zone = zone;
    endResetModel();
}

QString SlaBreachModel::actionLabel(const QString &action)
{
    if (action == EscalationAction::NotifyOwner)
        return tr("Notify the owner");
    if (action == EscalationAction::NotifyManager)
        return tr("Notify the manager");
    if (action == EscalationAction::NotifyRevOps)
        return tr("Notify RevOps");
    if (action == EscalationAction::Reassign)
        return tr("Reassign");
    return action.isEmpty() ? tr("None yet") : action;
}

int SlaBreachModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_breaches.size());
}

int SlaBreachModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SlaBreachModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_breaches.size())
        return {};
    const OpenSlaClock &c = m_breaches.at(index.row());
    if (role == HandoffIdRole)
        return c.handoffId;
    if (role == SortRole) {
        switch (index.column()) {
        case HandedOff:
            return c.handedOffAt;
        case Due:
            return c.dueAt;
        case Elapsed:
        case ElapsedPercent:
            return c.elapsedPercent;
        case Step:
            return c.step;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == Elapsed || index.column() == ElapsedPercent || index.column() == Step
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    const auto when = [&](qint64 at) {
        return locale.toString(QDateTime::fromSecsSinceEpoch(at, m_zone), QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    switch (index.column()) {
    case Lead:
        return c.lead;
    case Company:
        return c.company;
    case Signal:
        return c.signalType;
    case Owner:
        return c.owner.isEmpty() ? tr("(unassigned)") : c.owner;
    case Team:
        return c.team;
    case HandedOff:
        return when(c.handedOffAt);
    case Due:
        return when(c.dueAt);
    case Elapsed:
        return formatBusinessMinutes(double(c.elapsedSeconds) / 60.0);
    case ElapsedPercent:
        return tr("%1 %").arg(locale.toString(c.elapsedPercent, 'f', 0));
    case Step:
        return c.steps > 0 ? tr("%1 of %2").arg(c.step).arg(c.steps) : tr("no ladder");
    case Action:
        return actionLabel(c.action);
    case Outcome:
        return baton::Outcome::label(c.outcome);
    }
    return {};
}

QVariant SlaBreachModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Elapsed:
        case ElapsedPercent:
            return SlaDefinitions::text(SlaTerm::ElapsedPercent);
        case Step:
        case Action:
            return SlaDefinitions::text(SlaTerm::EscalationStep);
        case Due:
            return SlaDefinitions::text(SlaTerm::Met);
        case Outcome:
            return tr("How far the handoff got. Accepted or rejected handoffs without a logged first touch still "
                      "breach: the touch was never recorded.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Lead:
        return tr("Lead");
    case Company:
        return tr("Company");
    case Signal:
        return tr("Signal type");
    case Owner:
        return tr("Owner");
    case Team:
        return tr("Team");
    case HandedOff:
        return tr("Handed off");
    case Due:
        return tr("Due");
    case Elapsed:
        return tr("Elapsed (business)");
    case ElapsedPercent:
        return tr("Elapsed %");
    case Step:
        return tr("Step");
    case Action:
        return tr("Escalation");
    case Outcome:
        return tr("Outcome");
    }
    return {};
}

} // namespace baton
