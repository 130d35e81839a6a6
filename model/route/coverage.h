#pragma once

// Route: the coverage model that routing rules refer to: territories, segments, industries,
// teams and queues, and owners.

#include "core/json.h"
#include "core/repository.h"

#include <optional>

namespace baton {

struct Territory
{
    qint64 id = 0;
    qint64 rowVersion = 0;
    QString name;
    int position = 0;

    static QString table() { return QStringLiteral("territory"); }
    static QStringList columns() { return { "name", "position" }; }
    static QString orderBy() { return QStringLiteral("position, id"); }
    QVariantList values() const { return { name, position }; }
    static Territory fromValues(const QVariantList &v) { return { 0, 0, v[0].toString(), v[1].toInt() }; }
};

// A country (region empty) or a state/region inside a country that belongs to a territory.
struct TerritoryArea
{
    qint64 id = 0;
    qint64 rowVersion = 0;
    qint64 territoryId = 0;
    QString country; // ISO 3166-1 alpha-2
    QString region; // state/province code, empty = the whole country

    static QString table() { return QStringLiteral("territory_area"); }
    static QStringList columns() { return { "territory_id", "country", "region" }; }
    static QString orderBy() { return QStringLiteral("territory_id, country, region"); }
    QVariantList values() const { return { territoryId, country, nullableText(region) }; }
    static TerritoryArea fromValues(const QVariantList &v)
    {
        return { 0, 0, v[0].toLongLong(), v[1].toString(), v[2].toString() };
    }
};

// A band by employee count and/or annual revenue (bounds inclusive; unset = open).
struct Segment
{
    qint64 id = 0;
    qint64 rowVersion = 0;
    QString name;
    int position = 0;
    std::optional<qint64> minEmployees;
    std::optional<qint64> maxEmployees;
    std::optional<double> minRevenue;
    std::optional<double> maxRevenue;

    static QString table() { return QStringLiteral("segment"); }
    static QStringList columns()
    {
        return { "name", "position", "min_employees", "max_employees", "min_revenue", "max_revenue" };
    }
    static QString orderBy() { return QStringLiteral("position, id"); }
    QVariantList values() const
    {
        auto n = [](const auto &o) { return o ? QVariant(*o) : QVariant(); };
        return { name, position, n(minEmployees), n(maxEmployees), n(minRevenue), n(maxRevenue) };
    }
    static Segment fromValues(const QVariantList &v)
    {
        Segment s;
        s.name = v[0].toString();
        s.position = v[1].toInt();
        if (!v[2].isNull())
            s.minEmployees = v[2].toLongLong();
        if (!v[3].isNull())
            s.maxEmployees = v[3].toLongLong();
        if (!v[4].isNull())
            s.minRevenue = v[4].toDouble();
        if (!v[5].isNull())
            s.maxRevenue = v[5].toDouble();
        return s;
    }
    // True when a company of this size falls in the band; unknown sizes match no band.
    bool contains(std::optional<qint64> employees, std::optional<double> revenue) const
    {
        const bool byEmployees = minEmployees || maxEmployees;
        const bool byRevenue = minRevenue || maxRevenue;
        if (byEmployees && employees) {
            if ((minEmployees && *employees < *minEmployees) || (maxEmployees && *employees > *maxEmployees))
                return false;
            return true;
        }
        if (byRevenue && revenue)
            return !((minRevenue && *revenue < *minRevenue) || (maxRevenue && *revenue > *maxRevenue));
        return false;
    }
};

struct Industry
{
    qint64 id = 0;
    qint64 rowVersion = 0;
    QString name;

    static QString table() { return QStringLiteral("industry"); }
    static QStringList columns() { return { "name" }; }
    static QString orderBy() { return QStringLiteral("name"); }
    QVariantList values() const { return { name }; }
    static Industry fromValues(const QVariantList &v) { return { 0, 0, v[0].toString() }; }
};

struct Team
{
    qint64 id = 0;
    qint64 rowVersion = 0;
    QString name;
    QString kind = QStringLiteral("team"); // team or queue
    QString managerName;
    qint64 calendarId = 0;
    bool isFallback = false;

