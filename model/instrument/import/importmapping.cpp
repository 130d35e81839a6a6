#include "importmapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <cmath>

namespace baton {

QString MappingDefinition::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Upsert:
        return QStringLiteral("upsert");
    case Mode::Insert:
        return QStringLiteral("insert");
    case Mode::Update:
        return QStringLiteral("update");
    }
    return {};
}

QString MappingDefinition::unknownName(UnknownValue unknown)
{
    switch (unknown) {
    case UnknownValue::Default:
        return {};
    case UnknownValue::Keep:
        return QStringLiteral("keep");
    case UnknownValue::KeepAside:
        return QStringLiteral("keep_aside");
    case UnknownValue::Blank:
        return QStringLiteral("blank");
    case UnknownValue::Create:
        return QStringLiteral("create");
    }
    return {};
}

Result<MappingDefinition> MappingDefinition::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("The mapping is not valid JSON: %1 (at character %2).")
                        .arg(parseError.errorString())
                        .arg(parseError.offset),
            Error::Kind::Invalid);
    if (!document.isObject())
        return fail(tr("The mapping must be a JSON object with \"entity\" and \"columns\"."), Error::Kind::Invalid);
    const QJsonObject root = document.object();
    static const QSet<QString> known = { "format", "name", "description", "entity", "recognize", "delimiter", "decimal",
        "time_zone", "key", "mode", "duplicates", "new_owners", "columns" };
    for (auto it = root.begin(); it != root.end(); ++it)
        if (!known.contains(it.key()))
            return fail(tr("The mapping has an unknown setting \"%1\"; the settings are: %2.")
                            .arg(it.key(), QStringList(known.begin(), known.end()).join(QStringLiteral(", "))),
                Error::Kind::Invalid);

    MappingDefinition mapping;
    if (root.contains(QStringLiteral("format")) && root.value(QStringLiteral("format")).toInt(-1) != FormatVersion)
        return fail(tr("The mapping is in format %1; this Baton reads format %2.")
                        .arg(root.value(QStringLiteral("format")).toVariant().toString())
                        .arg(FormatVersion),
            Error::Kind::Invalid);
    mapping.name = root.value(QStringLiteral("name")).toString().trimmed();
    mapping.description = root.value(QStringLiteral("description")).toString();
    const QString entity = root.value(QStringLiteral("entity")).toString(QStringLiteral("handoff"));
    if (!ImportFields::entityFromName(entity, &mapping.entity))
        return fail(tr("The mapping imports \"%1\"; it can import handoff, account or owner.").arg(entity),
            Error::Kind::Invalid);
    for (const QJsonValue &value : root.value(QStringLiteral("recognize")).toArray())
        if (!value.toString().trimmed().isEmpty())
            mapping.recognize << value.toString().trimmed();

    const QString delimiter = root.value(QStringLiteral("delimiter")).toString(QStringLiteral("auto"));
    if (delimiter == QStringLiteral("auto") || delimiter.isEmpty())
        mapping.delimiter = 0;
    else if (delimiter == QStringLiteral(","))
        mapping.delimiter = ',';
    else if (delimiter == QStringLiteral(";"))
        mapping.delimiter = ';';
    else if (delimiter == QStringLiteral("tab") || delimiter == QStringLiteral("\t"))
        mapping.delimiter = '\t';
    else if (delimiter == QStringLiteral("|"))
        mapping.delimiter = '|';
    else
        return fail(tr("The delimiter \"%1\" is not one of auto, \",\", \";\", \"|\" or tab.").arg(delimiter),
            Error::Kind::Invalid);
    const QString decimal = root.value(QStringLiteral("decimal")).toString(QStringLiteral("."));
    if (decimal != QStringLiteral(".") && decimal != QStringLiteral(","))
        return fail(tr("The decimal separator must be \".\" or \",\", not \"%1\".").arg(decimal), Error::Kind::Invalid);
    mapping.decimal = decimal.at(0).toLatin1();

    mapping.timeZone = root.value(QStringLiteral("time_zone")).toString().trimmed();
    if (!mapping.timeZone.isEmpty() && !QTimeZone(mapping.timeZone.toUtf8()).isValid())
        return fail(tr("The time zone \"%1\" is not an IANA time zone such as Europe/Berlin.").arg(mapping.timeZone),
            Error::Kind::Invalid);

    const QString mode = root.value(QStringLiteral("mode")).toString(QStringLiteral("upsert"));
    if (mode == QStringLiteral("upsert"))
        mapping.mode = Mode::Upsert;
    else if (mode == QStringLiteral("insert"))
        mapping.mode = Mode::Insert;
    else if (mode == QStringLiteral("update"))
        mapping.mode = Mode::Update;
    else
        return fail(tr("The mode \"%1\" is not upsert, insert or update.").arg(mode), Error::Kind::Invalid);
    mapping.key = root.value(QStringLiteral("key")).toString().trimmed();
    if (!mapping.key.isEmpty() && !ImportFields::keyFields(mapping.entity).contains(mapping.key))
        return fail(tr("An import of %1 cannot be keyed by \"%2\"; the keys are: %3.")
                        .arg(ImportFields::entityName(mapping.entity), mapping.key,
                            ImportFields::keyFields(mapping.entity).join(QStringLiteral(", "))),
            Error::Kind::Invalid);
    if (mapping.mode != Mode::Insert && mapping.key.isEmpty() && mapping.mode == Mode::Update)
        return fail(tr("An update needs a key: the field that finds the records to update."), Error::Kind::Invalid);
    if (mapping.mode == Mode::Insert)
        mapping.key.clear();

    const QString duplicates = root.value(QStringLiteral("duplicates")).toString(QStringLiteral("import"));
    if (duplicates == QStringLiteral("keep_aside"))
        mapping.duplicatesKeptAside = true;
    else if (duplicates != QStringLiteral("import"))
        return fail(tr("\"duplicates\" must be import or keep_aside, not \"%1\".").arg(duplicates), Error::Kind::Invalid);

    const QJsonObject newOwners = root.value(QStringLiteral("new_owners")).toObject();
    mapping.newOwnerRole = newOwners.value(QStringLiteral("role")).toString(QStringLiteral("SDR")).trimmed();
    if (mapping.newOwnerRole.isEmpty())
        mapping.newOwnerRole = QStringLiteral("SDR");
    mapping.newOwnerTeam = newOwners.value(QStringLiteral("team")).toString().trimmed();

    const QJsonValue columnsValue = root.value(QStringLiteral("columns"));
    if (!columnsValue.isArray())
        return fail(tr("The mapping needs \"columns\": a list of {\"column\": ..., \"field\": ...}."), Error::Kind::Invalid);
    const QJsonArray columns = columnsValue.toArray();
    if (columns.size() > 1000)
        return fail(tr("The mapping has more than 1000 column rules."), Error::Kind::Invalid);
    static const QSet<QString> ruleKeys = { "column", "field", "value", "required", "append", "date_format", "values",
        "unknown", "scale", "note" };
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (!columns.at(i).isObject())
            return fail(tr("Column rule %1 is not an object.").arg(i + 1), Error::Kind::Invalid);
        const QJsonObject object = columns.at(i).toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            if (!ruleKeys.contains(it.key()))
                return fail(tr("Column rule %1 has an unknown setting \"%2\".").arg(i + 1).arg(it.key()),
                    Error::Kind::Invalid);
        ColumnRule rule;
        const QJsonValue column = object.value(QStringLiteral("column"));
        if (column.isString()) {
            if (!column.toString().trimmed().isEmpty())
                rule.columns << column.toString().trimmed();
        } else if (column.isArray()) {
            for (const QJsonValue &name : column.toArray())
                if (!name.toString().trimmed().isEmpty())
                    rule.columns << name.toString().trimmed();
        } else if (!column.isUndefined() && !column.isNull()) {
            return fail(tr("Column rule %1: \"column\" must be a column name or a list of names.").arg(i + 1),
                Error::Kind::Invalid);
        }
        rule.field = object.value(QStringLiteral("field")).toString().trimmed();
        const ImportFieldInfo *info = ImportFields::find(mapping.entity, rule.field);
        if (!info)
            return fail(tr("Column rule %1 feeds \"%2\", which is not a field of %3.")
                            .arg(i + 1)
                            .arg(rule.field, ImportFields::entityName(mapping.entity)),
                Error::Kind::Invalid);
        const QJsonValue constant = object.value(QStringLiteral("value"));
        if (!constant.isUndefined() && !constant.isNull())
            rule.constant = constant.isString() ? constant.toString() : constant.toVariant().toString();
        if (rule.columns.isEmpty() && rule.constant.isEmpty())
            return fail(tr("Column rule %1 (%2) names neither a column nor a value.").arg(i + 1).arg(rule.field),
                Error::Kind::Invalid);
        if (!rule.columns.isEmpty() && !rule.constant.isEmpty())
            return fail(tr("Column rule %1 (%2) names both a column and a fixed value; use one.").arg(i + 1).arg(rule.field),
                Error::Kind::Invalid);
        rule.required = object.value(QStringLiteral("required")).toBool(false);
        rule.append = object.value(QStringLiteral("append")).toBool(false);
        if (rule.append && info->kind != ImportValueKind::Text)
            return fail(tr("Column rule %1: only text fields can be appended to, not %2.").arg(i + 1).arg(rule.field),
                Error::Kind::Invalid);
        const QString format = object.value(QStringLiteral("date_format")).toString();
        const auto dateFormat = DateParser::formatFromName(format);
        if (!dateFormat)
            return fail(tr("Column rule %1: the date format \"%2\" is not one of %3.")
                            .arg(i + 1)
                            .arg(format, DateParser::formatNames().join(QStringLiteral(", "))),
                Error::Kind::Invalid);
        rule.dateFormat = *dateFormat;
        const QJsonValue values = object.value(QStringLiteral("values"));
        if (!values.isUndefined() && !values.isObject())
            return fail(tr("Column rule %1: \"values\" must be an object of {\"file value\": \"Baton value\"}.").arg(i + 1),
                Error::Kind::Invalid);
        const QJsonObject table = values.toObject();
        for (auto it = table.begin(); it != table.end(); ++it) {
            if (!it.value().isString() && !it.value().isNull())
                return fail(tr("Column rule %1: the translation of \"%2\" must be text.").arg(i + 1).arg(it.key()),
                    Error::Kind::Invalid);
            rule.values.insert(it.key(), it.value().toString());
        }
        const QString unknown = object.value(QStringLiteral("unknown")).toString();
        if (unknown.isEmpty())
            rule.unknown = UnknownValue::Default;
        else if (unknown == QStringLiteral("keep"))
            rule.unknown = UnknownValue::Keep;
        else if (unknown == QStringLiteral("keep_aside"))
            rule.unknown = UnknownValue::KeepAside;
        else if (unknown == QStringLiteral("blank"))
            rule.unknown = UnknownValue::Blank;
        else if (unknown == QStringLiteral("create"))
            rule.unknown = UnknownValue::Create;
        else
            return fail(tr("Column rule %1: \"unknown\" must be keep, keep_aside, blank or create, not \"%2\".")
                            .arg(i + 1)
                            .arg(unknown),
                Error::Kind::Invalid);
        if (rule.unknown == UnknownValue::Create && !info->canCreate)
            return fail(tr("Column rule %1: Baton cannot create a new %2 from an import; use keep_aside, blank or a "
                           "translation to an existing value.")
                            .arg(i + 1)
                            .arg(rule.field),
                Error::Kind::Invalid);
        if (rule.unknown == UnknownValue::Keep && info->kind == ImportValueKind::Reference)
            return fail(tr("Column rule %1: %2 values must be ones the workspace knows; use keep_aside, blank or create.")
                            .arg(i + 1)
                            .arg(rule.field),
                Error::Kind::Invalid);
        rule.scale = object.value(QStringLiteral("scale")).toDouble(1.0);
        if (!std::isfinite(rule.scale) || rule.scale == 0)
            return fail(tr("Column rule %1: \"scale\" must be a non-zero number.").arg(i + 1), Error::Kind::Invalid);
        mapping.rules << rule;
    }
    if (mapping.rules.isEmpty())
        return fail(tr("The mapping maps no columns."), Error::Kind::Invalid);
    if (!mapping.key.isEmpty() && !mapping.mapsField(mapping.key))
        return fail(tr("The mapping is keyed by %1 but no column feeds it.").arg(mapping.key), Error::Kind::Invalid);
    return mapping;
}

