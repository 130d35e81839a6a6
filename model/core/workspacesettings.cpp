#include "workspacesettings.h"

#include "isoweek.h"
#include "sql.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

namespace baton {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("baton::WorkspaceSettings", text);
}

// IANA ids only: Qt also accepts ids such as "UTC+05:30" that are no zone a calendar or a person lives in.
bool isIanaZone(const QString &id)
{
    static const QSet<QByteArray> ids = [] {
        const QList<QByteArray> available = QTimeZone::availableTimeZoneIds();
        QSet<QByteArray> set(available.cbegin(), available.cend());
        set.insert(QByteArrayLiteral("UTC"));
        return set;
    }();
    const QByteArray bytes = id.toUtf8();
    return ids.contains(bytes) && !bytes.startsWith("UTC+") && !bytes.startsWith("UTC-") && QTimeZone(bytes).isValid();
}

} // namespace

QStringList WorkspaceSettings::keys()
{
    return { Name, TimeZone, Currency, AsOf };
}

QString WorkspaceSettings::describe(const QString &key)
{
    if (key == Name)
        return tr("the workspace's display name");
    if (key == TimeZone)
        return tr("the reporting time zone, an IANA id such as Europe/Berlin; handoffs are counted into the ISO week "
                  "in which they were handed off in this zone");
    if (key == Currency)
        return tr("the currency of amounts, an ISO 4217 code such as USD");
    if (key == AsOf)
        return tr("the instant open SLAs are judged at, ISO 8601 with an offset such as 2026-11-22T23:59:59Z; "
                  "empty: now");
    return {};
}

Result<QString> WorkspaceSettings::normalize(const QString &key, const QString &value)
{
    const QString trimmed = value.trimmed();
    if (key == Name) {
        static const QRegularExpression control(QStringLiteral("[\\x{0}-\\x{1f}\\x{7f}]"));
        if (trimmed.isEmpty())
            return fail(tr("The workspace name cannot be empty."), Error::Kind::Invalid);
        if (trimmed.size() > 200)
            return fail(tr("The workspace name is too long (at most 200 characters)."), Error::Kind::Invalid);
        if (trimmed.contains(control))
            return fail(tr("The workspace name cannot contain line breaks or control characters."), Error::Kind::Invalid);
        return trimmed;
    }
    if (key == TimeZone) {
        if (!isIanaZone(trimmed))
            return fail(tr("'%1' is not a time zone; use an IANA id such as Europe/Berlin, America/New_York or UTC.")
                            .arg(value),
                Error::Kind::Invalid);
        return trimmed;
    }
    if (key == Currency) {
        static const QRegularExpression code(QStringLiteral("^[A-Za-z]{3}$"));
        const QString upper = trimmed.toUpper();
        if (!code.match(trimmed).hasMatch())
            return fail(tr("'%1' is not a currency code; use three letters of ISO 4217 such as USD or EUR.").arg(value),
                Error::Kind::Invalid);
        return upper;
    }
    if (key == AsOf) {
        if (trimmed.isEmpty())
            return QString();
        // Date and time with seconds or minutes, then Z or an offset: an instant, not a wall time.
        static const QRegularExpression instant(
            QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:?\\d{2})$"));
        const QDateTime parsed = QDateTime::fromString(trimmed, Qt::ISODate);
        if (!instant.match(trimmed).hasMatch() || !parsed.isValid() || parsed.timeSpec() == Qt::LocalTime)
            return fail(tr("'%1' is not an instant; write it in ISO 8601 with Z or an offset, such as "
                           "2026-11-22T23:59:59Z.")
                            .arg(value),
                Error::Kind::Invalid);
        return parsed.toUTC().toString(Qt::ISODate);
    }
    return fail(tr("'%1' is not a workspace setting; the settings are %2.").arg(key, keys().join(QStringLiteral(", "))),
        Error::Kind::Invalid);
}

Result<SettingChange> WorkspaceSettings::set(Workspace &workspace, const QString &key, const QString &value)
{
    auto normalized = normalize(key, value);
    if (!normalized)
        return normalized.error();
    if (workspace.isReadOnly())
        return fail(tr("The workspace is open read-only, so its settings cannot be changed."), Error::Kind::ReadOnly);
    SettingChange change;
    change.key = key;
    change.newValue = *normalized;
    auto done = workspace.transaction([&]() -> Result<void> {
        // Read inside the write transaction, so the old value is the one this change replaces.
        change.oldValue = workspace.setting(key);
        if (change.oldValue == change.newValue)
            return {};
        BATON_TRY(workspace.setSetting(key, change.newValue));
        if (key == TimeZone) {
            auto weeks = recomputeWeeks(workspace, QTimeZone(change.newValue.toUtf8()));
            if (!weeks)
                return weeks.error();
            change.handoffs = weeks->first;
            change.weeksChanged = weeks->second;
        }
        return {};
    });
    if (!done)
        return done.error();
    return change;
}

Result<std::pair<qint64, qint64>> WorkspaceSettings::recomputeWeeks(Workspace &workspace, const QTimeZone &zone)
{
    std::pair<qint64, qint64> counts { 0, 0 };
    auto done = workspace.transaction([&]() -> Result<void> {
        LocalDays days(zone);
        PreparedStatement read(workspace.db(),
            QStringLiteral("SELECT id, handed_off_at, week FROM handoff WHERE id > ? ORDER BY id LIMIT ?"));
        PreparedStatement write(workspace.db(), QStringLiteral("UPDATE handoff SET week = ? WHERE id = ?"));
        BATON_TRY(read.prepare());
        BATON_TRY(write.prepare());
        // Read a chunk, then rewrite what changed in it: no statement reads the table while another writes it.
        constexpr int Chunk = 20000;
        qint64 lastId = 0;
        QList<std::pair<qint64, int>> changed;
        for (;;) {
            changed.clear();
            BATON_TRY(read.run({ lastId, Chunk }));
            int rows = 0;
            while (read.query().next()) {
                lastId = read.query().value(0).toLongLong();
                const int week = days.weekCodeOf(read.query().value(1).toLongLong());
                if (read.query().value(2).toLongLong() != week)
                    changed.append({ lastId, week });
                ++rows;
            }
            read.query().finish();
            for (const auto &[id, week] : std::as_const(changed))
                BATON_TRY(write.run({ week, id }));
            counts.first += rows;
            counts.second += changed.size();
            if (rows < Chunk)
                break;
        }
        return {};
    });
    if (!done)
        return done.error();
    return counts;
}

} // namespace baton
