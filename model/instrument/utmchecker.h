#pragma once

// Checks campaign and UTM values against the workspace's conventions (utm_convention): per field an
// optional list of allowed values, a casing and a pattern the whole value must match. Empty values are not
// judged here (whether a field must be present is a stage requirement). Verdicts are cached per distinct
// value, since campaigns repeat across many handoffs.

#include "instrument/datastandard.h"

#include <QHash>
#include <QRegularExpression>

#include <optional>

namespace baton {

class UtmChecker final
{
public:
    explicit UtmChecker(const QList<UtmConvention> &conventions = {});

    // The fields that have a convention: among source, campaign, utm_source, utm_medium, utm_campaign.
    QStringList fields() const;
    // Why `value` breaks the convention of `field` (a sentence naming the rule), or nullopt when it does not.
    // Checked in this order: casing, allowed values, pattern; the first broken rule is reported.
    std::optional<QString> check(const QString &field, const QString &value) const;
    // A one-line statement of a field's convention ("lower case; one of cpc, email, …").
    QString describe(const QString &field) const;

private:
    struct Convention
    {
        UtmConvention rule;
        QRegularExpression pattern;
        QSet<QString> allowed; // exact values; folded when casing is 'any'
        mutable QHash<QString, std::optional<QString>> verdicts;
    };
    QList<Convention> m_conventions;
};

} // namespace baton
