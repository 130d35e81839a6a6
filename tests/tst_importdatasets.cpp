// The sample datasets in ../shared/data imported with their presets, recognised from their headers, with the
// counts checked against an independent reading of the same files (a small CSV splitter written here, not the
// importer's reader): Maven's 35 agents, 85 accounts and 8,800 opportunities by stage; Olist's 8,000 MQLs by
// origin and the 842 won deals joined to them by mql_id.

#include "importfixture.h"

#include "instrument/import/importer.h"
#include "instrument/import/importpresets.h"

#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QSet>
#include <QTimeZone>
#include <QTest>

using namespace baton;
using namespace baton::test;

namespace {

QString dataDir()
{
    const QString configured = qEnvironmentVariable("BATON_DATA_DIR");
    return configured.isEmpty() ? QStringLiteral(BATON_SOURCE_DIR "/../shared/data") : configured;
}

// An independent RFC 4180 reading: quotes, doubled quotes, CRLF. Returns rows of fields, header first.
QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\n') {
            row << field;
            field.clear();
            rows << row;
            row.clear();
        } else if (c != u'\r') {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

int column(const QList<QStringList> &rows, const char *name)
{
    return int(rows.first().indexOf(QString::fromLatin1(name)));
}

} // namespace

class TestImportDatasets : public QObject
{
    Q_OBJECT

private:
    ImportFixture m_fixture;

    // Recognises the preset from the file's header, checks it is `presetId`, and imports with it.
    ImportSummary import(const QString &file, const char *presetId)
    {
        auto header = Importer::readHeader(file);
        if (!header)
            qFatal("%s", qPrintable(header.errorMessage()));
        auto candidates = ImportPresets::available(*m_fixture.workspace);
        const Recognition recognition = ImportPresets::recognize(*header, *candidates);
        if (!recognition.preset || recognition.preset->id != QLatin1String(presetId))
            qFatal("%s was not recognised as %s: %s", qPrintable(file), presetId, qPrintable(recognition.message));
        auto summary = Importer::runFile(*m_fixture.workspace, file, recognition.preset->mapping);
        if (!summary)
            qFatal("%s", qPrintable(summary.errorMessage()));
        return *summary;
    }

private slots:
    void initTestCase()
    {
        if (!QFileInfo::exists(dataDir() + QStringLiteral("/maven-crm-sales-opportunities/sales_pipeline.csv")))
            QSKIP("The sample datasets are not there (set BATON_DATA_DIR to the folder holding them).");
        QVERIFY(m_fixture.setUp(QStringLiteral("datasets.baton")));
    }

