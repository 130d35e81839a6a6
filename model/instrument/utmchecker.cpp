#include "utmchecker.h"

#include "core/sql.h"
#include "core/workspace.h"
#include "handofffields.h"

#include <QCoreApplication>

namespace baton {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("baton::UtmChecker", text);
}

// Beyond this many distinct values per field the cache stops growing (free-text campaigns).
constexpr qsizetype MaxCachedValues = 100000;

} // namespace

UtmChecker::UtmChecker(const QList<UtmConvention> &conventions)
{
    for (const UtmConvention &rule : conventions) {
        Convention convention;
        convention.rule = rule;
        if (!rule.pattern.trimmed().isEmpty())
            convention.pattern = QRegularExpression(QRegularExpression::anchoredPattern(rule.pattern.trimmed()));
        for (const QString &value : rule.allowedValues)
            convention.allowed.insert(rule.casing == QLatin1String("any") ? value.trimmed().toCaseFolded() : value.trimmed());
        m_conventions << convention;
    }
}

QStringList UtmChecker::fields() const
{
    QStringList result;
    for (const Convention &convention : m_conventions)
        result << convention.rule.field;
    return result;
}

QString UtmChecker::describe(const QString &field) const
{
    for (const Convention &convention : m_conventions) {
        if (convention.rule.field != field)
            continue;
        QStringList parts;
        if (convention.rule.casing == QLatin1String("lower"))
            parts << tr("lower case");
        else if (convention.rule.casing == QLatin1String("upper"))
            parts << tr("upper case");
        if (!convention.rule.allowedValues.isEmpty())
            parts << tr("one of %1").arg(convention.rule.allowedValues.join(QStringLiteral(", ")));
        if (!convention.rule.pattern.trimmed().isEmpty())
            parts << tr("matches %1").arg(convention.rule.pattern.trimmed());
        return parts.isEmpty() ? tr("any value") : parts.join(QStringLiteral("; "));
    }
    return tr("no convention");
}

std::optional<QString> UtmChecker::check(const QString &field, const QString &value) const
{
    if (value.isEmpty())
        return std::nullopt;
    for (const Convention &convention : m_conventions) {
        if (convention.rule.field != field)
            continue;
        const auto cached = convention.verdicts.constFind(value);
        if (cached != convention.verdicts.constEnd())
            return *cached;
        std::optional<QString> verdict;
        const UtmConvention &rule = convention.rule;
        const QString name = HandoffFields::label(field); // "UTM campaign", not the column
        if (rule.casing == QLatin1String("lower") && value != value.toLower())
            verdict = tr("%1 must be lower case").arg(name);
        else if (rule.casing == QLatin1String("upper") && value != value.toUpper())
            verdict = tr("%1 must be upper case").arg(name);
        else if (!convention.allowed.isEmpty()
            && !convention.allowed.contains(rule.casing == QLatin1String("any") ? value.trimmed().toCaseFolded() : value.trimmed()))
            verdict = tr("%1 must be one of %2").arg(name, rule.allowedValues.join(QStringLiteral(", ")));
        else if (convention.pattern.isValid() && !convention.pattern.pattern().isEmpty()
            && !convention.pattern.match(value).hasMatch())
            verdict = tr("%1 must match %2").arg(name, rule.pattern.trimmed());
        if (convention.verdicts.size() < MaxCachedValues)
            convention.verdicts.insert(value, verdict);
        return verdict;
    }
    return std::nullopt;
}

Result<QList<std::pair<QString, qint64>>> UtmChecker::valuesInUse(Workspace &workspace, const QString &field, int limit)
{
    // The column name is spliced into the statement, so only the convention fields are accepted.
    static const QStringList columns = { QStringLiteral("source"), QStringLiteral("campaign"), QStringLiteral("utm_source"),
        QStringLiteral("utm_medium"), QStringLiteral("utm_campaign") };
    if (!columns.contains(field))
        return fail(tr("%1 is not a campaign or UTM field.").arg(field), Error::Kind::Invalid);
    auto query = execSql(workspace.db(),
        QStringLiteral("SELECT %1, count(*) FROM handoff WHERE %1 IS NOT NULL AND %1 <> '' GROUP BY %1 "
                       "ORDER BY count(*) DESC, %1 LIMIT ?")
            .arg(field),
        { limit });
    if (!query)
        return query.error();
    QList<std::pair<QString, qint64>> values;
    while (query->next())
        values.append({ query->value(0).toString(), query->value(1).toLongLong() });
    return values;
}

} // namespace baton
