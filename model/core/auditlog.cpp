#include "auditlog.h"

#include "sql.h"
#include "workspace.h"
// Row names use the domain's own labels (a party, a maturity dimension, a handoff field), so that the
// history reads like the pages where the rows are edited.
#include "define/contractservice.h"
#include "govern/maturitymatrix.h"
#include "instrument/handofffields.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlRecord>

#include <algorithm>

namespace baton {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("baton::AuditLogRepository", text);
}

// Columns that name a row, tried in this order.
const char *const NameColumns[] = { "name", "title", "field", "domain", "suffix", "kind", "party", "week", "text",
    "dimension", "day" };

} // namespace

QString AuditLogRepository::entityLabel(const QString &entity)
{
    static const QHash<QString, const char *> labels = {
        { "account", QT_TRANSLATE_NOOP("baton::AuditLog", "Account") },
        { "account_match_rule", QT_TRANSLATE_NOOP("baton::AuditLog", "Account matching rule") },
        { "action_item", QT_TRANSLATE_NOOP("baton::AuditLog", "Action item") },
        { "business_calendar", QT_TRANSLATE_NOOP("baton::AuditLog", "Business-hours calendar") },
        { "calendar_holiday", QT_TRANSLATE_NOOP("baton::AuditLog", "Calendar holiday") },
        { "calendar_hours", QT_TRANSLATE_NOOP("baton::AuditLog", "Calendar working hours") },
        { "contract_signoff", QT_TRANSLATE_NOOP("baton::AuditLog", "Contract signature") },
        { "contract_term", QT_TRANSLATE_NOOP("baton::AuditLog", "Contract term") },
        { "contract_version", QT_TRANSLATE_NOOP("baton::AuditLog", "Contract version") },
        { "escalation_step", QT_TRANSLATE_NOOP("baton::AuditLog", "Escalation step") },
        { "free_mail_domain", QT_TRANSLATE_NOOP("baton::AuditLog", "Free-mail domain") },
        { "governance_meeting", QT_TRANSLATE_NOOP("baton::AuditLog", "Governance meeting") },
        { "identity_rule", QT_TRANSLATE_NOOP("baton::AuditLog", "Identity rule") },
        { "import_mapping", QT_TRANSLATE_NOOP("baton::AuditLog", "Import mapping") },
        { "industry", QT_TRANSLATE_NOOP("baton::AuditLog", "Industry") },
        { "legal_suffix", QT_TRANSLATE_NOOP("baton::AuditLog", "Legal suffix") },
        { "lifecycle_stage", QT_TRANSLATE_NOOP("baton::AuditLog", "Lifecycle stage") },
        { "maturity_self_assessment", QT_TRANSLATE_NOOP("baton::AuditLog", "Maturity self-assessment") },
        { "meeting_decision", QT_TRANSLATE_NOOP("baton::AuditLog", "Meeting decision") },
        { "owner", QT_TRANSLATE_NOOP("baton::AuditLog", "Owner") },
        { "owner_absence", QT_TRANSLATE_NOOP("baton::AuditLog", "Owner absence") },
        { "recycle_play", QT_TRANSLATE_NOOP("baton::AuditLog", "Recycle play") },
        { "rejection_reason", QT_TRANSLATE_NOOP("baton::AuditLog", "Rejection reason") },
        { "routing_rule", QT_TRANSLATE_NOOP("baton::AuditLog", "Routing rule") },
        { "routing_rule_set", QT_TRANSLATE_NOOP("baton::AuditLog", "Routing rule set") },
        { "segment", QT_TRANSLATE_NOOP("baton::AuditLog", "Segment") },
        { "signal_type", QT_TRANSLATE_NOOP("baton::AuditLog", "Signal type") },
        { "sla_policy", QT_TRANSLATE_NOOP("baton::AuditLog", "SLA policy") },
        { "stage_requirement", QT_TRANSLATE_NOOP("baton::AuditLog", "Stage requirement") },
        { "stage_transition", QT_TRANSLATE_NOOP("baton::AuditLog", "Stage transition") },
        { "team", QT_TRANSLATE_NOOP("baton::AuditLog", "Team or queue") },
        { "team_member", QT_TRANSLATE_NOOP("baton::AuditLog", "Team membership") },
        { "territory", QT_TRANSLATE_NOOP("baton::AuditLog", "Territory") },
        { "territory_area", QT_TRANSLATE_NOOP("baton::AuditLog", "Territory area") },
        { "utm_convention", QT_TRANSLATE_NOOP("baton::AuditLog", "UTM convention") },
        { "workspace_setting", QT_TRANSLATE_NOOP("baton::AuditLog", "Workspace setting") },
    };
    const auto it = labels.constFind(entity);
    if (it != labels.constEnd())
        return QCoreApplication::translate("baton::AuditLog", *it);
    QString text = entity;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString AuditLogRepository::fieldLabel(const QString &field)
{
    // Every column of every audited table (other than id and row_version), by its name: a name used by
    // several tables ("kind", "position") means the same kind of thing in each.
    static const QHash<QString, const char *> labels = {
        { "action", QT_TRANSLATE_NOOP("baton::AuditLog", "Action") },
        { "activated_at", QT_TRANSLATE_NOOP("baton::AuditLog", "Activated at") },
        { "active", QT_TRANSLATE_NOOP("baton::AuditLog", "Active") },
        { "active_from", QT_TRANSLATE_NOOP("baton::AuditLog", "Active from") },
        { "active_until", QT_TRANSLATE_NOOP("baton::AuditLog", "Active until") },
        { "allowed_values", QT_TRANSLATE_NOOP("baton::AuditLog", "Allowed values") },
        { "assessed_on", QT_TRANSLATE_NOOP("baton::AuditLog", "Assessed on") },
        { "assign_kind", QT_TRANSLATE_NOOP("baton::AuditLog", "Assignment") },
        { "assign_owner_id", QT_TRANSLATE_NOOP("baton::AuditLog", "Assigned owner") },
        { "assign_team_id", QT_TRANSLATE_NOOP("baton::AuditLog", "Assigned team") },
        { "attendees", QT_TRANSLATE_NOOP("baton::AuditLog", "Attendees") },
        { "calendar_id", QT_TRANSLATE_NOOP("baton::AuditLog", "Calendar") },
        { "calendar_source", QT_TRANSLATE_NOOP("baton::AuditLog", "Whose hours") },
        { "capacity_per_day", QT_TRANSLATE_NOOP("baton::AuditLog", "Capacity per day") },
        { "casing", QT_TRANSLATE_NOOP("baton::AuditLog", "Casing") },
        { "closed_on", QT_TRANSLATE_NOOP("baton::AuditLog", "Closed on") },
        { "conditions", QT_TRANSLATE_NOOP("baton::AuditLog", "Conditions") },
        { "contract_version_id", QT_TRANSLATE_NOOP("baton::AuditLog", "Contract version") },
        { "country", QT_TRANSLATE_NOOP("baton::AuditLog", "Country") },
        { "created_at", QT_TRANSLATE_NOOP("baton::AuditLog", "Created at") },
        { "day", QT_TRANSLATE_NOOP("baton::AuditLog", "Day") },
        { "definition", QT_TRANSLATE_NOOP("baton::AuditLog", "Definition") },
        { "description", QT_TRANSLATE_NOOP("baton::AuditLog", "Description") },
        { "dimension", QT_TRANSLATE_NOOP("baton::AuditLog", "Dimension") },
        { "domain", QT_TRANSLATE_NOOP("baton::AuditLog", "Domain") },
        { "due_on", QT_TRANSLATE_NOOP("baton::AuditLog", "Due on") },
        { "email", QT_TRANSLATE_NOOP("baton::AuditLog", "Email") },
        { "employees", QT_TRANSLATE_NOOP("baton::AuditLog", "Employees") },
        { "enabled", QT_TRANSLATE_NOOP("baton::AuditLog", "Enabled") },
        { "end_minute", QT_TRANSLATE_NOOP("baton::AuditLog", "Until (minute of the day)") },
        { "ends_on", QT_TRANSLATE_NOOP("baton::AuditLog", "Ends on") },
        { "entity", QT_TRANSLATE_NOOP("baton::AuditLog", "Record type") },
        { "exit_criteria", QT_TRANSLATE_NOOP("baton::AuditLog", "Exit criteria") },
        { "external_ref", QT_TRANSLATE_NOOP("baton::AuditLog", "External id") },
        { "field", QT_TRANSLATE_NOOP("baton::AuditLog", "Field") },
        { "fields", QT_TRANSLATE_NOOP("baton::AuditLog", "Fields") },
        { "follow_up_action", QT_TRANSLATE_NOOP("baton::AuditLog", "Follow-up action") },
        { "from_stage_id", QT_TRANSLATE_NOOP("baton::AuditLog", "From stage") },
        { "held_on", QT_TRANSLATE_NOOP("baton::AuditLog", "Held on") },
        { "industry_id", QT_TRANSLATE_NOOP("baton::AuditLog", "Industry") },
        { "intent_tier", QT_TRANSLATE_NOOP("baton::AuditLog", "Intent tier") },
        { "is_fallback", QT_TRANSLATE_NOOP("baton::AuditLog", "Fallback queue") },
        { "kind", QT_TRANSLATE_NOOP("baton::AuditLog", "Kind") },
        { "manager_name", QT_TRANSLATE_NOOP("baton::AuditLog", "Manager") },
        { "max_employees", QT_TRANSLATE_NOOP("baton::AuditLog", "Employees at most") },
        { "max_revenue", QT_TRANSLATE_NOOP("baton::AuditLog", "Revenue at most") },
        { "meeting_id", QT_TRANSLATE_NOOP("baton::AuditLog", "Meeting") },
        { "min_employees", QT_TRANSLATE_NOOP("baton::AuditLog", "Employees at least") },
        { "min_fit_grade", QT_TRANSLATE_NOOP("baton::AuditLog", "Minimum fit") },
        { "min_revenue", QT_TRANSLATE_NOOP("baton::AuditLog", "Revenue at least") },
        { "name", QT_TRANSLATE_NOOP("baton::AuditLog", "Name") },
        { "normalized_name", QT_TRANSLATE_NOOP("baton::AuditLog", "Name for matching") },
        { "note", QT_TRANSLATE_NOOP("baton::AuditLog", "Note") },
        { "notes", QT_TRANSLATE_NOOP("baton::AuditLog", "Notes") },
        { "number", QT_TRANSLATE_NOOP("baton::AuditLog", "Version number") },
        { "owner_id", QT_TRANSLATE_NOOP("baton::AuditLog", "Owner") },
        { "owner_name", QT_TRANSLATE_NOOP("baton::AuditLog", "Owner") },
        { "owner_role", QT_TRANSLATE_NOOP("baton::AuditLog", "Owner role") },
        { "parent_id", QT_TRANSLATE_NOOP("baton::AuditLog", "Parent account") },
        { "party", QT_TRANSLATE_NOOP("baton::AuditLog", "Party") },
        { "pattern", QT_TRANSLATE_NOOP("baton::AuditLog", "Pattern") },
        { "position", QT_TRANSLATE_NOOP("baton::AuditLog", "Order") },
        { "reason", QT_TRANSLATE_NOOP("baton::AuditLog", "Reason") },
        { "recycle_play_id", QT_TRANSLATE_NOOP("baton::AuditLog", "Recycle play") },
        { "reentry_days", QT_TRANSLATE_NOOP("baton::AuditLog", "Re-entry after (days)") },
        { "region", QT_TRANSLATE_NOOP("baton::AuditLog", "Region") },
        { "required_attributes", QT_TRANSLATE_NOOP("baton::AuditLog", "Required attributes") },
        { "required_context", QT_TRANSLATE_NOOP("baton::AuditLog", "Required context") },
        { "revenue", QT_TRANSLATE_NOOP("baton::AuditLog", "Annual revenue") },
        { "role", QT_TRANSLATE_NOOP("baton::AuditLog", "Role") },
        { "rule_set_id", QT_TRANSLATE_NOOP("baton::AuditLog", "Rule set") },
        { "segment_id", QT_TRANSLATE_NOOP("baton::AuditLog", "Segment") },
        { "signal_type_id", QT_TRANSLATE_NOOP("baton::AuditLog", "Signal type") },
        { "signed_at", QT_TRANSLATE_NOOP("baton::AuditLog", "Signed at") },
        { "signer_name", QT_TRANSLATE_NOOP("baton::AuditLog", "Signed by") },
        { "sla_minutes", QT_TRANSLATE_NOOP("baton::AuditLog", "SLA target (business minutes)") },
        { "sla_policy_id", QT_TRANSLATE_NOOP("baton::AuditLog", "SLA policy") },
        { "stage", QT_TRANSLATE_NOOP("baton::AuditLog", "Stage") },
        { "stage_id", QT_TRANSLATE_NOOP("baton::AuditLog", "Stage") },
        { "start_minute", QT_TRANSLATE_NOOP("baton::AuditLog", "From (minute of the day)") },
        { "starts_on", QT_TRANSLATE_NOOP("baton::AuditLog", "Starts on") },
        { "status", QT_TRANSLATE_NOOP("baton::AuditLog", "Status") },
        { "suffix", QT_TRANSLATE_NOOP("baton::AuditLog", "Suffix") },
        { "summary", QT_TRANSLATE_NOOP("baton::AuditLog", "Summary") },
        { "superseded_at", QT_TRANSLATE_NOOP("baton::AuditLog", "Superseded at") },
        { "target_minutes", QT_TRANSLATE_NOOP("baton::AuditLog", "Target (business minutes)") },
        { "team_id", QT_TRANSLATE_NOOP("baton::AuditLog", "Team") },
        { "territory_id", QT_TRANSLATE_NOOP("baton::AuditLog", "Territory") },
        { "text", QT_TRANSLATE_NOOP("baton::AuditLog", "Text") },
        { "threshold_percent", QT_TRANSLATE_NOOP("baton::AuditLog", "Threshold (% of the target)") },
        { "time_zone", QT_TRANSLATE_NOOP("baton::AuditLog", "Time zone") },
        { "title", QT_TRANSLATE_NOOP("baton::AuditLog", "Title") },
        { "to_stage_id", QT_TRANSLATE_NOOP("baton::AuditLog", "To stage") },
        { "week", QT_TRANSLATE_NOOP("baton::AuditLog", "Week") },
        { "weekday", QT_TRANSLATE_NOOP("baton::AuditLog", "Weekday") },
        { "weight", QT_TRANSLATE_NOOP("baton::AuditLog", "Weight") },
        { "workflow_action", QT_TRANSLATE_NOOP("baton::AuditLog", "Workflow action") },
    };
    const auto it = labels.constFind(field);
    if (it != labels.constEnd())
        return QCoreApplication::translate("baton::AuditLog", *it);
    QString text = field;
    if (text.endsWith(QStringLiteral("_id")))
        text.chop(3);
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString AuditLogRepository::settingLabel(const QString &key)
{
    static const QHash<QString, const char *> labels = {
        { "as_of", QT_TRANSLATE_NOOP("baton::AuditLog", "Data as of") },
        { "created_at", QT_TRANSLATE_NOOP("baton::AuditLog", "Created at") },
        { "currency", QT_TRANSLATE_NOOP("baton::AuditLog", "Currency") },
        { "demo_seed", QT_TRANSLATE_NOOP("baton::AuditLog", "Demo data seed") },
        { "name", QT_TRANSLATE_NOOP("baton::AuditLog", "Workspace name") },
        { "sla_fingerprint", QT_TRANSLATE_NOOP("baton::AuditLog", "Fingerprint of the SLA configuration") },
        { "time_zone", QT_TRANSLATE_NOOP("baton::AuditLog", "Reporting time zone") },
    };
    const auto it = labels.constFind(key);
    return it != labels.constEnd() ? QCoreApplication::translate("baton::AuditLog", *it) : key;
}

QString AuditLogRepository::where(const AuditFilter &filter, QVariantList *values) const
{
    QStringList clauses;
    if (!filter.entities.isEmpty()) {
        QStringList marks;
        for (const QString &entity : filter.entities) {
            marks << QStringLiteral("?");
            values->append(entity);
        }
        clauses << QStringLiteral("entity IN (%1)").arg(marks.join(u','));
    }
    if (filter.entityId) {
        clauses << QStringLiteral("entity_id = ?");
        values->append(*filter.entityId);
    }
    if (!filter.search.trimmed().isEmpty()) {
        QString pattern = filter.search.trimmed();
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%")).replace(QLatin1Char('_'), QStringLiteral("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        clauses << QStringLiteral("(actor LIKE ? ESCAPE '\\' OR field LIKE ? ESCAPE '\\' OR old_value LIKE ? ESCAPE '\\' "
                                  "OR new_value LIKE ? ESCAPE '\\')");
        for (int i = 0; i < 4; ++i)
            values->append(pattern);
    }
    return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
}

Result<qint64> AuditLogRepository::count(const AuditFilter &filter) const
{
    QVariantList values;
    auto value = scalar(m_workspace.db(), QStringLiteral("SELECT count(*) FROM audit_log") + where(filter, &values), values);
    if (!value)
        return value.error();
    return value->toLongLong();
}

Result<QList<AuditEntry>> AuditLogRepository::list(const AuditFilter &filter, qint64 offset, qint64 limit) const
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT id, at, actor, entity, entity_id, action, field, old_value, new_value "
                                       "FROM audit_log")
        + where(filter, &values) + QStringLiteral(" ORDER BY id DESC LIMIT ? OFFSET ?");
    values << limit << offset;
    auto query = execSql(m_workspace.db(), sql, values);
    if (!query)
        return query.error();
    QList<AuditEntry> entries;
    while (query->next()) {
        AuditEntry entry;
        entry.id = query->value(0).toLongLong();
        entry.at = QDateTime::fromSecsSinceEpoch(query->value(1).toLongLong(), Qt::UTC);
        entry.actor = query->value(2).toString();
        entry.entity = query->value(3).toString();
        entry.entityId = query->value(4).toLongLong();
        entry.action = query->value(5).toString();
        entry.field = query->value(6).toString();
        entry.oldIsNull = query->value(7).isNull();
        entry.oldValue = query->value(7).toString();
        entry.newIsNull = query->value(8).isNull();
        entry.newValue = query->value(8).toString();
        entries << entry;
    }
    return entries;
}

