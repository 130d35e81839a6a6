// The CSV importer on small files worked out by hand: rows as stored (names resolved, routing, SLA facts, weeks),
// every kind of bad row kept aside with its line and reason, quoted fields with delimiters and line breaks, upserts,
// duplicates, account matching, previews that change nothing, a cancelled import and imports that fail half way
// leaving the workspace's content unchanged, and the KPI cubes equal to the handoffs after bulk writes.

#include "importfixture.h"

#include "core/isoweek.h"
#include "data/account.h"
#include "data/handoff.h"
#include "instrument/datastandard.h"
#include "instrument/import/csvreader.h"
#include "instrument/import/handoffstore.h"
#include "instrument/import/importer.h"
#include "instrument/import/importhistory.h"
#include "optimize/kpideferral.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSet>
#include <QTest>

#include <limits>

using namespace baton;
using namespace baton::test;

namespace {

qint64 utc(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC).toSecsSinceEpoch();
}

const QByteArray Mapping = R"json({
    "name": "Test CRM",
    "entity": "handoff",
    "key": "lead_ref",
    "columns": [
        { "column": "id", "field": "lead_ref", "required": true },
        { "column": "email", "field": "email" },
        { "column": "first", "field": "contact_name" },
        { "column": "last", "field": "contact_name", "append": true },
        { "column": "company", "field": "company" },
        { "column": "signal", "field": "signal_type", "values": { "demo": "Demo request" } },
        { "column": "source", "field": "source" },
        { "column": "country", "field": "country" },
        { "column": "employees", "field": "employees" },
        { "column": "created", "field": "handed_off_at" },
        { "column": "touched", "field": "first_touch_at" },
        { "column": "status", "field": "outcome", "values": { "New": "open", "Working": "accepted", "Dead": "rejected", "Won": "won" }, "unknown": "keep_aside" },
        { "column": "reason", "field": "rejection_reason", "values": { "too small": "Bad fit" } },
        { "column": "owner", "field": "owner" },
        { "column": "closed", "field": "closed_at" },
        { "column": "amount", "field": "amount" }
    ]
})json";

const QByteArray Header = "id,email,first,last,company,signal,source,country,employees,created,touched,status,reason,owner,closed,amount\n";

MappingDefinition mapping(const QByteArray &json = Mapping)
{
    auto parsed = MappingDefinition::fromJson(json);
    if (!parsed)
        qFatal("%s", qPrintable(parsed.errorMessage()));
    return *parsed;
}

