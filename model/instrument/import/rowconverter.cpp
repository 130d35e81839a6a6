#include "rowconverter.h"

#include "importvalues.h"

#include "data/handoff.h"

#include <cmath>

namespace baton {

namespace {

QByteArrayView trimmedBytes(QByteArrayView bytes)
{
    qsizetype from = 0;
    qsizetype to = bytes.size();
    while (from < to && (bytes[from] == ' ' || bytes[from] == '\t' || bytes[from] == '\r' || bytes[from] == '\n'))
        ++from;
    while (to > from && (bytes[to - 1] == ' ' || bytes[to - 1] == '\t' || bytes[to - 1] == '\r' || bytes[to - 1] == '\n'))
        --to;
    return bytes.sliced(from, to - from);
}

// Distinct values remembered per rule; a column with more of them (ids, timestamps) just stops remembering.
constexpr qsizetype MemoSize = 4096;
// Cells longer than this are not remembered (notes, descriptions: they seldom repeat and would fill the memo).
constexpr qsizetype MemoCellBytes = 256;
// How many lookups a full memo gets to show that values repeat: with fewer than a quarter of them found, the
// rule stops looking values up.
constexpr int MemoTrial = 4096;

QString shortened(const QString &text)
{
    return text.size() > 60 ? text.left(57) + QStringLiteral("...") : text;
}

} // namespace

Result<RowConverter> RowConverter::prepare(const MappingDefinition &mapping, const QStringList &header,
    const QTimeZone &defaultZone)
{
    RowConverter converter;
    converter.m_entity = mapping.entity;
    converter.m_decimal = mapping.decimal;
    converter.m_headerSize = int(header.size());
    const QList<ImportFieldInfo> &fields = ImportFields::fields(mapping.entity);
    converter.m_fieldCount = int(fields.size());
    for (int i = 0; i < fields.size(); ++i)
        converter.m_fieldIndex.insert(QString::fromLatin1(fields.at(i).name), i);

    QHash<QString, int> columns;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        if (!columns.contains(name))
            columns.insert(name, i);
    }
    const QTimeZone zone = mapping.timeZone.isEmpty() ? defaultZone : QTimeZone(mapping.timeZone.toUtf8());
    QList<bool> used(header.size(), false);
    for (const ColumnRule &source : mapping.rules) {
        Rule rule;
        rule.fieldName = source.field;
        rule.label = ImportFields::label(mapping.entity, source.field);
        const ImportFieldInfo *info = ImportFields::find(mapping.entity, source.field);
        if (!info)
            return fail(tr("The mapping feeds %1, which is not a field of %2.")
                            .arg(source.field, ImportFields::entityName(mapping.entity)),
                Error::Kind::Invalid);
        rule.kind = info->kind;
        rule.field = ImportFields::isContext(source.field) ? -1 : converter.m_fieldIndex.value(source.field, -1);
        rule.required = source.required;
        rule.append = source.append;
        rule.unknown = source.unknown;
        rule.scale = source.scale;
        rule.dates = DateParser(source.dateFormat, zone);
        for (auto it = source.values.begin(); it != source.values.end(); ++it)
            rule.values.insert(it.key().trimmed().toLower(), it.value());
        rule.hasValues = !rule.values.isEmpty();
        // Any field's value is a function of its cell (and the workspace's names, which only grow), so it can be
        // remembered; columns whose values seldom repeat stop being remembered after a trial (convert()).
        rule.memoizable = !ImportFields::isContext(source.field);
        if (info->kind == ImportValueKind::Reference)
            ImportReferences::kindOfField(source.field, &rule.reference);
        if (source.columns.isEmpty()) {
            rule.constant = source.constant;
        } else {
            for (const QString &name : source.columns) {
                const int index = columns.value(name.trimmed().toLower(), -1);
                if (index >= 0) {
                    rule.column = index;
                    rule.columnName = header.at(index).trimmed();
                    used[index] = true;
                    break;
                }
            }
            if (rule.column < 0) {
                if (source.required || source.field == mapping.key)
                    return fail(tr("The file has no column %1, which the mapping needs for %2.")
                                    .arg(source.columns.join(tr(" or ")), rule.label),
                        Error::Kind::Invalid);
                converter.m_missing << QStringLiteral("%1 (%2)").arg(source.columns.first(), rule.label);
                continue;
            }
        }
        converter.m_rules.push_back(std::move(rule));
    }
    for (int i = 0; i < header.size(); ++i)
        if (!used.at(i) && !header.at(i).trimmed().isEmpty())
            converter.m_unused << header.at(i).trimmed();
    return converter;
}

