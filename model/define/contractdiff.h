#pragma once

// What a contract version changes against another (normally: the draft against the active version),
// as a list of readable changes per signal type.

#include "contractservice.h"

#include <QHash>

namespace baton {

struct ContractChange
{
    enum class Kind { TitleChanged, SummaryChanged, TermAdded, TermRemoved, TermChanged };
    Kind kind = Kind::TermChanged;
    qint64 signalTypeId = 0; // 0 for the title and summary
    // The column that changed for TermChanged: min_fit_grade, required_attributes, required_context,
    // owner_role, follow_up_action or sla_minutes; "title" or "summary" for the version's text.
    QString field;
    QString before; // the old value as shown to people (empty for added terms)
    QString after; // the new value as shown to people (empty for removed terms)
    QStringList added; // list fields: items the new version adds
    QStringList removed; // list fields: items the new version drops
    QString description; // one sentence: "Pricing page: SLA target 2 h → 1 h 30 min (faster)"
};

namespace ContractDiff {

// The changes that turn `base` into `changed`, in signal type order of `changed` (removed terms last).
// `signalNames` gives the display names of signal types.
QList<ContractChange> between(const ContractDocument &base, const ContractDocument &changed,
    const QHash<qint64, QString> &signalNames);

} // namespace ContractDiff

namespace ContractText {

// Business minutes as people say them: "45 min", "2 h", "1 h 30 min".
QString minutes(int minutes);
// A field name as a phrase: "signal_detail" -> "signal detail".
QString fieldName(const QString &field);
QString fieldList(const QStringList &fields);

} // namespace ContractText

} // namespace baton