// A device that fails after `limit` bytes.
class FailingDevice final : public QIODevice
{
public:
    FailingDevice(QByteArray data, qint64 limit) : m_data(std::move(data)), m_limit(limit) { open(ReadOnly); }
    qint64 size() const override { return m_data.size(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        if (m_pos >= m_limit)
            return -1;
        const qint64 n = std::min({ max, m_limit - m_pos, qint64(m_data.size()) - m_pos });
        memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_limit;
    qint64 m_pos = 0;
};

QByteArray manyRows(int count, int from = 0)
{
    QByteArray data = Header;
    for (int i = from; i < from + count; ++i)
        data += "M" + QByteArray::number(i) + ",m" + QByteArray::number(i) + "@example.org,May,Row" + QByteArray::number(i)
            + ",\"Company " + QByteArray::number(i % 37) + ", Ltd\",demo," + (i % 3 ? "web" : "event")
            + ",US,120,2026-03-0" + QByteArray::number(2 + i % 5) + " 1" + QByteArray::number(i % 7) + ":00,,"
            + (i % 4 ? "New" : "Won") + ",,," + (i % 4 ? "" : "2026-04-01") + "," + (i % 4 ? "" : "1500") + "\n";
    return data;
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ImportFixture> m_fixture;
    Workspace &workspace() { return *m_fixture->workspace; }
    QVariant value(const QString &sql, const QVariantList &binds = {})
    {
        return RawDatabase(m_fixture->path).value(sql, binds);
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<ImportFixture>();
        QVERIFY(m_fixture->setUp());
    }
    void cleanup() { m_fixture.reset(); }

    void rowsAreStoredAsMapped()
    {
        const QByteArray data = Header
            + "L1,ana@acme.com,Ana,Lopez,\"Acme, Inc.\",demo,web,US,50,2026-03-02 10:00,2026-03-02 10:30,Working,,,,\n"
              "L2,ben@globex.com,Ben,Ng,\"Globex\nEast\",demo,event,DE,5000,3/3/2026 9:15 AM,,New,,Ben,,\n"
              "L3,cy@initech.com,Cy,\"Ra\"\"mos\",Initech,demo,event,US,300,2026-03-04T14:00:00Z,,Dead,too small,,,\n";
        auto summary = Importer::runFile(workspace(), m_fixture->writeFile("leads.csv", data), mapping());
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QCOMPARE(summary->read, 3);
        QCOMPARE(summary->imported, 3);
        QCOMPARE(summary->updated, 0);
        QCOMPARE(summary->keptAside, 0);

        RawDatabase raw(m_fixture->path);
        const auto row = [&](const char *lead, const char *columns) {
            return raw.rows(QStringLiteral("SELECT %1 FROM handoff WHERE lead_ref = ?").arg(QLatin1String(columns)),
                { QString::fromLatin1(lead) })
                .value(0);
        };
        const qint64 demo = m_fixture->ids.signalTypes.value(QStringLiteral("Demo request"));
        // L1: names joined, quoted comma kept, signal translated, territory and segment resolved, routed by the web rule.
        QVariantList l1 = row("L1", "contact_name, company, signal_type_id, territory_id, segment_id, handed_off_at, "
                                    "first_touch_at, outcome, accepted_at, team_id, owner_id, routing_rule_id, "
                                    "routed_to_fallback, week, sla_target_minutes, sla_due_at, first_touch_seconds");
        QCOMPARE(l1.at(0).toString(), QStringLiteral("Ana Lopez"));
        QCOMPARE(l1.at(1).toString(), QStringLiteral("Acme, Inc."));
        QCOMPARE(l1.at(2).toLongLong(), demo);
        QCOMPARE(l1.at(3).toLongLong(), m_fixture->northAmerica);
        QCOMPARE(l1.at(4).toLongLong(), m_fixture->smb);
        QCOMPARE(l1.at(5).toLongLong(), utc(3, 2, 10));
        QCOMPARE(l1.at(6).toLongLong(), utc(3, 2, 10, 30));
        QCOMPARE(l1.at(7).toString(), QStringLiteral("accepted"));
        // Accepted without a date: the latest earlier step, the first touch.
        QCOMPARE(l1.at(8).toLongLong(), utc(3, 2, 10, 30));
        QCOMPARE(l1.at(9).toLongLong(), m_fixture->sdrTeam);
        QVERIFY(l1.at(10).toLongLong() == m_fixture->ana || l1.at(10).toLongLong() == m_fixture->ben);
        QCOMPARE(l1.at(11).toLongLong(), m_fixture->webRule);
        QCOMPARE(l1.at(12).toInt(), 0);
        QCOMPARE(l1.at(13).toInt(), 202610); // Monday 2 March 2026 is in ISO week 10
        // Demo request: 60 business minutes on 9-17 UTC weekdays; handed off Monday 10:00, touched 10:30.
        QCOMPARE(l1.at(14).toInt(), 60);
        QCOMPARE(l1.at(15).toLongLong(), utc(3, 2, 11));
        QCOMPARE(l1.at(16).toLongLong(), 1800);

        // L2: a line break inside the quoted company; M/D/YYYY h:mm AM; the named owner and the owner's team, not routed.
        QVariantList l2 = row("L2", "company, handed_off_at, owner_id, team_id, routing_rule_id, territory_id, segment_id, outcome");
        QCOMPARE(l2.at(0).toString(), QStringLiteral("Globex\nEast"));
        QCOMPARE(l2.at(1).toLongLong(), utc(3, 3, 9, 15));
        QCOMPARE(l2.at(2).toLongLong(), m_fixture->ben);
        QCOMPARE(l2.at(3).toLongLong(), m_fixture->sdrTeam);
        QVERIFY(l2.at(4).isNull());
        QVERIFY(l2.at(5).isNull()); // DE is in no territory
        QCOMPARE(l2.at(6).toLongLong(), m_fixture->enterprise);
        QCOMPARE(l2.at(7).toString(), QStringLiteral("open"));

        // L3: an escaped quote; rejected with a translated reason; no rule takes "event": the fallback queue.
        QVariantList l3 = row("L3", "contact_name, outcome, rejection_reason_id, rejected_at, owner_id, team_id, "
                                    "routed_to_fallback, stage_id");
        QCOMPARE(l3.at(0).toString(), QStringLiteral("Cy Ra\"mos"));
        QCOMPARE(l3.at(1).toString(), QStringLiteral("rejected"));
        QCOMPARE(l3.at(2).toLongLong(), m_fixture->ids.reasons.value(QStringLiteral("Bad fit")));
        QCOMPARE(l3.at(3).toLongLong(), utc(3, 4, 14));
        QCOMPARE(l3.at(4).toLongLong(), m_fixture->tri);
        QCOMPARE(l3.at(5).toLongLong(), m_fixture->ids.fallbackQueue);
        QCOMPARE(l3.at(6).toInt(), 1);
        // Bad fit's play is a nurture track: the handoff is in the Nurture stage.
        QCOMPARE(l3.at(7).toLongLong(), m_fixture->ids.stages.value(QStringLiteral("Nurture")));

        // The run is recorded with its counts and details.
        QCOMPARE(raw.value(QStringLiteral("SELECT rows_read || '/' || imported || '/' || updated || '/' || kept_aside "
                                          "FROM import_run WHERE id = ?"),
                     { summary->runId })
                     .toString(),
            QStringLiteral("3/3/0/0"));
        const auto detail = [&](const char *key) {
            for (const auto &[name, count] : summary->details)
                if (name == QLatin1String(key))
                    return count;
            return qint64(-1);
        };
        QCOMPARE(detail("routed"), 2);
        QCOMPARE(detail("routed_to_fallback"), 1);
        QCOMPARE(cubeDifference(m_fixture->path), QString());
    }

    void everyBadRowKind_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unparseable date") << QByteArray("B,b@x.com,B,B,X,demo,web,US,10,2026-02-30 10:00,,New,,,,")
                                          << "Handed off: \"2026-02-30 10:00\" is not a date in the format auto";
        QTest::newRow("date in another format") << QByteArray("B,b@x.com,B,B,X,demo,web,US,10,14/03/2026,,New,,,,")
                                                << "Handed off: \"14/03/2026\" is not a date";
        QTest::newRow("missing required field") << QByteArray(",b@x.com,B,B,X,demo,web,US,10,2026-03-02 10:00,,New,,,,")
                                                << "Lead id is missing (the mapping requires it).";
        QTest::newRow("missing handoff time") << QByteArray("B,b@x.com,B,B,X,demo,web,US,10,,,New,,,,")
                                              << "Handed off is missing: a handoff needs the time it was handed to Sales.";
        QTest::newRow("bad whole number") << QByteArray("B,b@x.com,B,B,X,demo,web,US,lots,2026-03-02 10:00,,New,,,,")
                                          << "Employees: \"lots\" is not a whole number.";
        QTest::newRow("bad amount") << QByteArray("B,b@x.com,B,B,X,demo,web,US,10,2026-03-02 10:00,,Won,,,2026-03-09,12k")
                                    << "Deal amount (opportunity; won when won): \"12k\" is not a number.";
        QTest::newRow("unknown outcome") << QByteArray("B,b@x.com,B,B,X,demo,web,US,10,2026-03-02 10:00,,Maybe,,,,")
                                         << "Outcome: \"Maybe\" is not an outcome";
        QTest::newRow("unknown owner") << QByteArray("B,b@x.com,B,B,X,demo,web,US,10,2026-03-02 10:00,,New,,Zed,,")
                                       << "Owner (name or email): no owner in this workspace is called \"Zed\"";
        QTest::newRow("unknown signal type") << QByteArray("B,b@x.com,B,B,X,webinar,web,US,10,2026-03-02 10:00,,New,,,,")
                                             << "Signal type: no signal type in this workspace is called \"webinar\"";
        QTest::newRow("too many fields") << QByteArray("B,b@x.com,B,B,X,demo,web,US,10,2026-03-02 10:00,,New,,,,,")
                                         << "The record has 17 fields where the header has 16";
        QTest::newRow("too few fields") << QByteArray("B,b@x.com,B,B,X,demo,web,US,10,2026-03-02 10:00")
                                        << "The record has 10 fields where the header has 16";
        QTest::newRow("quote never closed") << QByteArray("B,b@x.com,B,B,\"X,demo,web,US,10,2026-03-02 10:00,,New,,,,")
                                            << "A quoted field is never closed";
    }
    void everyBadRowKind()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, reason);
        // A good row, a multi-line good row, then the bad row on line 5; a good row after it shows that one bad row
        // stops nothing else (except an unclosed quote, which runs to the end of the file).
        const QByteArray data = Header + "G1,g1@a.com,G,One,A,demo,web,US,10,2026-03-02 10:00,,New,,,,\n"
            + "G2,g2@b.com,G,Two,\"Two\nLines\",demo,web,US,10,2026-03-02 11:00,,New,,,,\n" + row + "\n"
            + "G3,g3@c.com,G,Three,C,demo,web,US,10,2026-03-02 12:00,,New,,,,\n";
        auto summary = Importer::runFile(workspace(), m_fixture->writeFile("bad.csv", data), mapping());
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        const bool swallows = reason.startsWith(QStringLiteral("A quoted field"));
        QCOMPARE(summary->keptAside, 1);
        QCOMPARE(summary->imported, swallows ? 2 : 3);
        RawDatabase raw(m_fixture->path);
        const QList<QVariantList> kept = raw.rows(QStringLiteral("SELECT line_number, reason, raw FROM kept_aside_row"));
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().at(0).toInt(), 5);
        QVERIFY2(kept.first().at(1).toString().startsWith(reason), qPrintable(kept.first().at(1).toString()));
        // The raw text gives back the record's fields.
        auto fields = CsvReader::parseAll(kept.first().at(2).toString().toUtf8(), ',');
        QVERIFY(fields.ok());
        auto original = CsvReader::parseAll(row + "\n", ',');
        QVERIFY(original.ok());
        if (!swallows)
            QCOMPARE(fields->first().texts(), original->first().texts());
        // Nothing of the bad row reached the handoffs.
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE lead_ref = 'B'")).toInt(), 0);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE lead_ref = 'G3'")).toInt(), swallows ? 0 : 1);
    }

    void keptAsideRowsExportAsCsv()
    {
        const QByteArray data = Header + "G1,g1@a.com,G,One,A,demo,web,US,10,2026-03-02 10:00,,New,,,,\n"
            + "B1,=cmd|' /C calc'!A0,B,One,\"Comma, Co\",demo,web,US,x,2026-03-02 10:00,,New,,,,\n";
        auto summary = Importer::runFile(workspace(), m_fixture->writeFile("bad.csv", data), mapping());
        QVERIFY(summary.ok());
        const QString out = m_fixture->dir.filePath(QStringLiteral("kept.csv"));
        auto written = ImportHistory::exportKeptAside(workspace(), summary->runId, out);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        QCOMPARE(*written, 1);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto records = CsvReader::parseAll(file.readAll());
        QVERIFY(records.ok());
        QCOMPARE(records->size(), 2);
        QCOMPARE(records->at(0).text(0), QStringLiteral("line"));
        QCOMPARE(records->at(0).text(2), QStringLiteral("id"));
        QCOMPARE(records->at(1).text(0), QStringLiteral("3"));
        QVERIFY(records->at(1).text(1).startsWith(QStringLiteral("Employees")));
        QCOMPARE(records->at(1).text(6), QStringLiteral("Comma, Co"));
        // A cell that a spreadsheet would run as a formula is neutralised.
        QCOMPARE(records->at(1).text(3), QStringLiteral("'=cmd|' /C calc'!A0"));
        QCOMPARE(QFile::permissions(out) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    }

    // Imports write with the WAL, or (large files into a workspace open nowhere else) with the rollback journal.
    static void addJournalRows()
    {
        QTest::addColumn<qint64>("rollbackJournalFrom");
        QTest::newRow("WAL") << std::numeric_limits<qint64>::max();
        QTest::newRow("rollback journal") << qint64(0);
    }

    void cancelledImportChangesNothing_data() { addJournalRows(); }

    void cancelledImportChangesNothing()
    {
        QFETCH(qint64, rollbackJournalFrom);
        const QString file = m_fixture->writeFile("many.csv", manyRows(5000));
        const QByteArray before = contentDigest(m_fixture->path);
        ImportOptions options;
        options.rollbackJournalFromBytes = rollbackJournalFrom;
        int calls = 0;
        options.progress = [&calls](qint64 done, qint64 total) {
            ++calls;
            return done < total / 2; // cancel half way
        };
        auto summary = Importer::runFile(workspace(), file, mapping(), options);
        QVERIFY(!summary.ok());
        QCOMPARE(summary.error().kind, Error::Kind::Cancelled);
        QVERIFY(calls >= 2); // rows had been written before the cancel
        QCOMPARE(contentDigest(m_fixture->path), before);
        QCOMPARE(value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        // The same file without the cancel imports, so the unchanged content is the cancel's doing.
        ImportOptions whole;
        whole.rollbackJournalFromBytes = rollbackJournalFrom;
        auto full = Importer::runFile(workspace(), file, mapping(), whole);
        QVERIFY(full.ok());
        QCOMPARE(full->imported, 5000);
        QCOMPARE(full->details.contains({ QStringLiteral("rollback_journal"), 1 }), rollbackJournalFrom == 0);
        QVERIFY(contentDigest(m_fixture->path) != before);
        QCOMPARE(cubeDifference(m_fixture->path), QString());
        QCOMPARE(value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    }

    void importFailingHalfWayChangesNothing_data() { addJournalRows(); }

    void importFailingHalfWayChangesNothing()
    {
        QFETCH(qint64, rollbackJournalFrom);
        ImportOptions options;
        options.rollbackJournalFromBytes = rollbackJournalFrom;
        // The file cannot be read any further half way (a disk or network share going away).
        const QByteArray data = manyRows(20000);
        const QByteArray before = contentDigest(m_fixture->path);
        FailingDevice device(data, data.size() / 2);
        auto summary = Importer::run(workspace(), device, mapping(), options);
        QVERIFY(!summary.ok());
        QVERIFY2(summary.error().kind == Error::Kind::Io, qPrintable(summary.errorMessage()));
        QCOMPARE(contentDigest(m_fixture->path), before);

        // The database refuses a write half way.
        QVERIFY(execSql(workspace().db(),
            QStringLiteral("CREATE TRIGGER refuse_m500 BEFORE INSERT ON handoff WHEN NEW.lead_ref = 'M500' "
                           "BEGIN SELECT RAISE(ABORT, 'refused'); END"))
                    .ok());
        const QByteArray withTrigger = contentDigest(m_fixture->path);
        auto refused = Importer::runFile(workspace(), m_fixture->writeFile("many.csv", manyRows(1000)), mapping(), options);
        QVERIFY(!refused.ok());
        QVERIFY(refused.errorMessage().contains(QStringLiteral("refused")));
        QCOMPARE(contentDigest(m_fixture->path), withTrigger);
        QCOMPARE(value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        // The deferral of the KPI triggers was rolled back too: the next writes go through the triggers.
        QVERIFY(value(QStringLiteral("SELECT deferred_from FROM kpi_sync")).isNull());
    }

    void upsertUpdatesTheHandoffsAnEarlierFileCreated()
    {
        const QByteArray first = Header + "U1,u1@a.com,Uma,One,A,demo,web,US,10,2026-03-02 10:00,2026-03-02 10:20,New,,,,\n"
            + "U2,u2@b.com,Uli,Two,B,demo,event,US,10,2026-03-03 10:00,,New,,,,\n"
            + "U3,u3@c.com,Ute,Three,C,demo,web,US,10,2026-03-04 10:00,,New,,,,\n";
        auto created = Importer::runFile(workspace(), m_fixture->writeFile("first.csv", first), mapping());
        QVERIFY(created.ok());
        QCOMPARE(created->imported, 3);
        const qint64 u1 = value(QStringLiteral("SELECT id FROM handoff WHERE lead_ref = 'U1'")).toLongLong();
        const qint64 u1Owner = value(QStringLiteral("SELECT owner_id FROM handoff WHERE lead_ref = 'U1'")).toLongLong();

        // The second file knows only the key, the outcome, the close date and the amount; U4 is new.
        const QByteArray second = "id,status,closed,amount,created\n"
                                  "U1,Won,2026-04-10 16:00,25000,\n"
                                  "U2,Dead,,,\n"
                                  "U4,New,,,2026-03-05 10:00\n";
        const QByteArray update = R"json({ "name": "Outcomes", "entity": "handoff", "key": "lead_ref", "columns": [
            { "column": "id", "field": "lead_ref" },
            { "column": "status", "field": "outcome", "values": { "New": "open", "Dead": "rejected", "Won": "won" } },
            { "column": "closed", "field": "closed_at" },
            { "column": "amount", "field": "amount" },
            { "column": "created", "field": "handed_off_at" } ] })json";
        auto updated = Importer::runFile(workspace(), m_fixture->writeFile("second.csv", second), mapping(update));
        QVERIFY2(updated.ok(), qPrintable(updated.errorMessage()));
        QCOMPARE(updated->read, 3);
        QCOMPARE(updated->updated, 2);
        QCOMPARE(updated->imported, 1);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM handoff")).toInt(), 4);

        RawDatabase raw(m_fixture->path);
        const QVariantList u1Row = raw.rows(QStringLiteral(
            "SELECT id, outcome, closed_at, won_amount, opportunity_amount, accepted_at, opportunity_at, email, "
            "contact_name, owner_id, first_touch_at, stage_id FROM handoff WHERE lead_ref = 'U1'")).value(0);
        QCOMPARE(u1Row.at(0).toLongLong(), u1); // the same handoff, not a new one
        QCOMPARE(u1Row.at(1).toString(), QStringLiteral("won"));
        QCOMPARE(u1Row.at(2).toLongLong(), utc(4, 10, 16));
        QCOMPARE(u1Row.at(3).toDouble(), 25000.0);
        QCOMPARE(u1Row.at(4).toDouble(), 25000.0);
        // Won implies accepted and an opportunity; the file dates neither, so they take the close time.
        QCOMPARE(u1Row.at(5).toLongLong(), utc(4, 10, 16));
        QCOMPARE(u1Row.at(6).toLongLong(), utc(4, 10, 16));
        // What the second file does not feed stays as the first file left it.
        QCOMPARE(u1Row.at(7).toString(), QStringLiteral("u1@a.com"));
        QCOMPARE(u1Row.at(8).toString(), QStringLiteral("Uma One"));
        QCOMPARE(u1Row.at(9).toLongLong(), u1Owner);
        QCOMPARE(u1Row.at(10).toLongLong(), utc(3, 2, 10, 20));
        QCOMPARE(u1Row.at(11).toLongLong(), m_fixture->ids.stages.value(QStringLiteral("Customer")));
        QCOMPARE(raw.value(QStringLiteral("SELECT outcome FROM handoff WHERE lead_ref = 'U2'")).toString(), QStringLiteral("rejected"));
        QCOMPARE(cubeDifference(m_fixture->path), QString());

        // Update mode: a key nobody has is kept aside, an empty key too.
        QByteArray updateOnly = update;
        updateOnly.replace("\"key\": \"lead_ref\",", "\"key\": \"lead_ref\", \"mode\": \"update\",");
        auto strict = Importer::runFile(workspace(),
            m_fixture->writeFile("third.csv", "id,status,closed,amount,created\nU3,Won,2026-04-11,1,\nU9,Won,2026-04-11,1,\n,Won,,,\n"),
            mapping(updateOnly));
        QVERIFY2(strict.ok(), qPrintable(strict.errorMessage()));
        QCOMPARE(strict->updated, 1);
        QCOMPARE(strict->keptAside, 2);
        QCOMPARE(raw.value(QStringLiteral("SELECT reason FROM kept_aside_row WHERE line_number = 3 AND import_run_id = ?"),
                     { strict->runId })
                     .toString(),
            QStringLiteral("No handoff has lead id \"U9\" to update (import the file that creates it first)."));
        QCOMPARE(cubeDifference(m_fixture->path), QString());
    }

    void upsertByEmailIgnoresCase()
    {
        const QByteArray byEmail = R"json({ "entity": "handoff", "key": "email", "columns": [
            { "column": "email", "field": "email" },
            { "column": "created", "field": "handed_off_at" },
            { "column": "status", "field": "outcome" } ] })json";
        auto first = Importer::runFile(workspace(),
            m_fixture->writeFile("a.csv", "email,created,status\nAna@Example.com,2026-03-02,open\n"), mapping(byEmail));
        QVERIFY(first.ok());
        auto second = Importer::runFile(workspace(),
            m_fixture->writeFile("b.csv", "email,created,status\nana@example.COM,,accepted\n"), mapping(byEmail));
        QVERIFY2(second.ok(), qPrintable(second.errorMessage()));
        QCOMPARE(second->updated, 1);
        QCOMPARE(second->imported, 0);
        QCOMPARE(value(QStringLiteral("SELECT outcome || ' ' || email FROM handoff")).toString(),
            QStringLiteral("accepted ana@example.COM"));
    }

    void duplicatesByTheIdentityRules()
    {
        // One handoff in the workspace already, then a file that repeats it and repeats itself.
        QVERIFY(Importer::runFile(workspace(),
            m_fixture->writeFile("a.csv", Header + "D0,x@acme.com,Xi,Old,Acme,demo,web,US,10,2026-03-02 10:00,,New,,,,\n"),
            mapping())
                    .ok());
        const QByteArray data = Header + "D1,X@ACME.com,Xu,New,Other,demo,web,US,10,2026-03-03 10:00,,New,,,,\n" // same email
            + "D2,y@acme.com,Yo,Yes,Acme,demo,web,US,10,2026-03-03 11:00,,New,,,,\n" // new
            + "D3,z@acme.com,Yo,Yes,ACME,demo,web,US,10,2026-03-03 12:00,,New,,,,\n"; // same person and company as D2
        auto summary = Importer::runFile(workspace(), m_fixture->writeFile("b.csv", data), mapping());
        QVERIFY(summary.ok());
        QCOMPARE(summary->imported, 3);
        QCOMPARE(summary->duplicates, 2);

        // Kept aside instead, when the mapping says so.
        QByteArray keepAside = Mapping;
        keepAside.replace("\"key\": \"lead_ref\",", "\"key\": \"lead_ref\", \"duplicates\": \"keep_aside\",");
        const QByteArray again = Header + "D4,x@acme.com,Q,Q,Q,demo,web,US,10,2026-03-04 10:00,,New,,,,\n"
            + "D5,fresh@acme.com,R,R,R,demo,web,US,10,2026-03-04 10:00,,New,,,,\n";
        auto kept = Importer::runFile(workspace(), m_fixture->writeFile("c.csv", again), mapping(keepAside));
        QVERIFY(kept.ok());
        QCOMPARE(kept->imported, 1);
        QCOMPARE(kept->keptAside, 1);
        QCOMPARE(kept->duplicates, 1);
        const qint64 original = value(QStringLiteral("SELECT id FROM handoff WHERE lead_ref = 'D0'")).toLongLong();
        QCOMPARE(value(QStringLiteral("SELECT reason FROM kept_aside_row WHERE import_run_id = ?"), { kept->runId }).toString(),
            QStringLiteral("Repeats handoff %1 by the identity rule \"Same email address\" (the mapping keeps duplicates aside).")
                .arg(original));
    }

    void leadsAreMatchedToAccounts()
    {
        Account acme;
        acme.name = QStringLiteral("Acme Corporation");
        acme.normalizedName = QStringLiteral("acme");
        acme.domain = QStringLiteral("acme.com");
        QVERIFY(Repository<Account>(workspace()).add(acme).ok());
        Account initech;
        initech.name = QStringLiteral("Initech");
        initech.normalizedName = QStringLiteral("initech");
        QVERIFY(Repository<Account>(workspace()).add(initech).ok());
        const QByteArray data = Header + "A1,pat@eu.acme.com,P,A,Whatever,demo,web,US,10,2026-03-02 10:00,,New,,,,\n"
            + "A2,pat@gmail.com,P,B,\"Initech, Inc.\",demo,web,US,10,2026-03-02 10:00,,New,,,,\n"
            + "A3,pat@gmail.com,P,C,Nobody,demo,web,US,10,2026-03-02 10:00,,New,,,,\n"
            // The same (domain, company) pairs again: answered from what the import remembered.
            + "A4,sam@EU.acme.com,S,A,Whatever,demo,web,US,10,2026-03-02 11:00,,New,,,,\n"
            + "A5,sam@gmail.com,S,C,Nobody,demo,web,US,10,2026-03-02 11:00,,New,,,,\n";
        auto summary = Importer::runFile(workspace(), m_fixture->writeFile("a.csv", data), mapping());
        QVERIFY(summary.ok());
        RawDatabase raw(m_fixture->path);
        QCOMPARE(raw.value(QStringLiteral("SELECT account_id FROM handoff WHERE lead_ref = 'A1'")).toLongLong(), acme.id);
        QCOMPARE(raw.value(QStringLiteral("SELECT account_id FROM handoff WHERE lead_ref = 'A2'")).toLongLong(), initech.id);
        QVERIFY(raw.value(QStringLiteral("SELECT account_id FROM handoff WHERE lead_ref = 'A3'")).isNull());
        QCOMPARE(raw.value(QStringLiteral("SELECT account_id FROM handoff WHERE lead_ref = 'A4'")).toLongLong(), acme.id);
        QVERIFY(raw.value(QStringLiteral("SELECT account_id FROM handoff WHERE lead_ref = 'A5'")).isNull());
        QCOMPARE(cubeDifference(m_fixture->path), QString());
    }

    void rowsTheFileNamesAreCreatedInFileOrder()
    {
        // The mapping creates the owners the file names. The rows that name a new owner are read ahead of the rows
        // being written; each is created once, in file order, and every handoff gets the owner it names.
        QByteArray creating = Mapping;
        creating.replace("{ \"column\": \"owner\", \"field\": \"owner\" }",
            "{ \"column\": \"owner\", \"field\": \"owner\", \"unknown\": \"create\" }");
        QByteArray data = Header;
        for (int i = 0; i < 2000; ++i)
            data += "C" + QByteArray::number(i) + ",c" + QByteArray::number(i) + "@a.com,C,C,A,demo,web,US,10,2026-03-02 10:00,,New,,"
                + (i % 3 ? "Rep " + QByteArray::number(i % 17) : QByteArray()) + ",,\n";
        auto summary = Importer::runFile(workspace(), m_fixture->writeFile("owners.csv", data), mapping(creating));
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QCOMPARE(summary->imported, 2000);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM owner WHERE name LIKE 'Rep %'")).toInt(), 17);
        const auto created = std::find_if(summary->details.cbegin(), summary->details.cend(),
            [](const auto &detail) { return detail.first == QLatin1String("created_owners"); });
        QVERIFY(created != summary->details.cend());
        QCOMPARE(created->second, qint64(17));
        // Every named owner is the one the row names; the owners were created in the order the file names them.
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM handoff h JOIN owner o ON o.id = h.owner_id "
                                      "WHERE o.name = 'Rep ' || ((CAST(substr(h.lead_ref, 2) AS INTEGER)) % 17)")).toInt(),
            1333);
        QCOMPARE(value(QStringLiteral("SELECT group_concat(name, '|') FROM (SELECT name FROM owner WHERE name LIKE 'Rep %' ORDER BY id)"))
                     .toString(),
            QStringLiteral("Rep 1|Rep 2|Rep 4|Rep 5|Rep 7|Rep 8|Rep 10|Rep 11|Rep 13|Rep 14|Rep 16|Rep 0|Rep 3|Rep 6|Rep 9|Rep 12|Rep 15"));
        QCOMPARE(cubeDifference(m_fixture->path), QString());
    }

    void previewShowsRowsAsStoredAndChangesNothing()
    {
        QByteArray creating = Mapping;
        creating.replace("{ \"column\": \"owner\", \"field\": \"owner\" }",
            "{ \"column\": \"owner\", \"field\": \"owner\", \"unknown\": \"create\" }");
        const QByteArray data = Header + "P1,p@a.com,P,One,A,demo,web,US,10,3/2/2026 2:05 PM,,New,,,,\n"
            + "P2,q@a.com,Q,Two,A,demo,web,US,10,2026-03-02 10:00,,New,,Newbie,,\n"
            + "P3,r@a.com,R,Three,A,demo,web,US,10,someday,,New,,,,\n";
        const QByteArray before = contentDigest(m_fixture->path);
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        auto preview = Importer::preview(workspace(), buffer, mapping(creating), 3);
        QVERIFY2(preview.ok(), qPrintable(preview.errorMessage()));
        QCOMPARE(contentDigest(m_fixture->path), before);
        QCOMPARE(preview->records.size(), 3);
        const auto shown = [&](int record, const QString &label) {
            for (const auto &[name, text] : preview->records.at(record).shown)
                if (name == label)
                    return text;
            return QStringLiteral("<none>");
        };
        QCOMPARE(shown(0, QStringLiteral("Handed off")), QStringLiteral("2026-03-02 14:05  (M/D/YYYY H:MM AM/PM · UTC)"));
        QVERIFY(shown(0, QStringLiteral("Owner (name or email)")) == QStringLiteral("Ana")
            || shown(0, QStringLiteral("Owner (name or email)")) == QStringLiteral("Ben"));
        QCOMPARE(shown(0, QStringLiteral("Routed by")), QStringLiteral("Web leads to the SDR team"));
        QCOMPARE(shown(0, QStringLiteral("Week")), QStringLiteral("2026-W10"));
        QCOMPARE(shown(1, QStringLiteral("Owner (name or email)")), QStringLiteral("Newbie"));
        QCOMPARE(preview->records.at(1).created, QStringList({ QStringLiteral("Owner (name or email) Newbie") }));
        QVERIFY(preview->records.at(2).keptAside);
        QCOMPARE(preview->records.at(2).line, 4);
        QVERIFY(preview->records.at(2).status.startsWith(QStringLiteral("Handed off: \"someday\"")));
        QVERIFY(value(QStringLiteral("SELECT count(*) FROM owner WHERE name = 'Newbie'")).toInt() == 0);
    }

    void kpiCubesStayEqualToTheHandoffs()
    {
        // Handoffs written row by row before (triggers), then imports that insert and update (deferred), then
        // row-by-row writes again: the cubes always equal the sums over the handoffs.
        QVERIFY(Importer::runFile(workspace(), m_fixture->writeFile("a.csv", manyRows(700)), mapping()).ok());
        QCOMPARE(cubeDifference(m_fixture->path), QString());
        auto again = Importer::runFile(workspace(), m_fixture->writeFile("b.csv", manyRows(900, 400)), mapping());
        QVERIFY(again.ok());
        QCOMPARE(again->updated, 300);
        QCOMPARE(again->imported, 600);
        QCOMPARE(cubeDifference(m_fixture->path), QString());
        // A file that repeats its own key: the second row updates the handoff the first row of the same import inserted.
        QByteArray twice = Header;
        twice += "T1,t@a.com,T,T,T,demo,web,US,10,2026-03-02 10:00,,New,,,,\n";
        twice += "T1,t@a.com,T,T,T,demo,web,US,10,2026-03-09 10:00,,Won,,,2026-03-20,900\n";
        auto repeated = Importer::runFile(workspace(), m_fixture->writeFile("c.csv", twice), mapping());
        QVERIFY(repeated.ok());
        QCOMPARE(repeated->imported, 1);
        QCOMPARE(repeated->updated, 1);
        QCOMPARE(cubeDifference(m_fixture->path), QString());
        QVERIFY(execSql(workspace().db(), QStringLiteral("UPDATE handoff SET outcome = 'lost', won_amount = NULL WHERE id % 7 = 0")).ok());
        QVERIFY(execSql(workspace().db(), QStringLiteral("DELETE FROM handoff WHERE id % 11 = 0")).ok());
        QCOMPARE(cubeDifference(m_fixture->path), QString());
        QVERIFY(value(QStringLiteral("SELECT deferred_from FROM kpi_sync")).isNull());
    }

    void kpiSumsTakeBackWhatUpdatesChange_data()
    {
        QTest::addColumn<qint64>("mergeBytes");
        QTest::addColumn<int>("updatedFrom"); // the first of the 60 rows updated again
        QTest::newRow("sums merged at the end") << qint64(0) << 0;
        QTest::newRow("sums merged after every record") << qint64(1) << 0;
        // Merges in steps (two cells a record) still under way when the next sums fill up or when a row updates
        // a handoff whose sums they hold.
        QTest::newRow("sums merged in steps every few dozen records") << qint64(20000) << 0;
        QTest::newRow("updates of handoffs whose sums are being merged") << qint64(8000) << 240;
    }

    void kpiSumsTakeBackWhatUpdatesChange()
    {
        // The import sums the cubes as it prepares records. A later row of the same file that updates a handoff
        // the file inserted (hundreds of rows apart, past every batch) moves it to another week and outcome: the
        // sums take back what they had for it, or, once merged, the triggers do.
        QFETCH(qint64, mergeBytes);
        QFETCH(int, updatedFrom);
        QByteArray data = manyRows(300);
        QByteArray again = manyRows(60, updatedFrom).mid(Header.size());
        again.replace("2026-03-0", "2026-03-1").replace(",New,,,,\n", ",Won,,,2026-04-02,2500\n");
        data += again;
        ImportOptions options;
        options.kpiMergeBytes = mergeBytes;
        auto summary = Importer::runFile(workspace(), m_fixture->writeFile("again.csv", data), mapping(), options);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QCOMPARE(summary->imported, 300);
        QCOMPARE(summary->updated, 60);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM handoff WHERE week >= 202611")).toInt(), 60);
        QCOMPARE(cubeDifference(m_fixture->path), QString());
        QVERIFY(value(QStringLiteral("SELECT deferred_from FROM kpi_sync")).isNull());
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'handoff_kpi_insert'")).toInt(), 1);
    }

    void theRollbackJournalNeedsTheWorkspaceToItself()
    {
        // With another connection open (a window beside the import dialog's), the switch is refused at once and
        // the import keeps the WAL; alone, it writes with the rollback journal. Either way it imports and the
        // workspace is back in WAL mode.
        ImportOptions options;
        options.rollbackJournalFromBytes = 0;
        {
            auto other = Workspace::open(m_fixture->path, Workspace::Access::ReadOnly);
            QVERIFY(other.ok());
            QVERIFY(scalar((*other)->db(), QStringLiteral("SELECT count(*) FROM handoff")).ok());
            QElapsedTimer timer;
            timer.start();
            auto beside = Importer::runFile(workspace(), m_fixture->writeFile("a.csv", manyRows(300)), mapping(), options);
            QVERIFY2(beside.ok(), qPrintable(beside.errorMessage()));
            QVERIFY(!beside->details.contains({ QStringLiteral("rollback_journal"), 1 }));
            QVERIFY2(timer.elapsed() < 2500, "the refused switch does not wait for the busy timeout");
            QCOMPARE(scalar((*other)->db(), QStringLiteral("SELECT count(*) FROM handoff WHERE lead_ref LIKE 'M%'")).value().toInt(), 300);
        }
        auto alone = Importer::runFile(workspace(), m_fixture->writeFile("b.csv", manyRows(300, 300)), mapping(), options);
        QVERIFY2(alone.ok(), qPrintable(alone.errorMessage()));
        QVERIFY(alone->details.contains({ QStringLiteral("rollback_journal"), 1 }));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM handoff WHERE lead_ref LIKE 'M%'")).toInt(), 600);
        QCOMPARE(value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(cubeDifference(m_fixture->path), QString());
    }

    void aConnectionOpenedDuringARollbackJournalImportIsRefused()
    {
        // The import holds the file exclusively while it writes with the rollback journal: a workspace opened
        // meanwhile (read-only, as `baton info` does) is refused as locked and does not break the import.
        ImportOptions options;
        options.rollbackJournalFromBytes = 0;
        bool tried = false;
        Result<std::unique_ptr<Workspace>> other = fail(QStringLiteral("not tried"));
        options.progress = [&](qint64, qint64) {
            if (!tried) {
                tried = true;
                other = Workspace::open(m_fixture->path, Workspace::Access::ReadOnly);
            }
            return true;
        };
        auto summary = Importer::runFile(workspace(), m_fixture->writeFile("many.csv", manyRows(3000)), mapping(), options);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QVERIFY(summary->details.contains({ QStringLiteral("rollback_journal"), 1 }));
        QVERIFY(tried);
        QVERIFY(!other.ok());
        QCOMPARE(other.error().kind, Error::Kind::Locked);
        // Afterwards it opens, in WAL mode, with the rows.
        auto after = Workspace::open(m_fixture->path, Workspace::Access::ReadOnly);
        QVERIFY2(after.ok(), qPrintable(after.errorMessage()));
        QCOMPARE(scalar((*after)->db(), QStringLiteral("SELECT count(*) FROM handoff WHERE lead_ref LIKE 'M%'")).value().toInt(), 3000);
        QCOMPARE(value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    }

    void referencesAreCheckedOnceAtTheEnd()
    {
        // Handoff imports write with SQLite's foreign-key checks off and check every id they wrote at the end:
        // a handoff naming an owner that does not exist fails the import (its transaction rolls back).
        QVERIFY(execSql(workspace().db(), QStringLiteral("PRAGMA foreign_keys = OFF")).ok());
        const qint64 owner = value(QStringLiteral("SELECT min(id) FROM owner")).toLongLong();
        const qint64 missing = value(QStringLiteral("SELECT max(id) + 100 FROM owner")).toLongLong();
        const auto write = [&](qint64 ownerId) {
            return workspace().transaction([&]() -> Result<void> {
                auto store = HandoffStore::open(workspace(), QString());
                if (!store)
                    return store.error();
                for (qint64 id : { owner, ownerId }) {
                    Handoff h;
                    h.handedOffAt = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC).toSecsSinceEpoch();
                    h.ownerId = id;
                    if (auto inserted = store->insert(h); !inserted)
                        return inserted.error();
                }
                BATON_TRY(store->flush());
                return store->checkReferences(workspace());
            });
        };
        const qint64 before = value(QStringLiteral("SELECT count(*) FROM handoff")).toLongLong();
        auto dangling = write(missing);
        QVERIFY(!dangling.ok());
        QVERIFY2(dangling.errorMessage().contains(QStringLiteral("owner")), qPrintable(dangling.errorMessage()));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM handoff")).toLongLong(), before);
        QVERIFY2(write(owner).ok(), "existing owners pass");
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM handoff")).toLongLong(), before + 2);
        QVERIFY(execSql(workspace().db(), QStringLiteral("PRAGMA foreign_keys = ON")).ok());
    }

    void kpiDeferralNeedsATransactionAndDoesNotNest()
    {
        QVERIFY(!KpiDeferral::begin(workspace()).ok());
        auto done = workspace().transaction([&]() -> Result<void> {
            auto first = KpiDeferral::begin(workspace());
            if (!first)
                return first.error();
            if (KpiDeferral::begin(workspace()).ok())
                return fail(QStringLiteral("a second deferral started"));
            return first->finish();
        });
        QVERIFY2(done.ok(), qPrintable(done.errorMessage()));
    }

    void sameInputsGiveTheSameHandoffs()
    {
        const QByteArray data = manyRows(600);
        ImportFixture other;
        QVERIFY(other.setUp(QStringLiteral("other.baton")));
        QVERIFY(Importer::runFile(workspace(), m_fixture->writeFile("x.csv", data), mapping()).ok());
        QVERIFY(Importer::runFile(*other.workspace, other.writeFile("x.csv", data), mapping()).ok());
        QCOMPARE(RawDatabase(m_fixture->path).tableDigest(QStringLiteral("handoff")),
            RawDatabase(other.path).tableDigest(QStringLiteral("handoff")));
    }

    void keyTablesThatSpillGiveTheSameImport()
    {
        // Key tables of 4 KB (118 keys in memory) spill to temporary files every few dozen rows; the same files
        // imported with the default tables must give the same handoffs, updates and duplicates.
        const auto row = [](const QByteArray &lead, const QByteArray &email, int i) {
            return lead + "," + email + ",Kim,Row" + QByteArray::number(i) + ",Firm " + QByteArray::number(i % 53)
                + ",demo,web,US,40,2026-03-0" + QByteArray::number(2 + i % 5) + " 10:00,,New,,,,\n";
        };
        const auto email = [](int i) { return "k" + QByteArray::number(i) + "@example.org"; };
        // First file: every 11th row from row 900 on repeats the lead id of the row 900 before it (an update of a
        // handoff this import inserted, long since spilled); every 7th from row 1,000 on repeats the email of the row
        // 1,000 before it (a duplicate), unless that row was an update.
        QByteArray first = Header;
        QList<int> inserted;
        QList<int> plain; // rows whose email stays as the row wrote it
        QSet<int> updated;
        int updates = 0, duplicates = 0;
        const auto isUpdate = [](int i) { return i >= 900 && i % 11 == 10; };
        for (int i = 0; i < 2000; ++i) {
            if (isUpdate(i)) {
                first += row("K" + QByteArray::number(i - 900), "u" + email(i), i);
                updated << i - 900;
                ++updates;
            } else if (i >= 1000 && i % 7 == 6 && !isUpdate(i - 1000)) {
                first += row("K" + QByteArray::number(i), email(i - 1000), i);
                ++duplicates;
                inserted << i;
            } else {
                first += row("K" + QByteArray::number(i), email(i), i);
                inserted << i;
                plain << i;
            }
        }
        plain.removeIf([&updated](int i) { return updated.contains(i); });
        // Second file: 300 updates of handoffs of the first file and 300 new rows repeating the emails of others (the
        // keys of the workspace, loaded into the tables before the file is read).
        QByteArray second = Header;
        for (int j = 0; j < 300; ++j) {
            const int old = inserted.at(j * 5);
            second += row("K" + QByteArray::number(old), "v" + email(old), 5000 + j);
            const int repeated = plain.at(j * 5 + 2);
            QVERIFY(repeated != old);
            second += row("N" + QByteArray::number(j), email(repeated), 6000 + j);
        }

        ImportFixture small;
        QVERIFY(small.setUp(QStringLiteral("small.baton")));
        ImportOptions tight;
        tight.keyTableBytes = 4096;
        QList<ImportSummary> summaries;
        for (const auto &[fixture, options] : { std::pair { m_fixture.get(), ImportOptions() }, std::pair { &small, tight } }) {
            for (const QByteArray *data : { &first, &second }) {
                auto summary = Importer::runFile(*fixture->workspace, fixture->writeFile("k.csv", *data), mapping(), options);
                QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
                summaries << *summary;
            }
        }
        const auto spilled = [](const ImportSummary &summary) {
            for (const auto &[key, value] : summary.details)
                if (key == QLatin1String("keys_to_temporary_files"))
                    return value;
            return qint64(0);
        };
        for (int i : { 0, 2 }) {
            QCOMPARE(summaries.at(i).updated, updates);
            QCOMPARE(summaries.at(i).imported, 2000 - updates);
            QCOMPARE(summaries.at(i).duplicates, duplicates);
            QCOMPARE(summaries.at(i + 1).updated, 300);
            QCOMPARE(summaries.at(i + 1).imported, 300);
            QCOMPARE(summaries.at(i + 1).duplicates, 300);
        }
        // The default tables held everything; the small ones spilled at least every key they were given beyond
        // what they hold.
        QCOMPARE(spilled(summaries.at(0)), 0);
        QCOMPARE(spilled(summaries.at(1)), 0);
        QVERIFY2(spilled(summaries.at(2)) > 2 * (2000 - 118), qPrintable(QString::number(spilled(summaries.at(2)))));
        QVERIFY(spilled(summaries.at(3)) > 2 * (1800 - 118));
        QCOMPARE(RawDatabase(small.path).tableDigest(QStringLiteral("handoff")),
            RawDatabase(m_fixture->path).tableDigest(QStringLiteral("handoff")));
    }

    void anImportWhoseKeyTablesCannotSpillChangesNothing()
    {
        QVERIFY(Importer::runFile(workspace(), m_fixture->writeFile("a.csv", manyRows(50)), mapping()).ok());
        const QString before = RawDatabase(m_fixture->path).tableDigest(QStringLiteral("handoff"));
        const QByteArray old = qgetenv("TMPDIR");
        const auto restore = qScopeGuard([&old] { old.isNull() ? qunsetenv("TMPDIR") : qputenv("TMPDIR", old); });
        const QString missing = m_fixture->dir.filePath(QStringLiteral("no-such-folder"));
        const QString data = m_fixture->writeFile("b.csv", manyRows(600, 50));
        qputenv("TMPDIR", QFile::encodeName(missing));
        ImportOptions tight;
        tight.keyTableBytes = 4096;
        auto summary = Importer::runFile(workspace(), data, mapping(), tight);
        QVERIFY(!summary.ok());
        QVERIFY2(summary.errorMessage().contains(QDir::toNativeSeparators(missing)), qPrintable(summary.errorMessage()));
        QCOMPARE(RawDatabase(m_fixture->path).tableDigest(QStringLiteral("handoff")), before);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM import_run")).toInt(), 1);
    }

    void accountsAndOwners()
    {
        const QByteArray owners = R"json({ "entity": "owner", "key": "name", "columns": [
            { "column": "rep", "field": "name", "required": true },
            { "column": "mail", "field": "email" },
            { "column": "boss", "field": "team", "unknown": "create", "values": { "Kim": "East (Kim)" } },
            { "column": "boss", "field": "manager" },
            { "column": "tz", "field": "time_zone" },
            { "column": "from", "field": "active_from" } ] })json";
        auto first = Importer::runFile(workspace(),
            m_fixture->writeFile("reps.csv", "rep,mail,boss,tz,from\nZoe,zoe@x.com,Kim,Europe/Paris,2026-01-05\n"
                                             "Yan,,Kim,Mars/Olympus,\nAna,ana@x.com,Lee,,\n"),
            mapping(owners));
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        QCOMPARE(first->imported, 1);
        QCOMPARE(first->updated, 1); // Ana was there
        QCOMPARE(first->keptAside, 1); // no such time zone
        RawDatabase raw(m_fixture->path);
        const QVariantList zoe = raw.rows(QStringLiteral(
            "SELECT o.email, t.name, t.manager_name, o.time_zone, o.active_from, "
            "(SELECT count(*) FROM team_member m WHERE m.owner_id = o.id AND m.team_id = t.id) "
            "FROM owner o JOIN team t ON t.id = o.team_id WHERE o.name = 'Zoe'")).value(0);
        QCOMPARE(zoe, QVariantList({ "zoe@x.com", "East (Kim)", "Kim", "Europe/Paris", "2026-01-05", 1 }));
        QCOMPARE(raw.value(QStringLiteral("SELECT t.name FROM owner o JOIN team t ON t.id = o.team_id WHERE o.name = 'Ana'")).toString(),
            QStringLiteral("Lee"));
        // Owner changes are configuration: audited.
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'owner' AND action = 'insert' "
                                          "AND entity_id = (SELECT id FROM owner WHERE name = 'Zoe')")).toInt(),
            1);

        const QByteArray accounts = R"json({ "entity": "account", "key": "name", "columns": [
            { "column": "account", "field": "name" },
            { "column": "web", "field": "domain" },
            { "column": "country", "field": "country" },
            { "column": "staff", "field": "employees" },
            { "column": "revenue", "field": "revenue", "scale": 1000000 },
            { "column": "parent", "field": "parent" } ] })json";
        auto firms = Importer::runFile(workspace(),
            m_fixture->writeFile("accounts.csv", "account,web,country,staff,revenue,parent\n"
                                                 "Acme Europe,https://www.acme.eu/,Germany,150,1.5,Acme Corp\n"
                                                 "Acme Corp,acme.com,United States,5000,1100.04,\n"
                                                 "Orphan Ltd,,Atlantis,10,,Nobody\n"),
            mapping(accounts));
        QVERIFY2(firms.ok(), qPrintable(firms.errorMessage()));
        QCOMPARE(firms->imported, 3);
        const QVariantList europe = raw.rows(QStringLiteral(
            "SELECT a.domain, a.country, a.segment_id, a.revenue, p.name FROM account a JOIN account p ON p.id = a.parent_id "
            "WHERE a.name = 'Acme Europe'")).value(0);
        QCOMPARE(europe, QVariantList({ "acme.eu", "DE", m_fixture->smb, 1500000.0, "Acme Corp" }));
        QCOMPARE(raw.value(QStringLiteral("SELECT territory_id FROM account WHERE name = 'Acme Corp'")).toLongLong(),
            m_fixture->northAmerica);
        QCOMPARE(raw.value(QStringLiteral("SELECT country FROM account WHERE name = 'Orphan Ltd'")).toString(), QStringLiteral("Atlantis"));
        const auto detail = [&](const char *key) {
            for (const auto &[name, count] : firms->details)
                if (name == QLatin1String(key))
                    return count;
            return qint64(-1);
        };
        QCOMPARE(detail("parents_set"), 1);
        QCOMPARE(detail("parents_not_found"), 1);
        // Again, keyed by name: updates, no new rows.
        auto again = Importer::runFile(workspace(),
            m_fixture->writeFile("accounts2.csv", "account,web,country,staff,revenue,parent\nACME corp.,acme.com,US,6000,,\n"),
            mapping(accounts));
        QVERIFY(again.ok());
        QCOMPARE(again->updated, 1);
        QCOMPARE(raw.value(QStringLiteral("SELECT employees FROM account WHERE domain = 'acme.com'")).toInt(), 6000);
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
