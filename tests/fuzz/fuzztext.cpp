// Fuzz targets for text that users type or that workspaces store: ISO week labels, routing conditions
// as JSON, the JSON list helpers, workspace settings, time zone ids read from a workspace, CSV fields.
// Besides "no crash", each checks a property that must hold for every input (a round trip, idempotence,
// the formula-injection guard).

#include "fuzztargets.h"

#include "core/csv.h"
#include "core/isoweek.h"
#include "core/json.h"
#include "core/workspacesettings.h"
#include "route/routingrules.h"

#include <QTimeZone>

namespace baton::fuzz {

namespace {

QString textOf(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

void checkIsoWeek(const QString &text, const QByteArray &input)
{
    auto parsed = IsoWeek::parse(text);
    if (!parsed)
        return;
    if (!parsed->isValid())
        violated("IsoWeek::parse accepted an invalid week", input);
    if (IsoWeek::fromDate(parsed->monday()) != *parsed || IsoWeek::fromDate(parsed->sunday()) != *parsed)
        violated("a parsed week's Monday and Sunday lie in that week", input);
    auto again = IsoWeek::parse(parsed->label());
    if (!again || *again != *parsed)
        violated("IsoWeek::parse(label()) gives the week back", input);
    if (IsoWeek::fromCode(parsed->code()) != *parsed || parsed->next().previous() != *parsed)
        violated("week codes and next/previous round-trip", input);
}

void checkRuleConditions(const QString &text, const QByteArray &input)
{
    const RuleConditions conditions = RuleConditions::fromJson(text);
    if (RuleConditions::fromJson(conditions.toJson()) != conditions)
        violated("RuleConditions::fromJson(toJson()) gives the conditions back", input);
}

void checkJsonHelpers(const QString &text, const QByteArray &input)
{
    const QStringList strings = json::toStrings(text);
    if (json::toStrings(json::fromStrings(strings)) != strings)
        violated("json::toStrings(fromStrings()) round-trips", input);
    const QJsonObject object = json::toObject(text);
    if (json::toObject(json::fromObject(object)) != object)
        violated("json::toObject(fromObject()) round-trips", input);
    const QList<qint64> ids = json::toIds(QJsonDocument::fromJson(text.toUtf8()).array());
    if (json::toIds(QJsonDocument::fromJson(json::fromIds(ids).toUtf8()).array()) != ids)
        violated("json::toIds(fromIds()) round-trips", input);
}

void checkSettings(const QString &text, const QByteArray &input)
{
    for (const QString &key : WorkspaceSettings::keys()) {
        auto normalized = WorkspaceSettings::normalize(key, text);
        if (!normalized)
            continue;
        auto again = WorkspaceSettings::normalize(key, *normalized);
        if (!again || *again != *normalized)
            violated("WorkspaceSettings::normalize is idempotent", input);
        if (key == WorkspaceSettings::TimeZone && !QTimeZone(normalized->toUtf8()).isValid())
            violated("an accepted time zone is valid", input);
    }
}

void checkStoredTimeZone(const QString &text)
{
    // What HandoffRepository::reportingZone and SlaClock do with a zone id read from a workspace file.
    const QTimeZone zone(text.toUtf8());
    LocalDays days(zone);
    for (qint64 at : { qint64(0), qint64(1795000000), qint64(-62135596800), qint64(253402300799) })
        (void)days.weekCodeOf(at);
    (void)days.startOf(QDate(2026, 3, 29));
}

void checkCsvField(const QString &text, const QByteArray &input)
{
    const QString field = csvField(text);
    // Unquote as a spreadsheet would read one RFC 4180 field.
    QString cell = field;
    if (cell.startsWith(u'"')) {
        if (cell.size() < 2 || !cell.endsWith(u'"'))
            violated("a quoted CSV field ends with a quote", input);
        cell = cell.mid(1, cell.size() - 2);
        if (cell.replace(QStringLiteral("\"\""), QString()).contains(u'"'))
            violated("quotes inside a quoted CSV field are doubled", input);
        cell = field.mid(1, field.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    } else if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r')) {
        violated("a CSV field with a separator, quote or line break is quoted", input);
    }
    if (!cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.at(0)))
        violated("no CSV cell starts with a formula character", input);
    const QString expected = !text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.at(0)) ? u'\'' + text : text;
    if (cell != expected)
        violated("a CSV cell reads back as the value (with an apostrophe before a formula character)", input);
}

} // namespace

int fuzzIsoWeek(const uint8_t *data, size_t size)
{
    checkIsoWeek(textOf(data, size), QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}

int fuzzConfigurationText(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = textOf(data + 1, size - 1);
    switch (data[0] % 6) {
    case 0:
        checkRuleConditions(text, input);
        break;
    case 1:
        checkJsonHelpers(text, input);
        break;
    case 2:
        checkSettings(text, input);
        break;
    case 3:
        checkStoredTimeZone(text);
        break;
    case 4:
        checkCsvField(text, input);
        break;
    default:
        checkIsoWeek(text, input);
        break;
    }
    return 0;
}

} // namespace baton::fuzz