    void maven()
    {
        const QString folder = dataDir() + QStringLiteral("/maven-crm-sales-opportunities/");
        RawDatabase raw(m_fixture.path);
        const qint64 ownersBefore = raw.value(QStringLiteral("SELECT count(*) FROM owner")).toLongLong();

        // Agents: owners in teams named after their office and manager.
        const QList<QStringList> teams = readCsv(folder + QStringLiteral("sales_teams.csv"));
        QCOMPARE(teams.size() - 1, 35);
        const ImportSummary agents = import(folder + QStringLiteral("sales_teams.csv"), "maven-sales-teams");
        QCOMPARE(agents.read, 35);
        QCOMPARE(agents.imported, 35);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM owner")).toLongLong(), ownersBefore + 35);
        for (const QStringList &row : teams.mid(1)) {
            const QString team = QStringLiteral("%1 (%2)").arg(row.at(column(teams, "regional_office")), row.at(column(teams, "manager")));
            QCOMPARE(raw.value(QStringLiteral("SELECT t.name || '/' || t.manager_name || '/' || o.role FROM owner o "
                                              "JOIN team t ON t.id = o.team_id WHERE o.name = ?"),
                         { row.at(column(teams, "sales_agent")) })
                         .toString(),
                team + QLatin1Char('/') + row.at(column(teams, "manager")) + QStringLiteral("/AE"));
        }

        // Accounts: revenue in millions, sectors as industries, parents.
        const QList<QStringList> accounts = readCsv(folder + QStringLiteral("accounts.csv"));
        const ImportSummary firms = import(folder + QStringLiteral("accounts.csv"), "maven-accounts");
        QCOMPARE(firms.read, accounts.size() - 1);
        QCOMPARE(firms.imported, 85);
        double revenue = 0;
        int withParent = 0;
        QHash<QString, int> sectors;
        for (const QStringList &row : accounts.mid(1)) {
            revenue += row.at(column(accounts, "revenue")).toDouble() * 1e6;
            withParent += row.at(column(accounts, "subsidiary_of")).isEmpty() ? 0 : 1;
            ++sectors[row.at(column(accounts, "sector"))];
        }
        QCOMPARE(withParent, 15);
        QVERIFY(qAbs(raw.value(QStringLiteral("SELECT total(revenue) FROM account")).toDouble() - revenue) < 1.0);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM account WHERE parent_id IS NOT NULL")).toInt(), withParent);
        for (auto it = sectors.begin(); it != sectors.end(); ++it)
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM account a JOIN industry i ON i.id = a.industry_id WHERE i.name = ?"),
                         { it.key() })
                         .toInt(),
                it.value());
        QCOMPARE(raw.value(QStringLiteral("SELECT country FROM account WHERE name = 'Acme Corporation'")).toString(), QStringLiteral("US"));

        // Opportunities: every stage but Prospecting (no date at all) becomes a handoff.
        const QList<QStringList> pipeline = readCsv(folder + QStringLiteral("sales_pipeline.csv"));
        QCOMPARE(pipeline.size() - 1, 8800);
        QHash<QString, int> byStage;
        double wonValue = 0;
        int withAccount = 0;
        int gtxPro = 0;
        QHash<QString, int> byAgent;
        for (const QStringList &row : pipeline.mid(1)) {
            const QString stage = row.at(column(pipeline, "deal_stage"));
            ++byStage[stage];
            if (stage == QLatin1String("Won"))
                wonValue += row.at(column(pipeline, "close_value")).toDouble();
            if (stage != QLatin1String("Prospecting")) {
                const QString product = row.at(column(pipeline, "product"));
                gtxPro += product == QLatin1String("GTXPro") || product == QLatin1String("GTX Pro") ? 1 : 0;
                withAccount += row.at(column(pipeline, "account")).isEmpty() ? 0 : 1;
                ++byAgent[row.at(column(pipeline, "sales_agent"))];
            }
        }
        QCOMPARE(byStage.value(QStringLiteral("Won")), 4238);
        QCOMPARE(byStage.value(QStringLiteral("Lost")), 2473);
        QCOMPARE(byStage.value(QStringLiteral("Engaging")), 1589);
        QCOMPARE(byStage.value(QStringLiteral("Prospecting")), 500);
        const ImportSummary deals = import(folder + QStringLiteral("sales_pipeline.csv"), "maven-sales-pipeline");
        QCOMPARE(deals.read, 8800);
        QCOMPARE(deals.imported, 8800 - byStage.value(QStringLiteral("Prospecting")));
        QCOMPARE(deals.keptAside, byStage.value(QStringLiteral("Prospecting")));
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM kept_aside_row WHERE import_run_id = ? AND raw LIKE '%,Prospecting,%' "
                                          "AND reason LIKE 'Handed off is missing%'"),
                     { deals.runId })
                     .toInt(),
            500);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE outcome = 'won'")).toInt(), byStage.value(QStringLiteral("Won")));
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE outcome = 'lost'")).toInt(), byStage.value(QStringLiteral("Lost")));
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE outcome = 'opportunity'")).toInt(),
            byStage.value(QStringLiteral("Engaging")));
        QCOMPARE(raw.value(QStringLiteral("SELECT total(won_amount) FROM handoff")).toDouble(), wonValue);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE account_id IS NOT NULL")).toInt(), withAccount);
        // No agent or account had to be created: the teams and accounts files know them all.
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM owner")).toLongLong(), ownersBefore + 35);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM account")).toInt(), 85);
        for (auto it = byAgent.begin(); it != byAgent.end(); ++it)
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM handoff h JOIN owner o ON o.id = h.owner_id WHERE o.name = ?"),
                         { it.key() })
                         .toInt(),
                it.value());
        // The file spells one product GTXPro; the preset writes it as products.csv does.
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE json_extract(context, '$.product') = 'GTX Pro'")).toInt(),
            gtxPro);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE json_extract(context, '$.product') = 'GTXPro'")).toInt(), 0);
        QCOMPARE(cubeDifference(m_fixture.path), QString());
    }

    void olist()
    {
        const QString folder = dataDir() + QStringLiteral("/olist-marketing-funnel/");
        RawDatabase raw(m_fixture.path);
        const qint64 handoffsBefore = raw.value(QStringLiteral("SELECT count(*) FROM handoff")).toLongLong();
        const QList<QStringList> mqls = readCsv(folder + QStringLiteral("olist_marketing_qualified_leads_dataset.csv"));
        QCOMPARE(mqls.size() - 1, 8000);
        QHash<QString, QString> originOf;
        QHash<QString, int> byOrigin;
        for (const QStringList &row : mqls.mid(1)) {
            originOf.insert(row.at(0), row.at(column(mqls, "origin")));
            ++byOrigin[row.at(column(mqls, "origin"))];
        }
        QCOMPARE(originOf.size(), 8000);
        const ImportSummary leads = import(folder + QStringLiteral("olist_marketing_qualified_leads_dataset.csv"), "olist-mqls");
        QCOMPARE(leads.read, 8000);
        QCOMPARE(leads.imported, 8000);
        QCOMPARE(leads.keptAside, 0);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM handoff")).toLongLong(), handoffsBefore + 8000);
        for (auto it = byOrigin.begin(); it != byOrigin.end(); ++it)
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE lead_ref IS NOT NULL AND ifnull(source, '') = ifnull(?, '')"),
                         { it.key() })
                         .toInt(),
                it.value());
        QCOMPARE(byOrigin.value(QString()), 60);
        // A date alone is the start of that day in Brazil (1 Feb 2018 was in Brazilian summer time: UTC-2).
        const QStringList first = mqls.at(1);
        QCOMPARE(first.at(1), QStringLiteral("2018-02-01"));
        QCOMPARE(raw.value(QStringLiteral("SELECT handed_off_at FROM handoff WHERE lead_ref = ?"), { first.at(0) }).toLongLong(),
            QDateTime(QDate(2018, 2, 1), QTime(2, 0), Qt::UTC).toSecsSinceEpoch());
        // Nobody owns them in the file: routed, and with no rule for them, to the fallback queue.
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE lead_ref IS NOT NULL AND routed_to_fallback = 1")).toInt(), 8000);

        const QList<QStringList> closed = readCsv(folder + QStringLiteral("olist_closed_deals_dataset.csv"));
        QCOMPARE(closed.size() - 1, 842);
        QHash<QString, int> wonByOrigin;
        QSet<QString> sdrs;
        for (const QStringList &row : closed.mid(1)) {
            QVERIFY(originOf.contains(row.at(0)));
            ++wonByOrigin[originOf.value(row.at(0))];
            sdrs.insert(row.at(column(closed, "sdr_id")));
        }
        const ImportSummary won = import(folder + QStringLiteral("olist_closed_deals_dataset.csv"), "olist-closed-deals");
        QCOMPARE(won.read, 842);
        QCOMPARE(won.updated, 842);
        QCOMPARE(won.imported, 0);
        QCOMPARE(won.keptAside, 0);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE lead_ref IS NOT NULL AND outcome = 'won'")).toInt(), 842);
        // The README's table: organic_search 271, paid_search 195, ..., blank 14.
        QCOMPARE(wonByOrigin.value(QStringLiteral("organic_search")), 271);
        QCOMPARE(wonByOrigin.value(QString()), 14);
        for (auto it = wonByOrigin.begin(); it != wonByOrigin.end(); ++it)
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE lead_ref IS NOT NULL AND outcome = 'won' "
                                              "AND ifnull(source, '') = ifnull(?, '')"),
                         { it.key() })
                         .toInt(),
                it.value());
        // The SDRs became owners in one team; a won handoff is owned by its SDR.
        QCOMPARE(sdrs.size(), 32);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM owner o JOIN team t ON t.id = o.team_id WHERE t.name = 'Olist SDRs'")).toInt(),
            int(sdrs.size()));
        const QStringList deal = closed.at(1);
        const QVariantList stored = raw.rows(QStringLiteral(
            "SELECT o.name, h.closed_at, h.opportunity_ref, json_extract(h.context, '$.sales_rep') FROM handoff h "
            "JOIN owner o ON o.id = h.owner_id WHERE h.lead_ref = ?"), { deal.at(0) }).value(0);
        QCOMPARE(stored.at(0).toString(), deal.at(column(closed, "sdr_id")));
        // won_date is Brazil time.
        const QDateTime wonAt = QDateTime::fromString(deal.at(column(closed, "won_date")), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        QCOMPARE(stored.at(1).toLongLong(), QDateTime(wonAt.date(), wonAt.time(), QTimeZone("America/Sao_Paulo")).toSecsSinceEpoch());
        QCOMPARE(stored.at(2).toString(), deal.at(column(closed, "seller_id")));
        QCOMPARE(stored.at(3).toString(), deal.at(column(closed, "sr_id")));
        // The one deal won two days before its lead's first contact stays as the data has it, for the validator.
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE lead_ref IS NOT NULL AND closed_at < handed_off_at")).toInt(), 1);
        QCOMPARE(cubeDifference(m_fixture.path), QString());
    }
};

QTEST_GUILESS_MAIN(TestImportDatasets)
#include "tst_importdatasets.moc"
