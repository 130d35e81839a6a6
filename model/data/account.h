#pragma once

// Accounts: the companies that leads belong to, with the owner who holds them (account-based motion).

#include "core/repository.h"

#include <optional>

namespace baton {

struct Account
{
    qint64 id = 0;
    qint64 rowVersion = 0;
    QString externalRef; // id in the CRM
    QString name;
    QString normalizedName; // for matching: lower case, punctuation and legal suffixes removed
    QString domain;
    qint64 industryId = 0;
    qint64 segmentId = 0;
    qint64 territoryId = 0;
    QString country;
    QString region;
    std::optional<qint64> employees;
    std::optional<double> revenue;
    qint64 ownerId = 0;
    qint64 teamId = 0;
    qint64 parentId = 0;

    static QString table() { return QStringLiteral("account"); }
    static QStringList columns()
    {
        return { "external_ref", "name", "normalized_name", "domain", "industry_id", "segment_id", "territory_id",
            "country", "region", "employees", "revenue", "owner_id", "team_id", "parent_id" };
    }
    static QString orderBy() { return QStringLiteral("name"); }
    QVariantList values() const
    {
        return { nullableText(externalRef), name, normalizedName, nullableText(domain), nullableId(industryId),
            nullableId(segmentId), nullableId(territoryId), nullableText(country), nullableText(region),
            employees ? QVariant(*employees) : QVariant(), revenue ? QVariant(*revenue) : QVariant(), nullableId(ownerId),
            nullableId(teamId), nullableId(parentId) };
    }
    static Account fromValues(const QVariantList &v)
    {
        Account a;
        a.externalRef = v[0].toString();
        a.name = v[1].toString();
        a.normalizedName = v[2].toString();
        a.domain = v[3].toString();
        a.industryId = v[4].toLongLong();
        a.segmentId = v[5].toLongLong();
        a.territoryId = v[6].toLongLong();
        a.country = v[7].toString();
        a.region = v[8].toString();
        if (!v[9].isNull())
            a.employees = v[9].toLongLong();
        if (!v[10].isNull())
            a.revenue = v[10].toDouble();
        a.ownerId = v[11].toLongLong();
        a.teamId = v[12].toLongLong();
        a.parentId = v[13].toLongLong();
        return a;
    }
};

} // namespace baton