Result<QList<std::pair<QString, qint64>>> AuditLogRepository::entities() const
{
    auto query = execSql(m_workspace.db(), QStringLiteral("SELECT entity, count(*) FROM audit_log GROUP BY entity"));
    if (!query)
        return query.error();
    QList<std::pair<QString, qint64>> result;
    while (query->next())
        result.append({ query->value(0).toString(), query->value(1).toLongLong() });
    std::sort(result.begin(), result.end(),
        [](const auto &a, const auto &b) { return entityLabel(a.first).localeAwareCompare(entityLabel(b.first)) < 0; });
    return result;
}

Result<QString> AuditLogRepository::nameOf(const QString &table, qint64 id) const
{
    // `table` comes from code (the special cases below), never from data.
    auto value = scalar(m_workspace.db(), QStringLiteral("SELECT name FROM %1 WHERE id = ?").arg(table), { id });
    if (!value)
        return value.error();
    return value->isNull() ? QStringLiteral("#%1").arg(id) : value->toString();
}

Result<QString> AuditLogRepository::describe(const QString &entity, const QJsonObject &row) const
{
    const auto id = [&row](const char *column) { return row.value(QLatin1String(column)).toInteger(); };
    if (entity == QLatin1String("contract_term")) {
        auto number = scalar(m_workspace.db(), QStringLiteral("SELECT number FROM contract_version WHERE id = ?"),
            { id("contract_version_id") });
        auto signal = nameOf(QStringLiteral("signal_type"), id("signal_type_id"));
        if (!number || !signal)
            return number ? signal.error() : number.error();
        return number->isNull() ? *signal : tr("Version %1 · %2").arg(number->toInt()).arg(*signal);
    }
    if (entity == QLatin1String("contract_version"))
        return tr("Version %1").arg(id("number"));
    if (entity == QLatin1String("contract_signoff")) {
        auto number = scalar(m_workspace.db(), QStringLiteral("SELECT number FROM contract_version WHERE id = ?"),
            { id("contract_version_id") });
        if (!number)
            return number.error();
        return tr("Version %1 · %2 (%3)")
            .arg(number->toInt())
            .arg(ContractService::partyName(row.value(QStringLiteral("party")).toString()),
                row.value(QStringLiteral("signer_name")).toString());
    }
    if (entity == QLatin1String("stage_transition")) {
        auto from = nameOf(QStringLiteral("lifecycle_stage"), id("from_stage_id"));
        auto to = nameOf(QStringLiteral("lifecycle_stage"), id("to_stage_id"));
        if (!from || !to)
            return from ? to.error() : from.error();
        return QStringLiteral("%1 → %2").arg(*from, *to);
    }
    if (entity == QLatin1String("stage_requirement")) {
        auto stage = nameOf(QStringLiteral("lifecycle_stage"), id("stage_id"));
        if (!stage)
            return stage.error();
        return QStringLiteral("%1 · %2").arg(
            *stage, HandoffFields::label(row.value(QStringLiteral("field")).toString()));
    }
    if (entity == QLatin1String("maturity_self_assessment"))
        return MaturityMatrix::dimensionTitle(row.value(QStringLiteral("dimension")).toString());
    if (entity == QLatin1String("escalation_step")) {
        auto signal = scalar(m_workspace.db(),
            QStringLiteral("SELECT signal_type.name FROM sla_policy JOIN signal_type ON signal_type.id = "
                           "sla_policy.signal_type_id "
                           "WHERE sla_policy.id = ?"),
            { id("sla_policy_id") });
        if (!signal)
            return signal.error();
        const QString threshold = tr("%1 % of the target").arg(id("threshold_percent"));
        return signal->isNull() ? threshold : QStringLiteral("%1 · %2").arg(signal->toString(), threshold);
    }
    if (entity == QLatin1String("calendar_hours")) {
        auto calendar = nameOf(QStringLiteral("business_calendar"), id("calendar_id"));
        if (!calendar)
            return calendar.error();
        const int weekday = int(id("weekday"));
        const QString day = weekday >= 1 && weekday <= 7 ? QLocale().dayName(weekday) : QString::number(weekday);
        return QStringLiteral("%1 · %2").arg(*calendar, day);
    }
    if (entity == QLatin1String("owner_absence")) {
        auto owner = nameOf(QStringLiteral("owner"), id("owner_id"));
        if (!owner)
            return owner.error();
        return QStringLiteral("%1 · %2").arg(*owner, row.value(QStringLiteral("starts_on")).toString());
    }
    if (entity == QLatin1String("account_match_rule")) {
        const QString kind = row.value(QStringLiteral("kind")).toString();
        return kind == QLatin1String("email_domain") ? tr("Match by email domain")
            : kind == QLatin1String("company_name")  ? tr("Match by company name")
                                                     : kind;
    }
    if (entity == QLatin1String("sla_policy")) {
        auto signal = nameOf(QStringLiteral("signal_type"), id("signal_type_id"));
        if (!signal)
            return signal.error();
        return *signal;
    }
    if (entity == QLatin1String("team_member")) {
        auto team = nameOf(QStringLiteral("team"), id("team_id"));
        auto owner = nameOf(QStringLiteral("owner"), id("owner_id"));
        if (!team || !owner)
            return team ? owner.error() : team.error();
        return QStringLiteral("%1 · %2").arg(*team, *owner);
    }
    if (entity == QLatin1String("territory_area")) {
        const QString region = row.value(QStringLiteral("region")).toString();
        return region.isEmpty() ? row.value(QStringLiteral("country")).toString()
                                : row.value(QStringLiteral("country")).toString() + QStringLiteral(" / ") + region;
    }
    for (const char *column : NameColumns) {
        const QJsonValue value = row.value(QLatin1String(column));
        if (!value.isUndefined() && !value.isNull() && !value.toVariant().toString().isEmpty())
            return value.toVariant().toString();
    }
    return QString();
}

