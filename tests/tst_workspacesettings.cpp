// Workspace settings a user changes (WorkspaceSettings): validation of every key, the audit entry, and
// the rewrite of every handoff's ISO week when the reporting time zone changes, in one transaction with
// the setting (a failure part way leaves both as they were).

#include "core/sql.h"
#include "core/workspace.h"
#include "core/workspacesettings.h"
#include "data/handoff.h"
#include "testsupport.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace baton;
using namespace baton::test;

namespace {

qint64 utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toSecsSinceEpoch();
}

// The ISO week code of an instant in a zone, computed with QDateTime alone (not LocalDays).
int weekIn(qint64 at, const QByteArray &zone)
{
    const QDate day = QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toTimeZone(QTimeZone(zone)).date();
    int year = 0;
    const int week = day.weekNumber(&year);
    return year * 100 + week;
}

} // namespace

class TestWorkspaceSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // A workspace in UTC with handoffs at instants whose week depends on the zone (hand-worked below).
    std::unique_ptr<Workspace> makeWorkspace(const QList<qint64> &instants)
    {
        auto created = Workspace::create(m_dir.filePath(QStringLiteral("ws-%1.baton").arg(++m_files)));
        if (!created)
            qFatal("%s", qPrintable(created.errorMessage()));
        std::unique_ptr<Workspace> workspace = std::move(created.value());
        if (!workspace->setSetting(WorkspaceSettings::TimeZone, QStringLiteral("UTC")).ok())
            qFatal("setting the zone failed");
        auto written = workspace->transaction([&]() -> Result<void> {
            HandoffWriter writer(*workspace);
            for (qint64 at : instants) {
                Handoff h;
                h.handedOffAt = at;
                BATON_TRY(writer.insert(h));
            }
            return {};
        });
        if (!written)
            qFatal("%s", qPrintable(written.errorMessage()));
        return workspace;
    }

    static QList<int> storedWeeks(Workspace &workspace)
    {
        RawDatabase raw(workspace.path());
        QList<int> weeks;
        for (const QVariantList &row : raw.rows(QStringLiteral("SELECT week FROM handoff ORDER BY id")))
            weeks << row.at(0).toInt();
        return weeks;
    }

    // 2026-W47 runs from Monday 16 to Sunday 22 November 2026.
    const QList<qint64> m_instants {
        utc("2026-11-22T23:30:00Z"), // UTC: Sunday, W47. Berlin (+1): Monday 00:30, W48. New York (-5): W47.
        utc("2026-11-23T03:00:00Z"), // UTC: Monday, W48. Berlin: W48. New York: Sunday 22:00, W47.
        utc("2026-11-18T12:00:00Z"), // Wednesday noon: W47 everywhere.
    };

