#pragma once

// The agenda of a week's governance meeting, built from the data (all of it computed by the engines of the
// other steps, judged as of the workspace's as-of instant):
//   SLA breaches      SlaReport for the week (compliance against the week before; owners with the most missed
//                     SLAs) and SlaBreaches (handoffs of the week still untouched past due, with their step)
//   Rejections        KpiEngine: the week's top rejection reasons and their change against the week before
//   Leakage           KpiEngine: the week's biggest leak (KpiFigures::leakage), against the week before
//   Coverage          CoverageAnalysis of the rule set in force at the week's end: scenarios that reach only the
//                     fallback queue or no owner, by territory and segment; the week's fallback share
//   Violations        the Validator over the week's handoffs: the kinds that affect the most handoffs
//   Action items      MeetingRecord: action items overdue on the meeting's reference day
// Each item says what it is about in a line, with its numbers and, where there is one, who owns it, and the
// handoffs behind it as a filter for drill-down.

#include "core/isoweek.h"
#include "core/result.h"
#include "data/handofffilter.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace baton {

class Workspace;
struct ValidationReport;

struct AgendaItem
{
    enum class Section { SlaBreaches, Rejections, Leakage, Coverage, Violations, ActionItems };

    Section section = Section::SlaBreaches;
    QString title;
    QString detail;
    QString owner; // who speaks to it, when somebody does
    bool attention = false; // worse than the week before, or overdue
    std::optional<HandoffFilter> handoffs; // the handoffs behind it
};

struct MeetingAgenda
{
    Q_DECLARE_TR_FUNCTIONS(baton::MeetingAgenda)
public:
    static constexpr int TopOwners = 5;
    static constexpr int TopReasons = 3;
    static constexpr int TopGaps = 5;
    static constexpr int TopViolationKinds = 3;

    IsoWeek week;
    qint64 asOf = 0;
    QList<AgendaItem> items; // by section, in the order of Section

    QList<AgendaItem> section(AgendaItem::Section section) const;
    static QString sectionTitle(AgendaItem::Section section);
    static QList<AgendaItem::Section> sections();

    // `validation` is the week's validation (GovernHistory::validateWeek) when the caller has it already.
    static Result<MeetingAgenda> build(Workspace &workspace, const IsoWeek &week,
        const ValidationReport *validation = nullptr);
};

} // namespace baton
