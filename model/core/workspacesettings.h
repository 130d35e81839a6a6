#pragma once

// The workspace settings a user may change (name, reporting time zone, currency, as-of instant): their
// validation and the one way to change them. A change is audited like every configuration change, and
// whatever the workspace stores that derives from the setting is rewritten in the same transaction, so
// the file never holds a setting and data that disagree: changing the reporting time zone rewrites the
// ISO week (`handoff.week`) of every handoff, since a handoff belongs to the week in which it was handed
// off in that zone.

#include "result.h"

#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace baton {

class Workspace;

struct SettingChange
{
    QString key;
    QString oldValue;
    QString newValue;
    qint64 handoffs = 0; // handoffs looked at because of the change (time_zone)
    qint64 weeksChanged = 0; // of them, handoffs whose week was rewritten
};

class WorkspaceSettings final
{
public:
    static inline const QString Name = QStringLiteral("name");
    static inline const QString TimeZone = QStringLiteral("time_zone");
    static inline const QString Currency = QStringLiteral("currency");
    static inline const QString AsOf = QStringLiteral("as_of");

    // The keys `set` accepts, in the order help texts list them.
    static QStringList keys();
    // What a key means and which values it takes, for help texts.
    static QString describe(const QString &key);

    // Checks `value` for `key` and returns the form that is stored: a trimmed name; an IANA time zone id;
    // an upper-case ISO 4217 currency code; an instant with an explicit offset (or Z), stored in UTC as
    // 2026-11-22T23:59:59Z, or empty to clear as_of (then "now" is the current time).
    static Result<QString> normalize(const QString &key, const QString &value);

    // Sets `key` to `value` (normalised) in one transaction with the audit entry and the rewrite of what
    // derives from it. Setting a value equal to the current one changes nothing.
    static Result<SettingChange> set(Workspace &workspace, const QString &key, const QString &value);

    // Rewrites the week of every handoff whose stored week differs from the ISO week of its handoff instant
    // in `zone`. Runs in a transaction (a savepoint when called inside one); returns {looked at, changed}.
    static Result<std::pair<qint64, qint64>> recomputeWeeks(Workspace &workspace, const QTimeZone &zone);
};

} // namespace baton
