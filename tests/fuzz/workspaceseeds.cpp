#include "workspaceseeds.h"

#include "core/migrations.h"
#include "core/workspace.h"
#include "demo/defaultconfiguration.h"
#include "demo/demogenerator.h"

#include <QDir>
#include <QFile>
#include <QtEndian>

#include <sqlite3.h>

namespace baton::fuzz {

namespace {

Error sqliteFailure(sqlite3 *db, const char *what)
{
    return fail(QStringLiteral("%1: %2").arg(QString::fromLatin1(what), QString::fromUtf8(sqlite3_errmsg(db))));
}

// Runs SQL on a database file directly (CHECK constraints off, so that values Baton never writes get in).
Result<void> runSql(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        Error error = sqliteFailure(db, "open");
        sqlite3_close(db);
        return error;
    }
    char *message = nullptr;
    const int rc = sqlite3_exec(db, ("PRAGMA ignore_check_constraints = ON;" + sql).constData(), nullptr, nullptr, &message);
    const QString text = QString::fromUtf8(message ? message : "");
    sqlite3_free(message);
    sqlite3_close(db);
    if (rc != SQLITE_OK)
        return fail(QStringLiteral("seed SQL failed: %1").arg(text));
    return {};
}

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1").arg(path));
    return file.readAll();
}

// One file with 512-byte pages and a rollback journal, so the seed is small and complete without a -wal file;
// the header is then set back to WAL, as every workspace Baton writes has it.
Result<QByteArray> shrink(const QString &path)
{
    BATON_TRY(runSql(path, "PRAGMA journal_mode = DELETE; PRAGMA page_size = 512; VACUUM;"));
    auto bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    (*bytes)[18] = 2;
    (*bytes)[19] = 2;
    return bytes;
}

// A copy of `bytes` with SQL applied to it.
Result<QByteArray> edited(const QString &scratch, const QByteArray &bytes, const QByteArray &sql)
{
    const QString path = QDir(scratch).filePath(QStringLiteral("edit.baton"));
    QFile::remove(path);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write %1").arg(path));
        QByteArray rollbackJournal = bytes;
        rollbackJournal[18] = 1;
        rollbackJournal[19] = 1;
        file.write(rollbackJournal);
    }
    BATON_TRY(runSql(path, sql));
    auto result = readFile(path);
    if (result) {
        (*result)[18] = 2;
        (*result)[19] = 2;
    }
    QFile::remove(path);
    return result;
}

QByteArray patched(QByteArray bytes, int offset, quint32 value, int width = 4)
{
    if (width == 4)
        qToBigEndian<quint32>(value, bytes.data() + offset);
    else
        qToBigEndian<quint16>(quint16(value), bytes.data() + offset);
    return bytes;
}

QByteArray zeroed(QByteArray bytes, qsizetype from, qsizetype length)
{
    for (qsizetype i = from; i < std::min(bytes.size(), from + length); ++i)
        bytes[i] = 0;
    return bytes;
}

} // namespace

