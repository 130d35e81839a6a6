#pragma once

// Instrument/import: the fields a CSV column can feed, per kind of record (handoff, account, owner), with the
// kind of value each takes. Names are the glossary's (and mostly the columns') names: "lead_ref", "owner",
// "handed_off_at". A handoff also takes "context:NAME" for any further context field (job_title, phone, ...)
// and "amount" (the deal amount: the opportunity amount, and the won amount when the outcome is won).

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace baton {

enum class ImportEntity { Handoff, Account, Owner };

enum class ImportValueKind {
    Text, // stored as written (trimmed)
    Integer, // whole number (thousands separators and a zero fraction such as 100.0 accepted)
    Number, // decimal number, optionally with a currency sign and thousands separators
    Instant, // a date or date-time (DateParser)
    Day, // a calendar date (owners' active dates)
    Reference, // the name (or id) of something the workspace defines: owner, signal type, industry, ...
    Outcome, // open, accepted, rejected, opportunity, won, lost
    FitGrade, // A, B, C, D
    Country, // an ISO code or an English country name, stored as the ISO 3166-1 alpha-2 code
};

struct ImportFieldInfo
{
    const char *name;
    ImportValueKind kind;
    bool canCreate; // an unknown value may create the referenced row ("create" in a mapping)
    bool canBeKey; // an upsert can be keyed by it
    const char *label; // untranslated; use ImportFields::label()
};

class ImportFields final
{
    Q_DECLARE_TR_FUNCTIONS(baton::ImportFields)
public:
    static QString entityName(ImportEntity entity); // "handoff", "account", "owner"
    static bool entityFromName(const QString &name, ImportEntity *entity);
    static QString entityLabel(ImportEntity entity); // "Handoffs", ...

    static const QList<ImportFieldInfo> &fields(ImportEntity entity);
    // The field `name` of `entity` (context:NAME for handoffs included), or nullptr.
    static const ImportFieldInfo *find(ImportEntity entity, const QString &name);
    static bool isContext(const QString &name) { return name.startsWith(QStringLiteral("context:")); }
    static QString label(ImportEntity entity, const QString &name);
    static QStringList keyFields(ImportEntity entity);
    // Fields every record of the entity needs (handed_off_at for handoffs, name for accounts and owners).
    static QStringList requiredFields(ImportEntity entity);
};

} // namespace baton
