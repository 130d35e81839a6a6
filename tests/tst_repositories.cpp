// Typed repositories: every configuration entity round-trips, stale edits are refused, every change
// is in the audit log; handoffs round-trip through the bulk writer; ISO weeks and company names.

#include "core/hashidtable.h"
#include "core/spillingidtable.h"
#include "core/isoweek.h"
#include "core/workspace.h"
#include "data/account.h"
#include "data/handoff.h"
#include "define/contract.h"
#include "demo/defaultconfiguration.h"
#include "enforce/sla.h"
#include "feedback/feedback.h"
#include "govern/governance.h"
#include "instrument/companynames.h"
#include "instrument/datastandard.h"
#include "map/stages.h"
#include "route/coverage.h"
#include "route/routingrules.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <random>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace baton;
using namespace baton::test;

class TestRepositories : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    DefaultIds m_ids;
    int m_counter = 0;

    // Adds `entity`, reads it back and compares every stored value.
    template <typename Entity>
    bool roundTrips(Entity entity)
    {
        Repository<Entity> repository(*m_workspace);
        auto id = repository.add(entity);
        if (!id) {
            qWarning() << Entity::table() << id.errorMessage();
            return false;
        }
        auto read = repository.get(*id);
        if (!read || read->id != *id || read->rowVersion != 1) {
            qWarning() << Entity::table() << "could not be read back";
            return false;
        }
        if (read->values() != entity.values()) {
            qWarning() << Entity::table() << read->values() << "!=" << entity.values();
            return false;
        }
        return true;
    }