Result<QList<WorkspaceSeed>> makeWorkspaceSeeds(const QString &scratch)
{
    using Expect = WorkspaceSeed::Expect;
    const QDir dir(scratch);
    QList<WorkspaceSeed> seeds;

    // Real workspaces.
    const QString fresh = dir.filePath(QStringLiteral("fresh.baton"));
    {
        auto workspace = Workspace::create(fresh);
        if (!workspace)
            return workspace.error();
        auto configured = applyDefaultConfiguration(**workspace, QStringLiteral("Seed"));
        if (!configured)
            return configured.error();
    }
    auto freshBytes = shrink(fresh);
    if (!freshBytes)
        return freshBytes.error();
    seeds.append({ QStringLiteral("new-default-configuration.baton"), QStringLiteral("a new workspace (baton new)"),
        *freshBytes, Expect::Opens });

    const QString demoPath = dir.filePath(QStringLiteral("demo.baton"));
    DemoOptions options;
    options.seed = 7;
    options.weeks = 2;
    options.handoffs = 40;
    if (auto demo = createDemoWorkspace(demoPath, options); !demo)
        return demo.error();
    auto demoBytes = shrink(demoPath);
    if (!demoBytes)
        return demoBytes.error();
    const QByteArray demo = *demoBytes;
    seeds.append({ QStringLiteral("demo-small.baton"), QStringLiteral("a demo workspace with 40 handoffs"), demo, Expect::Opens });

    const QString old = dir.filePath(QStringLiteral("old.baton"));
    {
        auto workspace = Workspace::createAtVersion(old, 1);
        if (!workspace)
            return workspace.error();
    }
    auto oldBytes = shrink(old);
    if (!oldBytes)
        return oldBytes.error();
    seeds.append({ QStringLiteral("schema-version-1.baton"),
        QStringLiteral("an older schema: read-only leaves it, read-write migrates it after a backup"), *oldBytes, Expect::Opens });

    // Damaged files.
    const qsizetype pages = demo.size() / 512;
    seeds.append({ QStringLiteral("truncated-half.baton"), QStringLiteral("cut off half way"), demo.left(demo.size() / 2), Expect::Refused });
    seeds.append({ QStringLiteral("truncated-to-header.baton"), QStringLiteral("only the 100-byte header"), demo.left(100), Expect::Refused });
    seeds.append({ QStringLiteral("truncated-mid-page.baton"), QStringLiteral("cut off inside the last page"),
        demo.left(demo.size() - 300), Expect::Refused });
    seeds.append({ QStringLiteral("zeroed-schema-page.baton"), QStringLiteral("page 1 zeroed after the header"),
        zeroed(demo, 100, 412), Expect::Refused });
    seeds.append({ QStringLiteral("zeroed-page-2.baton"), QStringLiteral("page 2 zeroed"), zeroed(demo, 512, 512), Expect::Either });
    seeds.append({ QStringLiteral("zeroed-middle-page.baton"), QStringLiteral("a page in the middle zeroed (data)"),
        zeroed(demo, (pages / 2) * 512, 512), Expect::Either });
    seeds.append({ QStringLiteral("zeroed-last-pages.baton"), QStringLiteral("the last eight pages zeroed"),
        zeroed(demo, (pages - 8) * 512, 8 * 512), Expect::Either });
    seeds.append({ QStringLiteral("page-size-invalid.baton"), QStringLiteral("page size field 0xFFFF (not a power of two)"),
        patched(demo, 16, 0xFFFF, 2), Expect::Refused });
    seeds.append({ QStringLiteral("page-size-65536.baton"), QStringLiteral("page size field 1 (65536) on 512-byte pages"),
        patched(demo, 16, 1, 2), Expect::Refused });
    seeds.append({ QStringLiteral("page-size-zero.baton"), QStringLiteral("page size field 0"), patched(demo, 16, 0, 2), Expect::Refused });
    seeds.append({ QStringLiteral("reserved-bytes.baton"), QStringLiteral("255 reserved bytes per 512-byte page"),
        [&] { QByteArray b = demo; b[20] = char(255); return b; }(), Expect::Either });
    {
        // The change counter equals "version valid for", so SQLite and Baton trust the huge size field.
        QByteArray huge = patched(demo, 28, 0x7FFFFFFF);
        huge = patched(huge, 92, qFromBigEndian<quint32>(huge.constData() + 24));
        seeds.append({ QStringLiteral("database-size-huge.baton"), QStringLiteral("size field 2^31 - 1 pages"), huge, Expect::Refused });
    }
    seeds.append({ QStringLiteral("freelist-huge.baton"), QStringLiteral("freelist trunk page and count far beyond the file"),
        patched(patched(demo, 32, 0x7FFFFFF0), 36, 0x7FFFFFF0), Expect::Either });
    seeds.append({ QStringLiteral("wrong-application-id.baton"), QStringLiteral("application id XXXX, not BATN"),
        patched(demo, 68, 0x58585858), Expect::Refused });
    seeds.append({ QStringLiteral("newer-user-version.baton"), QStringLiteral("a schema version newer than this Baton knows"),
        patched(demo, 60, quint32(Migrations::latestVersion() + 1)), Expect::Refused });
    seeds.append({ QStringLiteral("negative-user-version.baton"), QStringLiteral("schema version -1"),
        patched(demo, 60, 0xFFFFFFFF), Expect::Refused });
    seeds.append({ QStringLiteral("empty.baton"), QStringLiteral("an empty file"), QByteArray(), Expect::Refused });
    seeds.append({ QStringLiteral("csv-text.baton"), QStringLiteral("a CSV file renamed"),
        QByteArray("lead_id,email,created_at\n1,a@example.com,2026-11-20T09:00:00Z\n"), Expect::Refused });
    seeds.append({ QStringLiteral("magic-only.baton"), QStringLiteral("the SQLite magic, then zeros"),
        QByteArray("SQLite format 3", 16) + QByteArray(84, '\0'), Expect::Refused });

    // Sound files with content Baton never writes: values the schema's CHECKs forbid, odd text, odd names.
    struct Edit
    {
        const char *name;
        const char *description;
        QByteArray sql;
    };
    const Edit edits[] = {
        { "foreign-database.baton", "another program's SQLite database (application id 0)",
            "PRAGMA application_id = 0;" },
        { "unchecked-calendar-hours.baton", "working hours on weekday 0, 9 and -1, backwards and past midnight",
            "UPDATE calendar_hours SET weekday = 9 WHERE id % 3 = 0;"
            "UPDATE calendar_hours SET weekday = 0, start_minute = 1439, end_minute = 60 WHERE id % 3 = 1;"
            "UPDATE calendar_hours SET weekday = -1, start_minute = -500, end_minute = 100000 WHERE id % 3 = 2;" },
        { "zero-length-hours.baton", "every working interval empty (start = end)",
            "UPDATE calendar_hours SET end_minute = start_minute;" },
        // (Targets of millions of minutes and instants centuries apart are left out: measuring them makes a
        // business clock tabulate every day up to the year 2300, which takes seconds; see README, Reliability.)
        { "unchecked-sla-policies.baton", "SLA targets 0, negative and the editor's maximum; an unknown calendar source",
            "UPDATE sla_policy SET target_minutes = 0 WHERE id % 3 = 0;"
            "UPDATE sla_policy SET target_minutes = -5, calendar_source = 'moon' WHERE id % 3 = 1;"
            "UPDATE sla_policy SET target_minutes = 100000, calendar_id = 999999 WHERE id % 3 = 2;"
            "UPDATE escalation_step SET threshold_percent = 0;" },
        { "extreme-instants.baton", "instants at the ends of 64-bit integers, touches before handoffs, odd weeks",
            "UPDATE handoff SET handed_off_at = 9223372036854775807, signal_type_id = NULL, assigned_at = NULL, "
            "first_touch_at = NULL WHERE id % 5 = 0;"
            "UPDATE handoff SET handed_off_at = -9223372036854775808, signal_type_id = NULL, assigned_at = NULL, "
            "first_touch_at = NULL WHERE id % 5 = 1;"
            "UPDATE handoff SET first_touch_at = handed_off_at - 86400, assigned_at = handed_off_at - 1 WHERE id % 5 = 2;"
            "UPDATE handoff SET week = 0, sla_due_at = -1 WHERE id % 5 = 3;"
            "UPDATE handoff SET week = 999999, created_at = 9223372036854775807, closed_at = -9223372036854775808 "
            "WHERE id % 5 = 4;"
            "UPDATE calendar_holiday SET day = 'not a date ' || id WHERE id % 2 = 0;" },
        { "text-in-number-columns.baton", "text where numbers belong",
            "UPDATE handoff SET handed_off_at = 'yesterday', signal_type_id = 'abc', owner_id = 'x' WHERE id % 2 = 0;"
            "UPDATE sla_policy SET target_minutes = 'soon';"
            "UPDATE calendar_hours SET weekday = 'Monday';" },
        { "odd-settings.baton", "a zone id that is a path, an as-of that is no instant, a very long name",
            "UPDATE workspace_setting SET value = '../../../../../dev/zero' WHERE key = 'time_zone';"
            "UPDATE workspace_setting SET value = '9999-99-99T99:99:99Z' WHERE key = 'as_of';"
            "INSERT OR REPLACE INTO workspace_setting(key, value) VALUES ('name', printf('%.100000c', 'x'));"
            "UPDATE business_calendar SET time_zone = 'Not/AZone' WHERE id % 2 = 0;"
            "UPDATE business_calendar SET time_zone = '' WHERE id % 2 = 1;" },
        { "odd-json.baton", "routing conditions and lists that are not the JSON Baton writes",
            "UPDATE routing_rule SET conditions = '{not json' WHERE id % 3 = 0;"
            "UPDATE routing_rule SET conditions = '[1,2,3]' WHERE id % 3 = 1;"
            "UPDATE routing_rule SET conditions = '{\"signal_type\":\"x\",\"account_owned\":\"maybe\",\"territory\":[1e308,-1]}' "
            "WHERE id % 3 = 2;"
            // A file can hold anything: its author dropped the guard that keeps signed terms unchanged first.
            "DROP TRIGGER IF EXISTS contract_term_frozen_update;"
            "UPDATE contract_term SET required_context = '{\"a\":1}', required_attributes = 'null';" },
        { "quoted-table-names.baton", "extra tables whose names hold quotes, spaces and SQL",
            "CREATE TABLE \"x\"\"y\" (id INTEGER PRIMARY KEY);"
            "CREATE TABLE \"a b\" (id INTEGER PRIMARY KEY);"
            "CREATE TABLE \"\"\"; DROP TABLE handoff; --\" (id INTEGER PRIMARY KEY);"
            "INSERT INTO \"x\"\"y\" VALUES (1);" },
        { "missing-tables.baton", "tables Baton reads dropped",
            "PRAGMA foreign_keys = OFF; DROP TABLE escalation_step; DROP TABLE sla_policy; DROP TABLE calendar_hours;" },
        { "dangling-references.baton", "handoffs pointing at owners, teams and signal types that do not exist",
            "PRAGMA foreign_keys = OFF; DELETE FROM owner; DELETE FROM team; DELETE FROM signal_type;" },
    };
    for (const Edit &edit : edits) {
        auto bytes = edited(scratch, demo, edit.sql);
        if (!bytes)
            return fail(QStringLiteral("%1: %2").arg(QString::fromLatin1(edit.name), bytes.errorMessage()));
        const Expect expect = qstrcmp(edit.name, "foreign-database.baton") == 0 ? Expect::Refused : Expect::Opens;
        seeds.append({ QString::fromLatin1(edit.name), QString::fromLatin1(edit.description), *bytes, expect });
    }
    return seeds;
}

} // namespace baton::fuzz
