#pragma once

// Route: ordered routing rules grouped in rule sets (one active, drafts beside it).

#include "core/json.h"
#include "core/repository.h"

#include <optional>

namespace baton {

namespace AssignKind {
inline const QString Owner = QStringLiteral("owner");
inline const QString Pool = QStringLiteral("pool");
inline const QString AccountOwner = QStringLiteral("account_owner");
} // namespace AssignKind

// What a rule requires of a lead; an empty list means "any value".
struct RuleConditions
{
    QList<qint64> signalTypes;
    QStringList intentTiers;
    QList<qint64> territories;
    QList<qint64> segments;
    QList<qint64> industries;
    QStringList sources;
    std::optional<bool> accountOwned;

    QString toJson() const
    {
        QJsonObject o;
        if (!signalTypes.isEmpty())
            o.insert(QStringLiteral("signal_type"), json::idArray(signalTypes));
        if (!intentTiers.isEmpty())
            o.insert(QStringLiteral("intent_tier"), QJsonArray::fromStringList(intentTiers));
        if (!territories.isEmpty())
            o.insert(QStringLiteral("territory"), json::idArray(territories));
        if (!segments.isEmpty())
            o.insert(QStringLiteral("segment"), json::idArray(segments));
        if (!industries.isEmpty())
            o.insert(QStringLiteral("industry"), json::idArray(industries));
        if (!sources.isEmpty())
            o.insert(QStringLiteral("source"), QJsonArray::fromStringList(sources));
        if (accountOwned)
            o.insert(QStringLiteral("account_owned"), *accountOwned);
        return json::fromObject(o);
    }
    static RuleConditions fromJson(const QString &text)
    {
        const QJsonObject o = json::toObject(text);
        RuleConditions c;
        c.signalTypes = json::toIds(o.value(QStringLiteral("signal_type")).toArray());
        for (const QJsonValue &v : o.value(QStringLiteral("intent_tier")).toArray())
            c.intentTiers << v.toString();
        c.territories = json::toIds(o.value(QStringLiteral("territory")).toArray());
        c.segments = json::toIds(o.value(QStringLiteral("segment")).toArray());
        c.industries = json::toIds(o.value(QStringLiteral("industry")).toArray());
        for (const QJsonValue &v : o.value(QStringLiteral("source")).toArray())
            c.sources << v.toString();
        if (o.contains(QStringLiteral("account_owned")))
            c.accountOwned = o.value(QStringLiteral("account_owned")).toBool();
        return c;
    }
    bool operator==(const RuleConditions &) const = default;
};

struct RoutingRuleSet
{
    qint64 id = 0;
    qint64 rowVersion = 0;
    QString name;
    QString status = QStringLiteral("draft"); // draft, active, archived
    QDateTime createdAt;
    QDateTime activatedAt;

    static QString table() { return QStringLiteral("routing_rule_set"); }
    static QStringList columns() { return { "name", "status", "created_at", "activated_at" }; }
    static QString orderBy() { return QStringLiteral("id"); }
    QVariantList values() const { return { name, status, nullableInstant(createdAt), nullableInstant(activatedAt) }; }
    static RoutingRuleSet fromValues(const QVariantList &v)
    {
        return { 0, 0, v[0].toString(), v[1].toString(), instantFrom(v[2]), instantFrom(v[3]) };
    }
};

struct RoutingRule
{
    qint64 id = 0;
    qint64 rowVersion = 0;
    qint64 ruleSetId = 0;
    int position = 0;
    QString name;
    bool enabled = true;
    RuleConditions conditions;
    QString assignKind = AssignKind::Pool;
    qint64 assignOwnerId = 0;
    qint64 assignTeamId = 0;

    static QString table() { return QStringLiteral("routing_rule"); }
    static QStringList columns()
    {
        return { "rule_set_id", "position", "name", "enabled", "conditions", "assign_kind", "assign_owner_id",
            "assign_team_id" };
    }
    static QString orderBy() { return QStringLiteral("rule_set_id, position, id"); }
    QVariantList values() const
    {
        return { ruleSetId, position, name, enabled ? 1 : 0, conditions.toJson(), assignKind, nullableId(assignOwnerId),
            nullableId(assignTeamId) };
    }
    static RoutingRule fromValues(const QVariantList &v)
    {
        RoutingRule r;
        r.ruleSetId = v[0].toLongLong();
        r.position = v[1].toInt();
        r.name = v[2].toString();
        r.enabled = v[3].toInt() != 0;
        r.conditions = RuleConditions::fromJson(v[4].toString());
        r.assignKind = v[5].toString();
        r.assignOwnerId = v[6].toLongLong();
        r.assignTeamId = v[7].toLongLong();
        return r;
    }
};

} // namespace baton