private slots:
    void normalizesValidValues_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("stored");
        QTest::newRow("name trimmed") << "name" << "  Northwind RevOps " << "Northwind RevOps";
        QTest::newRow("IANA zone") << "time_zone" << "Europe/Berlin" << "Europe/Berlin";
        QTest::newRow("UTC") << "time_zone" << "UTC" << "UTC";
        QTest::newRow("currency upper-cased") << "currency" << "eur" << "EUR";
        QTest::newRow("instant in UTC") << "as_of" << "2026-11-22T23:59:59Z" << "2026-11-22T23:59:59Z";
        QTest::newRow("instant with offset") << "as_of" << "2026-11-22T23:59:59+01:00" << "2026-11-22T22:59:59Z";
        QTest::newRow("instant without seconds") << "as_of" << "2026-11-22T08:00-05:00" << "2026-11-22T13:00:00Z";
        QTest::newRow("as_of cleared") << "as_of" << "" << "";
    }

    void normalizesValidValues()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, stored);
        auto normalized = WorkspaceSettings::normalize(key, value);
        QVERIFY2(normalized.ok(), qPrintable(normalized.errorMessage()));
        QCOMPARE(*normalized, stored);
    }

    void refusesInvalidValues_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("unknown key") << "colour" << "blue";
        QTest::newRow("sla_fingerprint is not the user's") << "sla_fingerprint" << "x";
        QTest::newRow("empty name") << "name" << "   ";
        QTest::newRow("name with a line break") << "name" << "a\nb";
        QTest::newRow("name too long") << "name" << QString(201, u'x');
        QTest::newRow("no such zone") << "time_zone" << "Mars/Olympus_Mons";
        QTest::newRow("offset, not a zone") << "time_zone" << "UTC+05:30";
        QTest::newRow("path in a zone") << "time_zone" << "../../etc/passwd";
        QTest::newRow("empty zone") << "time_zone" << "";
        QTest::newRow("currency word") << "currency" << "dollars";
        QTest::newRow("currency digits") << "currency" << "US1";
        QTest::newRow("currency that upper-cases to letters") << "currency" << QString::fromUtf8("\xc3\x9f" "a"); // ß -> SS
        QTest::newRow("wall time without offset") << "as_of" << "2026-11-22T23:59:59";
        QTest::newRow("date only") << "as_of" << "2026-11-22";
        QTest::newRow("not a date") << "as_of" << "yesterday";
        QTest::newRow("impossible date") << "as_of" << "2026-02-30T00:00:00Z";
    }

    void refusesInvalidValues()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        auto normalized = WorkspaceSettings::normalize(key, value);
        QVERIFY(!normalized.ok());
        QCOMPARE(normalized.error().kind, Error::Kind::Invalid);
        // set() refuses it too, and the workspace is unchanged.
        auto workspace = makeWorkspace({});
        RawDatabase raw(workspace->path());
        const QByteArray settings = raw.tableDigest(QStringLiteral("audit_log"));
        QVERIFY(!WorkspaceSettings::set(*workspace, key, value).ok());
        QCOMPARE(raw.tableDigest(QStringLiteral("audit_log")), settings);
    }

    void handWorkedWeeksInEachZone()
    {
        // The independent computation agrees with the hand-worked comments above.
        QCOMPARE(weekIn(m_instants.at(0), "UTC"), 202647);
        QCOMPARE(weekIn(m_instants.at(0), "Europe/Berlin"), 202648);
        QCOMPARE(weekIn(m_instants.at(1), "America/New_York"), 202647);
        QCOMPARE(weekIn(m_instants.at(1), "UTC"), 202648);
        QCOMPARE(weekIn(m_instants.at(2), "Asia/Tokyo"), 202647);
    }

    void changingTheZoneRewritesEveryWeek()
    {
        auto workspace = makeWorkspace(m_instants);
        QCOMPARE(storedWeeks(*workspace), (QList<int> { 202647, 202648, 202647 }));

        auto berlin = WorkspaceSettings::set(*workspace, WorkspaceSettings::TimeZone, QStringLiteral("Europe/Berlin"));
        QVERIFY2(berlin.ok(), qPrintable(berlin.errorMessage()));
        QCOMPARE(berlin->oldValue, QStringLiteral("UTC"));
        QCOMPARE(berlin->handoffs, 3);
        QCOMPARE(berlin->weeksChanged, 1);
        QCOMPARE(storedWeeks(*workspace), (QList<int> { 202648, 202648, 202647 }));

        auto newYork = WorkspaceSettings::set(*workspace, WorkspaceSettings::TimeZone, QStringLiteral("America/New_York"));
        QVERIFY(newYork.ok());
        QCOMPARE(newYork->weeksChanged, 2);
        QList<int> expected;
        for (qint64 at : m_instants)
            expected << weekIn(at, "America/New_York");
        QCOMPARE(storedWeeks(*workspace), expected);
        QCOMPARE(HandoffRepository(*workspace).reportingZone().id(), QByteArray("America/New_York"));

        // Audited like every configuration change: one entry per change, with the old and new value.
        RawDatabase raw(workspace->path());
        const auto audit = raw.rows(QStringLiteral("SELECT old_value, new_value FROM audit_log "
                                                   "WHERE entity = 'workspace_setting' AND field = 'time_zone' ORDER BY id"));
        QCOMPARE(audit.size(), 3); // UTC when made, then Berlin, then New York
        QCOMPARE(audit.at(1).at(0).toString(), QStringLiteral("UTC"));
        QCOMPARE(audit.at(1).at(1).toString(), QStringLiteral("Europe/Berlin"));
        QCOMPARE(audit.at(2).at(1).toString(), QStringLiteral("America/New_York"));
    }

    void theRawSettingAloneLeavesWeeksStale()
    {
        // Why the rewrite exists: writing the setting alone (as Baton did before) leaves weeks of the old zone.
        auto workspace = makeWorkspace(m_instants);
        QVERIFY(workspace->setSetting(WorkspaceSettings::TimeZone, QStringLiteral("Europe/Berlin")).ok());
        QVERIFY(storedWeeks(*workspace).first() != weekIn(m_instants.first(), "Europe/Berlin"));
        // recomputeWeeks repairs such a workspace.
        auto repaired = WorkspaceSettings::recomputeWeeks(*workspace, QTimeZone("Europe/Berlin"));
        QVERIFY(repaired.ok());
        QCOMPARE(repaired->second, 1);
        QCOMPARE(storedWeeks(*workspace).first(), weekIn(m_instants.first(), "Europe/Berlin"));
    }

    void sameValueChangesNothing()
    {
        auto workspace = makeWorkspace(m_instants);
        RawDatabase raw(workspace->path());
        const QByteArray audit = raw.tableDigest(QStringLiteral("audit_log"));
        auto again = WorkspaceSettings::set(*workspace, WorkspaceSettings::TimeZone, QStringLiteral("UTC"));
        QVERIFY(again.ok());
        QCOMPARE(again->oldValue, again->newValue);
        QCOMPARE(again->weeksChanged, 0);
        QCOMPARE(raw.tableDigest(QStringLiteral("audit_log")), audit);
    }

    void aFailedRewriteLeavesTheSettingAsItWas()
    {
        auto workspace = makeWorkspace(m_instants);
        // A trigger makes the second week rewrite fail part way.
        QVERIFY(execSql(workspace->db(),
            QStringLiteral("CREATE TRIGGER refuse AFTER UPDATE OF week ON handoff WHEN new.id = 2 "
                           "BEGIN SELECT RAISE(ABORT, 'refused'); END"))
                    .ok());
        RawDatabase raw(workspace->path());
        const QByteArray handoffs = raw.tableDigest(QStringLiteral("handoff"));
        const QByteArray audit = raw.tableDigest(QStringLiteral("audit_log"));
        auto changed = WorkspaceSettings::set(*workspace, WorkspaceSettings::TimeZone, QStringLiteral("America/New_York"));
        QVERIFY(!changed.ok());
        QCOMPARE(workspace->setting(WorkspaceSettings::TimeZone), QStringLiteral("UTC"));
        QCOMPARE(raw.tableDigest(QStringLiteral("handoff")), handoffs);
        QCOMPARE(raw.tableDigest(QStringLiteral("audit_log")), audit);
        QVERIFY(!workspace->inTransaction());
    }

    void otherKeysAreStoredNormalised()
    {
        auto workspace = makeWorkspace({});
        auto asOf = WorkspaceSettings::set(*workspace, WorkspaceSettings::AsOf, QStringLiteral("2026-11-22T18:59:59-05:00"));
        QVERIFY(asOf.ok());
        QCOMPARE(workspace->setting(WorkspaceSettings::AsOf), QStringLiteral("2026-11-22T23:59:59Z"));
        QCOMPARE(workspace->asOf(), utc("2026-11-22T23:59:59Z"));
        QVERIFY(WorkspaceSettings::set(*workspace, WorkspaceSettings::Currency, QStringLiteral("chf")).ok());
        QCOMPARE(workspace->setting(WorkspaceSettings::Currency), QStringLiteral("CHF"));
        QVERIFY(WorkspaceSettings::set(*workspace, WorkspaceSettings::Name, QStringLiteral(" Acme ")).ok());
        QCOMPARE(workspace->displayName(), QStringLiteral("Acme"));
    }

    void readOnlyWorkspacesRefuse()
    {
        const QString file = makeWorkspace({})->path();
        auto reading = Workspace::open(file, Workspace::Access::ReadOnly);
        QVERIFY(reading.ok());
        auto changed = WorkspaceSettings::set(**reading, WorkspaceSettings::Name, QStringLiteral("x"));
        QVERIFY(!changed.ok());
        QCOMPARE(changed.error().kind, Error::Kind::ReadOnly);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceSettings)
#include "tst_workspacesettings.moc"
