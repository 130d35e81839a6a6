// Import mappings: the JSON format (what it accepts, what it refuses and why, a round trip), the presets shipped
// with Baton (each valid and recognised from its own header, closest presets named when none fits), and a
// Salesforce lead report and a HubSpot contact export written with those CRMs' standard column names and values.

#include "importfixture.h"

#include "instrument/datastandard.h"
#include "instrument/import/importer.h"
#include "instrument/import/importpresets.h"

#include <QDateTime>
#include <QTest>

using namespace baton;
using namespace baton::test;

class TestImportMapping : public QObject
{
    Q_OBJECT

private slots:
    void refusesWhatItDoesNotUnderstand_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{ nope") << "The mapping is not valid JSON";
        QTest::newRow("array") << QByteArray("[]") << "The mapping must be a JSON object";
        QTest::newRow("unknown setting") << QByteArray("{\"colums\": []}") << "The mapping has an unknown setting \"colums\"";
        QTest::newRow("unknown entity") << QByteArray("{\"entity\": \"deal\", \"columns\": []}") << "The mapping imports \"deal\"";
        QTest::newRow("no columns") << QByteArray("{\"entity\": \"handoff\"}") << "The mapping needs \"columns\"";
        QTest::newRow("empty columns") << QByteArray("{\"columns\": []}") << "The mapping maps no columns.";
        QTest::newRow("unknown field") << QByteArray("{\"columns\": [{\"column\": \"a\", \"field\": \"colour\"}]}")
                                       << "Column rule 1 feeds \"colour\", which is not a field of handoff.";
        QTest::newRow("field of another entity") << QByteArray("{\"entity\": \"owner\", \"columns\": [{\"column\": \"a\", \"field\": \"lead_ref\"}]}")
                                                 << "Column rule 1 feeds \"lead_ref\", which is not a field of owner.";
        QTest::newRow("neither column nor value") << QByteArray("{\"columns\": [{\"field\": \"email\"}]}")
                                                  << "Column rule 1 (email) names neither a column nor a value.";
        QTest::newRow("both column and value") << QByteArray("{\"columns\": [{\"column\": \"a\", \"field\": \"email\", \"value\": \"x\"}]}")
                                               << "Column rule 1 (email) names both a column and a fixed value";
        QTest::newRow("bad date format") << QByteArray("{\"columns\": [{\"column\": \"a\", \"field\": \"created_at\", \"date_format\": \"dd/mm\"}]}")
                                         << "Column rule 1: the date format \"dd/mm\" is not one of auto, iso";
        QTest::newRow("bad unknown") << QByteArray("{\"columns\": [{\"column\": \"a\", \"field\": \"owner\", \"unknown\": \"guess\"}]}")
                                     << "Column rule 1: \"unknown\" must be keep, keep_aside, blank or create";
        QTest::newRow("cannot create stages") << QByteArray("{\"columns\": [{\"column\": \"a\", \"field\": \"stage\", \"unknown\": \"create\"}]}")
                                              << "Column rule 1: Baton cannot create a new stage";
        QTest::newRow("keep a reference") << QByteArray("{\"columns\": [{\"column\": \"a\", \"field\": \"owner\", \"unknown\": \"keep\"}]}")
                                          << "Column rule 1: owner values must be ones the workspace knows";
        QTest::newRow("append a number") << QByteArray("{\"columns\": [{\"column\": \"a\", \"field\": \"employees\", \"append\": true}]}")
                                         << "Column rule 1: only text fields can be appended to";
        QTest::newRow("translation not text") << QByteArray("{\"columns\": [{\"column\": \"a\", \"field\": \"source\", \"values\": {\"x\": 1}}]}")
                                              << "Column rule 1: the translation of \"x\" must be text.";
        QTest::newRow("bad key") << QByteArray("{\"key\": \"company\", \"columns\": [{\"column\": \"a\", \"field\": \"company\"}]}")
                                 << "An import of handoff cannot be keyed by \"company\"; the keys are: lead_ref, opportunity_ref, email.";
        QTest::newRow("key without column") << QByteArray("{\"key\": \"email\", \"columns\": [{\"column\": \"a\", \"field\": \"company\"}]}")
                                            << "The mapping is keyed by email but no column feeds it.";
        QTest::newRow("update without key") << QByteArray("{\"mode\": \"update\", \"columns\": [{\"column\": \"a\", \"field\": \"company\"}]}")
                                            << "An update needs a key";
        QTest::newRow("bad time zone") << QByteArray("{\"time_zone\": \"Mars/Olympus\", \"columns\": [{\"column\": \"a\", \"field\": \"company\"}]}")
                                       << "The time zone \"Mars/Olympus\" is not an IANA time zone";
        QTest::newRow("bad delimiter") << QByteArray("{\"delimiter\": \"#\", \"columns\": [{\"column\": \"a\", \"field\": \"company\"}]}")
                                       << "The delimiter \"#\" is not one of";
        QTest::newRow("newer format") << QByteArray("{\"format\": 2, \"columns\": [{\"column\": \"a\", \"field\": \"company\"}]}")
                                      << "The mapping is in format 2; this Baton reads format 1.";
        QTest::newRow("zero scale") << QByteArray("{\"columns\": [{\"column\": \"a\", \"field\": \"revenue\", \"scale\": 0}]}")
                                    << "Column rule 1: \"scale\" must be a non-zero number.";
    }
    void refusesWhatItDoesNotUnderstand()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        auto mapping = MappingDefinition::fromJson(json);
        QVERIFY(!mapping.ok());
        QVERIFY2(mapping.errorMessage().startsWith(message), qPrintable(mapping.errorMessage()));
    }

    void roundTrip()
    {
        const QByteArray json = "{\n"
"            \"name\": \"Round trip\", \"description\": \"All settings\", \"entity\": \"handoff\", \"recognize\": [\"Id\", \"When\"],\n"
"            \"delimiter\": \";\", \"decimal\": \",\", \"time_zone\": \"Europe/Berlin\", \"key\": \"lead_ref\", \"mode\": \"update\",\n"
"            \"duplicates\": \"keep_aside\", \"new_owners\": { \"role\": \"AE\", \"team\": \"Closers\" },\n"
"            \"columns\": [\n"
"                { \"column\": [\"Id\", \"ID\"], \"field\": \"lead_ref\", \"required\": true },\n"
"                { \"column\": \"First\", \"field\": \"contact_name\" },\n"
"                { \"column\": \"Last\", \"field\": \"contact_name\", \"append\": true },\n"
"                { \"column\": \"When\", \"field\": \"handed_off_at\", \"date_format\": \"dmy\" },\n"
"                { \"column\": \"Status\", \"field\": \"outcome\", \"values\": { \"Gewonnen\": \"won\", \"\": \"open\" }, \"unknown\": \"blank\" },\n"
"                { \"column\": \"Umsatz\", \"field\": \"revenue\", \"scale\": 1000 },\n"
"                { \"field\": \"signal_type\", \"value\": \"Demo request\" },\n"
"                { \"column\": \"Title\", \"field\": \"context:job_title\" }\n"
"            ] }";
        auto first = MappingDefinition::fromJson(json);
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        auto second = MappingDefinition::fromJson(first->toJson());
        QVERIFY2(second.ok(), qPrintable(second.errorMessage()));
        QCOMPARE(second->toJson(), first->toJson());
        QCOMPARE(second->delimiter, ';');
        QCOMPARE(second->decimal, ',');
        QCOMPARE(second->mode, MappingDefinition::Mode::Update);
        QVERIFY(second->duplicatesKeptAside);
        QCOMPARE(second->newOwnerTeam, QStringLiteral("Closers"));
        QCOMPARE(second->rules.size(), 8);
        QCOMPARE(second->rules.at(0).columns, QStringList({ "Id", "ID" }));
        QCOMPARE(second->rules.at(3).dateFormat, DateFormat::Dmy);
        QCOMPARE(second->rules.at(4).values.value(QStringLiteral("Gewonnen")), QStringLiteral("won"));
        QCOMPARE(second->rules.at(4).unknown, UnknownValue::Blank);
        QCOMPARE(second->rules.at(5).scale, 1000.0);
        QCOMPARE(second->rules.at(6).constant, QStringLiteral("Demo request"));
        QCOMPARE(second->recognitionColumns(), QStringList({ "Id", "When" }));
    }

    void everyPresetIsValidAndRecognisedFromItsHeader()
    {
        const QList<ImportPreset> &presets = ImportPresets::builtIn();
        QStringList ids;
        for (const ImportPreset &preset : presets)
            ids << preset.id;
        QCOMPARE(ids, QStringList({ "hubspot-contacts", "maven-accounts", "maven-sales-pipeline", "maven-sales-teams",
                          "olist-closed-deals", "olist-mqls", "salesforce-leads" }));
        for (const ImportPreset &preset : presets) {
            QVERIFY(!preset.mapping.name.isEmpty());
            QVERIFY(!preset.mapping.description.isEmpty());
            // The header of an export: the recognition columns plus one the preset does not know, in another order.
            QStringList header = preset.mapping.recognitionColumns();
            std::reverse(header.begin(), header.end());
            header << QStringLiteral("Some custom field");
            const Recognition recognition = ImportPresets::recognize(header, presets);
            QVERIFY2(recognition.preset.has_value(), qPrintable(preset.id + QStringLiteral(": ") + recognition.message));
            QCOMPARE(recognition.preset->id, preset.id);
        }
    }

    void unknownHeadersNameTheClosestPresets()
    {
        const QStringList header = { "Lead ID", "First Name", "Last Name", "Lead Source", "Favourite colour" };
        const Recognition recognition = ImportPresets::recognize(header, ImportPresets::builtIn());
        QVERIFY(!recognition.preset);
        QCOMPARE(recognition.closest.size(), 1);
        QCOMPARE(ImportPresets::builtIn().at(recognition.closest.first().candidate).id, QStringLiteral("salesforce-leads"));
        QCOMPARE(recognition.closest.first().missing, QStringList({ "Lead Status", "Created Date" }));
        QCOMPARE(recognition.unplaced, QStringList({ "Favourite colour" }));
        QVERIFY2(recognition.message.contains(QStringLiteral("Salesforce lead export (2 of 4 columns; missing Lead Status, Created Date)")),
            qPrintable(recognition.message));
        QVERIFY(recognition.message.contains(QStringLiteral("Columns no mapping places: Favourite colour.")));
    }

    void savedMappingsComeFirstAndAreFoundByName()
    {
        ImportFixture fixture;
        QVERIFY(fixture.setUp());
        ImportMapping saved;
        saved.name = QStringLiteral("Our Salesforce");
        saved.definition = QString::fromUtf8(ImportPresets::builtIn().last().mapping.toJson());
        QVERIFY(Repository<ImportMapping>(*fixture.workspace).add(saved).ok());
        auto available = ImportPresets::available(*fixture.workspace);
        QVERIFY(available.ok());
        QCOMPARE(available->first().id, QStringLiteral("Our Salesforce"));
        const Recognition recognition = ImportPresets::recognize({ "Lead ID", "Lead Status", "Lead Source", "Created Date" }, *available);
        QCOMPARE(recognition.preset->id, QStringLiteral("Our Salesforce"));
        QCOMPARE(ImportPresets::find(*fixture.workspace, QStringLiteral("our salesforce"))->savedId, saved.id);
        QCOMPARE(ImportPresets::find(*fixture.workspace, QStringLiteral("olist-mqls"))->mapping.name,
            QStringLiteral("Olist marketing qualified leads"));
        auto missing = ImportPresets::find(*fixture.workspace, QStringLiteral("pipedrive"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.errorMessage().contains(QStringLiteral("salesforce-leads")));
        const QString file = fixture.writeFile("m.json", "{\"name\": \"\", \"columns\": [{\"column\": \"a\", \"field\": \"email\"}]}");
        QCOMPARE(ImportPresets::find(*fixture.workspace, file)->mapping.name, QStringLiteral("m"));
    }

    void salesforceLeadReport()
    {
        ImportFixture fixture;
        QVERIFY(fixture.setUp());
        const QByteArray report =
            "\"Lead ID\",\"First Name\",\"Last Name\",\"Title\",\"Company / Account\",\"Email\",\"Lead Source\",\"Lead Status\","
            "\"Lead Owner\",\"Created Date\",\"Converted Date\",\"Converted Opportunity ID\",\"Annual Revenue\",\"No. of Employees\","
            "\"Country\",\"State/Province\",\"Rating\"\r\n"
            "\"00Q5e00000AbCdE\",\"Jane\",\"Smith\",\"VP Ops\",\"Smith Enterprises\",\"jane@smith.example\",\"Web\","
            "\"Closed - Converted\",\"Ana\",\"3/14/2024 9:41 AM\",\"3/20/2024\",\"0065e00000XyZ12\",\"$1,200,000\",\"45\","
            "\"United States\",\"CA\",\"Hot\"\r\n"
            "\"00Q5e00000AbCdF\",\"Joe\",\"Bloggs\",\"\",\"Bloggs Ltd\",\"joe@bloggs.example\",\"Purchased List\","
            "\"Closed - Not Converted\",\"Ben\",\"3/15/2024 2:05 PM\",\"\",\"\",\"\",\"\",\"UK\",\"\",\"Cold\"\r\n"
            "\"00Q5e00000AbCdG\",\"Kim\",\"Lee\",\"\",\"Lee Co\",\"kim@lee.example\",\"Trade Show\",\"Nurturing\","
            "\"Dana New\",\"3/16/2024 8:00 AM\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"\r\n";
        const QString file = fixture.writeFile("salesforce.csv", report);
        auto header = Importer::readHeader(file);
        QVERIFY(header.ok());
        const Recognition recognition = ImportPresets::recognize(*header, ImportPresets::builtIn());
        QCOMPARE(recognition.preset->id, QStringLiteral("salesforce-leads"));
        auto summary = Importer::runFile(*fixture.workspace, file, recognition.preset->mapping);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QCOMPARE(summary->imported, 2);
        QCOMPARE(summary->keptAside, 1); // a custom status the preset does not translate
        RawDatabase raw(fixture.path);
        const QVariantList jane = raw.rows(QStringLiteral(
            "SELECT h.contact_name, h.outcome, h.handed_off_at, h.accepted_at, h.opportunity_at, h.opportunity_ref, h.revenue, "
            "h.employees, h.country, h.region, h.source, o.name, h.territory_id, h.segment_id, json_extract(h.context, '$.job_title') "
            "FROM handoff h JOIN owner o ON o.id = h.owner_id WHERE h.lead_ref = '00Q5e00000AbCdE'")).value(0);
        const qint64 created = QDateTime(QDate(2024, 3, 14), QTime(9, 41), Qt::UTC).toSecsSinceEpoch();
        const qint64 converted = QDateTime(QDate(2024, 3, 20), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        QCOMPARE(jane, QVariantList({ "Jane Smith", "opportunity", created, converted, converted, "0065e00000XyZ12", 1200000.0,
                           45, "US", "CA", "web", "Ana", fixture.northAmerica, fixture.smb, "VP Ops" }));
        QCOMPARE(raw.value(QStringLiteral("SELECT outcome || '/' || country || '/' || source FROM handoff WHERE lead_ref = '00Q5e00000AbCdF'")).toString(),
            QStringLiteral("rejected/GB/purchased_list"));
        QVERIFY(raw.value(QStringLiteral("SELECT reason FROM kept_aside_row")).toString().startsWith(QStringLiteral("Outcome: \"Nurturing\"")));
        // The owner of the kept-aside row was not created: nothing of a kept-aside row is written.
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM owner WHERE name = 'Dana New'")).toInt(), 0);
    }

    void hubspotContactExport()
    {
        ImportFixture fixture;
        QVERIFY(fixture.setUp());
        const QByteArray export_ =
            "Record ID,First Name,Last Name,Email,Company Name,Lifecycle Stage,Lead Status,Contact owner,Create Date,"
            "Original Source,Became a Marketing Qualified Lead Date,Became a Sales Qualified Lead Date,Became an Opportunity Date,"
            "Became a Customer Date,Country/Region\n"
            "101,Ann,Ames,ann@ames.example,Ames Inc,Customer,,ben@x.example,2024-01-02 10:00,Organic Search,2024-01-05 09:00,"
            "2024-01-06 11:00,2024-01-20 15:00,2024-03-01 12:00,Germany\n"
            "102,Bo,Berg,bo@berg.example,Berg AG,Marketing Qualified Lead,Unqualified,,2024-01-03 10:00,Paid Social,"
            "2024-01-04 09:30,,,,\n"
            "103,Cy,Cole,cy@cole.example,Cole,Subscriber,,,2024-01-03 10:00,Direct Traffic,,,,,\n";
        const QString file = fixture.writeFile("hubspot.csv", export_);
        const Recognition recognition = ImportPresets::recognize(*Importer::readHeader(file), ImportPresets::builtIn());
        QCOMPARE(recognition.preset->id, QStringLiteral("hubspot-contacts"));
        auto summary = Importer::runFile(*fixture.workspace, file, recognition.preset->mapping);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QCOMPARE(summary->imported, 2);
        QCOMPARE(summary->keptAside, 1); // never became an MQL: not handed off
        RawDatabase raw(fixture.path);
        const auto at = [](int month, int day, int hour) {
            return QDateTime(QDate(2024, month, day), QTime(hour, 0), Qt::UTC).toSecsSinceEpoch();
        };
        const QVariantList ann = raw.rows(QStringLiteral(
            "SELECT outcome, stage_id, handed_off_at, accepted_at, opportunity_at, closed_at, source, country FROM handoff "
            "WHERE lead_ref = '101'")).value(0);
        QCOMPARE(ann, QVariantList({ "won", fixture.ids.stages.value(QStringLiteral("Customer")), at(1, 5, 9), at(1, 6, 11),
                          at(1, 20, 15), at(3, 1, 12), "organic_search", "DE" }));
        // Unqualified: rejected with the reason Bad fit, although the lifecycle stage is still MQL.
        QCOMPARE(raw.value(QStringLiteral("SELECT h.outcome || '/' || r.name || '/' || s.name FROM handoff h "
                                          "JOIN rejection_reason r ON r.id = h.rejection_reason_id "
                                          "JOIN lifecycle_stage s ON s.id = h.stage_id WHERE h.lead_ref = '102'")).toString(),
            QStringLiteral("rejected/Bad fit/MQL"));
        // The owner is named by email: unknown, so created with it.
        QCOMPARE(raw.value(QStringLiteral("SELECT o.email FROM handoff h JOIN owner o ON o.id = h.owner_id WHERE h.lead_ref = '101'")).toString(),
            QStringLiteral("ben@x.example"));
        QVERIFY(raw.value(QStringLiteral("SELECT reason FROM kept_aside_row")).toString().startsWith(QStringLiteral("Handed off is missing")));
    }
};

QTEST_GUILESS_MAIN(TestImportMapping)
#include "tst_importmapping.moc"
