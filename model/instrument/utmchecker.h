#pragma once

// Checks campaign and UTM values against the workspace's conventions (utm_convention): per field an
// optional list of allowed values, a casing and a pattern the whole value must match. Empty values are not
// judged here (whether a field must be present is a stage requirement). Verdicts are cached per distinct
// value, since campaigns repeat across many handoffs.

#include "core/result.h"
#include "instrument/datastandard.h"

#include <QHash>
#include <QRegularExpression>

#include <optional>

namespace baton {

class Workspace;

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

    // The distinct non-empty values of `field` in the workspace's handoffs with how often each occurs,
    // most frequent first (at most `limit`). `field` is one of the convention fields.
    static Result<QList<std::pair<QString, qint64>>> valuesInUse(Workspace &workspace, const QString &field, int limit = 200);

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
