#include "utmchecker.h"

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
        if (rule.casing == QLatin1String("lower") && value != value.toLower())
            verdict = tr("%1 must be lower case").arg(field);
        else if (rule.casing == QLatin1String("upper") && value != value.toUpper())
            verdict = tr("%1 must be upper case").arg(field);
        else if (!convention.allowed.isEmpty()
            && !convention.allowed.contains(rule.casing == QLatin1String("any") ? value.trimmed().toCaseFolded() : value.trimmed()))
            verdict = tr("%1 must be one of %2").arg(field, rule.allowedValues.join(QStringLiteral(", ")));
        else if (convention.pattern.isValid() && !convention.pattern.pattern().isEmpty()
            && !convention.pattern.match(value).hasMatch())
            verdict = tr("%1 must match %2").arg(field, rule.pattern.trimmed());
        if (convention.verdicts.size() < MaxCachedValues)
            convention.verdicts.insert(value, verdict);
        return verdict;
    }
    return std::nullopt;
}

} // namespace baton
