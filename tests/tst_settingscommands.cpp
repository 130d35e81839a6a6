// `baton set`, run as a real process: the JSON it prints against the file read independently, the week
// rewrite after a time zone change, and the exit codes (2 and the file untouched for a wrong key or value).

#include "core/migrations.h"
#include "core/workspace.h"
#include "data/handoff.h"
#include "testsupport.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace baton;
using namespace baton::test;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run runBaton(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(BATON_EXECUTABLE), arguments);
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class TestSettingsCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

private slots:
    void initTestCase()
    {
        m_file = m_dir.filePath(QStringLiteral("set.baton"));
        auto workspace = Workspace::create(m_file);
        QVERIFY(workspace.ok());
        QVERIFY((*workspace)->setSetting(QStringLiteral("time_zone"), QStringLiteral("UTC")).ok());
        // Every hour of one week around a week boundary: 168 handoffs, from Thursday 2026-11-19 00:00 UTC.
        auto written = (*workspace)->transaction([&]() -> Result<void> {
            HandoffWriter writer(**workspace);
            const qint64 start = QDateTime(QDate(2026, 11, 19), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
            for (int hour = 0; hour < 168; ++hour) {
                Handoff h;
                h.handedOffAt = start + hour * 3600;
                BATON_TRY(writer.insert(h));
            }
            return {};
        });
        QVERIFY(written.ok());
    }

    void setsTheZoneAndRewritesWeeks()
    {
        const Run run = runBaton({ QStringLiteral("set"), m_file, QStringLiteral("time_zone"), QStringLiteral("Asia/Tokyo"),
            QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("key")).toString(), QStringLiteral("time_zone"));
        QCOMPARE(json.value(QStringLiteral("old_value")).toString(), QStringLiteral("UTC"));
        QCOMPARE(json.value(QStringLiteral("new_value")).toString(), QStringLiteral("Asia/Tokyo"));
        // Tokyo is 9 hours ahead: the handoffs from Sunday 15:00 to 23:00 UTC (9 of them) move to the next week.
        QCOMPARE(json.value(QStringLiteral("weeks_rewritten")).toInteger(), 9);
        RawDatabase raw(m_file);
        const QTimeZone tokyo("Asia/Tokyo");
        for (const QVariantList &row : raw.rows(QStringLiteral("SELECT handed_off_at, week FROM handoff"))) {
            int year = 0;
            const int week = QDateTime::fromSecsSinceEpoch(row.at(0).toLongLong(), tokyo).date().weekNumber(&year);
            QCOMPARE(row.at(1).toInt(), year * 100 + week);
        }
        QCOMPARE(raw.value(QStringLiteral("SELECT value FROM workspace_setting WHERE key = 'time_zone'")).toString(),
            QStringLiteral("Asia/Tokyo"));
        QCOMPARE(raw.value(QStringLiteral("SELECT new_value FROM audit_log WHERE field = 'time_zone' ORDER BY id DESC")).toString(),
            QStringLiteral("Asia/Tokyo"));
    }

    void setsTheOtherKeys()
    {
        Run run = runBaton({ QStringLiteral("set"), m_file, QStringLiteral("as_of"), QStringLiteral("2026-11-23T09:00:00+09:00") });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        RawDatabase raw(m_file);
        QCOMPARE(raw.value(QStringLiteral("SELECT value FROM workspace_setting WHERE key = 'as_of'")).toString(),
            QStringLiteral("2026-11-23T00:00:00Z"));
        run = runBaton({ QStringLiteral("set"), m_file, QStringLiteral("name"), QStringLiteral("Acme RevOps"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(QStringLiteral("new_value")).toString(), QStringLiteral("Acme RevOps"));
        QCOMPARE(run.json().value(QStringLiteral("changed")).toBool(), true);
        QCOMPARE(raw.value(QStringLiteral("SELECT value FROM workspace_setting WHERE key = 'name'")).toString(),
            QStringLiteral("Acme RevOps"));
    }

    void wrongKeysAndValuesAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown key") << QStringList { "colour", "blue" };
        QTest::newRow("bad zone") << QStringList { "time_zone", "Europe/Atlantis" };
        QTest::newRow("bad instant") << QStringList { "as_of", "2026-11-23 09:00" };
        QTest::newRow("bad currency") << QStringList { "currency", "euro" };
        QTest::newRow("missing value") << QStringList { "currency" };
    }

    void wrongKeysAndValuesAreUsageErrors()
    {
        QFETCH(QStringList, arguments);
        const QByteArray before = fileDigest(m_file);
        const Run run = runBaton(QStringList { QStringLiteral("set"), m_file } + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.startsWith("baton: "));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(fileDigest(m_file), before);
    }

    void aMissingWorkspaceFails()
    {
        const Run run = runBaton({ QStringLiteral("set"), m_dir.filePath(QStringLiteral("none.baton")),
            QStringLiteral("name"), QStringLiteral("x") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("does not exist"));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("none.baton"))));
    }

    void anUpgradeSaysWhereTheBackupIs()
    {
        const QString old = m_dir.filePath(QStringLiteral("old.baton"));
        QVERIFY(Workspace::createAtVersion(old, Migrations::latestVersion() - 1).ok());
        const Run run = runBaton({ QStringLiteral("set"), old, QStringLiteral("name"), QStringLiteral("Upgraded") });
        QCOMPARE(run.exitCode, 0);
        // "baton: upgraded FILE to schema version N; the previous version was saved as BACKUP"
        const QString message = QString::fromUtf8(run.err);
        const qsizetype at = message.indexOf(QStringLiteral("saved as "));
        QVERIFY2(at > 0, run.err.constData());
        QVERIFY(message.contains(QString::number(Migrations::latestVersion())));
        const QString backup = message.mid(at + 9).trimmed();
        QVERIFY2(QFileInfo::exists(backup), qPrintable(backup));
        auto reopened = Workspace::open(backup, Workspace::Access::ReadOnly);
        QVERIFY2(!reopened.ok() || (*reopened)->schemaVersion() == Migrations::latestVersion() - 1,
            "the backup holds the version before the upgrade");
        // An up-to-date workspace opens without a word about upgrades.
        const Run again = runBaton({ QStringLiteral("set"), old, QStringLiteral("name"), QStringLiteral("Again") });
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(!again.err.contains("upgraded"), again.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestSettingsCommands)
#include "tst_settingscommands.moc"
