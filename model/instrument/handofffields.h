#pragma once

// The fields a data standard, a contract term or an identity rule can name on a handoff, with their labels
// and how to read them. Names are the handoff's column names without "_id" for references ("owner",
// "signal_type"); any other name is a context field, read from the handoff's context JSON ("job_title").
//
// Code that reads the same fields of many handoffs resolves each name once (resolve()) and reads with the
// FieldRef, which costs a switch instead of a name lookup.

#include "data/handoff.h"

#include <QJsonObject>

#include <optional>

namespace baton::HandoffFields {

enum class Field {
    LeadRef, Email, ContactName, Company, Account, SignalType, Source, Campaign, UtmSource, UtmMedium, UtmCampaign,
    Country, Region, Employees, Revenue, Segment, Territory, Industry, FitGrade, Owner, Team, RejectionReason,
    OpportunityRef, OpportunityAmount, WonAmount,
    CreatedAt, HandedOffAt, AssignedAt, FirstTouchAt, AcceptedAt, RejectedAt, OpportunityAt, ClosedAt,
    Context // a key of the context JSON
};

struct FieldInfo
{
    Field field;
    const char *name; // "first_touch_at", "owner", "email"
    const char *column; // the handoff column: "first_touch_at", "owner_id", "email"
    bool timestamp;
    const char *label; // untranslated; use label()
};

// A field name resolved once.
struct FieldRef
{
    Field field = Field::Context;
    QString name;
    bool isTimestamp() const { return field >= Field::CreatedAt && field <= Field::ClosedAt; }
};

// Every standard field, timestamps in lifecycle order after the other fields.
const QList<FieldInfo> &standardFields();
const FieldInfo *find(const QString &name);
FieldRef resolve(const QString &name);
bool isTimestamp(const QString &name);
// "First touch", "Owner", or the context field's name as a phrase ("job title").
QString label(const QString &name);

// The value of a field on `handoff` as text (ids and instants as numbers), empty when missing. Context
// fields are looked up in `context` (the parsed handoff.context).
QString value(const Handoff &handoff, const FieldRef &field, const QJsonObject &context = {});
QString value(const Handoff &handoff, const QString &field, const QJsonObject &context = {});
bool isPresent(const Handoff &handoff, const FieldRef &field, const QJsonObject &context = {});
std::optional<qint64> timestamp(const Handoff &handoff, Field field);

// The timestamps in the order the lifecycle produces them; accepted_at and rejected_at share a step.
QList<Field> lifecycleTimestamps();
int lifecycleStep(Field timestamp); // 0 created .. 6 closed; -1 for other fields

} // namespace baton::HandoffFields
