// `baton sla`, run as a real process on the hand-made workspace of slafixture.h: the JSON shape and its
// numbers against the values worked out by hand there, the recompute, and the exit codes.

#include "enforce/slafacts.h"
#include "slafixture.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
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

QJsonObject groupNamed(const QJsonArray &groups, const QString &name)
{
    for (const QJsonValue &g : groups)
        if (g.toObject().value(QStringLiteral("group")).toString() == name)
            return g.toObject();
    return {};
}

} // namespace

class TestSlaCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;
    SlaFixture m_fixture;

private slots:
    void initTestCase()
    {
        m_file = m_dir.filePath(QStringLiteral("cli.baton"));
        m_fixture.build(m_file);
        m_fixture.workspace.reset(); // the process opens the file on its own
    }

    void complianceAndBreachesAsJson()
    {
        const Run run = runBaton({ QStringLiteral("sla"), m_file, QStringLiteral("--week"), QStringLiteral("2026-W48"),
            QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("week")).toString(), QStringLiteral("2026-W48"));
        QCOMPARE(QDateTime::fromString(json.value(QStringLiteral("as_of")).toString(), Qt::ISODate).toSecsSinceEpoch(),
            m_fixture.asOf);
        QCOMPARE(json.value(QStringLiteral("facts_current")).toBool(), true);
        const QJsonObject compliance = json.value(QStringLiteral("compliance")).toObject();
        const QJsonObject demo = groupNamed(compliance.value(QStringLiteral("by_signal_type")).toArray(), QStringLiteral("Demo request"));
        QCOMPARE(demo.value(QStringLiteral("met")).toInt(), 1);
        QCOMPARE(demo.value(QStringLiteral("decided")).toInt(), 4);
        QCOMPARE(demo.value(QStringLiteral("compliance")).toDouble(), 0.25);
        QCOMPARE(demo.value(QStringLiteral("median_first_touch_minutes")).toDouble(), 60.0);
        QCOMPARE(demo.value(QStringLiteral("median_routing_delay_minutes")).toDouble(), 3.0);
        QCOMPARE(demo.value(QStringLiteral("median_response_minutes")).toDouble(), 50.0);
        // No denominator, no rate: null, not 0.
        const QJsonObject content = groupNamed(compliance.value(QStringLiteral("by_signal_type")).toArray(), QStringLiteral("Content download"));
        QVERIFY(content.value(QStringLiteral("compliance")).isNull());
        QCOMPARE(groupNamed(compliance.value(QStringLiteral("by_team")).toArray(), QStringLiteral("APAC"))
                     .value(QStringLiteral("compliance")).toDouble(), 0.5);
        QCOMPARE(groupNamed(compliance.value(QStringLiteral("by_owner")).toArray(), QStringLiteral("Anna"))
                     .value(QStringLiteral("breaching")).toInt(), 2);
        QCOMPARE(compliance.value(QStringLiteral("total")).toObject().value(QStringLiteral("compliance")).toDouble(), 0.3333);

        const QJsonArray breaches = json.value(QStringLiteral("breaches")).toArray();
        QCOMPARE(breaches.size(), 3);
        const QJsonObject first = breaches.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("handoff_id")).toInteger(), m_fixture.h[3]);
        QCOMPARE(first.value(QStringLiteral("lead")).toString(), QStringLiteral("L-3"));
        QCOMPARE(first.value(QStringLiteral("owner")).toString(), QStringLiteral("Anna"));
        QCOMPARE(first.value(QStringLiteral("team")).toString(), QStringLiteral("EMEA"));
        QCOMPARE(first.value(QStringLiteral("signal_type")).toString(), QStringLiteral("Demo request"));
        QCOMPARE(first.value(QStringLiteral("elapsed_percent")).toDouble(), 900.0);
        QCOMPARE(first.value(QStringLiteral("step")).toInt(), 3);
        QCOMPARE(first.value(QStringLiteral("action")).toString(), QStringLiteral("reassign"));
        const QJsonObject last = breaches.at(2).toObject();
        QCOMPARE(last.value(QStringLiteral("elapsed_percent")).toDouble(), 100.0);
        QCOMPARE(last.value(QStringLiteral("step")).toInt(), 2);
        QCOMPARE(last.value(QStringLiteral("action")).toString(), QStringLiteral("notify_manager"));
    }

    void theDefaultWeekIsTheLastCompleteOne()
    {
        // asOf is Wednesday of W48, so W47 is the last complete week; --as-of after Sunday makes it W48.
        const Run run = runBaton({ QStringLiteral("sla"), m_file, QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(QStringLiteral("week")).toString(), QStringLiteral("2026-W47"));
        const Run later = runBaton({ QStringLiteral("sla"), m_file, QStringLiteral("--as-of"), QStringLiteral("2026-11-30T00:00:00Z"),
            QStringLiteral("--json") });
        QCOMPARE(later.exitCode, 0);
        QCOMPARE(later.json().value(QStringLiteral("week")).toString(), QStringLiteral("2026-W48"));
        // By then h4 has breached too.
        QCOMPARE(later.json().value(QStringLiteral("breaches")).toArray().size(), 4);
        const Run text = runBaton({ QStringLiteral("sla"), m_file });
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("By team"));
        QVERIFY(text.out.contains("Open breaches"));
    }

    void recompute()
    {
        {
            auto workspace = Workspace::open(m_file);
            QVERIFY(workspace.ok());
            auto policy = Repository<SlaPolicy>(**workspace).get(m_fixture.webinarPolicy);
            policy->targetMinutes = 120;
            QVERIFY(Repository<SlaPolicy>(**workspace).update(*policy).ok());
        }
        const Run stale = runBaton({ QStringLiteral("sla"), m_file, QStringLiteral("--week"), QStringLiteral("2026-W48"),
            QStringLiteral("--json") });
        QCOMPARE(stale.json().value(QStringLiteral("facts_current")).toBool(), false);
        const Run run = runBaton({ QStringLiteral("sla"), m_file, QStringLiteral("--recompute"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(QStringLiteral("handoffs")).toInt(), 9);
        QCOMPARE(run.json().value(QStringLiteral("changed")).toInt(), 2); // the two webinars
        RawDatabase raw(m_file);
        // h5: Tuesday 09:00 Tokyo + 120 business minutes = 11:00; touched at 12:00, now missed.
        QCOMPARE(raw.value(QStringLiteral("SELECT sla_due_at FROM handoff WHERE id = ?"), { m_fixture.h[5] }).toLongLong(),
            SlaFixture::inTokyo(24, 11));
        const Run after = runBaton({ QStringLiteral("sla"), m_file, QStringLiteral("--week"), QStringLiteral("2026-W48"),
            QStringLiteral("--json") });
        QCOMPARE(after.json().value(QStringLiteral("facts_current")).toBool(), true);
        const QJsonObject webinar = groupNamed(
            after.json().value(QStringLiteral("compliance")).toObject().value(QStringLiteral("by_signal_type")).toArray(),
            QStringLiteral("Webinar"));
        QCOMPARE(webinar.value(QStringLiteral("met")).toInt(), 0);
    }

    void usageAndFailures()
    {
        QCOMPARE(runBaton({ QStringLiteral("sla") }).exitCode, 2);
        QCOMPARE(runBaton({ QStringLiteral("sla"), m_file, QStringLiteral("--week"), QStringLiteral("47") }).exitCode, 2);
        QCOMPARE(runBaton({ QStringLiteral("sla"), m_file, QStringLiteral("--as-of"), QStringLiteral("soon") }).exitCode, 2);
        QCOMPARE(runBaton({ QStringLiteral("sla"), m_file, QStringLiteral("--recompute"), QStringLiteral("--week"),
                     QStringLiteral("2026-W48") })
                     .exitCode,
            2);
        const Run missing = runBaton({ QStringLiteral("sla"), m_dir.filePath(QStringLiteral("missing.baton")) });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("does not exist"));
    }
};

QTEST_GUILESS_MAIN(TestSlaCommands)
#include "tst_slacommands.moc"
