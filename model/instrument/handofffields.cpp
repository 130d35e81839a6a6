#include "handofffields.h"

#include <QCoreApplication>

namespace baton::HandoffFields {

const QList<FieldInfo> &standardFields()
{
    static const QList<FieldInfo> fields = {
        { Field::LeadRef, "lead_ref", "lead_ref", false, QT_TRANSLATE_NOOP("baton::HandoffFields", "Lead id") },
        { Field::Email, "email", "email", false, QT_TRANSLATE_NOOP("baton::HandoffFields", "Email") },
        { Field::ContactName, "contact_name", "contact_name", false, QT_TRANSLATE_NOOP("baton::HandoffFields", "Contact name") },
        { Field::Company, "company", "company", false, QT_TRANSLATE_NOOP("baton::HandoffFields", "Company") },
        { Field::Account, "account", "account_id", false, QT_TRANSLATE_NOOP("baton::HandoffFields", "Account") },
        { Field::SignalType, "signal_type", "signal_type_id", false, QT_TRANSLATE_NOOP("baton::HandoffFields", "Signal type") },
        { Field::Source, "source", "source", false, QT_TRANSLATE_NOOP("baton::HandoffFields", "Source") },
        { Field::Campaign, "campaign", "campaign", false, QT_TRANSLATE_NOOP("baton::HandoffFields", "Campaign") },
        { Field::UtmSource, "utm_source", "utm_source", false, QT_TRANSLATE_NOOP("baton::HandoffFields", "UTM source") },
        { Field::UtmMedium, "utm_medium", "utm_medium", false, QT_TRANSLATE_NOOP("baton::HandoffFields", "UTM medium") },
        { Field::UtmCampaign, "utm_campaign", "utm_campaign", false, QT_TRANSLATE_NOOP("baton::HandoffFields", "UTM campaign") },
        { Field::Country, "country", "country", false, QT_TRANSLATE_NOOP("baton::HandoffFields", "Country") },
        { Field::Region, "region", "region", false, QT_TRANSLATE_NOOP("baton::HandoffFields", "Region or state") },
        { Field::Employees, "employees", "employees", false, QT_TRANSLATE_NOOP("baton::HandoffFields", "Employees") },
        { Field::Revenue, "revenue", "revenue", false, QT_TRANSLATE_NOOP("baton::HandoffFields", "Annual revenue") },
        { Field::Segment, "segment", "segment_id", false, QT_TRANSLATE_NOOP("baton::HandoffFields", "Segment") },
        { Field::Territory, "territory", "territory_id", false, QT_TRANSLATE_NOOP("baton::HandoffFields", "Territory") },
        { Field::Industry, "industry", "industry_id", false, QT_TRANSLATE_NOOP("baton::HandoffFields", "Industry") },
        { Field::FitGrade, "fit_grade", "fit_grade", false, QT_TRANSLATE_NOOP("baton::HandoffFields", "Fit grade") },
        { Field::Owner, "owner", "owner_id", false, QT_TRANSLATE_NOOP("baton::HandoffFields", "Owner") },
        { Field::Team, "team", "team_id", false, QT_TRANSLATE_NOOP("baton::HandoffFields", "Team") },
        { Field::RejectionReason, "rejection_reason", "rejection_reason_id", false, QT_TRANSLATE_NOOP("baton::HandoffFields", "Rejection reason") },
        { Field::OpportunityRef, "opportunity_ref", "opportunity_ref", false, QT_TRANSLATE_NOOP("baton::HandoffFields", "Opportunity id") },
        { Field::OpportunityAmount, "opportunity_amount", "opportunity_amount", false, QT_TRANSLATE_NOOP("baton::HandoffFields", "Opportunity amount") },
        { Field::WonAmount, "won_amount", "won_amount", false, QT_TRANSLATE_NOOP("baton::HandoffFields", "Won amount") },
        { Field::CreatedAt, "created_at", "created_at", true, QT_TRANSLATE_NOOP("baton::HandoffFields", "Created") },
        { Field::HandedOffAt, "handed_off_at", "handed_off_at", true, QT_TRANSLATE_NOOP("baton::HandoffFields", "Handed off") },
        { Field::AssignedAt, "assigned_at", "assigned_at", true, QT_TRANSLATE_NOOP("baton::HandoffFields", "Assigned") },
        { Field::FirstTouchAt, "first_touch_at", "first_touch_at", true, QT_TRANSLATE_NOOP("baton::HandoffFields", "First touch") },
        { Field::AcceptedAt, "accepted_at", "accepted_at", true, QT_TRANSLATE_NOOP("baton::HandoffFields", "Accepted") },
        { Field::RejectedAt, "rejected_at", "rejected_at", true, QT_TRANSLATE_NOOP("baton::HandoffFields", "Rejected") },
        { Field::OpportunityAt, "opportunity_at", "opportunity_at", true, QT_TRANSLATE_NOOP("baton::HandoffFields", "Opportunity created") },
        { Field::ClosedAt, "closed_at", "closed_at", true, QT_TRANSLATE_NOOP("baton::HandoffFields", "Closed") },
    };
    return fields;
}

const FieldInfo *find(const QString &name)
{
    for (const FieldInfo &field : standardFields())
        if (name == QLatin1String(field.name) || name == QLatin1String(field.column))
            return &field;
    return nullptr;
}

FieldRef resolve(const QString &name)
{
    const FieldInfo *info = find(name);
    return info ? FieldRef { info->field, QString::fromLatin1(info->name) } : FieldRef { Field::Context, name };
}

bool isTimestamp(const QString &name)
{
    const FieldInfo *field = find(name);
    return field && field->timestamp;
}

QString label(const QString &name)
{
    if (const FieldInfo *field = find(name))
        return QCoreApplication::translate("baton::HandoffFields", field->label);
    QString text = name;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    return text;
}

namespace {

QString id(qint64 value)
{
    return value > 0 ? QString::number(value) : QString();
}

template <typename T>
QString number(const std::optional<T> &value)
{
    return value ? QString::number(*value) : QString();
}

} // namespace

std::optional<qint64> timestamp(const Handoff &h, Field field)
{
    switch (field) {
    case Field::CreatedAt:
        return h.createdAt;
    case Field::HandedOffAt:
        return h.handedOffAt > 0 ? std::optional<qint64>(h.handedOffAt) : std::nullopt;
    case Field::AssignedAt:
        return h.assignedAt;
    case Field::FirstTouchAt:
        return h.firstTouchAt;
    case Field::AcceptedAt:
        return h.acceptedAt;
    case Field::RejectedAt:
        return h.rejectedAt;
    case Field::OpportunityAt:
        return h.opportunityAt;
    case Field::ClosedAt:
        return h.closedAt;
    default:
        return std::nullopt;
    }
}

QString value(const Handoff &h, const FieldRef &ref, const QJsonObject &context)
{
    switch (ref.field) {
    case Field::LeadRef:
        return h.leadRef;
    case Field::Email:
        return h.email;
    case Field::ContactName:
        return h.contactName;
    case Field::Company:
        return h.company;
    case Field::Account:
        return id(h.accountId);
    case Field::SignalType:
        return id(h.signalTypeId);
    case Field::Source:
        return h.source;
    case Field::Campaign:
        return h.campaign;
    case Field::UtmSource:
        return h.utmSource;
    case Field::UtmMedium:
        return h.utmMedium;
    case Field::UtmCampaign:
        return h.utmCampaign;
    case Field::Country:
        return h.country;
    case Field::Region:
        return h.region;
    case Field::Employees:
        return number(h.employees);
    case Field::Revenue:
        return number(h.revenue);
    case Field::Segment:
        return id(h.segmentId);
    case Field::Territory:
        return id(h.territoryId);
    case Field::Industry:
        return id(h.industryId);
    case Field::FitGrade:
        return h.fitGrade;
    case Field::Owner:
        return id(h.ownerId);
    case Field::Team:
        return id(h.teamId);
    case Field::RejectionReason:
        return id(h.rejectionReasonId);
    case Field::OpportunityRef:
        return h.opportunityRef;
    case Field::OpportunityAmount:
        return number(h.opportunityAmount);
    case Field::WonAmount:
        return number(h.wonAmount);
    case Field::CreatedAt:
    case Field::HandedOffAt:
    case Field::AssignedAt:
    case Field::FirstTouchAt:
    case Field::AcceptedAt:
    case Field::RejectedAt:
    case Field::OpportunityAt:
    case Field::ClosedAt:
        return number(timestamp(h, ref.field));
    case Field::Context: {
        const QJsonValue value = context.value(ref.name);
        if (value.isString())
            return value.toString().trimmed();
        if (value.isDouble())
            return QString::number(value.toDouble());
        if (value.isBool())
            return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        return {};
    }
    }
    return {};
}

QString value(const Handoff &handoff, const QString &field, const QJsonObject &context)
{
    return value(handoff, resolve(field), context);
}

bool isPresent(const Handoff &handoff, const FieldRef &field, const QJsonObject &context)
{
    switch (field.field) {
    // The common cases without building a string.
    case Field::Email:
        return !handoff.email.trimmed().isEmpty();
    case Field::Company:
        return !handoff.company.trimmed().isEmpty();
    case Field::Owner:
        return handoff.ownerId > 0;
    case Field::SignalType:
        return handoff.signalTypeId > 0;
    default:
        if (field.isTimestamp())
            return timestamp(handoff, field.field).has_value();
        return !value(handoff, field, context).trimmed().isEmpty();
    }
}

QList<Field> lifecycleTimestamps()
{
    return { Field::CreatedAt, Field::HandedOffAt, Field::AssignedAt, Field::FirstTouchAt, Field::AcceptedAt,
        Field::RejectedAt, Field::OpportunityAt, Field::ClosedAt };
}

int lifecycleStep(Field field)
{
    switch (field) {
    case Field::CreatedAt:
        return 0;
    case Field::HandedOffAt:
        return 1;
    case Field::AssignedAt:
        return 2;
    case Field::FirstTouchAt:
        return 3;
    case Field::AcceptedAt:
    case Field::RejectedAt:
        return 4;
    case Field::OpportunityAt:
        return 5;
    case Field::ClosedAt:
        return 6;
    default:
        return -1;
    }
}

} // namespace baton::HandoffFields