Result<QHash<qint64, QString>> AuditLogRepository::rowNames(const QString &entity, const QList<qint64> &ids) const
{
    QHash<qint64, QString> names;
    // The table name is spliced into SQL, so it must be one of the workspace's own tables.
    auto exists = scalar(m_workspace.db(),
        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"), { entity });
    if (!exists)
        return exists.error();
    const bool live = exists->toInt() > 0 && entity != QLatin1String("audit_log");
    // A table of this workspace, but its name came from the file: quoted as an identifier (quotes doubled).
    const QString quotedEntity = QLatin1Char('"') + QString(entity).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    for (qint64 rowId : ids) {
        if (names.contains(rowId))
            continue;
        QJsonObject row;
        if (live) {
            auto query = execSql(m_workspace.db(), QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(quotedEntity), { rowId });
            if (!query)
                return query.error();
            if (query->next()) {
                const QSqlRecord record = query->record();
                for (int i = 0; i < record.count(); ++i)
                    row.insert(record.fieldName(i), QJsonValue::fromVariant(query->value(i)));
            }
        }
        if (row.isEmpty()) {
            // Deleted since: the audit log kept the row with its insert and its delete.
            auto copy = scalar(m_workspace.db(),
                QStringLiteral("SELECT coalesce(CASE WHEN action = 'delete' THEN old_value END, new_value) FROM audit_log "
                               "WHERE entity = ? AND entity_id = ? AND action IN ('insert', 'delete') ORDER BY id DESC LIMIT 1"),
                { entity, rowId });
            if (!copy)
                return copy.error();
            row = QJsonDocument::fromJson(copy->toString().toUtf8()).object();
        }
        auto name = row.isEmpty() ? Result<QString>(QString()) : describe(entity, row);
        if (!name)
            return name.error();
        names.insert(rowId, name->isEmpty() ? QStringLiteral("#%1").arg(rowId) : *name);
    }
    return names;
}

} // namespace baton
