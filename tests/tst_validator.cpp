// The validator. Each kind of violation on hand-made handoffs: found when the rule is broken, gone when it
// is not. A run over a workspace (streaming, stage changes, scores per source and campaign), the demo's
// planted problems compared with independent SQL, and `baton validate --json`.

#include "core/workspace.h"
#include "data/account.h"
#include "data/handoff.h"
#include "define/contractservice.h"
#include "demo/defaultconfiguration.h"
#include "demo/demogenerator.h"
#include "instrument/companynames.h"
#include "instrument/validator.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace baton;
using namespace baton::test;

namespace {

using Mutation = std::function<void(Handoff &, QJsonObject &, QList<StageChange> &)>;

// Violations found per kind, for comparing with expectations.
QMap<QString, int> kindsOf(const QList<Validator::Finding> &findings)
{
    QMap<QString, int> kinds;
    for (const Validator::Finding &finding : findings)
        ++kinds[ViolationKinds::key(finding.kind)];
    return kinds;
}

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestValidator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QString m_file;
    DefaultIds m_ids;
    qint64 m_account = 0;
    qint64 m_unlistedSignal = 0;

    // A handoff that keeps every rule of the default configuration with version 1 active.
    Handoff cleanHandoff(QJsonObject *context, QList<StageChange> *changes) const
    {
        Handoff h;
        h.id = 1;
        h.leadRef = QStringLiteral("L-1");
        h.email = QStringLiteral("ana@newco.example");
        h.contactName = QStringLiteral("Ana Lima");
        h.company = QStringLiteral("Newco");
        h.signalTypeId = m_ids.signalTypes.value(QStringLiteral("Demo request")); // min fit C; email, company
        h.fitGrade = QStringLiteral("B");
        h.source = QStringLiteral("organic_search");
        h.campaign = QStringLiteral("seo-blog");
        h.utmSource = QStringLiteral("google");
        h.utmMedium = QStringLiteral("organic");
        h.utmCampaign = QStringLiteral("seo-blog");
        h.ownerId = 0;
        h.createdAt = 1000;
        h.handedOffAt = 2000;
        h.assignedAt = 2100;
        h.firstTouchAt = 2200;
        h.stageId = m_ids.stages.value(QStringLiteral("MQL"));
        *context = QJsonObject { { "job_title", "CTO" }, { "phone", "+1 555 0100" }, { "signal_detail", "12 seats" } };
        *changes = { { 1, 0, m_ids.stages.value(QStringLiteral("Lead")), 1000 },
            { 1, m_ids.stages.value(QStringLiteral("Lead")), m_ids.stages.value(QStringLiteral("MQL")), 2000 } };
        return h;
    }

    qint64 stage(const char *name) const { return m_ids.stages.value(QString::fromLatin1(name)); }

private slots:
    void initTestCase()
    {
        m_file = m_dir.filePath(QStringLiteral("rules.baton"));
        auto created = Workspace::create(m_file);
        QVERIFY(created.ok());
        m_workspace = std::move(created.value());
        auto ids = applyDefaultConfiguration(*m_workspace, QStringLiteral("Rules"));
        QVERIFY(ids.ok());
        m_ids = *ids;
        ContractService contracts(*m_workspace);
        for (const QString &party : Party::all())
            QVERIFY(contracts.sign(m_ids.contract, party, QStringLiteral("Signer"), QDateTime::currentDateTimeUtc()).ok());
        Account acme;
        acme.name = QStringLiteral("Acme Inc");
        acme.normalizedName = QStringLiteral("acme");
        acme.domain = QStringLiteral("acme.example");
        QVERIFY(Repository<Account>(*m_workspace).add(acme).ok());
        m_account = acme.id;
        SignalType unlisted { 0, 0, QStringLiteral("Partner referral"), IntentTier::High, {}, 20 };
        QVERIFY(Repository<SignalType>(*m_workspace).add(unlisted).ok());
        m_unlistedSignal = unlisted.id;
    }

    void theCleanHandoffIsClean()
    {
        auto validator = Validator::load(*m_workspace);
        QVERIFY2(validator.ok(), qPrintable(validator.errorMessage()));
        QJsonObject context;
        QList<StageChange> changes;
        const Handoff h = cleanHandoff(&context, &changes);
        QList<Validator::Finding> findings;
        validator->check(h, context, changes, &findings);
        QCOMPARE(kindsOf(findings), (QMap<QString, int> {}));
    }