private slots:
    void init()
    {
        auto created = Workspace::create(m_dir.filePath(QStringLiteral("repo-%1.baton").arg(++m_counter)));
        QVERIFY(created.ok());
        m_workspace = std::move(created.value());
        m_workspace->setActor(QStringLiteral("tester"));
        auto ids = applyDefaultConfiguration(*m_workspace, QStringLiteral("Test"));
        QVERIFY2(ids.ok(), qPrintable(ids.errorMessage()));
        m_ids = *ids;
    }

    void cleanup() { m_workspace.reset(); }

    void everyConfigurationEntityRoundTrips()
    {
        const qint64 signal = m_ids.signalTypes.first();
        const qint64 stage = m_ids.stages.first();
        const QDateTime at = QDateTime::fromSecsSinceEpoch(1764000000, Qt::UTC);
        QVERIFY(roundTrips(SignalType { 0, 0, QStringLiteral("Partner referral"), IntentTier::High, QStringLiteral("d"), 42 }));
        QVERIFY(roundTrips(ContractVersion { 0, 0, 7, ContractStatus::Draft, QStringLiteral("T"), QStringLiteral("S"), at, {}, {} }));
        const qint64 version7 = Repository<ContractVersion>(*m_workspace).list(QStringLiteral("number = 7"))->first().id;
        ContractTerm term { 0, 0, version7, signal, QStringLiteral("B"), { QStringLiteral("email") },
            { QStringLiteral("job_title"), QStringLiteral("phone") }, QStringLiteral("AE"), QStringLiteral("Call"), 45 };
        QVERIFY(roundTrips(term));
        // One term per signal type and version.
        QVERIFY(!Repository<ContractTerm>(*m_workspace).add(term).ok());
        QVERIFY(roundTrips(ContractSignoff { 0, 0, m_ids.contract, Party::Marketing, QStringLiteral("Nina"), at }));
        QVERIFY(roundTrips(LifecycleStage { 0, 0, QStringLiteral("Re-engaged"), 20, QStringLiteral("side"),
            WorkflowAction::Alert, QStringLiteral("Back in touch") }));
        QVERIFY(roundTrips(StageTransition { 0, 0, m_ids.stages.value(QStringLiteral("Customer")), stage }));
        QVERIFY(roundTrips(StageRequirement { 0, 0, stage, QStringLiteral("phone"), QStringLiteral("field") }));
        QVERIFY(roundTrips(UtmConvention { 0, 0, QStringLiteral("campaign"), QStringLiteral("upper"), QStringLiteral("[A-Z]+"),
            { QStringLiteral("A"), QStringLiteral("B") } }));
        QVERIFY(roundTrips(IdentityRule { 0, 0, QStringLiteral("Phone"), { QStringLiteral("phone") }, 3, false }));
        QVERIFY(roundTrips(FreeMailDomain { 0, 0, QStringLiteral("example-mail.org") }));
        QVERIFY(roundTrips(LegalSuffix { 0, 0, QStringLiteral("KGaA") }));
        QVERIFY(roundTrips(ImportMapping { 0, 0, QStringLiteral("Mine"), QStringLiteral("account"), QStringLiteral("{}") }));
        Territory territory { 0, 0, QStringLiteral("Nordics"), 3 };
        QVERIFY(roundTrips(territory));
        const qint64 territoryId = Repository<Territory>(*m_workspace).list(QStringLiteral("name = ?"), { territory.name })->first().id;
        QVERIFY(roundTrips(TerritoryArea { 0, 0, territoryId, QStringLiteral("SE"), QString() }));
        QVERIFY(roundTrips(TerritoryArea { 0, 0, territoryId, QStringLiteral("US"), QStringLiteral("MN") }));
        Segment segment;
        segment.name = QStringLiteral("Strategic");
        segment.minEmployees = 5000;
        segment.minRevenue = 1e9;
        QVERIFY(roundTrips(segment));
        QVERIFY(roundTrips(Industry { 0, 0, QStringLiteral("Energy") }));
        QVERIFY(roundTrips(Team { 0, 0, QStringLiteral("Inbound"), QStringLiteral("queue"), QStringLiteral("Kim"), m_ids.calendar, false }));
        Owner owner;
        owner.name = QStringLiteral("Ada");
        owner.email = QStringLiteral("ada@example.org");
        owner.teamId = m_ids.fallbackQueue;
        owner.timeZone = QStringLiteral("Europe/Berlin");
        owner.capacityPerDay = 33;
        owner.activeFrom = QDate(2026, 1, 1);
        owner.activeUntil = QDate(2026, 12, 31);
        owner.calendarId = m_ids.calendar;
        QVERIFY(roundTrips(owner));
        const qint64 ownerId = Repository<Owner>(*m_workspace).list()->first().id;
        QVERIFY(roundTrips(OwnerAbsence { 0, 0, ownerId, QDate(2026, 8, 1), QDate(2026, 8, 14), QStringLiteral("Vacation") }));
        QVERIFY(roundTrips(TeamMember { 0, 0, m_ids.fallbackQueue, ownerId, 3 }));
        QVERIFY(roundTrips(RoutingRuleSet { 0, 0, QStringLiteral("Draft"), QStringLiteral("draft"), at, {} }));
        RoutingRule rule;
        rule.ruleSetId = m_ids.ruleSet;
        rule.position = 4;
        rule.name = QStringLiteral("Rule");
        rule.conditions.signalTypes = { signal };
        rule.conditions.intentTiers = { IntentTier::High };
        rule.conditions.sources = { QStringLiteral("webinar") };
        rule.conditions.accountOwned = false;
        rule.assignKind = AssignKind::Owner;
        rule.assignOwnerId = ownerId;
        QVERIFY(roundTrips(rule));
        QCOMPARE(RuleConditions::fromJson(rule.conditions.toJson()), rule.conditions);
        QVERIFY(roundTrips(BusinessCalendar { 0, 0, QStringLiteral("Tokyo"), QStringLiteral("Asia/Tokyo") }));
        QVERIFY(roundTrips(CalendarHours { 0, 0, m_ids.calendar, 6, 600, 720 }));
        QVERIFY(roundTrips(CalendarHoliday { 0, 0, m_ids.calendar, QDate(2026, 12, 24), QStringLiteral("Eve") }));
        Repository<SlaPolicy> policies(*m_workspace);
        SignalType extra { 0, 0, QStringLiteral("Chat"), IntentTier::High, {}, 99 };
        QVERIFY(Repository<SignalType>(*m_workspace).add(extra).ok());
        QVERIFY(roundTrips(SlaPolicy { 0, 0, extra.id, 30, CalendarSource::Policy, m_ids.calendar }));
        QVERIFY(roundTrips(EscalationStep { 0, 0, policies.list()->first().id, 9, 300, EscalationAction::NotifyRevOps }));
        QVERIFY(roundTrips(RecyclePlay { 0, 0, QStringLiteral("Partner nurture"), PlayKind::Nurture, 60, QStringLiteral("x") }));
        QVERIFY(roundTrips(RejectionReason { 0, 0, QStringLiteral("Budget"), 0, QStringLiteral("No budget"), false, 9 }));
        Account account;
        account.externalRef = QStringLiteral("A-1");
        account.name = QStringLiteral("Acme GmbH");
        account.normalizedName = normalizeCompanyName(account.name);
        account.domain = QStringLiteral("acme.de");
        account.employees = 250;
        account.revenue = 1.5e7;
        account.ownerId = ownerId;
        QVERIFY(roundTrips(account));
        GovernanceMeeting meeting { 0, 0, QStringLiteral("2026-W47"), QDate(2026, 11, 17), { QStringLiteral("A"), QStringLiteral("B") },
            QStringLiteral("n") };
        QVERIFY(roundTrips(meeting));
        const qint64 meetingId = Repository<GovernanceMeeting>(*m_workspace).list()->first().id;
        QVERIFY(roundTrips(MeetingDecision { 0, 0, meetingId, QStringLiteral("Decided"), 1 }));
        QVERIFY(roundTrips(ActionItem { 0, 0, meetingId, QStringLiteral("Do"), QStringLiteral("Sam"), QDate(2026, 11, 30),
            ActionStatus::Done, QDate(2026, 11, 25) }));
        QVERIFY(roundTrips(MaturitySelfAssessment { 0, 0, MaturityDimension::Routing, 2, QDate(2026, 10, 1), QStringLiteral("ok") }));
    }

    void aStaleEditIsRefused()
    {
        Repository<SignalType> repository(*m_workspace);
        SignalType mine = repository.list()->first();
        SignalType theirs = mine;
        theirs.name = QStringLiteral("Changed elsewhere");
        QVERIFY(repository.update(theirs).ok());
        QCOMPARE(theirs.rowVersion, mine.rowVersion + 1);
        mine.description = QStringLiteral("my edit");
        auto conflict = repository.update(mine);
        QVERIFY(!conflict.ok());
        QCOMPARE(conflict.error().kind, Error::Kind::Conflict);
        QCOMPARE(repository.get(mine.id)->name, QStringLiteral("Changed elsewhere"));
        QVERIFY(!repository.remove(mine).ok());
        QVERIFY(repository.remove(theirs).ok() == false); // still referenced by a contract term and an SLA policy
    }

    void everyChangeIsAudited()
    {
        RawDatabase raw(m_workspace->path());
        const auto auditRows = [&](qint64 id) {
            return raw.rows(QStringLiteral("SELECT action, field, old_value, new_value, actor FROM audit_log "
                                           "WHERE entity = 'industry' AND entity_id = ? ORDER BY id"),
                { id });
        };
        Repository<Industry> repository(*m_workspace);
        Industry industry { 0, 0, QStringLiteral("Mining") };
        QVERIFY(repository.add(industry).ok());
        auto rows = auditRows(industry.id);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).at(0).toString(), QStringLiteral("insert"));
        QCOMPARE(QJsonDocument::fromJson(rows.at(0).at(3).toString().toUtf8()).object().value(QStringLiteral("name")).toString(),
            QStringLiteral("Mining"));
        QCOMPARE(rows.at(0).at(4).toString(), QStringLiteral("tester"));

        industry.name = QStringLiteral("Mining & metals");
        QVERIFY(repository.update(industry).ok());
        rows = auditRows(industry.id);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).at(0).toString(), QStringLiteral("update"));
        QCOMPARE(rows.at(1).at(1).toString(), QStringLiteral("name"));
        QCOMPARE(rows.at(1).at(2).toString(), QStringLiteral("Mining"));
        QCOMPARE(rows.at(1).at(3).toString(), QStringLiteral("Mining & metals"));

        // Saving without a change writes nothing and keeps the version.
        const qint64 version = industry.rowVersion;
        QVERIFY(repository.update(industry).ok());
        QCOMPARE(industry.rowVersion, version);
        QCOMPARE(auditRows(industry.id).size(), 2);

        QVERIFY(repository.remove(industry).ok());
        rows = auditRows(industry.id);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(2).at(0).toString(), QStringLiteral("delete"));
        QVERIFY(rows.at(2).at(2).toString().contains(QStringLiteral("Mining & metals")));
        QVERIFY(!repository.get(industry.id).ok());

        // Workspace settings are configuration too.
        QVERIFY(m_workspace->setSetting(QStringLiteral("time_zone"), QStringLiteral("Europe/Paris")).ok());
        QCOMPARE(raw.value(QStringLiteral("SELECT new_value FROM audit_log WHERE entity = 'workspace_setting' "
                                          "AND field = 'time_zone' ORDER BY id DESC LIMIT 1"))
                     .toString(),
            QStringLiteral("Europe/Paris"));
    }

    void handoffsRoundTripThroughTheWriter()
    {
        QVERIFY(m_workspace->setSetting(QStringLiteral("time_zone"), QStringLiteral("America/New_York")).ok());
        Handoff h;
        h.leadRef = QStringLiteral("L-1");
        h.opportunityRef = QStringLiteral("O-1");
        h.email = QStringLiteral("ada@acme.de");
        h.contactName = QStringLiteral("Ada L");
        h.company = QStringLiteral("Acme");
        h.signalTypeId = m_ids.signalTypes.first();
        h.source = QStringLiteral("webinar");
        h.campaign = QStringLiteral("c");
        h.utmSource = QStringLiteral("zoom");
        h.utmMedium = QStringLiteral("webinar");
        h.utmCampaign = QStringLiteral("c");
        h.country = QStringLiteral("DE");
        h.employees = 120;
        h.revenue = 2.5e6;
        h.fitGrade = QStringLiteral("B");
        h.stageId = m_ids.stages.value(QStringLiteral("MQL"));
        h.routedToFallback = true;
        h.createdAt = 1763800000;
        // Sunday 2026-11-22 22:00 in New York is Monday 03:00 UTC: week 47 in New York.
        h.handedOffAt = QDateTime(QDate(2026, 11, 23), QTime(3, 0), Qt::UTC).toSecsSinceEpoch();
        h.assignedAt = h.handedOffAt + 60;
        h.firstTouchAt = h.handedOffAt + 600;
        h.rejectedAt = h.handedOffAt + 7200;
        h.rejectionReasonId = m_ids.reasons.first();
        h.outcome = Outcome::Rejected;
        h.context = QStringLiteral("{\"job_title\":\"CTO\"}");
        auto done = m_workspace->transaction([&]() -> Result<void> {
            HandoffWriter writer(*m_workspace);
            BATON_TRY(writer.insert(h));
            BATON_TRY(writer.insertStageChange({ h.id, 0, h.stageId, h.handedOffAt }));
            return {};
        });
        QVERIFY2(done.ok(), qPrintable(done.errorMessage()));
        QCOMPARE(h.week, 202647);
        HandoffRepository repository(*m_workspace);
        auto read = repository.get(h.id);
        QVERIFY(read.ok());
        QCOMPARE(read->values(), h.values());
        QCOMPARE(*repository.count(), 1);
        auto stages = repository.stageChanges(h.id);
        QCOMPARE(stages->size(), 1);
        QCOMPARE(stages->first().toStageId, h.stageId);
        QCOMPARE(stages->first().fromStageId, 0);
    }

    void isoWeeks()
    {
        QCOMPARE(IsoWeek::fromDate(QDate(2026, 11, 25)).label(), QStringLiteral("2026-W48"));
        QCOMPARE(IsoWeek::parse(QStringLiteral("2026-W47"))->monday(), QDate(2026, 11, 16));
        QCOMPARE(IsoWeek::parse(QStringLiteral("2026w1"))->monday(), QDate(2025, 12, 29));
        // 2026 starts on a Thursday, so it has a week 53; 2027 does not.
        QCOMPARE(IsoWeek::fromDate(QDate(2027, 1, 2)).label(), QStringLiteral("2026-W53"));
        QVERIFY(IsoWeek::parse(QStringLiteral("2026-W53")).ok());
        QVERIFY(!IsoWeek::parse(QStringLiteral("2027-W53")).ok());
        QVERIFY(!IsoWeek::parse(QStringLiteral("W47")).ok());
        QCOMPARE(IsoWeek::parse(QStringLiteral("2026-W53"))->next().label(), QStringLiteral("2027-W01"));
        QCOMPARE(IsoWeek::fromCode(202647).label(), QStringLiteral("2026-W47"));
    }

    void localDaysFollowDaylightSaving()
    {
        LocalDays days(QTimeZone("America/New_York"));
        // DST starts 2026-03-08 02:00 EST: midnight is still EST (UTC-5).
        QCOMPARE(days.dayOf(QDateTime(QDate(2026, 3, 8), QTime(4, 59, 59), Qt::UTC).toSecsSinceEpoch()), QDate(2026, 3, 7));
        QCOMPARE(days.dayOf(QDateTime(QDate(2026, 3, 8), QTime(5, 0), Qt::UTC).toSecsSinceEpoch()), QDate(2026, 3, 8));
        // After it, midnight is EDT (UTC-4).
        QCOMPARE(days.dayOf(QDateTime(QDate(2026, 3, 9), QTime(3, 59, 59), Qt::UTC).toSecsSinceEpoch()), QDate(2026, 3, 8));
        QCOMPARE(days.dayOf(QDateTime(QDate(2026, 3, 9), QTime(4, 0), Qt::UTC).toSecsSinceEpoch()), QDate(2026, 3, 9));
        QCOMPARE(days.startOf(QDate(2026, 11, 2)), QDateTime(QDate(2026, 11, 2), QTime(5, 0), Qt::UTC).toSecsSinceEpoch());
        // Chile skips midnight when summer time starts (2026-09-06 00:00 -04 becomes 01:00 -03): the day
        // begins at the jump, 04:00 UTC, and that instant belongs to the new day.
        LocalDays santiago(QTimeZone("America/Santiago"));
        const qint64 jump = QDateTime(QDate(2026, 9, 6), QTime(4, 0), Qt::UTC).toSecsSinceEpoch();
        QCOMPARE(santiago.startOf(QDate(2026, 9, 6)), jump);
        QCOMPARE(santiago.dayOf(jump), QDate(2026, 9, 6));
        QCOMPARE(santiago.dayOf(jump - 1), QDate(2026, 9, 5));
    }

    void localDaysAgreeWithQDateTimeInAnyOrder()
    {
        // LocalDays caches offsets per span between transitions and weeks per day; instants in random order
        // over 40 years (DST rules changed in that time) must give what QDateTime says, including the quarter
        // hours around every transition.
        QRandomGenerator random(47);
        for (const char *id : { "America/New_York", "Europe/Berlin", "America/Santiago", "Australia/Lord_Howe",
                 "Asia/Kolkata", "UTC", "Pacific/Apia" }) {
            const QTimeZone zone(id);
            QVERIFY2(zone.isValid(), id);
            LocalDays days(zone);
            const qint64 from = QDateTime(QDate(1990, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
            const qint64 to = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
            QList<qint64> instants;
            for (int i = 0; i < 20000; ++i)
                instants << from + qint64(random.bounded(quint64(to - from)));
            for (const QTimeZone::OffsetData &transition : zone.transitions(QDateTime::fromSecsSinceEpoch(from, Qt::UTC),
                     QDateTime::fromSecsSinceEpoch(to, Qt::UTC)))
                for (qint64 delta : { -901, -1, 0, 1, 899, 900 })
                    instants << transition.atUtc.toSecsSinceEpoch() + delta;
            std::shuffle(instants.begin(), instants.end(), std::mt19937(47));
            int checked = 0;
            for (qint64 at : std::as_const(instants)) {
                const QDate expected = QDateTime::fromSecsSinceEpoch(at, zone).date();
                const QDate day = days.dayOf(at);
                if (day != expected)
                    QFAIL(qPrintable(QStringLiteral("%1 at %2: %3, expected %4")
                                         .arg(QLatin1String(id)).arg(at).arg(day.toString(Qt::ISODate), expected.toString(Qt::ISODate))));
                int year = 0;
                const int week = expected.weekNumber(&year);
                QCOMPARE(days.weekCodeOf(at), year * 100 + week);
                ++checked;
            }
            QCOMPARE(checked, instants.size());
        }
    }

    void companyNamesAreNormalized_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("inc") << QStringLiteral("ACME, Inc.") << QStringLiteral("acme");
        QTest::newRow("gmbh co kg") << QStringLiteral("Müller GmbH & Co. KG") << QStringLiteral("müller");
        QTest::newRow("ltd") << QStringLiteral("Blue Logic Ltd") << QStringLiteral("blue logic");
        QTest::newRow("two suffixes") << QStringLiteral("Harbor Holding Co. Ltd.") << QStringLiteral("harbor holding");
        QTest::newRow("only a suffix word") << QStringLiteral("Inc") << QStringLiteral("inc");
        QTest::newRow("case and spaces") << QStringLiteral("  north   WORKS  ") << QStringLiteral("north works");
    }

    void hashIdTableAgreesWithQHash()
    {
        // Keys that differ only in their low bits, only in their high bits, and at random; the first 500 again.
        QRandomGenerator random(53);
        QList<quint64> keys;
        for (quint64 i = 1; i <= 3000; ++i)
            keys << i << (i << 40) << random.generate64();
        keys << keys.mid(0, 500);
        for (const qsizetype reserved : { qsizetype(0), qsizetype(1000), qsizetype(9000) }) {
            HashIdTable table;
            table.reserve(reserved);
            // Exactly the slots asked for (70 % full), not the next power of two.
            if (reserved > 0)
                QCOMPARE(table.capacity(), reserved * 10 / 7 + 16);
            QHash<quint64, qint64> reference;
            qint64 id = 0;
            for (const quint64 key : std::as_const(keys)) {
                if (key == HashIdTable::NoKey)
                    continue;
                qint64 &slot = table.slot(key);
                QCOMPARE(slot == 0, !reference.contains(key));
                slot = ++id;
                reference[key] = id;
                QVERIFY(table.size() * 10 <= table.capacity() * 7);
            }
            QCOMPARE(table.size(), reference.size());
            for (auto it = reference.cbegin(); it != reference.cend(); ++it) {
                const qint64 *found = table.find(it.key());
                QVERIFY(found);
                QCOMPARE(*found, it.value());
            }
            for (quint64 i = 3001; i <= 6000; ++i) {
                QCOMPARE(table.find(i), nullptr);
                QCOMPARE(table.find(i << 40), nullptr);
            }
            QCOMPARE(table.find(HashIdTable::NoKey), nullptr);
        }
    }

    void spillingIdTableAgreesWithQHash_data()
    {
        QTest::addColumn<qint64>("budget");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("firstWins");
        QTest::addColumn<bool>("clustered");
        // 16 KB holds 521 keys in memory: a spill every 521 new keys, runs merged over and over.
        QTest::newRow("small budget, first id wins") << qint64(16 * 1024) << 6000 << true << false;
        QTest::newRow("small budget, last id wins") << qint64(16 * 1024) << 6000 << false << false;
        // Runs of 4 sampled keys (a 16 KB budget's) and keys whose order values (what runs are sorted by) bunch in
        // groups: guessing an entry's place from its value is far off, and the search halves the stretch.
        QTest::newRow("small budget, clustered order values") << qint64(16 * 1024) << 6000 << false << true;
        // Runs of hundreds of thousands of entries, 64 sampled keys each (a 1 MB budget's).
        QTest::newRow("large runs") << qint64(1024 * 1024) << 400000 << false << false;
    }

    void spillingIdTableAgreesWithQHash()
    {
        QFETCH(qint64, budget);
        QFETCH(int, count);
        QFETCH(bool, firstWins);
        QFETCH(bool, clustered);
        QRandomGenerator random(71);
        // The key with a given order value: HashIdTable::order is x ^ (x >> 29), times an odd constant.
        quint64 inverse = 0x9e3779b97f4a7c15ULL;
        for (int i = 0; i < 6; ++i)
            inverse *= 2 - 0x9e3779b97f4a7c15ULL * inverse;
        const auto keyOf = [inverse](quint64 order) {
            const quint64 x = order * inverse;
            return x ^ (x >> 29) ^ (x >> 58);
        };
        QList<quint64> keys;
        // Clustered: groups of 64 order values 2^20 apart, the groups 2^56 apart, so that the stretches between two
        // sampled keys of a run hold many groups.
        const auto clusteredOrder = [](int i) { return quint64(i / 64) << 56 | quint64(i % 64) << 20 | 1; };
        for (int i = 1; i <= count; ++i)
            keys << (clustered ? keyOf(clusteredOrder(i)) : random.generate64());
        if (clustered) {
            QCOMPARE(HashIdTable::order(keys.at(700)), clusteredOrder(701));
            // In any order: the group's keys share the in-memory table's first slot, so that arriving one group
            // after another they would make probing slow (only a test's made-up keys do that).
            std::shuffle(keys.begin(), keys.end(), std::mt19937_64(73));
        }
        // Every key again (a tenth of them for the large runs), in a different order, and a tenth a third time.
        QList<quint64> again = keys;
        std::shuffle(again.begin(), again.end(), std::mt19937_64(72));
        keys << (count > 10000 ? again.mid(0, count / 10) : again) << again.mid(0, count / 10);

        SpillingIdTable table(budget);
        QHash<quint64, qint64> reference;
        qint64 id = 0;
        for (const quint64 key : std::as_const(keys)) {
            if (key == SpillingIdTable::NoKey)
                continue;
            qint64 &slot = table.slot(key);
            QCOMPARE(slot, reference.value(key));
            ++id;
            if (!firstWins || slot == 0) {
                slot = id;
                reference[key] = id;
            }
        }
        QVERIFY2(!table.failed(), qPrintable(table.errorString()));
        // It spilled, merged its runs, and stayed within its budget (plus 1/2048 of it, at least 32 bytes, a run).
        QVERIFY(table.keysInRuns() > 0);
        QVERIFY(table.runCount() >= 1);
        QVERIFY2(table.runCount() <= 12, qPrintable(QString::number(table.runCount())));
        QVERIFY(table.memoryBytes() <= budget + table.runCount() * std::max<qint64>(budget / 2048, 32));
        for (auto it = reference.cbegin(); it != reference.cend(); ++it)
            QCOMPARE(table.value(it.key()), it.value());
        // Keys it never saw: next to the ones it did, and at random.
        for (int i = 0; i < 2000; ++i) {
            const quint64 seen = keys.at(i);
            for (const quint64 key : { seen + 1, seen - 1, random.generate64() })
                if (!reference.contains(key))
                    QCOMPARE(table.value(key), 0);
        }
        QVERIFY(!table.failed());
        table.clear();
        QCOMPARE(table.runCount(), 0);
        QCOMPARE(table.value(keys.first()), 0);
    }

#ifdef Q_OS_UNIX
    void spillingIdTableReportsAWriteThatFails()
    {
        // Files may grow to 128 KB only (and writing past that fails instead of killing the process): merged runs
        // soon need more.
        rlimit old {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit tight = old;
        tight.rlim_cur = 128 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &tight), 0);
        const auto restore = qScopeGuard([&] {
            setrlimit(RLIMIT_FSIZE, &old);
            std::signal(SIGXFSZ, oldHandler);
        });
        SpillingIdTable table(16 * 1024);
        quint64 key = 0;
        while (!table.failed() && key < 100000) {
            ++key;
            table.slot(key * 0x9e3779b97f4a7c15ULL) = qint64(key);
        }
        QVERIFY(table.failed());
        QVERIFY(key > 8192); // the first runs (about 8 KB each) and merges were written
        QVERIFY2(table.errorString().contains(QStringLiteral("could not write")), qPrintable(table.errorString()));
        // From then on nothing more is written.
        for (int i = 0; i < 2000; ++i) {
            ++key;
            table.slot(key * 0x9e3779b97f4a7c15ULL) = qint64(key);
        }
        QVERIFY(table.failed());
    }
