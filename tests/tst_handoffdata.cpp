// Handoff filters, id paging and CSV output, checked on a demo workspace against independent SQL.

#include "core/csv.h"
#include "core/workspace.h"
#include "data/handoff.h"
#include "demo/demogenerator.h"
#include "testsupport.h"

#include <QTest>

using namespace baton;
using namespace baton::test;

class TestHandoffData : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<Workspace> m_workspace;

private slots:
    void initTestCase()
    {
        m_file = m_dir.filePath(QStringLiteral("data.baton"));
        DemoOptions options;
        options.handoffs = 3000;
        options.weeks = 10;
        QVERIFY(createDemoWorkspace(m_file, options).ok());
        auto opened = Workspace::open(m_file);
        QVERIFY(opened.ok());
        m_workspace = std::move(opened.value());
    }

    void filtersCountWhatSqlCounts_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("sql");
        QTest::newRow("week range") << 0 << QStringLiteral("week BETWEEN 202642 AND 202644");
        QTest::newRow("source and outcome") << 1 << QStringLiteral("source = 'paid_social' AND outcome IN ('rejected')");
        QTest::newRow("fallback") << 2 << QStringLiteral("routed_to_fallback = 1");
        QTest::newRow("sla missed") << 3 << QStringLiteral("sla_due_at IS NOT NULL AND (first_touch_at IS NULL OR first_touch_at > sla_due_at)");
        QTest::newRow("sla met, untouched excluded") << 4 << QStringLiteral("first_touch_at <= sla_due_at");
        QTest::newRow("rejected without reason") << 5 << QStringLiteral("rejected_at IS NOT NULL AND rejection_reason_id IS NULL");
        QTest::newRow("search") << 6 << QStringLiteral("company LIKE '%Logic%' OR email LIKE '%Logic%' OR lead_ref LIKE '%Logic%' OR contact_name LIKE '%Logic%'");
        QTest::newRow("search with wildcard characters") << 7 << QStringLiteral("0");
        QTest::newRow("teams and signals") << 8 << QStringLiteral("team_id IN (2, 3) AND signal_type_id = 1");
    }

    void filtersCountWhatSqlCounts()
    {
        QFETCH(int, kind);
        QFETCH(QString, sql);
        HandoffFilter filter;
        switch (kind) {
        case 0:
            filter.fromWeek = 202642;
            filter.toWeek = 202644;
            break;
        case 1:
            filter.sources = { QStringLiteral("paid_social") };
            filter.outcomes = { QStringLiteral("rejected") };
            break;
        case 2:
            filter.routedToFallback = true;
            break;
        case 3:
            filter.slaMet = false;
            break;
        case 4:
            filter.slaMet = true;
            break;
        case 5:
            filter.rejectedWithoutReason = true;
            break;
        case 6:
            filter.search = QStringLiteral("Logic");
            break;
        case 7:
            filter.search = QStringLiteral("%_%");
            break;
        case 8:
            filter.teams = { 2, 3 };
            filter.signalTypes = { 1 };
            break;
        }
        RawDatabase raw(m_file);
        const qint64 expected = raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE ") + sql).toLongLong();
        QVERIFY(kind == 7 || expected > 0);
        HandoffRepository repository(*m_workspace);
        QCOMPARE(*repository.count(filter), expected);
        QCOMPARE(repository.ids(filter)->size(), expected);
    }

    void idsComeInTheRequestedOrder()
    {
        HandoffRepository repository(*m_workspace);
        HandoffFilter filter;
        filter.toWeek = 202640;
        auto ids = repository.ids(filter, QStringLiteral("opportunity_amount"), true);
        QVERIFY(ids.ok());
        RawDatabase raw(m_file);
        const auto expected = raw.rows(QStringLiteral("SELECT id FROM handoff WHERE week <= 202640 ORDER BY opportunity_amount DESC, id"));
        QCOMPARE(ids->size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(ids->at(i), expected.at(i).at(0).toLongLong());
        // byIds keeps that order.
        const QList<qint64> some = ids->mid(5, 40);
        auto rows = repository.byIds(some);
        QCOMPARE(rows->size(), some.size());
        for (int i = 0; i < some.size(); ++i)
            QCOMPARE(rows->at(i).id, some.at(i));
        QVERIFY(!repository.ids(filter, QStringLiteral("1; DROP TABLE handoff")).ok());
        // A list longer than SQLite's limit of bound values still selects exactly those handoffs.
        HandoffFilter many;
        for (qint64 id = 1; id <= 40000; id += 2)
            many.ids << id;
        many.ids << 0; // "none": ids are never null, so it adds nothing
        QCOMPARE(*repository.count(many), raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE id % 2 = 1")).toLongLong());
    }

    void csvFieldsAreQuotedAndNeutralised_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << QStringLiteral("Acme") << QStringLiteral("Acme");
        QTest::newRow("comma") << QStringLiteral("Acme, Inc.") << QStringLiteral("\"Acme, Inc.\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"x\")") << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
        QTest::newRow("plus") << QStringLiteral("+1 555") << QStringLiteral("'+1 555");
        QTest::newRow("minus") << QStringLiteral("-2") << QStringLiteral("'-2");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
        QTest::newRow("carriage return") << QStringLiteral("\rx") << QStringLiteral("\"'\rx\"");
        QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("\"a;b\"");
    }

    void csvFieldsAreQuotedAndNeutralised()
    {
        QFETCH(QString, value);
        QFETCH(QString, field);
        QCOMPARE(csvField(value), field);
    }

    void exportsAreReadableByTheUserOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("export.csv"));
        {
            auto file = createPrivateFile(path);
            QVERIFY(file.ok());
            CsvWriter writer(file->get());
            QVERIFY(writer.writeRow({ QStringLiteral("a"), QStringLiteral("=1+1") }));
        }
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
            QFile::Permissions());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("a,'=1+1\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestHandoffData)
#include "tst_handoffdata.moc"
