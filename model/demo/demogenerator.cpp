#include "demogenerator.h"

#include "core/json.h"
#include "core/sql.h"
#include "core/workspace.h"
#include "data/account.h"
#include "data/handoff.h"
#include "define/contract.h"
#include "defaultconfiguration.h"
#include "enforce/businessclock.h"
#include "enforce/sla.h"
#include "enforce/slaclock.h"
#include "feedback/feedback.h"
#include "govern/governance.h"
#include "instrument/companynames.h"
#include "random.h"
#include "route/coverage.h"
#include "route/router.h"
#include "route/routingrules.h"
#include "route/rulesetstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace baton {

namespace {

constexpr qint64 Day = 86400;
constexpr qint64 Hour = 3600;

QString tr(const char *text)
{
    return QCoreApplication::translate("baton::Generator", text);
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

struct Place
{
    QString country;
    QString region;
    QTimeZone zone;
    int territory = -1; // index into territories, -1 = outside every territory
};

struct TerritoryInfo
{
    qint64 id = 0;
    QString name;
    int calendar = 0;
    double weight = 0;
    QList<Place> places;
};

struct OwnerInfo
{
    qint64 id = 0;
    QString name;
    int team = -1;
    QDate activeUntil;
    QList<std::pair<QDate, QDate>> absences;
};

struct TeamInfo
{
    qint64 id = 0;
    QString name;
    int calendar = 0;
    QList<std::pair<int, int>> members; // owner index, weight
};

struct AccountInfo
{
    qint64 id = 0;
    QString name;
    QString domain;
    Place place;
    qint64 employees = 0;
    int industry = 0;
    int owner = -1;
};

struct RuleInfo
{
    qint64 id = 0;
    QString name;
    QList<qint64> signalTypes;
    QStringList tiers;
    QList<qint64> territories;
    QList<qint64> segments;
    std::optional<bool> accountOwned;
    QString kind;
    int team = -1;
    int owner = -1;
};

struct SignalInfo
{
    qint64 id = 0;
    QString name;
    QString tier;
    int slaMinutes = 60;
    double weight = 1;
    QStringList sources;
    QList<double> sourceWeights;
};

// A lead before it is written: who, where, what signal, and its identity for duplicates and recycling.
struct Lead
{
    QString contactName;
    QString email;
    QString company;
    QString domain;
    int account = -1;
    Place place;
    qint64 employees = 0;
    int industry = 0;
    int signal = 0;
    qint64 handedOffAt = 0;
    qint64 createdAt = 0;
    qint64 recycledFromId = 0;
    bool duplicate = false;
    bool recycled = false;
};

struct PendingRecycle
{
    qint64 due = 0;
    qint64 handoffId = 0;
    Lead lead;
};

class Generator
{
public:
    Generator(Workspace &workspace, const DemoOptions &options)
        : m_workspace(workspace), m_options(options), m_random(options.seed)
    {
    }

    Result<DemoSummary> run();

private:
    Result<void> loadInputs();
    Result<void> configure();
    Result<void> configureCoverage();
    Result<void> configureRouting();
    Result<void> configureContract();
    Result<void> configureGovernance();
    Result<void> createAccounts();
    Result<void> createHandoffs();

    Place randomPlace(int territory);
    Lead newLead();
    qint64 handoffTime(const QDate &day, const QTimeZone &zone);
    int segmentIndex(qint64 employees) const;
    QString fitGrade(const Lead &lead, bool badFitCampaign);
    // Routes with the active rule set's Router (the one the importer uses), so the data follows the rules.
    void route(const Lead &lead, const QDate &day, Handoff &handoff, int *ownerIndex, int *teamIndex);
    qint64 rejectionReason(const Lead &lead, const QString &fit, bool badFitCampaign, bool dropWeek);
    Result<void> writeHandoff(const Lead &lead, int weekIndex);

    Workspace &m_workspace;
    DemoOptions m_options;
    Random m_random;
    QJsonObject m_inputs;
    DefaultIds m_defaults;
    DemoStory m_story;

    qint64 m_asOf = 0;
    QDate m_firstDay;
    QDate m_lastDay;
    int m_dropWeekIndex = 0;

    QList<BusinessClock> m_clocks;
    QMap<QString, int> m_calendarIndex;
    QList<qint64> m_calendarIds;
    QList<TerritoryInfo> m_territories;
    QList<Place> m_unmapped;
    QList<qint64> m_segmentIds;
    QList<std::pair<qint64, std::optional<qint64>>> m_segmentBands;
    QList<qint64> m_industryIds;
    QStringList m_industryNames;
    QList<TeamInfo> m_teams;
    QList<OwnerInfo> m_owners;
    int m_fallbackOwner = -1;
    int m_fallbackTeam = -1;
    QList<AccountInfo> m_accounts;
    std::optional<Router> m_router;
    QHash<qint64, int> m_teamIndexById;
    QList<SignalInfo> m_signals;
    QMap<QString, QJsonObject> m_sources;
    QMap<qint64, qint64> m_reasonPlayDays; // reason id -> re-entry days of its play (0: not recycled)
    QMap<qint64, QString> m_reasonPlayKind;
    QMap<qint64, QString> m_minimumFit; // signal type -> the active contract's minimum fit grade

    QStringList m_firstNames;
    QStringList m_lastNames;
    QStringList m_companyFirst;
    QStringList m_companySecond;
    QStringList m_freeMail;
    QStringList m_jobTitles;
    QList<double> m_territoryWeights;
    QList<double> m_signalWeights;

    QList<Lead> m_recentLeads;
    QList<PendingRecycle> m_pending;
    std::unique_ptr<HandoffWriter> m_writer;
    std::optional<SlaClock> m_slaClock;
    qint64 m_written = 0;
    QMap<QString, qint64> m_stage;
};

Result<void> Generator::loadInputs()
{
    QFile file(QStringLiteral(":/demo/inputs.json"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("The demo generator's inputs are missing from this build."));
    m_inputs = QJsonDocument::fromJson(file.readAll()).object();
    m_firstNames = strings(m_inputs.value(QStringLiteral("first_names")));
    m_lastNames = strings(m_inputs.value(QStringLiteral("last_names")));
    m_companyFirst = strings(m_inputs.value(QStringLiteral("company_first")));
    m_companySecond = strings(m_inputs.value(QStringLiteral("company_second")));
    m_freeMail = strings(m_inputs.value(QStringLiteral("free_mail")));
    m_jobTitles = strings(m_inputs.value(QStringLiteral("job_titles")));
    return {};
}

Place Generator::randomPlace(int territory)
{
    if (territory < 0)
        return m_random.pick(m_unmapped);
    return m_random.pick(m_territories.at(territory).places);
}

int Generator::segmentIndex(qint64 employees) const
{
    for (int i = 0; i < m_segmentBands.size(); ++i) {
        const auto &[low, high] = m_segmentBands.at(i);
        if (employees >= low && (!high || employees <= *high))
            return i;
    }
    return 0;
}

Result<DemoSummary> Generator::run()
{
    BATON_TRY(loadInputs());
    const QDate lastMonday = m_options.endWeek.monday();
    m_firstDay = lastMonday.addDays(-7 * qint64(m_options.weeks - 1));
    m_lastDay = lastMonday.addDays(6);
    m_dropWeekIndex = m_options.weeks >= 12 ? m_options.weeks - 10 : m_options.weeks / 2;
    m_story.slowTeam = QStringLiteral("EMEA SDR");
    m_story.badFitSource = QStringLiteral("paid_social");
    m_story.badFitCampaign = QStringLiteral("ebook-ai-trends-2026");
    m_story.gapTerritory = QStringLiteral("APAC");
    m_story.gapSegment = QStringLiteral("Enterprise");
    m_story.acceptanceDropWeek = IsoWeek::fromDate(m_firstDay.addDays(7 * qint64(m_dropWeekIndex)));
    m_story.departedOwner = QStringLiteral("Marco Rossi");
    m_story.shadowedRule = QStringLiteral("DACH webinar follow-up");

    // The audit log names the generator as the author of the demo's configuration.
    const QString actor = m_workspace.actor();
    m_workspace.setActor(QStringLiteral("Baton demo generator"));
    auto done = m_workspace.transaction([&]() -> Result<void> {
        auto defaults = applyDefaultConfiguration(m_workspace, QStringLiteral("Northwind Analytics (demo)"));
        if (!defaults)
            return defaults.error();
        m_defaults = *defaults;
        m_stage = m_defaults.stages;
        BATON_TRY(m_workspace.setSetting(QStringLiteral("time_zone"), QStringLiteral("America/New_York")));
        LocalDays reporting(QTimeZone("America/New_York"));
        m_asOf = reporting.startOf(m_lastDay.addDays(1)) - 1;
        BATON_TRY(m_workspace.setSetting(QStringLiteral("as_of"),
            QDateTime::fromSecsSinceEpoch(m_asOf, Qt::UTC).toString(Qt::ISODate)));
        BATON_TRY(m_workspace.setSetting(QStringLiteral("demo_seed"), QString::number(m_options.seed)));
        BATON_TRY(configure());
        BATON_TRY(createAccounts());
        BATON_TRY(createHandoffs());
        BATON_TRY(configureGovernance());
        return {};
    });
    m_workspace.setActor(actor);
    if (!done)
        return done.error();

    DemoSummary summary;
    summary.story = m_story;
    auto sums = execSql(m_workspace.db(),
        QStringLiteral("SELECT count(*), total(opportunity_amount), total(won_amount) FROM handoff"));
    if (!sums)
        return sums.error();
    sums->next();
    summary.handoffs = sums->value(0).toLongLong();
    summary.pipelineAmount = sums->value(1).toDouble();
    summary.wonAmount = sums->value(2).toDouble();
    summary.accounts = scalar(m_workspace.db(), QStringLiteral("SELECT count(*) FROM account")).valueOr(0).toLongLong();
    summary.owners = scalar(m_workspace.db(), QStringLiteral("SELECT count(*) FROM owner")).valueOr(0).toLongLong();
    summary.stageChanges =
        scalar(m_workspace.db(), QStringLiteral("SELECT count(*) FROM stage_change")).valueOr(0).toLongLong();
    return summary;
}

Result<void> Generator::configure()
{
    // Signals with their SLA targets, and the sources each one typically comes from.
    Repository<SignalType> signalTypes(m_workspace);
    auto types = signalTypes.list();
    if (!types)
        return types.error();
    auto policies = Repository<SlaPolicy>(m_workspace).list();
    if (!policies)
        return policies.error();
    const QMap<QString, std::pair<double, QList<std::pair<QString, double>>>> mix = {
        { "Demo request", { 9, { { "organic_search", 35 }, { "paid_search", 35 }, { "direct", 20 }, { "partner", 10 } } } },
        { "Contact sales", { 6, { { "organic_search", 35 }, { "paid_search", 30 }, { "direct", 25 }, { "partner", 10 } } } },
        { "Pricing page", { 9, { { "organic_search", 40 }, { "paid_search", 40 }, { "direct", 20 } } } },
        { "Product usage spike", { 6, { { "direct", 70 }, { "organic_search", 30 } } } },
        { "Free trial signup", { 14, { { "direct", 40 }, { "organic_search", 30 }, { "paid_search", 30 } } } },
        { "Webinar attended", { 12, { { "webinar", 80 }, { "email", 20 } } } },
        { "Event scan", { 10, { { "events", 100 } } } },
        { "Content download",
            { 24, { { "paid_social", 45 }, { "paid_search", 20 }, { "organic_search", 25 }, { "email", 10 } } } },
        { "Newsletter signup", { 10, { { "organic_search", 50 }, { "email", 30 }, { "paid_social", 20 } } } },
    };
    for (const SignalType &type : *types) {
        SignalInfo info;
        info.id = type.id;
        info.name = type.name;
        info.tier = type.intentTier;
        for (const SlaPolicy &policy : *policies)
            if (policy.signalTypeId == type.id)
                info.slaMinutes = policy.targetMinutes;
        const auto entry = mix.value(type.name);
        info.weight = entry.first;
        for (const auto &[source, weight] : entry.second) {
            info.sources << source;
            info.sourceWeights << weight;
        }
        m_signals << info;
        m_signalWeights << info.weight;
    }
    const QJsonObject sources = m_inputs.value(QStringLiteral("sources")).toObject();
    for (auto it = sources.begin(); it != sources.end(); ++it)
        m_sources.insert(it.key(), it.value().toObject());

    auto reasons = Repository<RejectionReason>(m_workspace).list();
    auto plays = Repository<RecyclePlay>(m_workspace).list();
    if (!reasons || !plays)
        return fail(tr("Reading the default rejection reasons failed."));
    for (const RejectionReason &reason : *reasons)
        for (const RecyclePlay &play : *plays)
            if (play.id == reason.recyclePlayId) {
                m_reasonPlayKind.insert(reason.id, play.kind);
                m_reasonPlayDays.insert(reason.id, play.kind.contains(QStringLiteral("nurture")) ? play.reentryDays : 0);
            }

    BATON_TRY(configureCoverage());
    BATON_TRY(configureRouting());
    BATON_TRY(configureContract());
    auto terms = Repository<ContractTerm>(m_workspace).list(QStringLiteral("contract_version_id = ?"), { m_defaults.contract });
    if (!terms)
        return terms.error();
    for (const ContractTerm &term : *terms)
        m_minimumFit.insert(term.signalTypeId, term.minFitGrade);
    return {};
}

Result<void> Generator::configureCoverage()
{
    // Calendars with their holidays on every year the demo touches.
    Repository<BusinessCalendar> calendars(m_workspace);
    Repository<CalendarHours> hours(m_workspace);
    Repository<CalendarHoliday> holidays(m_workspace);
    for (const QJsonValue &value : m_inputs.value(QStringLiteral("calendars")).toArray()) {
        const QJsonObject object = value.toObject();
        BusinessCalendar calendar { 0, 0, object.value(QStringLiteral("name")).toString(),
            object.value(QStringLiteral("zone")).toString() };
        BATON_TRY(calendars.add(calendar));
        CalendarSpec spec = CalendarSpec::weekdays(QTimeZone(calendar.timeZone.toUtf8()), 9 * 60, 17 * 60 + 30);
        for (int day = 1; day <= 5; ++day) {
            CalendarHours h { 0, 0, calendar.id, day, 9 * 60, 17 * 60 + 30 };
            BATON_TRY(hours.add(h));
        }
        for (int year = m_firstDay.year(); year <= m_lastDay.year() + 1; ++year) {
            for (const QString &monthDay : strings(object.value(QStringLiteral("holidays")))) {
                const QDate day = QDate::fromString(QString::number(year) + QLatin1Char('-') + monthDay, Qt::ISODate);
                CalendarHoliday holiday { 0, 0, calendar.id, day, tr("Public holiday") };
                BATON_TRY(holidays.add(holiday));
                spec.holidays.insert(day);
            }
        }
        m_calendarIndex.insert(calendar.name, int(m_clocks.size()));
        m_calendarIds << calendar.id;
        m_clocks << BusinessClock(spec);
    }

    Repository<Territory> territories(m_workspace);
    Repository<TerritoryArea> areas(m_workspace);
    int position = 0;
    for (const QJsonValue &value : m_inputs.value(QStringLiteral("territories")).toArray()) {
        const QJsonObject object = value.toObject();
        Territory territory { 0, 0, object.value(QStringLiteral("name")).toString(), ++position };
        BATON_TRY(territories.add(territory));
        TerritoryInfo info;
        info.id = territory.id;
        info.name = territory.name;
        info.calendar = m_calendarIndex.value(object.value(QStringLiteral("calendar")).toString());
        info.weight = object.value(QStringLiteral("weight")).toDouble();
        const int index = int(m_territories.size());
        for (const QJsonValue &areaValue : object.value(QStringLiteral("areas")).toArray()) {
            const QStringList area = strings(areaValue);
            TerritoryArea row { 0, 0, territory.id, area.at(0), area.at(1) };
            BATON_TRY(areas.add(row));
            info.places.append({ area.at(0), area.at(1), QTimeZone(area.at(2).toUtf8()), index });
        }
        m_territories << info;
        m_territoryWeights << info.weight;
    }
    for (const QJsonValue &value : m_inputs.value(QStringLiteral("unmapped_places")).toArray()) {
        const QStringList area = strings(value);
        m_unmapped.append({ area.at(0), area.at(1), QTimeZone(area.at(2).toUtf8()), -1 });
    }

    Repository<Segment> segments(m_workspace);
    position = 0;
    for (const QJsonValue &value : m_inputs.value(QStringLiteral("segments")).toArray()) {
        const QJsonArray band = value.toArray();
        Segment segment;
        segment.name = band.at(0).toString();
        segment.position = ++position;
        segment.minEmployees = band.at(1).toInteger();
        if (!band.at(2).isNull())
            segment.maxEmployees = band.at(2).toInteger();
        BATON_TRY(segments.add(segment));
        m_segmentIds << segment.id;
        m_segmentBands.append({ *segment.minEmployees, segment.maxEmployees });
    }
    Repository<Industry> industries(m_workspace);
    for (const QString &name : strings(m_inputs.value(QStringLiteral("industries")))) {
        Industry industry { 0, 0, name };
        BATON_TRY(industries.add(industry));
        m_industryIds << industry.id;
        m_industryNames << name;
    }

    // Teams and their owners; the fallback queue exists already and gets its RevOps owner.
    Repository<Team> teams(m_workspace);
    Repository<Owner> owners(m_workspace);
    Repository<TeamMember> members(m_workspace);
    Repository<OwnerAbsence> absences(m_workspace);
    const auto emailOf = [](const QString &name) {
        return name.toLower().replace(QLatin1Char(' '), QLatin1Char('.')).remove(QLatin1Char('\''))
            + QStringLiteral("@northwind-analytics.example");
    };
    const qint64 periodDays = m_firstDay.daysTo(m_lastDay);
    for (const QJsonValue &value : m_inputs.value(QStringLiteral("teams")).toArray()) {
        const QJsonObject object = value.toObject();
        TeamInfo info;
        info.calendar = m_calendarIndex.value(object.value(QStringLiteral("calendar")).toString());
        Team team { 0, 0, object.value(QStringLiteral("name")).toString(), QStringLiteral("team"),
            object.value(QStringLiteral("manager")).toString(), m_calendarIds.at(info.calendar), false };
        BATON_TRY(teams.add(team));
        info.id = team.id;
        info.name = team.name;
        const int teamIndex = int(m_teams.size());
        const bool accountExecutives = team.name == QStringLiteral("Enterprise AE");
        for (const QJsonValue &ownerValue : object.value(QStringLiteral("owners")).toArray()) {
            const QJsonArray spec = ownerValue.toArray();
            Owner owner;
            owner.name = spec.at(0).toString();
            owner.email = emailOf(owner.name);
            owner.role = accountExecutives ? QStringLiteral("AE") : QStringLiteral("SDR");
            owner.teamId = team.id;
            owner.timeZone = spec.at(1).toString();
            owner.capacityPerDay = accountExecutives ? 15 : 40;
            owner.activeFrom = m_firstDay.addDays(-365);
            OwnerInfo ownerInfo;
            ownerInfo.name = owner.name;
            ownerInfo.team = teamIndex;
            if (owner.name == m_story.departedOwner) {
                // Leaves a little after mid-period, on a Friday; the accounts stay with them (the planted leak).
                QDate last = m_firstDay.addDays(periodDays * 55 / 100);
                last = last.addDays(5 - last.dayOfWeek());
                owner.activeUntil = last;
                ownerInfo.activeUntil = last;
            }
            BATON_TRY(owners.add(owner));
            ownerInfo.id = owner.id;
            const int ownerIndex = int(m_owners.size());
            if (owner.name == QStringLiteral("Casey Morgan") || owner.name == QStringLiteral("Priya Nair")) {
                const QDate start = m_firstDay.addDays(periodDays * (owner.name.startsWith(u'C') ? 40 : 70) / 100);
                const QDate monday = start.addDays(1 - start.dayOfWeek());
                OwnerAbsence absence { 0, 0, owner.id, monday, monday.addDays(owner.name.startsWith(u'C') ? 11 : 4),
                    tr("Vacation") };
                BATON_TRY(absences.add(absence));
                ownerInfo.absences.append({ absence.startsOn, absence.endsOn });
            }
            m_owners << ownerInfo;
            const int weight = spec.at(2).toInt();
            TeamMember member { 0, 0, team.id, owner.id, weight };
            BATON_TRY(members.add(member));
            info.members.append({ ownerIndex, weight });
        }
        m_teams << info;
    }
    // The fallback queue: RevOps triages what routing could not place.
    auto fallback = teams.get(m_defaults.fallbackQueue);
    if (!fallback)
        return fallback.error();
    fallback->calendarId = m_calendarIds.at(m_calendarIndex.value(QStringLiteral("US Eastern")));
    fallback->managerName = QStringLiteral("Sam Okafor");
    BATON_TRY(teams.update(*fallback));
    const QStringList fallbackSpec = strings(m_inputs.value(QStringLiteral("fallback_owner")));
    Owner triage;
    triage.name = fallbackSpec.at(0);
    triage.email = emailOf(triage.name);
    triage.role = QStringLiteral("RevOps");
    triage.teamId = fallback->id;
    triage.timeZone = fallbackSpec.at(1);
    triage.capacityPerDay = 200;
    BATON_TRY(owners.add(triage));
    TeamMember triageMember { 0, 0, fallback->id, triage.id, 1 };
    BATON_TRY(members.add(triageMember));
    m_fallbackTeam = int(m_teams.size());
    m_teams << TeamInfo { fallback->id, fallback->name, m_calendarIndex.value(QStringLiteral("US Eastern")),
        { { int(m_owners.size()), 1 } } };
    m_fallbackOwner = int(m_owners.size());
    m_owners << OwnerInfo { triage.id, triage.name, m_fallbackTeam, {}, {} };
    return {};
}

Result<void> Generator::configureRouting()
{
    const auto territoryId = [&](const QString &name) {
        for (const TerritoryInfo &t : std::as_const(m_territories))
            if (t.name == name)
                return t.id;
        return qint64(0);
    };
    const auto teamIndex = [&](const QString &name) {
        for (int i = 0; i < m_teams.size(); ++i)
            if (m_teams.at(i).name == name)
                return i;
        return -1;
    };
    const auto ownerIndex = [&](const QString &name) {
        for (int i = 0; i < m_owners.size(); ++i)
            if (m_owners.at(i).name == name)
                return i;
        return -1;
    };
    const qint64 webinar = m_defaults.signalTypes.value(QStringLiteral("Webinar attended"));
    const qint64 enterprise = m_segmentIds.at(2);
    const QList<qint64> emea = { territoryId(QStringLiteral("UK & Ireland")), territoryId(QStringLiteral("DACH")) };
    const QList<qint64> na = { territoryId(QStringLiteral("NA East")), territoryId(QStringLiteral("NA West")) };

    QList<RuleInfo> rules;
    rules.append({ 0, QStringLiteral("Named accounts go to their account team"), {}, {}, {}, {}, true,
        AssignKind::AccountOwner, -1, -1 });
    rules.append({ 0, QStringLiteral("Enterprise high intent to Enterprise AEs"), {}, { IntentTier::High }, na + emea,
        { enterprise }, std::nullopt, AssignKind::Pool, teamIndex(QStringLiteral("Enterprise AE")), -1 });
    rules.append({ 0, QStringLiteral("North America to NA SDR"), {}, {}, na, {}, std::nullopt, AssignKind::Pool,
        teamIndex(QStringLiteral("NA SDR")), -1 });
    rules.append({ 0, QStringLiteral("EMEA to EMEA SDR"), {}, {}, emea, {}, std::nullopt, AssignKind::Pool,
        teamIndex(QStringLiteral("EMEA SDR")), -1 });
    // Written after the EMEA rule, so it can never fire: the shadowed rule coverage analysis must find.
    rules.append({ 0, m_story.shadowedRule, { webinar }, {}, { territoryId(QStringLiteral("DACH")) }, {}, std::nullopt,
        AssignKind::Owner, -1, ownerIndex(QStringLiteral("Jonas Weber")) });
    rules.append({ 0, QStringLiteral("LATAM to LATAM SDR"), {}, {}, { territoryId(QStringLiteral("LATAM")) }, {},
        std::nullopt, AssignKind::Pool, teamIndex(QStringLiteral("LATAM SDR")), -1 });
    // Enterprise is missing here: APAC Enterprise leads reach only the fallback queue (the planted gap).
    rules.append({ 0, QStringLiteral("APAC SMB and Mid-Market"), {}, {}, { territoryId(QStringLiteral("APAC")) },
        { m_segmentIds.at(0), m_segmentIds.at(1) }, std::nullopt, AssignKind::Pool, teamIndex(QStringLiteral("APAC SDR")),
        -1 });

    Repository<RoutingRule> repository(m_workspace);
    int position = 0;
    for (RuleInfo &info : rules) {
        RoutingRule rule;
        rule.ruleSetId = m_defaults.ruleSet;
        rule.position = ++position;
        rule.name = info.name;
        rule.conditions.signalTypes = info.signalTypes;
        rule.conditions.intentTiers = info.tiers;
        rule.conditions.territories = info.territories;
        rule.conditions.segments = info.segments;
        rule.conditions.accountOwned = info.accountOwned;
        rule.assignKind = info.kind;
        if (info.team >= 0)
            rule.assignTeamId = m_teams.at(info.team).id;
        if (info.owner >= 0)
            rule.assignOwnerId = m_owners.at(info.owner).id;
        BATON_TRY(repository.add(rule));
        info.id = rule.id;
    }
    auto model = CoverageModel::load(m_workspace);
    if (!model)
        return model.error();
    auto stored = RuleSetStore(m_workspace).rules(m_defaults.ruleSet);
    if (!stored)
        return stored.error();
    auto router = Router::compile(*model, *stored);
    if (!router)
        return router.error();
    m_router = std::move(*router);
    for (int i = 0; i < m_teams.size(); ++i)
        m_teamIndexById.insert(m_teams.at(i).id, i);
    return {};
}

Result<void> Generator::configureContract()
{
    // Version 1 was agreed by all three parties before the period; version 2 is a draft under discussion.
    Repository<ContractVersion> versions(m_workspace);
    Repository<ContractSignoff> signoffs(m_workspace);
    Repository<ContractTerm> terms(m_workspace);
    auto v1 = versions.get(m_defaults.contract);
    if (!v1)
        return v1.error();
    const QDateTime agreed(m_firstDay.addDays(-10), QTime(15, 0), QTimeZone("America/New_York"));
    v1->createdAt = agreed.addDays(-21);
    const std::pair<QString, QString> signers[] = { { Party::Marketing, QStringLiteral("Nina Alvarez") },
        { Party::Sales, QStringLiteral("Daniel Brooks") }, { Party::RevOps, QStringLiteral("Sam Okafor") } };
    int hour = 0;
    for (const auto &[party, name] : signers) {
        ContractSignoff signoff { 0, 0, v1->id, party, name, agreed.addSecs(Hour * hour++) };
        BATON_TRY(signoffs.add(signoff));
    }
    v1->status = ContractStatus::Active;
    v1->activatedAt = agreed.addSecs(Hour * 2);
    BATON_TRY(versions.update(*v1));

    ContractVersion v2 { 0, 0, 2, ContractStatus::Draft, v1->title,
        tr("Proposed: faster follow-up on pricing-page visits, event name required for event scans, "
           "content downloads need fit B."),
        QDateTime(m_lastDay.addDays(-9), QTime(10, 0), QTimeZone("America/New_York")), {}, {} };
    BATON_TRY(versions.add(v2));
    auto current = terms.list(QStringLiteral("contract_version_id = ?"), { v1->id });
    if (!current)
        return current.error();
    for (ContractTerm term : *current) {
        term.contractVersionId = v2.id;
        const QString signal = m_defaults.signalTypes.key(term.signalTypeId);
        if (signal == QStringLiteral("Pricing page"))
            term.slaMinutes = 90;
        if (signal == QStringLiteral("Event scan"))
            term.requiredContext << QStringLiteral("event_name");
        if (signal == QStringLiteral("Content download"))
            term.minFitGrade = QStringLiteral("B");
        BATON_TRY(terms.add(term));
    }
    return {};
}

Result<void> Generator::configureGovernance()
{
    // Three past weekly meetings with decisions and action items, some still open; and a self-assessment.
    Repository<GovernanceMeeting> meetings(m_workspace);
    Repository<MeetingDecision> decisions(m_workspace);
    Repository<ActionItem> items(m_workspace);
    const QStringList attendees = { QStringLiteral("Nina Alvarez"), QStringLiteral("Daniel Brooks"),
        QStringLiteral("Sam Okafor"), QStringLiteral("Oliver Hughes") };
    struct Plan
    {
        int weeksBack;
        QString decision;
        QString item;
        QString owner;
        int dueDays;
        bool done;
    };
    const Plan plans[] = {
        { 3, tr("EMEA SDR response times are reviewed weekly until compliance is back above 80%."),
            tr("Review EMEA SDR staffing against the SLA"), QStringLiteral("Oliver Hughes"), 7, true },
        { 3, tr("APAC Enterprise leads need an owner; RevOps proposes a rule."),
            tr("Add a routing rule for APAC Enterprise"), QStringLiteral("Sam Okafor"), 14, false },
        { 2, tr("Marketing reviews the targeting of the AI-trends ebook campaign."),
            tr("Tighten the ebook-ai-trends-2026 audience"), QStringLiteral("Nina Alvarez"), 7, false },
        { 1, tr("Accounts of people who left are reassigned within a week."),
            tr("Reassign Marco Rossi's accounts"), QStringLiteral("Daniel Brooks"), 10, false },
    };
    QMap<int, qint64> meetingByWeek;
    for (const Plan &plan : plans) {
        if (plan.weeksBack >= m_options.weeks)
            continue;
        const QDate monday = m_options.endWeek.monday().addDays(-7 * plan.weeksBack);
        if (!meetingByWeek.contains(plan.weeksBack)) {
            GovernanceMeeting meeting { 0, 0, IsoWeek::fromDate(monday).label(), monday.addDays(1), attendees,
                tr("Weekly Marketing and Sales handoff review.") };
            BATON_TRY(meetings.add(meeting));
            meetingByWeek.insert(plan.weeksBack, meeting.id);
        }
        const qint64 meetingId = meetingByWeek.value(plan.weeksBack);
        MeetingDecision decision { 0, 0, meetingId, plan.decision, 1 };
        BATON_TRY(decisions.add(decision));
        const QDate held = monday.addDays(1);
        ActionItem item { 0, 0, meetingId, plan.item, plan.owner, held.addDays(plan.dueDays),
            plan.done ? ActionStatus::Done : ActionStatus::Open, plan.done ? held.addDays(plan.dueDays - 2) : QDate() };
        BATON_TRY(items.add(item));
    }
    Repository<MaturitySelfAssessment> assessments(m_workspace);
    const std::pair<QString, int> views[] = { { QStringLiteral("definitions"), 3 }, { QStringLiteral("routing"), 3 },
        { QStringLiteral("slas"), 2 }, { QStringLiteral("feedback"), 2 }, { QStringLiteral("measurement"), 2 } };
    for (const auto &[dimension, stage] : views) {
        MaturitySelfAssessment assessment { 0, 0, dimension, stage, m_lastDay.addDays(-56),
            tr("Self-assessment at the quarterly review.") };
        BATON_TRY(assessments.add(assessment));
    }
    return {};
}

Result<void> Generator::createAccounts()
{
    const QStringList suffixes = strings(m_inputs.value(QStringLiteral("legal_suffixes")));
    QList<int> executives;
    for (int i = 0; i < m_owners.size(); ++i)
        if (m_teams.at(m_owners.at(i).team).name == QStringLiteral("Enterprise AE"))
            executives << i;
    const qint64 enterpriseTeam = m_teams.at(m_owners.at(executives.first()).team).id;

    const qint64 count = std::clamp<qint64>(m_options.handoffs / 30, 60, 20000);
    QSet<QString> used;
    PreparedStatement insert(m_workspace.db(),
        QStringLiteral("INSERT INTO account(external_ref, name, normalized_name, domain, industry_id, segment_id, "
                       "territory_id, country, region, employees, revenue, owner_id, team_id) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    BATON_TRY(insert.prepare());
    for (qint64 i = 0; i < count; ++i) {
        AccountInfo account;
        QString base;
        do {
            base = m_random.pick(m_companyFirst) + QLatin1Char(' ') + m_random.pick(m_companySecond);
            if (used.contains(base))
                base += QLatin1Char(' ') + QString::number(m_random.between(2, 99));
        } while (used.contains(base));
        used.insert(base);
        const QString suffix = m_random.pick(suffixes);
        account.name = suffix.isEmpty() ? base : base + QLatin1Char(' ') + suffix;
        account.place = randomPlace(m_random.weighted(m_territoryWeights));
        const QString tld = account.place.country == QStringLiteral("US") ? QStringLiteral("com")
                                                                           : account.place.country.toLower();
        account.domain = QString(base).toLower().remove(QLatin1Char(' ')) + QLatin1Char('.') + tld;
        account.employees = qint64(std::exp(m_random.uniform(std::log(20.0), std::log(60000.0))));
        account.industry = int(m_random.between(0, m_industryIds.size() - 1));
        const int segment = segmentIndex(account.employees);
        // Enterprise accounts and some mid-market ones are named accounts with an account executive.
        if (segment == 2 || (segment == 1 && m_random.chance(0.35)))
            account.owner = m_random.pick(executives);
        const bool owned = account.owner >= 0;
        BATON_TRY(insert.run({ QStringLiteral("ACC-%1").arg(i + 1, 6, 10, QLatin1Char('0')), account.name,
            normalizeCompanyName(account.name), account.domain, m_industryIds.at(account.industry),
            m_segmentIds.at(segment), account.place.territory >= 0 ? QVariant(m_territories.at(account.place.territory).id) : QVariant(),
            account.place.country, nullIfEmpty(account.place.region), account.employees,
            double(qRound64(account.employees * m_random.uniform(80000, 250000) / 1000.0) * 1000),
            owned ? QVariant(m_owners.at(account.owner).id) : QVariant(), owned ? QVariant(enterpriseTeam) : QVariant() }));
        account.id = insert.query().lastInsertId().toLongLong();
        m_accounts << account;
    }
    return {};
}

qint64 Generator::handoffTime(const QDate &day, const QTimeZone &zone)
{
    // Most signals arrive in the lead's working day; some in the evening or early morning.
    int minute = m_random.chance(0.72) ? int(m_random.between(8 * 60 + 30, 17 * 60 + 30))
                                       : int(m_random.between(6 * 60, 23 * 60));
    return QDateTime(day, QTime(minute / 60, minute % 60, int(m_random.between(0, 59))), zone).toSecsSinceEpoch();
}

Lead Generator::newLead()
{
    Lead lead;
    const QString firstName = m_random.pick(m_firstNames);
    const QString lastName = m_random.pick(m_lastNames);
    lead.contactName = firstName + QLatin1Char(' ') + lastName;
    const QString local = (firstName + QLatin1Char('.') + lastName).toLower().remove(QLatin1Char('\''));

    if (m_random.chance(0.40) && !m_accounts.isEmpty()) {
        lead.account = int(m_random.between(0, m_accounts.size() - 1));
        const AccountInfo &account = m_accounts.at(lead.account);
        lead.company = account.name;
        lead.domain = account.domain;
        lead.place = account.place;
        lead.employees = account.employees;
        lead.industry = account.industry;
    } else {
        const int territory = m_random.chance(0.02) ? -1 : m_random.weighted(m_territoryWeights);
        lead.place = randomPlace(territory);
        const QString base = m_random.pick(m_companyFirst) + QLatin1Char(' ') + m_random.pick(m_companySecond)
            + QLatin1Char(' ') + QString::number(m_random.between(1, 999));
        lead.company = base;
        lead.domain = QString(base).toLower().remove(QLatin1Char(' ')) + QStringLiteral(".com");
        lead.employees = qint64(std::exp(m_random.uniform(std::log(3.0), std::log(30000.0))));
        lead.industry = int(m_random.between(0, m_industryIds.size() - 1));
        if (m_random.chance(0.12))
            lead.domain = m_random.pick(m_freeMail);
    }
    lead.email = local + QLatin1Char('@') + lead.domain;
    lead.signal = m_random.weighted(m_signalWeights);
    return lead;
}

QString Generator::fitGrade(const Lead &lead, bool badFitCampaign)
{
    double score = segmentIndex(lead.employees) + m_random.normal(0.0, 0.8);
    const QString industry = m_industryNames.at(lead.industry);
    if (industry == QStringLiteral("Software") || industry == QStringLiteral("Financial services"))
        score += 1.0;
    if (industry == QStringLiteral("Education"))
        score -= 1.0;
    if (lead.place.territory < 0)
        score -= 1.0;
    if (badFitCampaign)
        score -= 2.2;
    if (score >= 2.3)
        return QStringLiteral("A");
    if (score >= 1.4)
        return QStringLiteral("B");
    if (score >= 0.4)
        return QStringLiteral("C");
    return QStringLiteral("D");
}

void Generator::route(const Lead &lead, const QDate &day, Handoff &handoff, int *ownerIndex, int *teamIndex)
{
    RoutingLead routing;
    routing.signalTypeId = m_signals.at(lead.signal).id;
    routing.territoryId = lead.place.territory >= 0 ? m_territories.at(lead.place.territory).id : 0;
    routing.segmentId = m_segmentIds.at(segmentIndex(lead.employees));
    routing.industryId = m_industryIds.at(lead.industry);
    routing.source = handoff.source;
    if (lead.account >= 0) {
        const AccountInfo &account = m_accounts.at(lead.account);
        routing.accountId = account.id;
        if (account.owner >= 0) {
            // Named accounts belong to their executive's team (createAccounts writes the same team_id).
            routing.accountOwnerId = m_owners.at(account.owner).id;
            routing.accountTeamId = m_teams.at(m_owners.at(account.owner).team).id;
        }
    }
    routing.day = day;
    const RoutingDecision decision = m_router->route(routing);
    handoff.routingRuleId = decision.ruleId;
    handoff.ownerId = decision.ownerId;
    handoff.teamId = decision.teamId;
    handoff.routedToFallback = decision.fallback;
    *teamIndex = m_teamIndexById.value(decision.teamId, m_fallbackTeam);
    *ownerIndex = -1;
    for (int i = 0; i < m_owners.size(); ++i)
        if (m_owners.at(i).id == decision.ownerId)
            *ownerIndex = i;
}

qint64 Generator::rejectionReason(const Lead &lead, const QString &fit, bool badFitCampaign, bool dropWeek)
{
    const auto reason = [&](const char *name) { return m_defaults.reasons.value(QString::fromUtf8(name)); };
    if (m_random.chance(0.015))
        return 0; // rejected without a reason: imported from a CRM that does not enforce one
    if (lead.duplicate)
        return reason("Duplicate");
    if (badFitCampaign) {
        const double r = m_random.uniform();
        return r < 0.72 ? reason("Bad fit") : r < 0.92 ? reason("Student or job seeker") : reason("No response");
    }
    if (dropWeek && m_random.chance(0.7))
        return m_random.chance(0.55) ? reason("No response") : reason("Bad timing");
    if (fit == QStringLiteral("D") && m_random.chance(0.6))
        return reason("Bad fit");
    const char *names[] = { "Bad fit", "No response", "Bad timing", "Competitor customer", "Wrong contact or territory",
        "Student or job seeker" };
    const double weights[] = { 25, 25, 20, 10, 12, 8 };
    return reason(names[m_random.weighted(weights)]);
}

Result<void> Generator::createHandoffs()
{
    m_writer = std::make_unique<HandoffWriter>(m_workspace);
    auto slaClock = SlaClock::load(m_workspace);
    if (!slaClock)
        return slaClock.error();
    m_slaClock = std::move(*slaClock);
    // Volume per week: a gentle upward trend with noise, summing exactly to the requested total.
    QList<double> weights;
    double sum = 0;
    for (int w = 0; w < m_options.weeks; ++w) {
        weights << (1.0 + 0.012 * w) * m_random.uniform(0.9, 1.1);
        sum += weights.last();
    }
    QList<qint64> counts;
    qint64 assigned = 0;
    for (int w = 0; w < m_options.weeks; ++w) {
        counts << qint64(double(m_options.handoffs) * weights.at(w) / sum);
        assigned += counts.last();
    }
    for (int w = m_options.weeks - 1; assigned < m_options.handoffs; w = (w + m_options.weeks - 1) % m_options.weeks) {
        ++counts[w];
        ++assigned;
    }
    const double dayWeights[] = { 22, 23, 22, 20, 12, 0.6, 0.4 };

    for (int w = 0; w < m_options.weeks; ++w) {
        const QDate monday = m_firstDay.addDays(7 * qint64(w));
        const qint64 weekStart = LocalDays(QTimeZone("America/New_York")).startOf(monday);
        const qint64 weekEnd = weekStart + 7 * Day;
        QList<Lead> leads;
        // Recycled leads whose re-entry delay is over come back first (within a fifth of the week's volume).
        std::sort(m_pending.begin(), m_pending.end(), [](const auto &a, const auto &b) {
            return a.due < b.due || (a.due == b.due && a.handoffId < b.handoffId);
        });
        while (!m_pending.isEmpty() && m_pending.first().due < weekEnd && leads.size() < counts.at(w) / 5) {
            PendingRecycle pending = m_pending.takeFirst();
            Lead lead = pending.lead;
            const QDate day = monday.addDays(m_random.weighted(dayWeights));
            lead.handedOffAt = handoffTime(day, lead.place.zone);
            lead.recycled = true;
            lead.recycledFromId = pending.handoffId;
            lead.duplicate = false;
            // They come back with a new, usually stronger signal.
            lead.signal = int(m_random.between(0, 4));
            leads << lead;
        }
        while (leads.size() < counts.at(w)) {
            const QDate day = monday.addDays(m_random.weighted(dayWeights));
            Lead lead;
            if (m_recentLeads.size() > 50 && m_random.chance(0.012)) {
                // The same person again through another channel: a duplicate for the validator and for Sales.
                lead = m_recentLeads.at(int(m_random.between(0, m_recentLeads.size() - 1)));
                lead.duplicate = true;
                lead.recycled = false;
                lead.recycledFromId = 0;
                lead.signal = int(m_random.between(0, m_signals.size() - 1));
                lead.handedOffAt = handoffTime(day, lead.place.zone);
                lead.createdAt = lead.handedOffAt - m_random.between(Hour, 10 * Day);
            } else {
                lead = newLead();
                lead.handedOffAt = handoffTime(day, lead.place.zone);
                lead.createdAt = lead.handedOffAt - m_random.between(Hour, 45 * Day);
            }
            leads << lead;
        }
        // Keep every handoff inside its reporting week: an Asian Monday morning can still be Sunday in New York.
        for (Lead &lead : leads) {
            while (lead.handedOffAt < weekStart)
                lead.handedOffAt += Day;
            while (lead.handedOffAt >= weekEnd)
                lead.handedOffAt -= Day;
            lead.createdAt = std::min(lead.createdAt, lead.handedOffAt - Hour);
        }
        std::stable_sort(leads.begin(), leads.end(),
            [](const Lead &a, const Lead &b) { return a.handedOffAt < b.handedOffAt; });
        for (const Lead &lead : std::as_const(leads)) {
            BATON_TRY(writeHandoff(lead, w));
            if (!lead.duplicate) {
                m_recentLeads << lead;
                if (m_recentLeads.size() > 500)
                    m_recentLeads.removeFirst();
            }
            ++m_written;
            if (m_options.progress && m_written % 2000 == 0 && !m_options.progress(m_written, m_options.handoffs))
                return fail(tr("Generating the demo workspace was cancelled."), Error::Kind::Cancelled);
        }
    }
    if (m_options.progress)
        m_options.progress(m_written, m_options.handoffs);
    return {};
}

Result<void> Generator::writeHandoff(const Lead &lead, int weekIndex)
{
    const SignalInfo &signal = m_signals.at(lead.signal);
    const QDate day = QDateTime::fromSecsSinceEpoch(lead.handedOffAt, lead.place.zone).date();
    Handoff h;
    h.leadRef = QStringLiteral("L-%1").arg(m_written + 1, 7, 10, QLatin1Char('0'));
    h.email = lead.email;
    h.contactName = lead.contactName;
    h.company = lead.company;
    // A few web forms come in without a company name (the data standard requires one from MQL on).
    if (lead.account < 0 && m_random.chance(0.006))
        h.company.clear();
    // A small share of leads at a known company's domain were never linked to the account in the CRM
    // (and so were routed as if the account did not exist).
    Lead routed = lead;
    if (lead.account >= 0 && !m_random.chance(0.03))
        h.accountId = m_accounts.at(lead.account).id;
    else
        routed.account = -1;
    h.signalTypeId = signal.id;
    h.country = lead.place.country;
    h.region = lead.place.region;
    h.employees = lead.employees;
    h.segmentId = m_segmentIds.at(segmentIndex(lead.employees));
    h.territoryId = lead.place.territory >= 0 ? m_territories.at(lead.place.territory).id : 0;
    h.industryId = m_industryIds.at(lead.industry);

    // Source and campaign, with a few values that break the UTM convention.
    h.source = signal.sources.at(m_random.weighted(signal.sourceWeights));
    const QJsonObject source = m_sources.value(h.source);
    const QStringList campaigns = strings(source.value(QStringLiteral("campaigns")));
    if (h.source == m_story.badFitSource && m_random.chance(0.5))
        h.campaign = m_story.badFitCampaign;
    else
        h.campaign = m_random.pick(campaigns);
    h.utmSource = source.value(QStringLiteral("utm_source")).toString();
    h.utmMedium = source.value(QStringLiteral("utm_medium")).toString();
    h.utmCampaign = h.campaign;
    if (m_random.chance(0.03)) {
        const int broken = int(m_random.between(0, 2));
        if (broken == 0)
            h.utmSource[0] = h.utmSource.at(0).toUpper();
        else if (broken == 1)
            h.utmMedium = QStringLiteral("Paid Social");
        else
            h.utmCampaign = h.campaign.toUpper().replace(QLatin1Char('-'), QLatin1Char(' '));
    }
    const bool badFitCampaign = h.campaign == m_story.badFitCampaign;
    h.fitGrade = fitGrade(lead, badFitCampaign);
    // Marketing's own scoring filters most leads below the contract's minimum fit before handing them off;
    // some slip through (and the planted campaign ignores the contract), for the validator to find.
    const QString minimum = m_minimumFit.value(signal.id);
    if (!badFitCampaign && !FitGrade::meets(h.fitGrade, minimum) && m_random.chance(0.88))
        h.fitGrade = minimum;

    // Context Sales receives; some fields go missing, event scans lose phone numbers most often.
    QJsonObject context;
    if (!m_random.chance(0.03))
        context.insert(QStringLiteral("job_title"),
            badFitCampaign && m_random.chance(0.3) ? QStringLiteral("Student") : m_random.pick(m_jobTitles));
    if (!m_random.chance(h.source == QStringLiteral("events") ? 0.25 : 0.06))
        context.insert(QStringLiteral("phone"),
            QStringLiteral("+%1 555 %2").arg(m_random.between(1, 99)).arg(m_random.between(1000000, 9999999)));
    if (signal.tier == IntentTier::High && !m_random.chance(0.04))
        context.insert(QStringLiteral("signal_detail"), tr("%1 (%2 seats)").arg(signal.name).arg(m_random.between(5, 400)));
    if (h.source == QStringLiteral("events"))
        context.insert(QStringLiteral("event_name"), h.campaign);
    h.context = json::fromObject(context);

    h.createdAt = lead.createdAt;
    h.handedOffAt = lead.handedOffAt;
    h.recycledFromId = lead.recycledFromId;

    int ownerIndex = -1;
    int teamIndex = -1;
    route(routed, day, h, &ownerIndex, &teamIndex);
    const BusinessClock &clock = m_clocks.at(m_teams.at(teamIndex).calendar);
    const bool fallback = h.routedToFallback;
    const bool slowTeam = m_teams.at(teamIndex).name == m_story.slowTeam;
    qint64 assigned = fallback ? clock.addSeconds(h.handedOffAt, qint64(m_random.uniform(0.5, 10.0) * Hour))
                               : h.handedOffAt + m_random.between(3, 240);

    QList<StageChange> stages;
    stages.append({ 0, lead.recycled ? m_stage.value(QStringLiteral("Nurture")) : 0,
        lead.recycled ? m_stage.value(QStringLiteral("MQL")) : m_stage.value(QStringLiteral("Lead")),
        lead.recycled ? h.handedOffAt : h.createdAt.value_or(h.handedOffAt) });
    if (!lead.recycled)
        stages.append({ 0, m_stage.value(QStringLiteral("Lead")), m_stage.value(QStringLiteral("MQL")), h.handedOffAt });
    const auto stageTo = [&](const QString &name, qint64 at) {
        stages.append({ 0, stages.last().toStageId, m_stage.value(name), at });
    };

    if (assigned <= m_asOf)
        h.assignedAt = assigned;
    const double untouched = fallback ? 0.10 : 0.02;
    if (h.assignedAt && !m_random.chance(untouched)) {
        // Business minutes to first touch, relative to the SLA target; the slow team mostly misses it.
        const double target = signal.slaMinutes * 60.0;
        const double ratio = slowTeam ? m_random.logNormal(1.8, 0.7)
            : fallback                ? m_random.logNormal(1.3, 0.9)
                                      : m_random.logNormal(0.45, 0.85);
        const qint64 touch = clock.addSeconds(*h.assignedAt, qint64(target * ratio));
        if (touch <= m_asOf)
            h.firstTouchAt = touch;
    }
    if (h.firstTouchAt) {
        const qint64 decided = clock.addSeconds(*h.firstTouchAt, m_random.between(Hour, 20 * Hour));
        if (decided <= m_asOf) {
            const bool dropWeek = weekIndex == m_dropWeekIndex;
            double accept = 0.80;
            const QString &fit = h.fitGrade;
            accept += fit == QStringLiteral("A") ? 0.08 : fit == QStringLiteral("B") ? 0.03 : fit == QStringLiteral("C") ? -0.08 : -0.45;
            if (badFitCampaign)
                accept = 0.22;
            if (dropWeek)
                accept *= 0.45;
            if (lead.recycled)
                accept += 0.05;
            if (lead.duplicate)
                accept = 0.1;
            if (m_random.chance(accept)) {
                h.acceptedAt = decided;
                h.outcome = Outcome::Accepted;
                const double tierFactor = signal.tier == IntentTier::High ? 1.15 : signal.tier == IntentTier::Medium ? 1.0 : 0.75;
                const double toOpportunity = (fit == QStringLiteral("A") ? 0.55 : fit == QStringLiteral("B") ? 0.45
                                                     : fit == QStringLiteral("C")                               ? 0.32
                                                                                                                : 0.12)
                    * tierFactor;
                const qint64 opportunity = decided + m_random.between(2 * Day, 35 * Day);
                const bool skipStages = m_random.chance(0.004);
                if (!skipStages)
                    stageTo(QStringLiteral("SAL"), decided);
                if (m_random.chance(toOpportunity) && opportunity <= m_asOf) {
                    h.opportunityAt = opportunity;
                    const double medians[] = { 12000, 48000, 165000 };
                    h.opportunityAmount = double(qRound64(
                        medians[segmentIndex(lead.employees)] * m_random.logNormal(1.0, 0.45) / 100.0) * 100);
                    h.opportunityRef = QStringLiteral("OPP-%1").arg(m_written + 1, 7, 10, QLatin1Char('0'));
                    h.outcome = Outcome::Opportunity;
                    if (!skipStages)
                        stageTo(QStringLiteral("SQL"),
                            std::max(decided, opportunity - m_random.between(Hour * 12, 3 * Day)));
                    stageTo(QStringLiteral("Opportunity"), opportunity); // skipping SAL/SQL is the illegal jump
                    const double close = m_random.uniform();
                    const qint64 closed = opportunity + m_random.between(14 * Day, 110 * Day);
                    if (close < 0.80 && closed <= m_asOf) {
                        h.closedAt = closed;
                        if (close < 0.36) {
                            h.outcome = Outcome::Won;
                            h.wonAmount = double(qRound64(*h.opportunityAmount * m_random.uniform(0.85, 1.05) / 100.0) * 100);
                            stageTo(QStringLiteral("Customer"), closed);
                        } else {
                            h.outcome = Outcome::Lost;
                            stageTo(QStringLiteral("Nurture"), closed);
                        }
                    }
                }
            } else {
                h.rejectedAt = decided;
                h.outcome = Outcome::Rejected;
                h.rejectionReasonId = rejectionReason(lead, fit, badFitCampaign, dropWeek);
                const QString kind = m_reasonPlayKind.value(h.rejectionReasonId);
                if (kind.contains(QStringLiteral("nurture")))
                    stageTo(QStringLiteral("Nurture"), decided);
                else if (kind == PlayKind::Disqualify || kind == PlayKind::Merge)
                    stageTo(QStringLiteral("Disqualified"), decided);
            }
        }
    }
    // Data-quality slips for the validator: touches logged before the handoff, and touches never logged.
    if (h.firstTouchAt && m_random.chance(0.002))
        h.firstTouchAt = h.handedOffAt - m_random.between(60, 3600);
    else if (h.acceptedAt && m_random.chance(0.008))
        h.firstTouchAt.reset();
    h.stageId = stages.last().toStageId;
    m_slaClock->apply(h);

    BATON_TRY(m_writer->insert(h));
    for (StageChange change : std::as_const(stages)) {
        change.handoffId = h.id;
        BATON_TRY(m_writer->insertStageChange(change));
    }
    // Some nurtured leads come back when their play's re-entry delay is over.
    const qint64 reentryDays = m_reasonPlayDays.value(h.rejectionReasonId);
    if (h.rejectedAt && reentryDays > 0 && m_random.chance(0.18)) {
        const qint64 due = *h.rejectedAt + reentryDays * Day + m_random.between(0, 21 * Day);
        if (due < m_asOf)
            m_pending.append({ due, h.id, lead });
    }
    return {};
}

} // namespace

Result<DemoSummary> generateDemo(Workspace &workspace, const DemoOptions &options)
{
    if (options.weeks < 1 || options.weeks > 520)
        return fail(QCoreApplication::translate("baton::Generator", "The number of weeks must be between 1 and 520."),
            Error::Kind::Invalid);
    if (options.handoffs < 0)
        return fail(QCoreApplication::translate("baton::Generator", "The number of handoffs cannot be negative."),
            Error::Kind::Invalid);
    Generator generator(workspace, options);
    return generator.run();
}

Result<DemoSummary> createDemoWorkspace(const QString &path, const DemoOptions &options)
{
    auto workspace = Workspace::create(path);
    if (!workspace)
        return workspace.error();
    auto summary = generateDemo(**workspace, options);
    if (!summary) {
        workspace->reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    return summary;
}

} // namespace baton