    static QString table() { return QStringLiteral("team"); }
    static QStringList columns() { return { "name", "kind", "manager_name", "calendar_id", "is_fallback" }; }
    static QString orderBy() { return QStringLiteral("name"); }
    QVariantList values() const
    {
        return { name, kind, nullableText(managerName), nullableId(calendarId), isFallback ? 1 : 0 };
    }
    static Team fromValues(const QVariantList &v)
    {
        Team t;
        t.name = v[0].toString();
        t.kind = v[1].toString();
        t.managerName = v[2].toString();
        t.calendarId = v[3].toLongLong();
        t.isFallback = v[4].toInt() != 0;
        return t;
    }
};

struct Owner
{
    qint64 id = 0;
    qint64 rowVersion = 0;
    QString name;
    QString email;
    QString role = QStringLiteral("SDR"); // SDR, AE, AM, ...
    qint64 teamId = 0;
    QString timeZone = QStringLiteral("UTC"); // IANA id
    int capacityPerDay = 20;
    QDate activeFrom; // invalid = since always
    QDate activeUntil; // invalid = no end; the last working day of someone leaving
    qint64 calendarId = 0;

    static QString table() { return QStringLiteral("owner"); }
    static QStringList columns()
    {
        return { "name", "email", "role", "team_id", "time_zone", "capacity_per_day", "active_from", "active_until",
            "calendar_id" };
    }
    static QString orderBy() { return QStringLiteral("name"); }
    QVariantList values() const
    {
        return { name, nullableText(email), role, nullableId(teamId), timeZone, capacityPerDay, nullableDate(activeFrom),
            nullableDate(activeUntil), nullableId(calendarId) };
    }
    static Owner fromValues(const QVariantList &v)
    {
        Owner o;
        o.name = v[0].toString();
        o.email = v[1].toString();
        o.role = v[2].toString();
        o.teamId = v[3].toLongLong();
        o.timeZone = v[4].toString();
        o.capacityPerDay = v[5].toInt();
        o.activeFrom = dateFrom(v[6]);
        o.activeUntil = dateFrom(v[7]);
        o.calendarId = v[8].toLongLong();
        return o;
    }
    bool isActiveOn(const QDate &day) const
    {
        return (!activeFrom.isValid() || day >= activeFrom) && (!activeUntil.isValid() || day <= activeUntil);
    }
};

struct OwnerAbsence
{
    qint64 id = 0;
    qint64 rowVersion = 0;
    qint64 ownerId = 0;
    QDate startsOn;
    QDate endsOn;
    QString reason;

    static QString table() { return QStringLiteral("owner_absence"); }
    static QStringList columns() { return { "owner_id", "starts_on", "ends_on", "reason" }; }
    static QString orderBy() { return QStringLiteral("owner_id, starts_on"); }
    QVariantList values() const { return { ownerId, nullableDate(startsOn), nullableDate(endsOn), nullableText(reason) }; }
    static OwnerAbsence fromValues(const QVariantList &v)
    {
        return { 0, 0, v[0].toLongLong(), dateFrom(v[1]), dateFrom(v[2]), v[3].toString() };
    }
};

struct TeamMember
{
    qint64 id = 0;
    qint64 rowVersion = 0;
    qint64 teamId = 0;
    qint64 ownerId = 0;
    int weight = 1;

    static QString table() { return QStringLiteral("team_member"); }
    static QStringList columns() { return { "team_id", "owner_id", "weight" }; }
    static QString orderBy() { return QStringLiteral("team_id, owner_id"); }
    QVariantList values() const { return { teamId, ownerId, weight }; }
    static TeamMember fromValues(const QVariantList &v)
    {
        return { 0, 0, v[0].toLongLong(), v[1].toLongLong(), v[2].toInt() };
    }
};

} // namespace baton
