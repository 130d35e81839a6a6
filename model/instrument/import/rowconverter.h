#pragma once

// Instrument/import: turns one CSV record into field values by a mapping: picks the columns, translates values,
// reads numbers and dates, resolves names against the workspace (creating what the mapping says to create), and
// says why a record must be kept aside. It does not write records; the entity importers do.
//
// Several rules may feed one field: the first one that gives a value wins, and rules with "append" add their
// text after a space (First Name + Last Name into contact_name). A rule reads its columns in order and uses
// the first one the file has.

#include "csvreader.h"
#include "dateparser.h"
#include "importfields.h"
#include "importmapping.h"
#include "importreferences.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QTimeZone>

#include <vector>

namespace baton {

class Workspace;

struct ImportValue
{
    bool set = false;
    QString text; // text fields, countries, outcomes, fit grades; references: the name as written
    qint64 id = 0; // references
    qint64 integer = 0; // whole numbers; instants (seconds since the epoch)
    double number = 0;
    QDate day;
    bool created = false; // a reference this record created
    QString how; // dates: how the text was read ("M/D/YYYY H:MM")
};

struct ConvertedRecord
{
    int line = 0;
    std::vector<ImportValue> values; // by index into ImportFields::fields(entity)
    QList<std::pair<QString, QString>> context; // handoff context fields, in rule order
    QString keptAside; // why the record cannot be imported; empty when it can
    // The cells the rules read, for previews: field name, cell text.
    QList<std::pair<QString, QString>> cells;

    const ImportValue &value(int index) const { return values[size_t(index)]; }
};

class RowConverter final
{
    Q_DECLARE_TR_FUNCTIONS(baton::RowConverter)
public:
    // Prepares `mapping` for files with this header. Fails when a required column or the key's column is missing.
    // `zone` reads dates without a zone when the mapping names none.
    static Result<RowConverter> prepare(const MappingDefinition &mapping, const QStringList &header, const QTimeZone &zone);

    // Converts `record`; `refs` resolves names and creates rows (in `workspace`) where the mapping says so.
    // An error is returned only when the workspace fails; a record that cannot be used gets out->keptAside.
    Result<void> convert(const CsvRecord &record, ImportReferences &refs, Workspace &workspace, ConvertedRecord *out);

    int fieldIndex(const QString &field) const { return m_fieldIndex.value(field, -1); }
    ImportEntity entity() const { return m_entity; }
    int headerSize() const { return m_headerSize; }
    // Rules whose columns the file does not have (they give no values), as "Column (field)".
    const QStringList &missingColumns() const { return m_missing; }
    // Columns of the file that no rule reads.
    const QStringList &unusedColumns() const { return m_unused; }
    bool keepCells(bool keep) { return m_keepCells = keep; }

private:
    struct Rule
    {
        int column = -1; // index into the record, -1 for a constant
        QString columnName;
        QString constant;
        int field = -1; // index into the entity's fields, -1 for context
        QString fieldName;
        QString label;
        ImportValueKind kind = ImportValueKind::Text;
        bool required = false;
        bool append = false;
        UnknownValue unknown = UnknownValue::Default;
        QHash<QString, QString> values; // lower-case file value -> Baton value
        bool hasValues = false;
        double scale = 1.0;
        DateParser dates;
        ImportReferences::Kind reference = ImportReferences::Kind::SignalType;
        bool memoizable = false;
        QHash<QByteArray, ImportValue> memo; // cell bytes -> the value they convert to
        // Once the memo is full: lookups and hits since, to stop looking up values that seldom repeat (ids,
        // timestamps, amounts), where a lookup costs more than converting the value again.
        int fullLookups = 0;
        int fullHits = 0;
    };
    RowConverter() = default;
    bool unknownKeepsAside(const Rule &rule) const;

    ImportEntity m_entity = ImportEntity::Handoff;
    char m_decimal = '.';
    int m_fieldCount = 0;
    int m_headerSize = 0;
    std::vector<Rule> m_rules;
    QHash<QString, int> m_fieldIndex;
    QStringList m_missing;
    QStringList m_unused;
    bool m_keepCells = false;
};

} // namespace baton
