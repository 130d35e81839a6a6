#include "importfields.h"

namespace baton {

namespace {

using K = ImportValueKind;

const QList<ImportFieldInfo> HandoffFields = {
    { "lead_ref", K::Text, false, true, QT_TRANSLATE_NOOP("baton::ImportFields", "Lead id") },
    { "opportunity_ref", K::Text, false, true, QT_TRANSLATE_NOOP("baton::ImportFields", "Opportunity id") },
    { "email", K::Text, false, true, QT_TRANSLATE_NOOP("baton::ImportFields", "Email") },
    { "contact_name", K::Text, false, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Contact name") },
    { "company", K::Text, false, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Company") },
    { "account", K::Reference, true, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Account (CRM id or name)") },
    { "signal_type", K::Reference, true, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Signal type") },
    { "source", K::Text, false, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Source") },
    { "campaign", K::Text, false, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Campaign") },
    { "utm_source", K::Text, false, false, QT_TRANSLATE_NOOP("baton::ImportFields", "UTM source") },
    { "utm_medium", K::Text, false, false, QT_TRANSLATE_NOOP("baton::ImportFields", "UTM medium") },
    { "utm_campaign", K::Text, false, false, QT_TRANSLATE_NOOP("baton::ImportFields", "UTM campaign") },
    { "country", K::Country, false, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Country") },
    { "region", K::Text, false, false, QT_TRANSLATE_NOOP("baton::ImportFields", "State or region") },
    { "employees", K::Integer, false, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Employees") },
    { "revenue", K::Number, false, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Annual revenue") },
    { "segment", K::Reference, true, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Segment") },
    { "territory", K::Reference, true, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Territory") },
    { "industry", K::Reference, true, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Industry") },
    { "fit_grade", K::FitGrade, false, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Fit grade") },
    { "stage", K::Reference, false, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Lifecycle stage") },
    { "owner", K::Reference, true, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Owner (name or email)") },
    { "team", K::Reference, true, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Team") },
    { "outcome", K::Outcome, false, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Outcome") },
    { "rejection_reason", K::Reference, true, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Rejection reason") },
    { "created_at", K::Instant, false, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Created") },
    { "handed_off_at", K::Instant, false, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Handed off") },
    { "assigned_at", K::Instant, false, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Assigned") },
    { "first_touch_at", K::Instant, false, false, QT_TRANSLATE_NOOP("baton::ImportFields", "First touch") },
    { "accepted_at", K::Instant, false, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Accepted") },
    { "rejected_at", K::Instant, false, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Rejected") },
    { "opportunity_at", K::Instant, false, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Opportunity created") },
    { "closed_at", K::Instant, false, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Closed (won or lost)") },
    { "opportunity_amount", K::Number, false, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Opportunity amount") },
    { "won_amount", K::Number, false, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Won amount") },
    { "amount", K::Number, false, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Deal amount (opportunity; won when won)") },
};

const QList<ImportFieldInfo> AccountFields = {
    { "external_ref", K::Text, false, true, QT_TRANSLATE_NOOP("baton::ImportFields", "Account id in the CRM") },
    { "name", K::Text, false, true, QT_TRANSLATE_NOOP("baton::ImportFields", "Account name") },
    { "domain", K::Text, false, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Web domain") },
    { "industry", K::Reference, true, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Industry") },
    { "segment", K::Reference, true, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Segment") },
    { "territory", K::Reference, true, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Territory") },
    { "country", K::Country, false, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Country") },
    { "region", K::Text, false, false, QT_TRANSLATE_NOOP("baton::ImportFields", "State or region") },
    { "employees", K::Integer, false, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Employees") },
    { "revenue", K::Number, false, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Annual revenue") },
    { "owner", K::Reference, true, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Account owner (name or email)") },
    { "team", K::Reference, true, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Account team") },
    { "parent", K::Text, false, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Parent account (CRM id or name)") },
};

const QList<ImportFieldInfo> OwnerFields = {
    { "name", K::Text, false, true, QT_TRANSLATE_NOOP("baton::ImportFields", "Owner name") },
    { "email", K::Text, false, true, QT_TRANSLATE_NOOP("baton::ImportFields", "Email") },
    { "role", K::Text, false, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Role (SDR, AE, ...)") },
    { "team", K::Reference, true, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Team") },
    { "manager", K::Text, false, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Team manager") },
    { "time_zone", K::Text, false, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Time zone (IANA id)") },
    { "capacity_per_day", K::Integer, false, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Capacity per day") },
    { "active_from", K::Day, false, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Active from") },
    { "active_until", K::Day, false, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Active until") },
};

const ImportFieldInfo ContextField = { "context:", K::Text, false, false, QT_TRANSLATE_NOOP("baton::ImportFields", "Context") };

} // namespace

QString ImportFields::entityName(ImportEntity entity)
{
    switch (entity) {
    case ImportEntity::Handoff:
        return QStringLiteral("handoff");
    case ImportEntity::Account:
        return QStringLiteral("account");
    case ImportEntity::Owner:
        return QStringLiteral("owner");
    }
    return {};
}

bool ImportFields::entityFromName(const QString &name, ImportEntity *entity)
{
    for (ImportEntity candidate : { ImportEntity::Handoff, ImportEntity::Account, ImportEntity::Owner })
        if (entityName(candidate) == name.trimmed().toLower()) {
            *entity = candidate;
            return true;
        }
    return false;
}

QString ImportFields::entityLabel(ImportEntity entity)
{
    switch (entity) {
    case ImportEntity::Handoff:
        return tr("Handoffs");
    case ImportEntity::Account:
        return tr("Accounts");
    case ImportEntity::Owner:
        return tr("Owners");
    }
    return {};
}

const QList<ImportFieldInfo> &ImportFields::fields(ImportEntity entity)
{
    switch (entity) {
    case ImportEntity::Account:
        return AccountFields;
    case ImportEntity::Owner:
        return OwnerFields;
    case ImportEntity::Handoff:
        break;
    }
    return HandoffFields;
}

const ImportFieldInfo *ImportFields::find(ImportEntity entity, const QString &name)
{
    if (entity == ImportEntity::Handoff && isContext(name) && name.size() > 8)
        return &ContextField;
    for (const ImportFieldInfo &info : fields(entity))
        if (QLatin1String(info.name) == name)
            return &info;
    return nullptr;
}

QString ImportFields::label(ImportEntity entity, const QString &name)
{
    if (isContext(name))
        return tr("Context: %1").arg(name.mid(8));
    const ImportFieldInfo *info = find(entity, name);
    return info ? tr(info->label) : name;
}

QStringList ImportFields::keyFields(ImportEntity entity)
{
    QStringList keys;
    for (const ImportFieldInfo &info : fields(entity))
        if (info.canBeKey)
            keys << QString::fromLatin1(info.name);
    return keys;
}

QStringList ImportFields::requiredFields(ImportEntity entity)
{
    if (entity == ImportEntity::Handoff)
        return { QStringLiteral("handed_off_at") };
    return { QStringLiteral("name") };
}

} // namespace baton