QByteArray MappingDefinition::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), FormatVersion);
    if (!name.isEmpty())
        root.insert(QStringLiteral("name"), name);
    if (!description.isEmpty())
        root.insert(QStringLiteral("description"), description);
    root.insert(QStringLiteral("entity"), ImportFields::entityName(entity));
    if (!recognize.isEmpty())
        root.insert(QStringLiteral("recognize"), QJsonArray::fromStringList(recognize));
    if (delimiter != 0)
        root.insert(QStringLiteral("delimiter"), delimiter == '\t' ? QStringLiteral("tab") : QString(QLatin1Char(delimiter)));
    if (decimal != '.')
        root.insert(QStringLiteral("decimal"), QString(QLatin1Char(decimal)));
    if (!timeZone.isEmpty())
        root.insert(QStringLiteral("time_zone"), timeZone);
    if (!key.isEmpty())
        root.insert(QStringLiteral("key"), key);
    root.insert(QStringLiteral("mode"), modeName(mode));
    if (duplicatesKeptAside)
        root.insert(QStringLiteral("duplicates"), QStringLiteral("keep_aside"));
    if (newOwnerRole != QStringLiteral("SDR") || !newOwnerTeam.isEmpty()) {
        QJsonObject owners { { "role", newOwnerRole } };
        if (!newOwnerTeam.isEmpty())
            owners.insert(QStringLiteral("team"), newOwnerTeam);
        root.insert(QStringLiteral("new_owners"), owners);
    }
    QJsonArray columns;
    for (const ColumnRule &rule : rules) {
        QJsonObject object;
        if (rule.columns.size() == 1)
            object.insert(QStringLiteral("column"), rule.columns.first());
        else if (rule.columns.size() > 1)
            object.insert(QStringLiteral("column"), QJsonArray::fromStringList(rule.columns));
        object.insert(QStringLiteral("field"), rule.field);
        if (rule.columns.isEmpty())
            object.insert(QStringLiteral("value"), rule.constant);
        if (rule.required)
            object.insert(QStringLiteral("required"), true);
        if (rule.append)
            object.insert(QStringLiteral("append"), true);
        if (rule.dateFormat != DateFormat::Auto)
            object.insert(QStringLiteral("date_format"), DateParser::formatName(rule.dateFormat));
        if (!rule.values.isEmpty()) {
            QJsonObject table;
            for (auto it = rule.values.begin(); it != rule.values.end(); ++it)
                table.insert(it.key(), it.value());
            object.insert(QStringLiteral("values"), table);
        }
        if (rule.unknown != UnknownValue::Default)
            object.insert(QStringLiteral("unknown"), unknownName(rule.unknown));
        if (rule.scale != 1.0)
            object.insert(QStringLiteral("scale"), rule.scale);
        columns.append(object);
    }
    root.insert(QStringLiteral("columns"), columns);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QStringList MappingDefinition::columnNames() const
{
    QStringList names;
    for (const ColumnRule &rule : rules)
        for (const QString &column : rule.columns)
            if (!names.contains(column, Qt::CaseInsensitive))
                names << column;
    return names;
}

QStringList MappingDefinition::recognitionColumns() const
{
    if (!recognize.isEmpty())
        return recognize;
    QStringList names;
    for (const ColumnRule &rule : rules)
        if (!rule.columns.isEmpty() && !names.contains(rule.columns.first(), Qt::CaseInsensitive))
            names << rule.columns.first();
    return names;
}

bool MappingDefinition::mapsField(const QString &field) const
{
    for (const ColumnRule &rule : rules)
        if (rule.field == field)
            return true;
    return false;
}

} // namespace baton