    void eachKindFailsWhenBrokenAndPassesWhenNot_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("rule"); // a part of the rule text the violation must cite
        QTest::addColumn<Mutation>("broken");
        QTest::addColumn<Mutation>("fixed");
        const qint64 mql = stage("MQL");
        const qint64 sal = stage("SAL");
        const qint64 opportunity = stage("Opportunity");
        const qint64 nurture = stage("Nurture");
        const qint64 account = m_account;
        const qint64 unlisted = m_unlistedSignal;
        const qint64 webinar = m_ids.signalTypes.value(QStringLiteral("Webinar attended"));

        QTest::newRow("missing context field") << QStringLiteral("missing_context") << QStringLiteral("Demo request: Sales receives phone")
            << Mutation([](Handoff &, QJsonObject &c, QList<StageChange> &) { c.remove(QStringLiteral("phone")); })
            << Mutation([](Handoff &, QJsonObject &c, QList<StageChange> &) { c.insert(QStringLiteral("phone"), QStringLiteral("+44")); });
        QTest::newRow("empty context field") << QStringLiteral("missing_context") << QStringLiteral("job title")
            << Mutation([](Handoff &, QJsonObject &c, QList<StageChange> &) { c.insert(QStringLiteral("job_title"), QStringLiteral("  ")); })
            << Mutation([](Handoff &, QJsonObject &c, QList<StageChange> &) { c.insert(QStringLiteral("job_title"), QStringLiteral("VP Sales")); });
        QTest::newRow("missing required field") << QStringLiteral("missing_field") << QStringLiteral("MQL: Source is required")
            << Mutation([](Handoff &h, QJsonObject &, QList<StageChange> &) { h.source.clear(); })
            << Mutation([](Handoff &h, QJsonObject &, QList<StageChange> &) { h.source = QStringLiteral("webinar"); });
        QTest::newRow("missing timestamp") << QStringLiteral("missing_timestamp") << QStringLiteral("SAL: First touch is required")
            << Mutation([=](Handoff &h, QJsonObject &, QList<StageChange> &s) {
                   h.ownerId = 1;
                   h.acceptedAt = 2300;
                   h.firstTouchAt.reset();
                   h.stageId = sal;
                   s.append({ 1, mql, sal, 2300 });
               })
            << Mutation([=](Handoff &h, QJsonObject &, QList<StageChange> &s) {
                   h.ownerId = 1;
                   h.acceptedAt = 2300;
                   h.stageId = sal;
                   s.append({ 1, mql, sal, 2300 });
               });
        QTest::newRow("timestamp out of order") << QStringLiteral("timestamp_order") << QStringLiteral("First touch must not be before Handed off")
            << Mutation([](Handoff &h, QJsonObject &, QList<StageChange> &) { h.firstTouchAt = 1500; })
            << Mutation([](Handoff &h, QJsonObject &, QList<StageChange> &) { h.firstTouchAt = 2100; });
        QTest::newRow("created after handoff") << QStringLiteral("timestamp_order") << QStringLiteral("Handed off must not be before Created")
            << Mutation([](Handoff &h, QJsonObject &, QList<StageChange> &) { h.createdAt = 2001; })
            << Mutation([](Handoff &h, QJsonObject &, QList<StageChange> &) { h.createdAt = 2000; });
        QTest::newRow("fit below minimum") << QStringLiteral("not_qualified") << QStringLiteral("Demo request: qualifies with fit C or better")
            << Mutation([](Handoff &h, QJsonObject &, QList<StageChange> &) { h.fitGrade = QStringLiteral("D"); })
            << Mutation([](Handoff &h, QJsonObject &, QList<StageChange> &) { h.fitGrade = QStringLiteral("C"); });
        QTest::newRow("fit missing") << QStringLiteral("not_qualified") << QStringLiteral("fit B or better")
            << Mutation([=](Handoff &h, QJsonObject &c, QList<StageChange> &) {
                   h.signalTypeId = webinar;
                   h.fitGrade.clear();
                   c.remove(QStringLiteral("phone"));
               })
            << Mutation([=](Handoff &h, QJsonObject &, QList<StageChange> &) {
                   h.signalTypeId = webinar;
                   h.fitGrade = QStringLiteral("A");
               });
        QTest::newRow("signal type without terms") << QStringLiteral("not_qualified") << QStringLiteral("every signal type handed off has terms")
            << Mutation([=](Handoff &h, QJsonObject &, QList<StageChange> &) { h.signalTypeId = unlisted; })
            << Mutation([](Handoff &, QJsonObject &, QList<StageChange> &) {});
        QTest::newRow("non-standard UTM medium") << QStringLiteral("nonstandard_utm") << QStringLiteral("UTM medium must be")
            << Mutation([](Handoff &h, QJsonObject &, QList<StageChange> &) { h.utmMedium = QStringLiteral("Paid Social"); })
            << Mutation([](Handoff &h, QJsonObject &, QList<StageChange> &) { h.utmMedium = QStringLiteral("social"); });
        QTest::newRow("UTM campaign pattern") << QStringLiteral("nonstandard_utm") << QStringLiteral("UTM campaign must match")
            << Mutation([](Handoff &h, QJsonObject &, QList<StageChange> &) { h.utmCampaign = QStringLiteral("seo blog"); })
            << Mutation([](Handoff &h, QJsonObject &, QList<StageChange> &) { h.utmCampaign = QStringLiteral("seo-blog-2"); });
        QTest::newRow("UTM source casing") << QStringLiteral("nonstandard_utm") << QStringLiteral("UTM source must be lower case")
            << Mutation([](Handoff &h, QJsonObject &, QList<StageChange> &) { h.utmSource = QStringLiteral("Google"); })
            << Mutation([](Handoff &h, QJsonObject &, QList<StageChange> &) { h.utmSource = QStringLiteral("bing"); });
        QTest::newRow("unmatched account by domain") << QStringLiteral("unmatched_account") << QStringLiteral("email domain")
            << Mutation([](Handoff &h, QJsonObject &, QList<StageChange> &) { h.email = QStringLiteral("ana@ACME.example"); })
            << Mutation([=](Handoff &h, QJsonObject &, QList<StageChange> &) {
                   h.email = QStringLiteral("ana@acme.example");
                   h.accountId = account;
               });
        QTest::newRow("unmatched account by name") << QStringLiteral("unmatched_account") << QStringLiteral("company name")
            << Mutation([](Handoff &h, QJsonObject &, QList<StageChange> &) {
                   h.email = QStringLiteral("ana@gmail.com");
                   h.company = QStringLiteral("ACME, Inc.");
               })
            << Mutation([](Handoff &h, QJsonObject &, QList<StageChange> &) {
                   h.email = QStringLiteral("ana@gmail.com"); // free mail never matches
                   h.company = QStringLiteral("Acme Rockets");
               });
        QTest::newRow("illegal transition") << QStringLiteral("illegal_transition") << QStringLiteral("MQL → Opportunity")
            << Mutation([=](Handoff &h, QJsonObject &, QList<StageChange> &s) {
                   h.opportunityAt = 3000;
                   h.opportunityAmount = 1000;
                   h.acceptedAt = 2300;
                   h.stageId = opportunity;
                   s.append({ 1, mql, opportunity, 3000 });
               })
            << Mutation([=](Handoff &h, QJsonObject &, QList<StageChange> &s) {
                   h.stageId = nurture;
                   s.append({ 1, mql, nurture, 3000 });
               });
    }

    void eachKindFailsWhenBrokenAndPassesWhenNot()
    {
        QFETCH(QString, kind);
        QFETCH(QString, rule);
        QFETCH(Mutation, broken);
        QFETCH(Mutation, fixed);
        for (const bool isBroken : { true, false }) {
            auto validator = Validator::load(*m_workspace);
            QVERIFY(validator.ok());
            QJsonObject context;
            QList<StageChange> changes;
            Handoff h = cleanHandoff(&context, &changes);
            (isBroken ? broken : fixed)(h, context, changes);
            QList<Validator::Finding> findings;
            validator->check(h, context, changes, &findings);
            if (!isBroken) {
                QCOMPARE(kindsOf(findings), (QMap<QString, int> {}));
                continue;
            }
            QCOMPARE(kindsOf(findings), (QMap<QString, int> { { kind, 1 } }));
            QVERIFY2(findings.first().rule.contains(rule), qPrintable(findings.first().rule));
            if (kind == QStringLiteral("unmatched_account"))
                QCOMPARE(findings.first().relatedId, m_account);
        }
    }

    void duplicatesAreLaterRecordsOfTheSameLead()
    {
        auto validator = Validator::load(*m_workspace);
        QVERIFY(validator.ok());
        QJsonObject context;
        QList<StageChange> changes;
        Handoff first = cleanHandoff(&context, &changes);
        Handoff again = first;
        again.id = 2;
        again.email = QStringLiteral(" ANA@newco.example");
        Handoff recycled = first;
        recycled.id = 3;
        recycled.recycledFromId = 1;
        Handoff other = first;
        other.id = 4;
        other.email = QStringLiteral("bo@newco.example");
        other.contactName = QStringLiteral("Bo Berg");
        QList<Validator::Finding> findings;
        validator->check(first, context, changes, &findings);
        QVERIFY(findings.isEmpty()); // the original
        validator->check(again, context, changes, &findings);
        QCOMPARE(kindsOf(findings), (QMap<QString, int> { { QStringLiteral("duplicate"), 1 } }));
        QCOMPARE(findings.first().relatedId, qint64(1));
        QVERIFY(findings.first().rule.contains(QStringLiteral("Same email address")));
        findings.clear();
        validator->check(recycled, context, changes, &findings);
        QVERIFY2(findings.isEmpty(), "a recycled lead re-enters on purpose");
        validator->check(other, context, changes, &findings);
        QVERIFY(findings.isEmpty());
    }

    void runStreamsEveryHandoffWithItsStageChanges()
    {
        // A fresh copy of the rules workspace with six handoffs: three clean, three with known problems.
        const QString file = m_dir.filePath(QStringLiteral("run.baton"));
        QVERIFY(m_workspace->saveCopyAs(file).ok());
        auto opened = Workspace::open(file);
        QVERIFY(opened.ok());
        Workspace &workspace = **opened;
        {
            HandoffWriter writer(workspace);
            auto done = workspace.transaction([&]() -> Result<void> {
                for (int i = 1; i <= 6; ++i) {
                    QJsonObject context;
                    QList<StageChange> changes;
                    Handoff h = cleanHandoff(&context, &changes);
                    h.id = 0;
                    h.email = QStringLiteral("lead%1@newco.example").arg(i);
                    h.contactName = QStringLiteral("Lead %1").arg(i);
                    h.source = i <= 3 ? QStringLiteral("organic_search") : QStringLiteral("webinar");
                    h.campaign = i % 2 ? QStringLiteral("seo-blog") : QStringLiteral("webinar-revops-101");
                    if (i == 4)
                        context.remove(QStringLiteral("phone")); // missing context
                    if (i == 5) {
                        h.fitGrade = QStringLiteral("D"); // not qualified, and a second rule:
                        h.utmMedium = QStringLiteral("Webinar"); // non-standard UTM
                    }
                    if (i == 6)
                        changes.append({ 0, stage("MQL"), stage("Customer"), 3000 }); // illegal, and Customer's
                                                                                 // timestamp and amount are missing
                    h.context = QString::fromUtf8(QJsonDocument(context).toJson(QJsonDocument::Compact));
                    if (i == 6)
                        h.stageId = stage("Customer");
                    BATON_TRY(writer.insert(h));
                    for (StageChange change : changes) {
                        change.handoffId = h.id;
                        BATON_TRY(writer.insertStageChange(change));
                    }
                }
                return {};
            });
            QVERIFY2(done.ok(), qPrintable(done.errorMessage()));
        }
        auto validator = Validator::load(workspace);
        QVERIFY(validator.ok());
        qint64 progressCalls = 0;
        ValidationOptions options;
        options.progress = [&progressCalls](qint64 done, qint64 total) {
            ++progressCalls;
            return done <= total;
        };
        auto report = validator->run(workspace, options);
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(report->checked, 6);
        QVERIFY(progressCalls >= 1);
        QCOMPARE(report->count(ViolationKind::MissingContext), 1);
        QCOMPARE(report->count(ViolationKind::NotQualified), 1);
        QCOMPARE(report->count(ViolationKind::NonstandardUtm), 1);
        QCOMPARE(report->count(ViolationKind::IllegalTransition), 1);
        QCOMPARE(report->count(ViolationKind::MissingTimestamp), 1); // Customer: closed_at
        QCOMPARE(report->count(ViolationKind::MissingField), 1); // Customer: won_amount
        QCOMPARE(report->count(ViolationKind::Duplicate), 0);
        QCOMPARE(report->totalViolations(), 6);
        QCOMPARE(report->handoffsWithViolations, 3);
        QCOMPARE(report->handoffCount(ViolationKind::NotQualified), 1);
        QCOMPARE(report->details.size(), 6);
        QCOMPARE(report->contractNumber, 1);
        // Scores: organic_search 3 clean of 3; webinar 0 of 3. seo-blog (1, 3, 5): 2 of 3; webinar-revops-101 (2, 4, 6): 1 of 3.
        QMap<QString, std::pair<qint64, qint64>> sources;
        for (const QualityScore &score : report->bySource)
            sources.insert(score.name, { score.clean, score.handoffs });
        QCOMPARE(sources.value(QStringLiteral("organic_search")), (std::pair<qint64, qint64>(3, 3)));
        QCOMPARE(sources.value(QStringLiteral("webinar")), (std::pair<qint64, qint64>(0, 3)));
        QMap<QString, double> campaigns;
        for (const QualityScore &score : report->byCampaign)
            campaigns.insert(score.name, score.score());
        QCOMPARE(campaigns.value(QStringLiteral("seo-blog")), 2.0 / 3.0);
        QCOMPARE(campaigns.value(QStringLiteral("webinar-revops-101")), 1.0 / 3.0);
        QCOMPARE(report->score(), 0.5);
        // Cancelling stops the run with a clear error.
        options.progress = [](qint64, qint64) { return false; };
        auto cancelled = Validator::load(workspace)->run(workspace, options);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().kind, Error::Kind::Cancelled);
    }

    void withoutAnActiveContractOnlyTheDataIsChecked()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("nocontract.baton")));
        QVERIFY(workspace.ok());
        QVERIFY(applyDefaultConfiguration(**workspace, QStringLiteral("No contract")).ok());
        auto validator = Validator::load(**workspace);
        QVERIFY(validator.ok());
        QVERIFY(!validator->rules().contract.has_value());
        QJsonObject context;
        QList<StageChange> changes;
        Handoff h = cleanHandoff(&context, &changes);
        h.fitGrade = QStringLiteral("D");
        context = {};
        QList<Validator::Finding> findings;
        validator->check(h, context, changes, &findings);
        QVERIFY(findings.isEmpty());
    }

    void findsThePlantedProblemsOfTheDemo()
    {
        const QString file = m_dir.filePath(QStringLiteral("demo.baton"));
        auto summary = createDemoWorkspace(file, DemoOptions());
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        auto opened = Workspace::open(file);
        QVERIFY(opened.ok());
        auto validator = Validator::load(**opened);
        QVERIFY(validator.ok());
        auto report = validator->run(**opened);
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        RawDatabase raw(file);
        QCOMPARE(report->checked, raw.value(QStringLiteral("SELECT count(*) FROM handoff")).toLongLong());

        // Independent computations: per kind, the violating handoff ids with their number of violations.
        QMap<ViolationKind, QMap<qint64, int>> expected;
        const auto collect = [&](ViolationKind kind, const QString &sql) {
            for (const QVariantList &row : raw.rows(sql))
                expected[kind][row.at(0).toLongLong()] += row.at(1).toInt();
        };
        const QString active = QStringLiteral("(SELECT id FROM contract_version WHERE status = 'active')");
        collect(ViolationKind::MissingContext,
            QStringLiteral("SELECT h.id, count(*) FROM handoff h JOIN contract_term t ON t.signal_type_id = h.signal_type_id "
                           "AND t.contract_version_id = %1, json_each(t.required_context) j "
                           "WHERE trim(coalesce(json_extract(h.context, '$.' || j.value), '')) = '' GROUP BY h.id")
                .arg(active));
        // One violation for a fit below the minimum (or no term), one per required attribute left empty
        // (the default contract requires email and company).
        collect(ViolationKind::NotQualified,
            QStringLiteral("SELECT id, n FROM (SELECT h.id, "
                           "(t.id IS NULL OR h.fit_grade IS NULL OR h.fit_grade > t.min_fit_grade) + "
                           "(SELECT count(*) FROM json_each(t.required_attributes) a WHERE "
                           "(a.value = 'email' AND trim(ifnull(h.email, '')) = '') OR "
                           "(a.value = 'company' AND trim(ifnull(h.company, '')) = '')) AS n "
                           "FROM handoff h LEFT JOIN contract_term t ON t.signal_type_id = h.signal_type_id "
                           "AND t.contract_version_id = %1) WHERE n > 0")
                .arg(active));
        collect(ViolationKind::IllegalTransition,
            QStringLiteral("SELECT c.handoff_id, count(*) FROM stage_change c WHERE c.from_stage_id IS NOT NULL AND NOT EXISTS "
                           "(SELECT 1 FROM stage_transition t WHERE t.from_stage_id = c.from_stage_id AND t.to_stage_id = c.to_stage_id) "
                           "GROUP BY c.handoff_id"));
        // Required fields and timestamps at every stage reached.
        const QMap<QString, QString> columns = { { "email", "email" }, { "company", "company" },
            { "signal_type", "signal_type_id" }, { "source", "source" }, { "owner", "owner_id" }, { "fit_grade", "fit_grade" },
            { "opportunity_amount", "opportunity_amount" }, { "won_amount", "won_amount" } };
        for (const QVariantList &requirement : raw.rows(QStringLiteral("SELECT stage_id, field, kind FROM stage_requirement"))) {
            const QString field = requirement.at(1).toString();
            const QString column = columns.value(field, field);
            collect(requirement.at(2).toString() == QStringLiteral("timestamp") ? ViolationKind::MissingTimestamp
                                                                                 : ViolationKind::MissingField,
                QStringLiteral("SELECT h.id, 1 FROM handoff h WHERE (h.stage_id = %1 OR EXISTS (SELECT 1 FROM stage_change c "
                               "WHERE c.handoff_id = h.id AND c.to_stage_id = %1)) AND trim(coalesce(h.%2, '')) = ''")
                    .arg(requirement.at(0).toLongLong())
                    .arg(column));
        }
        // Timestamps: one violation per timestamp that is earlier than one of an earlier lifecycle step.
        const QList<QStringList> steps = { { "created_at" }, { "handed_off_at" }, { "assigned_at" }, { "first_touch_at" },
            { "accepted_at", "rejected_at" }, { "opportunity_at" }, { "closed_at" } };
        QStringList orderTerms;
        for (int s = 1; s < steps.size(); ++s)
            for (const QString &column : steps.at(s)) {
                QStringList earlier;
                for (int p = 0; p < s; ++p)
                    for (const QString &previous : steps.at(p))
                        earlier << QStringLiteral("coalesce(%1 > %2, 0)").arg(previous, column);
                orderTerms << QStringLiteral("(%1 IS NOT NULL AND (%2))").arg(column, earlier.join(QStringLiteral(" OR ")));
            }
        collect(ViolationKind::TimestampOrder,
            QStringLiteral("SELECT id, %1 FROM handoff WHERE %2")
                .arg(orderTerms.join(QStringLiteral(" + ")), orderTerms.join(QStringLiteral(" OR "))));
        // Duplicates: a later record sharing the email, or the contact name and company, with any earlier one.
        collect(ViolationKind::Duplicate,
            QStringLiteral("SELECT id, 1 FROM ("
                           "SELECT id, recycled_from_id, row_number() OVER (PARTITION BY lower(trim(email)) ORDER BY id) AS e, "
                           "row_number() OVER (PARTITION BY lower(trim(contact_name)), lower(trim(company)) ORDER BY id) AS n, "
                           "email, contact_name, company FROM handoff) "
                           "WHERE recycled_from_id IS NULL AND ((trim(coalesce(email, '')) <> '' AND e > 1) OR "
                           "(trim(coalesce(contact_name, '')) <> '' AND trim(coalesce(company, '')) <> '' AND n > 1))"));
        // UTM conventions, coded here from the stored conventions.
        QMap<QString, QVariantList> conventions;
        for (const QVariantList &row : raw.rows(QStringLiteral("SELECT field, casing, pattern, allowed_values FROM utm_convention")))
            conventions.insert(row.at(0).toString(), row);
        // Accounts: domains (not free mail) and stored normalized names.
        QMap<QString, qint64> domains;
        QMap<QString, qint64> names;
        for (const QVariantList &row : raw.rows(QStringLiteral("SELECT id, domain, normalized_name FROM account ORDER BY id DESC"))) {
            domains.insert(row.at(1).toString(), row.at(0).toLongLong());
            names.insert(row.at(2).toString(), row.at(0).toLongLong());
        }
        for (const QVariantList &row : raw.rows(QStringLiteral(
                 "SELECT id, utm_source, utm_medium, utm_campaign, email, company, account_id FROM handoff"))) {
            const qint64 id = row.at(0).toLongLong();
            int broken = 0;
            for (int i = 1; i <= 3; ++i) {
                const QString field = QStringList { {}, "utm_source", "utm_medium", "utm_campaign" }.at(i);
                const QString value = row.at(i).toString();
                const QVariantList convention = conventions.value(field);
                if (value.isEmpty() || convention.isEmpty())
                    continue;
                const QStringList allowed = QJsonDocument::fromJson(convention.at(3).toString().toUtf8()).toVariant().toStringList();
                const QString pattern = convention.at(2).toString();
                if ((convention.at(1).toString() == QStringLiteral("lower") && value != value.toLower())
                    || (!allowed.isEmpty() && !allowed.contains(value))
                    || (!pattern.isEmpty() && !QRegularExpression(QStringLiteral("^(?:%1)$").arg(pattern)).match(value).hasMatch()))
                    ++broken;
            }
            if (broken)
                expected[ViolationKind::NonstandardUtm][id] += broken;
            if (row.at(6).isNull()) {
                const QString email = row.at(4).toString();
                const QString domain = email.mid(email.indexOf(QLatin1Char('@')) + 1).toLower();
                if ((!isFreeMailDomain(domain) && domains.contains(domain))
                    || names.contains(normalizeCompanyName(row.at(5).toString())))
                    expected[ViolationKind::UnmatchedAccount][id] += 1;
            }
        }

        QSet<qint64> violating;
        for (ViolationKind kind : ViolationKinds::all()) {
            const QMap<qint64, int> &ids = expected.value(kind);
            int violations = 0;
            for (int count : ids)
                violations += count;
            QCOMPARE(report->count(kind), qint64(violations));
            QCOMPARE(report->handoffCount(kind), qint64(ids.size()));
            for (auto it = ids.begin(); it != ids.end(); ++it)
                violating.insert(it.key());
        }
        QCOMPARE(report->handoffsWithViolations, qint64(violating.size()));
        // The planted problems are all there.
        for (ViolationKind kind : { ViolationKind::MissingContext, ViolationKind::MissingTimestamp, ViolationKind::TimestampOrder,
                 ViolationKind::NonstandardUtm, ViolationKind::UnmatchedAccount, ViolationKind::Duplicate,
                 ViolationKind::IllegalTransition })
            QVERIFY2(report->count(kind) > 0, qPrintable(ViolationKinds::key(kind)));
        // The touches logged before the handoff are among the out-of-order timestamps.
        QVERIFY(raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE first_touch_at < handed_off_at")).toLongLong() > 0);
        // Scores per source: clean handoffs are those of the source outside the violating set.
        QMap<QString, qint64> clean;
        for (const QVariantList &row : raw.rows(QStringLiteral("SELECT id, coalesce(source, '') FROM handoff")))
            if (!violating.contains(row.at(0).toLongLong()))
                ++clean[row.at(1).toString()];
        for (const QualityScore &score : report->bySource)
            QCOMPARE(score.clean, clean.value(score.name));
        // paid_social, with the bad-fit campaign, has the worst score.
        const auto worst = std::min_element(report->bySource.begin(), report->bySource.end(),
            [](const QualityScore &a, const QualityScore &b) { return a.score() < b.score(); });
        QCOMPARE(worst->name, QStringLiteral("paid_social"));

        // The command line prints the same counts.
        QProcess process;
        process.start(QStringLiteral(BATON_EXECUTABLE), { QStringLiteral("validate"), file, QStringLiteral("--json") });
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(json.value(QStringLiteral("checked")).toInteger(), report->checked);
        const QJsonArray kinds = json.value(QStringLiteral("violations")).toArray();
        QCOMPARE(kinds.size(), ViolationKindCount);
        for (const QJsonValue &value : kinds) {
            ViolationKind kind;
            QVERIFY(ViolationKinds::fromKey(value.toObject().value(QStringLiteral("kind")).toString(), &kind));
            QCOMPARE(value.toObject().value(QStringLiteral("count")).toInteger(), report->count(kind));
        }
    }

    void commandLineErrors()
    {
        QProcess process;
        process.start(QStringLiteral(BATON_EXECUTABLE), { QStringLiteral("validate") });
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        process.start(QStringLiteral(BATON_EXECUTABLE), { QStringLiteral("validate"), m_dir.filePath(QStringLiteral("missing.baton")) });
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardError().contains("does not exist"));
        process.start(QStringLiteral(BATON_EXECUTABLE), { QStringLiteral("validate"), m_file, QStringLiteral("--list"), QStringLiteral("x") });
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