bool RowConverter::unknownKeepsAside(const Rule &rule) const
{
    if (rule.unknown == UnknownValue::KeepAside)
        return true;
    if (rule.unknown != UnknownValue::Default)
        return false;
    return rule.kind == ImportValueKind::Reference || rule.kind == ImportValueKind::Outcome
        || rule.kind == ImportValueKind::FitGrade;
}

Result<void> RowConverter::convert(const CsvRecord &record, ImportReferences &refs, Workspace &workspace,
    ConvertedRecord *out)
{
    out->line = record.line;
    // Values a record gave are cleared for the next; only a record kept aside half way leaves others touched.
    if (out->values.size() != size_t(m_fieldCount) || !out->keptAside.isEmpty()) {
        out->values.assign(size_t(m_fieldCount), ImportValue());
    } else {
        for (ImportValue &value : out->values)
            if (value.set)
                value = ImportValue();
    }
    out->context.clear();
    out->keptAside.clear();
    out->cells.clear();
    if (record.unterminated) {
        out->keptAside = tr("A quoted field is never closed, so this record runs to the end of the file.");
        return {};
    }
    if (record.size() != m_headerSize) {
        out->keptAside = tr("The record has %1 fields where the header has %2 (a delimiter or quote out of place?).")
                             .arg(record.size())
                             .arg(m_headerSize);
        return {};
    }
    for (Rule &rule : m_rules) {
        ImportValue *value = rule.field >= 0 ? &out->values[size_t(rule.field)] : nullptr;
        if (value && value->set && !rule.append)
            continue; // an earlier rule gave this field its value
        QString text;
        QByteArrayView bytes;
        const bool memoize = rule.memoizable && rule.column >= 0 && !rule.append;
        if (rule.column >= 0) {
            bytes = trimmedBytes(record.field(rule.column));
            if (memoize && !bytes.isEmpty() && bytes.size() <= MemoCellBytes && !m_keepCells) {
                // A value seen before converts the same way again (names, statuses, dates repeat in exports).
                auto hit = rule.memo.constFind(QByteArray::fromRawData(bytes.data(), bytes.size()));
                const bool found = hit != rule.memo.constEnd();
                if (found)
                    *value = *hit;
                if (rule.memo.size() >= MemoSize && rule.fullLookups < MemoTrial) {
                    rule.fullHits += found ? 1 : 0;
                    if (++rule.fullLookups == MemoTrial && rule.fullHits < MemoTrial / 4) {
                        rule.memoizable = false;
                        rule.memo = {};
                    }
                }
                if (found)
                    continue;
            }
            text = QString::fromUtf8(bytes.data(), bytes.size());
        } else {
            text = rule.constant;
        }
        if (m_keepCells && rule.column >= 0)
            out->cells.append({ rule.fieldName, text });
        bool translated = false;
        if (rule.hasValues) {
            auto it = rule.values.constFind(text.toLower());
            if (it != rule.values.constEnd()) {
                text = it.value();
                translated = true;
            } else if (!text.isEmpty()) {
                // References, outcomes and fit grades are checked below: a value that is already valid passes.
                const bool checkedLater = rule.kind == ImportValueKind::Reference || rule.kind == ImportValueKind::Outcome
                    || rule.kind == ImportValueKind::FitGrade;
                if (rule.unknown == UnknownValue::KeepAside && !checkedLater) {
                    out->keptAside = tr("%1: \"%2\" is not one of the values the mapping translates.")
                                         .arg(rule.label, shortened(text));
                    return {};
                }
                if (rule.unknown == UnknownValue::Blank)
                    text.clear();
            }
        }
        if (text.isEmpty()) {
            if (rule.required && !(value && value->set)) {
                out->keptAside = tr("%1 is missing (the mapping requires it).").arg(rule.label);
                return {};
            }
            continue;
        }
        if (rule.field < 0) {
            out->context.append({ rule.fieldName.mid(8), text });
            continue;
        }
        switch (rule.kind) {
        case ImportValueKind::Text:
            if (value->set && rule.append) {
                value->text += QLatin1Char(' ');
                value->text += text;
            } else {
                value->text = text;
            }
            break;
        case ImportValueKind::Country: {
            const QString code = ImportValues::countryCode(text);
            if (code.isEmpty() && unknownKeepsAside(rule)) {
                out->keptAside = tr("%1: \"%2\" is not a country Baton knows.").arg(rule.label, shortened(text));
                return {};
            }
            if (code.isEmpty() && rule.unknown == UnknownValue::Blank)
                continue;
            value->text = code.isEmpty() ? text : code;
            break;
        }
        case ImportValueKind::Integer: {
            const auto number = ImportValues::parseNumber(text, m_decimal);
            const double scaled = number ? *number * rule.scale : 0;
            if (!number || std::floor(scaled) != scaled || std::fabs(scaled) > 9.0e15) {
                if (rule.unknown == UnknownValue::Blank)
                    continue;
                out->keptAside = tr("%1: \"%2\" is not a whole number.").arg(rule.label, shortened(text));
                return {};
            }
            value->integer = qint64(scaled);
            break;
        }
        case ImportValueKind::Number: {
            const auto number = ImportValues::parseNumber(text, m_decimal);
            if (!number) {
                if (rule.unknown == UnknownValue::Blank)
                    continue;
                out->keptAside = tr("%1: \"%2\" is not a number.").arg(rule.label, shortened(text));
                return {};
            }
            value->number = *number * rule.scale;
            break;
        }
        case ImportValueKind::Instant: {
            const auto reading = translated || rule.column < 0 ? rule.dates.parse(text) : rule.dates.parse(bytes);
            if (!reading) {
                if (rule.unknown == UnknownValue::Blank)
                    continue;
                out->keptAside = tr("%1: \"%2\" is not a date in the format %3 (%4).")
                                     .arg(rule.label, shortened(text), DateParser::formatName(rule.dates.format()),
                                         DateParser::formatDescription(rule.dates.format()));
                return {};
            }
            value->integer = reading->instant;
            if (m_keepCells) // previews say how each date was read
                value->how = reading->pattern + (reading->zoned ? QString() : QStringLiteral(" · ") + QString::fromUtf8(rule.dates.zone().id()));
            break;
        }
        case ImportValueKind::Day: {
            const auto day = rule.dates.parseDay(QByteArrayView(text.toUtf8()));
            if (!day) {
                if (rule.unknown == UnknownValue::Blank)
                    continue;
                out->keptAside = tr("%1: \"%2\" is not a date in the format %3 (%4).")
                                     .arg(rule.label, shortened(text), DateParser::formatName(rule.dates.format()),
                                         DateParser::formatDescription(rule.dates.format()));
                return {};
            }
            value->day = *day;
            break;
        }
        case ImportValueKind::Outcome: {
            const QString outcome = text.trimmed().toLower();
            if (!Outcome::all().contains(outcome)) {
                if (rule.unknown == UnknownValue::Blank || rule.unknown == UnknownValue::Keep)
                    continue;
                out->keptAside = tr("%1: \"%2\" is not an outcome (open, accepted, rejected, opportunity, won, lost); "
                                    "translate it in the mapping.")
                                     .arg(rule.label, shortened(text));
                return {};
            }
            value->text = outcome;
            break;
        }
        case ImportValueKind::FitGrade: {
            const QString grade = text.trimmed().toUpper();
            if (grade.size() != 1 || grade.at(0) < u'A' || grade.at(0) > u'D') {
                if (rule.unknown == UnknownValue::Blank || rule.unknown == UnknownValue::Keep)
                    continue;
                out->keptAside = tr("%1: \"%2\" is not a fit grade (A, B, C or D).").arg(rule.label, shortened(text));
                return {};
            }
            value->text = grade;
            break;
        }
        case ImportValueKind::Reference: {
            qint64 id = refs.find(rule.reference, text);
            if (id == 0) {
                if (rule.unknown == UnknownValue::Create) {
                    auto created = refs.create(workspace, rule.reference, text);
                    if (!created)
                        return created.error();
                    id = *created;
                    value->created = true;
                } else if (rule.unknown == UnknownValue::Blank) {
                    continue;
                } else {
                    out->keptAside = tr("%1: no %2 in this workspace is called \"%3\" (add it, translate the value in "
                                        "the mapping, or let the mapping create it).")
                                         .arg(rule.label, ImportReferences::kindLabel(rule.reference), shortened(text));
                    return {};
                }
            }
            value->text = text;
            value->id = id;
            break;
        }
        }
        value->set = true;
        if (memoize && rule.memoizable && !bytes.isEmpty() && bytes.size() <= MemoCellBytes && rule.memo.size() < MemoSize) {
            ImportValue remembered = *value;
            remembered.created = false; // only the first record creates the row
            rule.memo.insert(QByteArray(bytes.data(), bytes.size()), remembered);
        }
    }
    return {};
}

} // namespace baton
