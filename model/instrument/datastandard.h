#pragma once

// Instrument: the data standard beyond per-stage requirements: UTM conventions, identity rules
// and lead-to-account matching.

#include "core/json.h"
#include "core/repository.h"

namespace baton {

struct UtmConvention
{
    qint64 id = 0;
    qint64 rowVersion = 0;
    QString field; // source, campaign, utm_source, utm_medium, utm_campaign
    QString casing = QStringLiteral("any"); // any, lower, upper
    QString pattern; // a regular expression the whole value must match, empty = any
    QStringList allowedValues; // empty = any

    static QString table() { return QStringLiteral("utm_convention"); }
    static QStringList columns() { return { "field", "casing", "pattern", "allowed_values" }; }
    static QString orderBy() { return QStringLiteral("field"); }
    QVariantList values() const { return { field, casing, nullableText(pattern), json::fromStrings(allowedValues) }; }
    static UtmConvention fromValues(const QVariantList &v)
    {
        UtmConvention u;
        u.field = v[0].toString();
        u.casing = v[1].toString();
        u.pattern = v[2].toString();
        u.allowedValues = json::toStrings(v[3].toString());
        return u;
    }
};

// Two handoffs are the same lead when all `fields` are equal (case-insensitive, trimmed) and non-empty.
struct IdentityRule
{
    qint64 id = 0;
    qint64 rowVersion = 0;
    QString name;
    QStringList fields;
    int position = 0;
    bool enabled = true;

    static QString table() { return QStringLiteral("identity_rule"); }
    static QStringList columns() { return { "name", "fields", "position", "enabled" }; }
    static QString orderBy() { return QStringLiteral("position, id"); }
    QVariantList values() const { return { name, json::fromStrings(fields), position, enabled ? 1 : 0 }; }
    static IdentityRule fromValues(const QVariantList &v)
    {
        IdentityRule r;
        r.name = v[0].toString();
        r.fields = json::toStrings(v[1].toString());
        r.position = v[2].toInt();
        r.enabled = v[3].toInt() != 0;
        return r;
    }
};

struct AccountMatchRule
{
    qint64 id = 0;
    qint64 rowVersion = 0;
    QString kind; // email_domain, company_name
    int position = 0;
    bool enabled = true;

    static QString table() { return QStringLiteral("account_match_rule"); }
    static QStringList columns() { return { "kind", "position", "enabled" }; }
    static QString orderBy() { return QStringLiteral("position, id"); }
    QVariantList values() const { return { kind, position, enabled ? 1 : 0 }; }
    static AccountMatchRule fromValues(const QVariantList &v)
    {
        AccountMatchRule r;
        r.kind = v[0].toString();
        r.position = v[1].toInt();
        r.enabled = v[2].toInt() != 0;
        return r;
    }
};

struct FreeMailDomain
{
    qint64 id = 0;
    qint64 rowVersion = 0;
    QString domain;

    static QString table() { return QStringLiteral("free_mail_domain"); }
    static QStringList columns() { return { "domain" }; }
    static QString orderBy() { return QStringLiteral("domain"); }
    QVariantList values() const { return { domain }; }
    static FreeMailDomain fromValues(const QVariantList &v) { return { 0, 0, v[0].toString() }; }
};

struct LegalSuffix
{
    qint64 id = 0;
    qint64 rowVersion = 0;
    QString suffix;

    static QString table() { return QStringLiteral("legal_suffix"); }
    static QStringList columns() { return { "suffix" }; }
    static QString orderBy() { return QStringLiteral("suffix"); }
    QVariantList values() const { return { suffix }; }
    static LegalSuffix fromValues(const QVariantList &v) { return { 0, 0, v[0].toString() }; }
};

// A saved column mapping for CSV imports; the definition is JSON owned by the importer.
struct ImportMapping
{
    qint64 id = 0;
    qint64 rowVersion = 0;
    QString name;
    QString entity = QStringLiteral("handoff"); // handoff, account, owner
    QString definition;

    static QString table() { return QStringLiteral("import_mapping"); }
    static QStringList columns() { return { "name", "entity", "definition" }; }
    static QString orderBy() { return QStringLiteral("name"); }
    QVariantList values() const { return { name, entity, definition }; }
    static ImportMapping fromValues(const QVariantList &v)
    {
        ImportMapping m;
        m.name = v[0].toString();
        m.entity = v[1].toString();
        m.definition = v[2].toString();
        return m;
    }
};

} // namespace baton
