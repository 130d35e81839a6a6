// The command line, run as a real process: exit codes, stderr on errors, and JSON whose numbers are
// checked against the workspace file read independently.

#include "core/migrations.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

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

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    void compareCountsWithFile(const QJsonObject &counts, const QString &file)
    {
        RawDatabase raw(file);
        const auto tables = raw.rows(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
        QCOMPARE(counts.size(), tables.size());
        for (const QVariantList &row : tables) {
            const QString table = row.at(0).toString();
            QVERIFY2(counts.contains(table), qPrintable(table));
            QCOMPARE(counts.value(table).toInteger(), raw.value(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)).toLongLong());
        }
    }

private slots:
    void version()
    {
        const Run run = runBaton({ QStringLiteral("--version") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("Baton " BATON_VERSION));
    }

    void helpListsTheCommands()
    {
        const Run run = runBaton({ QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        for (const char *command : { "new", "demo", "info" })
            QVERIFY2(run.out.contains(QByteArray("  ") + command + ' '), command);
        const Run commandHelp = runBaton({ QStringLiteral("demo"), QStringLiteral("--help") });
        QCOMPARE(commandHelp.exitCode, 0);
        QVERIFY(commandHelp.out.contains("--handoffs"));
    }

    void usageErrorsExitWithTwo()
    {
        const Run unknown = runBaton({ QStringLiteral("info"), QStringLiteral("--bogus") });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("bogus"));
        QVERIFY(unknown.out.isEmpty());
        QCOMPARE(runBaton({ QStringLiteral("demo") }).exitCode, 2);
        QCOMPARE(runBaton({ QStringLiteral("demo"), m_dir.filePath(QStringLiteral("x.baton")), QStringLiteral("--weeks"), QStringLiteral("0") }).exitCode, 2);
        QCOMPARE(runBaton({ QStringLiteral("demo"), m_dir.filePath(QStringLiteral("x.baton")), QStringLiteral("--end-week"), QStringLiteral("2026-47") }).exitCode, 2);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.baton"))));
    }

    void newThenInfo()
    {
        const QString file = m_dir.filePath(QStringLiteral("new.baton"));
        const Run created = runBaton({ QStringLiteral("new"), file, QStringLiteral("--json") });
        QCOMPARE(created.exitCode, 0);
        QCOMPARE(created.json().value(QStringLiteral("schema_version")).toInt(), Migrations::latestVersion());
        const Run info = runBaton({ QStringLiteral("info"), file, QStringLiteral("--json") });
        QCOMPARE(info.exitCode, 0);
        QVERIFY(info.err.isEmpty());
        const QJsonObject json = info.json();
        QCOMPARE(json.value(QStringLiteral("schema_version")).toInt(), Migrations::latestVersion());
        compareCountsWithFile(json.value(QStringLiteral("counts")).toObject(), file);
        // The default configuration is there.
        QVERIFY(json.value(QStringLiteral("counts")).toObject().value(QStringLiteral("signal_type")).toInt() >= 8);
        QCOMPARE(json.value(QStringLiteral("counts")).toObject().value(QStringLiteral("handoff")).toInt(), 0);
    }

    void demoThenInfo()
    {
        const QString file = m_dir.filePath(QStringLiteral("demo.baton"));
        const Run demo = runBaton({ QStringLiteral("demo"), file, QStringLiteral("--handoffs"), QStringLiteral("1500"),
            QStringLiteral("--weeks"), QStringLiteral("6"), QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--json") });
        QCOMPARE(demo.exitCode, 0);
        QCOMPARE(demo.json().value(QStringLiteral("handoffs")).toInt(), 1500);
        const Run info = runBaton({ QStringLiteral("info"), file, QStringLiteral("--json") });
        QCOMPARE(info.exitCode, 0);
        const QJsonObject counts = info.json().value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("handoff")).toInt(), 1500);
        QCOMPARE(counts.value(QStringLiteral("account")).toInteger(), demo.json().value(QStringLiteral("accounts")).toInteger());
        QCOMPARE(counts.value(QStringLiteral("stage_change")).toInteger(), demo.json().value(QStringLiteral("stage_changes")).toInteger());
        compareCountsWithFile(counts, file);

        // An existing file is not replaced without --force.
        const QByteArray before = fileDigest(file);
        const Run again = runBaton({ QStringLiteral("demo"), file });
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("already exists"));
        QCOMPARE(fileDigest(file), before);
    }

    void infoReportsBadFiles()
    {
        const Run missing = runBaton({ QStringLiteral("info"), m_dir.filePath(QStringLiteral("missing.baton")), QStringLiteral("--json") });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.out.isEmpty());
        QVERIFY(missing.err.contains("does not exist"));

        const QString text = m_dir.filePath(QStringLiteral("leads.csv"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id,email\n1,a@b.c\n");
        file.close();
        const Run foreign = runBaton({ QStringLiteral("info"), text });
        QCOMPARE(foreign.exitCode, 1);
        QVERIFY(foreign.err.contains("not a Baton workspace"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