#endif

    void spillingIdTableReportsATemporaryFolderItCannotUse()
    {
        const QByteArray old = qgetenv("TMPDIR");
        const auto restore = qScopeGuard([&old] { old.isNull() ? qunsetenv("TMPDIR") : qputenv("TMPDIR", old); });
        const QString missing = QDir::tempPath() + QStringLiteral("/baton-no-such-folder");
        qputenv("TMPDIR", QFile::encodeName(missing));
        SpillingIdTable table(16 * 1024);
        for (quint64 key = 1; key <= 1000 && !table.failed(); ++key)
            table.slot(key * 0x9e3779b97f4a7c15ULL) = qint64(key);
        QVERIFY(table.failed());
        QVERIFY2(table.errorString().contains(QDir::toNativeSeparators(missing)), qPrintable(table.errorString()));
        QVERIFY(table.errorString().contains(QStringLiteral("TMPDIR")));
    }

    void companyNamesAreNormalized()
    {
        QFETCH(QString, name);
        QFETCH(QString, normalized);
        QCOMPARE(normalizeCompanyName(name), normalized);
    }

    void emailDomainsAndFreeMail()
    {
        QCOMPARE(emailDomain(QStringLiteral("Ada@ACME.de ")), QStringLiteral("acme.de"));
        QCOMPARE(emailDomain(QStringLiteral("no-at-sign")), QString());
        QVERIFY(isFreeMailDomain(QStringLiteral("GMAIL.com")));
        QVERIFY(!isFreeMailDomain(QStringLiteral("acme.de")));
        QVERIFY(isFreeMailDomain(QStringLiteral("mail.acme.de"), { QStringLiteral("mail.acme.de") }));
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
