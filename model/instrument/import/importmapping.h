#pragma once

// Instrument/import: a mapping says which CSV column feeds which field and how values translate. It is JSON
// (the definition column of import_mapping, a preset in resources/presets, or a mapping.json file); see
// README.md, "Import mappings", for the format. fromJson() is text in, result out, and refuses anything it
// does not understand with a message that names the problem, so a mapping file can be fuzzed on its own.

#include "dateparser.h"
#include "importfields.h"

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QList>
#include <QString>
#include <QStringList>

namespace baton {

// What happens to a value that the translation table does not name and (for references) the workspace does
// not know.
enum class UnknownValue {
    Default, // the field's default: Keep for text and numbers, KeepAside for references and enumerations
    Keep, // stored as written
    KeepAside, // the row is kept aside with the reason
    Blank, // the field is left empty
    Create, // the referenced row is created (owners, teams, signal types, industries, segments, ...)
};

struct ColumnRule
{
    QStringList columns; // header names, the first one the file has is used; empty for a constant
    QString field; // "contact_name", "owner", "context:job_title", ...
    QString constant; // a fixed value for every row (no column)
    bool required = false; // an empty value keeps the row aside
    bool append = false; // text: appended to what earlier rules put in the field, after a space
    DateFormat dateFormat = DateFormat::Auto;
    QMap<QString, QString> values; // translations, file value -> Baton value (compared trimmed, without case)
    UnknownValue unknown = UnknownValue::Default;
    double scale = 1.0; // numbers are multiplied by it (revenue in millions: 1000000)
};

struct MappingDefinition
{
    Q_DECLARE_TR_FUNCTIONS(baton::MappingDefinition)
public:
    enum class Mode { Upsert, Insert, Update };

    static constexpr int FormatVersion = 1;

    QString name;
    QString description;
    ImportEntity entity = ImportEntity::Handoff;
    QStringList recognize; // header names that identify the export; empty: every column the rules name
    char delimiter = 0; // 0 = detect
    char decimal = '.';
    QString timeZone; // IANA id; empty = the workspace's reporting time zone
    QString key; // the field an upsert is keyed by; empty = every row is new
    Mode mode = Mode::Upsert;
    bool duplicatesKeptAside = false; // a row that repeats a handoff under an identity rule is kept aside
    QString newOwnerRole = QStringLiteral("SDR"); // created owners get this role
    QString newOwnerTeam; // and join this team (created when missing); empty = no team
    QList<ColumnRule> rules;

    static Result<MappingDefinition> fromJson(const QByteArray &json);
    QByteArray toJson() const;

    // Every column name the rules can read (all alternatives), and the ones recognition looks for.
    QStringList columnNames() const;
    QStringList recognitionColumns() const;
    bool mapsField(const QString &field) const;

    static QString modeName(Mode mode);
    static QString unknownName(UnknownValue unknown);
};

} // namespace baton
