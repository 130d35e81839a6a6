#include "auditlog.h"

#include "sql.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
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
    static const QHash<QString, const char *> labels = {
        { "min_fit_grade", QT_TRANSLATE_NOOP("baton::AuditLog", "Minimum fit") },
        { "required_attributes", QT_TRANSLATE_NOOP("baton::AuditLog", "Required attributes") },
        { "required_context", QT_TRANSLATE_NOOP("baton::AuditLog", "Required context") },
        { "owner_role", QT_TRANSLATE_NOOP("baton::AuditLog", "Owner role") },
        { "follow_up_action", QT_TRANSLATE_NOOP("baton::AuditLog", "Follow-up action") },
        { "sla_minutes", QT_TRANSLATE_NOOP("baton::AuditLog", "SLA target (business minutes)") },
        { "intent_tier", QT_TRANSLATE_NOOP("baton::AuditLog", "Intent tier") },
        { "workflow_action", QT_TRANSLATE_NOOP("baton::AuditLog", "Workflow action") },
        { "exit_criteria", QT_TRANSLATE_NOOP("baton::AuditLog", "Exit criteria") },
        { "allowed_values", QT_TRANSLATE_NOOP("baton::AuditLog", "Allowed values") },
        { "signer_name", QT_TRANSLATE_NOOP("baton::AuditLog", "Signed by") },
        { "signed_at", QT_TRANSLATE_NOOP("baton::AuditLog", "Signed at") },
        { "activated_at", QT_TRANSLATE_NOOP("baton::AuditLog", "Activated at") },
        { "superseded_at", QT_TRANSLATE_NOOP("baton::AuditLog", "Superseded at") },
        { "status", QT_TRANSLATE_NOOP("baton::AuditLog", "Status") },
        { "position", QT_TRANSLATE_NOOP("baton::AuditLog", "Order") },
        { "enabled", QT_TRANSLATE_NOOP("baton::AuditLog", "Enabled") },
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
        const QString party = row.value(QStringLiteral("party")).toString();
        const QString partyName = party == QLatin1String("sales") ? tr("Sales")
            : party == QLatin1String("marketing")                 ? tr("Marketing")
            : party == QLatin1String("revops")                    ? tr("RevOps")
                                                                  : party;
        return tr("Version %1 · %2 (%3)")
            .arg(number->toInt())
            .arg(partyName, row.value(QStringLiteral("signer_name")).toString());
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
        return QStringLiteral("%1 · %2").arg(*stage, row.value(QStringLiteral("field")).toString());
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
