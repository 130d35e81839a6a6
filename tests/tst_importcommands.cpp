// `baton import` run as a real process: the counts it prints against the workspace file read independently,
// recognition of a known export (and the message naming the closest presets when none fits), mapping files,
// previews that change nothing, the import history, kept-aside rows written out, exit codes, and the same
// handoffs from the same inputs.

#include "importfixture.h"

#include <QJsonArray>
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
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SOURCE_DATE_EPOCH"), QStringLiteral("1767225600"));
    process.setProcessEnvironment(environment);
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

const QByteArray Leads = "mql_id,first_contact_date,landing_page_id,origin\n"
                         "a1,2018-02-01,page1,organic_search\n"
                         "a2,2018-02-02,page1,\n"
                         "a3,2018-02-31,page2,social\n"
                         "a4,2018-02-03,\"page, 3\",paid_search\n";

} // namespace

class TestImportCommands : public QObject
{
    Q_OBJECT

private:
    ImportFixture m_fixture;
    QString m_leads;

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.setUp());
        m_fixture.workspace.reset(); // the commands open the file themselves
        m_leads = m_fixture.writeFile("mqls.csv", Leads);
    }

    void importsWithTheRecognisedPreset()
    {
        const Run run = runBaton({ "import", m_fixture.path, m_leads, "--json" });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        RawDatabase raw(m_fixture.path);
        QCOMPARE(json.value("read").toInt(), 4);
        QCOMPARE(json.value("imported").toInt(), raw.value("SELECT count(*) FROM handoff").toInt());
        QCOMPARE(json.value("imported").toInt(), 3);
        QCOMPARE(json.value("updated").toInt(), 0);
        QCOMPARE(json.value("kept_aside").toInt(), raw.value("SELECT count(*) FROM kept_aside_row").toInt());
        QCOMPARE(json.value("kept_aside").toInt(), 1);
        QCOMPARE(json.value("duplicates").toInt(), 0);
        QCOMPARE(json.value("mapping").toString(), QStringLiteral("Olist marketing qualified leads"));
        QCOMPARE(json.value("mapping_source").toString(), QStringLiteral("preset"));
        QCOMPARE(json.value("routed").toInt(), 3);
        QCOMPARE(json.value("run_id").toInt(), raw.value("SELECT max(id) FROM import_run").toInt());
        QCOMPARE(raw.value("SELECT campaign FROM handoff WHERE lead_ref = 'a4'").toString(), QStringLiteral("page, 3"));
        // SOURCE_DATE_EPOCH stands in for the clock.
        QCOMPARE(raw.value("SELECT started_at FROM import_run").toLongLong(), 1767225600);

        // Again: the same rows update the handoffs the first run created.
        const Run again = runBaton({ "import", m_fixture.path, m_leads, "--json" });
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json().value("updated").toInt(), 3);
        QCOMPARE(again.json().value("imported").toInt(), 0);
        QCOMPARE(RawDatabase(m_fixture.path).value("SELECT count(*) FROM handoff").toInt(), 3);
    }

    void unknownExportsStopWithTheClosestPresets()
    {
        const QString file = m_fixture.writeFile("odd.csv", "mql_id,origin,colour\nx,social,red\n");
        const Run run = runBaton({ "import", m_fixture.path, file });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("Closest: Olist marketing qualified leads (2 of 4 columns; missing first_contact_date, landing_page_id)"),
            run.err.constData());
        QVERIFY(run.err.contains("Columns no mapping places: colour."));
        // Nothing was recorded.
        QCOMPARE(RawDatabase(m_fixture.path).value("SELECT count(*) FROM import_run").toInt(), 2);
    }

    void mappingFilesPreviewsAndSaving()
    {
        const QString mapping = m_fixture.writeFile("mine.json",
            "{ \"name\": \"Mine\", \"entity\": \"handoff\", \"key\": \"lead_ref\", \"columns\": ["
            " { \"column\": \"mql_id\", \"field\": \"lead_ref\" },"
            " { \"column\": \"first_contact_date\", \"field\": \"handed_off_at\" },"
            " { \"column\": \"origin\", \"field\": \"source\", \"values\": { \"\": \"unknown\" } } ] }");
        const QByteArray before = contentDigest(m_fixture.path);
        const Run preview = runBaton({ "import", m_fixture.path, m_leads, "--mapping", mapping, "--preview", "2", "--json" });
        QCOMPARE(preview.exitCode, 0);
        QCOMPARE(contentDigest(m_fixture.path), before);
        const QJsonArray records = preview.json().value("records").toArray();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).toObject().value("values").toObject().value("Source").toString(), QStringLiteral("unknown"));
        QCOMPARE(records.at(1).toObject().value("status").toString(), QStringLiteral("updates handoff 2"));

        const Run saved = runBaton({ "import", m_fixture.path, m_leads, "--mapping", mapping, "--save-mapping", "Our MQLs", "--json" });
        QCOMPARE(saved.exitCode, 0);
        QCOMPARE(saved.json().value("mapping").toString(), QStringLiteral("Mine"));
        QCOMPARE(saved.json().value("mapping_source").toString(), QStringLiteral("file"));
        RawDatabase raw(m_fixture.path);
        QCOMPARE(raw.value("SELECT source FROM handoff WHERE lead_ref = 'a2'").toString(), QStringLiteral("unknown"));
        QCOMPARE(raw.value("SELECT entity FROM import_mapping WHERE name = 'Our MQLs'").toString(), QStringLiteral("handoff"));
        // The saved mapping is used by name, and now wins recognition over the preset.
        const Run byName = runBaton({ "import", m_fixture.path, m_leads, "--mapping", "our mqls", "--json" });
        QCOMPARE(byName.exitCode, 0);
        QCOMPARE(byName.json().value("mapping_source").toString(), QStringLiteral("saved"));
        const Run recognised = runBaton({ "import", m_fixture.path, m_leads, "--json" });
        QCOMPARE(recognised.json().value("mapping").toString(), QStringLiteral("Olist marketing qualified leads"));
        // A broken mapping file says what is wrong with it.
        const QString broken = m_fixture.writeFile("broken.json", "{ \"columns\": [ { \"column\": \"a\", \"field\": \"colour\" } ] }");
        const Run refused = runBaton({ "import", m_fixture.path, m_leads, "--mapping", broken });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains("broken.json cannot be used: Column rule 1 feeds \"colour\""));
    }

    void historyAndKeptAsideRows()
    {
        const Run history = runBaton({ "import", m_fixture.path, "--history", "--json" });
        QCOMPARE(history.exitCode, 0);
        const QJsonArray runs = QJsonDocument::fromJson(history.out).array();
        RawDatabase raw(m_fixture.path);
        QCOMPARE(runs.size(), raw.value("SELECT count(*) FROM import_run").toInt());
        QCOMPARE(runs.first().toObject().value("run_id").toInt(), raw.value("SELECT max(id) FROM import_run").toInt());
        const QString out = m_fixture.dir.filePath("aside.csv");
        const Run written = runBaton({ "import", m_fixture.path, "--export-kept-aside", "1:" + out, "--json" });
        QCOMPARE(written.exitCode, 0);
        QCOMPARE(written.json().value("rows").toInt(), 1);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.startsWith("line,reason,mql_id,first_contact_date,landing_page_id,origin\r\n4,"), text.constData());
        QVERIFY(text.contains("a3,2018-02-31,page2,social"));
    }

    void usageErrors()
    {
        QCOMPARE(runBaton({ "import", m_fixture.path }).exitCode, 2);
        QCOMPARE(runBaton({ "import" }).exitCode, 2);
        QCOMPARE(runBaton({ "import", m_fixture.path, "--export-kept-aside", "nonsense" }).exitCode, 2);
        QCOMPARE(runBaton({ "import", m_fixture.dir.filePath("missing.baton"), m_leads }).exitCode, 1);
        QCOMPARE(runBaton({ "import", m_fixture.path, m_fixture.dir.filePath("missing.csv") }).exitCode, 1);
    }

    void sameInputsSameHandoffs()
    {
        ImportFixture a;
        ImportFixture b;
        QVERIFY(a.setUp(QStringLiteral("a.baton")) && b.setUp(QStringLiteral("b.baton")));
        a.workspace.reset();
        b.workspace.reset();
        const Run first = runBaton({ "import", a.path, m_leads, "--json" });
        const Run second = runBaton({ "import", b.path, m_leads, "--json" });
        QCOMPARE(first.out, second.out);
        QCOMPARE(RawDatabase(a.path).tableDigest("handoff"), RawDatabase(b.path).tableDigest("handoff"));
        QCOMPARE(RawDatabase(a.path).tableDigest("import_run"), RawDatabase(b.path).tableDigest("import_run"));
        QCOMPARE(RawDatabase(a.path).tableDigest("kept_aside_row"), RawDatabase(b.path).tableDigest("kept_aside_row"));
    }
};

QTEST_GUILESS_MAIN(TestImportCommands)
#include "tst_importcommands.moc"
