#include "handoffimport.h"

#include "core/json.h"
#include "core/rowcursor.h"
#include "core/sql.h"
#include "core/workspace.h"
#include "instrument/companynames.h"
#include "instrument/handofffields.h"
#include "route/coveragemodel.h"

#include <QDateTime>
#include <QJsonObject>

namespace baton {

struct HandoffImport::Fields
{
    int leadRef, opportunityRef, email, contactName, company, account, signalType, source, campaign, utmSource,
        utmMedium, utmCampaign, country, region, employees, revenue, segment, territory, industry, fitGrade, stage,
        owner, team, outcome, rejectionReason, createdAt, handedOffAt, assignedAt, firstTouchAt, acceptedAt,
        rejectedAt, opportunityAt, closedAt, opportunityAmount, wonAmount, amount;
};

namespace {

// Appends `text` as a JSON string literal, as QJsonDocument writes it (quotes, backslashes and control
// characters escaped).
void appendJsonString(QString &out, const QString &text)
{
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        case '\b':
            out += QStringLiteral("\\b");
            break;
        case '\f':
            out += QStringLiteral("\\f");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
}

// How many (email domain, company) pairs an import remembers the account match of.
constexpr qsizetype MaxRememberedMatches = qsizetype(1) << 17;

// A 64-bit FNV-1a hash of what account matching reads: the email's domain as emailDomain() gives it (after the
// last @, trimmed, lower case) and the company name as written. Two different pairs share one with a chance of
// about 2^-64, as the keys of DuplicateFinder do. ASCII domains are hashed where they are, without making the
// lower-case copy.
quint64 matchFingerprint(const QString &email, const QString &company)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    const auto add = [&](char16_t u) { hash = (hash ^ u) * 0x100000001b3ULL; };
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    const QStringView domain = at < 0 ? QStringView() : QStringView(email).mid(at + 1).trimmed();
    bool ascii = true;
    for (const QChar c : domain)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii) {
        for (const QChar c : domain)
            add(c.unicode() >= 'A' && c.unicode() <= 'Z' ? char16_t(c.unicode() + 32) : c.unicode());
    } else {
        for (const QChar c : emailDomain(email))
            add(c.unicode());
    }
    add(0xffff); // not a character: the domain ends here
    for (const QChar c : company)
        add(c.unicode());
    return hash == HashIdTable::NoKey ? 1 : hash;
}

QString instantText(qint64 at, const QTimeZone &zone)
{
    return QDateTime::fromSecsSinceEpoch(at, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

HandoffImport::HandoffImport(Workspace &workspace, const MappingDefinition &mapping, const RowConverter &converter,
    ImportReferences &refs)
    : m_workspace(workspace), m_mapping(mapping), m_converter(converter), m_refs(refs),
      m_days(HandoffRepository(workspace).reportingZone()), m_zone(HandoffRepository(workspace).reportingZone())
{
}

HandoffImport::~HandoffImport() = default;

Result<std::unique_ptr<HandoffImport>> HandoffImport::load(Workspace &workspace, const MappingDefinition &mapping,
    const RowConverter &converter, ImportReferences &refs, qint64 keyTableBytes)
{
    std::unique_ptr<HandoffImport> import(new HandoffImport(workspace, mapping, converter, refs));
    import->m_keyTableBytes = keyTableBytes;
    BATON_TRY(import->initialize());
    return import;
}

Result<void> HandoffImport::initialize()
{
    const auto at = [this](const char *name) { return m_converter.fieldIndex(QString::fromLatin1(name)); };
    m_fields.reset(new Fields { at("lead_ref"), at("opportunity_ref"), at("email"), at("contact_name"), at("company"),
        at("account"), at("signal_type"), at("source"), at("campaign"), at("utm_source"), at("utm_medium"),
        at("utm_campaign"), at("country"), at("region"), at("employees"), at("revenue"), at("segment"), at("territory"),
        at("industry"), at("fit_grade"), at("stage"), at("owner"), at("team"), at("outcome"), at("rejection_reason"),
        at("created_at"), at("handed_off_at"), at("assigned_at"), at("first_touch_at"), at("accepted_at"),
        at("rejected_at"), at("opportunity_at"), at("closed_at"), at("opportunity_amount"), at("won_amount"),
        at("amount") });
    m_mapsOutcome = m_mapping.mapsField(QStringLiteral("outcome"));
    m_mapsStage = m_mapping.mapsField(QStringLiteral("stage"));
    m_mapsTerritory = m_mapping.mapsField(QStringLiteral("territory"));
    m_mapsSegment = m_mapping.mapsField(QStringLiteral("segment"));
    m_mapsAccount = m_mapping.mapsField(QStringLiteral("account"));
    m_mapsOwnerOrTeam = m_mapping.mapsField(QStringLiteral("owner")) || m_mapping.mapsField(QStringLiteral("team"));
    if (!m_mapping.key.isEmpty())
        m_keyField = m_converter.fieldIndex(m_mapping.key);

    auto model = CoverageModel::load(m_workspace);
    if (!model)
        return model.error();
    m_territories = TerritoryResolver(model->areas);
    m_segments = SegmentResolver(model->segments);
    if (m_mapping.mode != MappingDefinition::Mode::Update) {
        auto router = Router::load(m_workspace);
        if (!router)
            return fail(tr("Handoffs without an owner cannot be routed: %1").arg(router.errorMessage()), router.error().kind);
        m_router = std::move(*router);
    }
    auto sla = SlaClock::load(m_workspace);
    if (!sla)
        return sla.error();
    m_sla = std::move(*sla);
    if (m_keyTableBytes > 0)
        m_keys.setBudget(m_keyTableBytes);
    auto matcher = AccountMatcher::load(m_workspace);
    if (!matcher)
        return matcher.error();
    if (!matcher->rules().isEmpty())
        m_matcher = std::move(*matcher);
    if (m_mapping.mode != MappingDefinition::Mode::Update) {
        auto duplicates = DuplicateFinder::load(m_workspace);
        if (!duplicates)
            return duplicates.error();
        m_duplicates = std::move(*duplicates);
        if (m_keyTableBytes > 0)
            m_duplicates.setMemoryBudget(m_keyTableBytes);
        m_checkDuplicates = !m_duplicates.rules().isEmpty();
        if (m_checkDuplicates)
            BATON_TRY(loadExistingIdentities());
    }
    auto store = HandoffStore::open(m_workspace, m_mapping.key);
    if (!store)
        return store.error();
    m_store = std::make_unique<HandoffStore>(std::move(*store));
    m_nextId = m_store->nextId();
    if (m_keyField >= 0)
        BATON_TRY(loadExistingKeys());
    return {};
}

quint64 HandoffImport::keyHash(QStringView key) const
{
    // FNV-1a over the UTF-16 code units; emails compare like SQLite's NOCASE (ASCII letters without case).
    const bool foldAscii = m_mapping.key == QLatin1String("email");
    quint64 hash = 0xcbf29ce484222325ULL;
    for (const QChar c : key) {
        const char16_t u = c.unicode();
        hash ^= foldAscii && u >= 'A' && u <= 'Z' ? char16_t(u + 32) : u;
        hash *= 0x100000001b3ULL;
    }
    return hash == HashIdTable::NoKey ? 1 : hash;
}

Result<void> HandoffImport::keyTablesStatus() const
{
    if (m_keys.failed())
        return fail(m_keys.errorString(), Error::Kind::Io);
    if (m_duplicates.failed())
        return fail(m_duplicates.errorString(), Error::Kind::Io);
    return {};
}

Result<void> HandoffImport::loadExistingKeys()
{
    // Ascending ids, so that the most recent handoff with a key is the one remembered (HandoffStore::find's rule).
    // The column is one of the three HandoffStore::open accepts, written here.
    const QString column = m_mapping.key == QLatin1String("email") ? QStringLiteral("email")
        : m_mapping.key == QLatin1String("opportunity_ref")      ? QStringLiteral("opportunity_ref")
                                                                 : QStringLiteral("lead_ref");
    auto cursor = RowCursor::open(m_workspace.db(),
        QStringLiteral("SELECT id, %1 FROM handoff WHERE %1 IS NOT NULL ORDER BY id").arg(column));
    if (!cursor)
        return cursor.error();
    while (cursor->next())
        m_keys.slot(keyHash(cursor->toString(1))) = cursor->integer(0);
    BATON_TRY(keyTablesStatus());
    return cursor->status();
}

Result<void> HandoffImport::loadExistingIdentities()
{
    // The identity fields of the handoffs already in the workspace, in the order they entered it, so that a
    // row of the file that repeats one of them is found.
    QStringList fieldNames;
    for (const IdentityRule &rule : m_duplicates.rules())
        for (const QString &field : rule.fields)
            if (!fieldNames.contains(field.trimmed()))
                fieldNames << field.trimmed();
    QStringList columns { QStringLiteral("id") };
    QHash<QString, int> columnOf;
    bool needsContext = false;
    for (const QString &field : std::as_const(fieldNames)) {
        const HandoffFields::FieldInfo *info = HandoffFields::find(field);
        if (!info) {
            needsContext = true;
            continue;
        }
        columnOf.insert(field, int(columns.size()));
        columns << QString::fromLatin1(info->column);
    }
    const int contextColumn = needsContext ? int(columns.size()) : -1;
    if (needsContext)
        columns << QStringLiteral("context");
    auto cursor = RowCursor::open(m_workspace.db(), QStringLiteral("SELECT %1 FROM handoff ORDER BY id").arg(columns.join(u',')));
    if (!cursor)
        return cursor.error();
    while (cursor->next()) {
        QJsonObject context;
        if (contextColumn >= 0)
            context = json::toObject(cursor->toString(contextColumn));
        const auto valueOf = [&](const QString &field) -> QString {
            const int column = columnOf.value(field, -1);
            if (column >= 0)
                return cursor->isNull(column) ? QString() : cursor->toString(column);
            return context.value(field).toVariant().toString();
        };
        m_duplicates.add(cursor->integer(0), valueOf);
    }
    BATON_TRY(keyTablesStatus());
    return cursor->status();
}

void HandoffImport::apply(const ConvertedRecord &record, Handoff &h) const
{
    const Fields &f = *m_fields;
    const auto text = [&](int index, QString &target) {
        if (record.value(index).set)
            target = record.value(index).text;
    };
    const auto id = [&](int index, qint64 &target) {
        if (record.value(index).set)
            target = record.value(index).id;
    };
    const auto instant = [&](int index, Handoff::Instant &target) {
        if (record.value(index).set)
            target = record.value(index).integer;
    };
    const auto amount = [&](int index, std::optional<double> &target) {
        if (record.value(index).set)
            target = record.value(index).number;
    };
    text(f.leadRef, h.leadRef);
    text(f.opportunityRef, h.opportunityRef);
    text(f.email, h.email);
    text(f.contactName, h.contactName);
    text(f.company, h.company);
    id(f.account, h.accountId);
    id(f.signalType, h.signalTypeId);
    text(f.source, h.source);
    text(f.campaign, h.campaign);
    text(f.utmSource, h.utmSource);
    text(f.utmMedium, h.utmMedium);
    text(f.utmCampaign, h.utmCampaign);
    text(f.country, h.country);
    text(f.region, h.region);
    if (record.value(f.employees).set)
        h.employees = record.value(f.employees).integer;
    amount(f.revenue, h.revenue);
    id(f.segment, h.segmentId);
    id(f.territory, h.territoryId);
    id(f.industry, h.industryId);
    text(f.fitGrade, h.fitGrade);
    id(f.stage, h.stageId);
    id(f.owner, h.ownerId);
    id(f.team, h.teamId);
    text(f.outcome, h.outcome);
    id(f.rejectionReason, h.rejectionReasonId);
    instant(f.createdAt, h.createdAt);
    if (record.value(f.handedOffAt).set)
        h.handedOffAt = record.value(f.handedOffAt).integer;
    instant(f.assignedAt, h.assignedAt);
    instant(f.firstTouchAt, h.firstTouchAt);
    instant(f.acceptedAt, h.acceptedAt);
    instant(f.rejectedAt, h.rejectedAt);
    instant(f.opportunityAt, h.opportunityAt);
    instant(f.closedAt, h.closedAt);
    amount(f.opportunityAmount, h.opportunityAmount);
    amount(f.wonAmount, h.wonAmount);
    if (!record.context.isEmpty()) {
        if (h.context.isEmpty() || h.context == QLatin1String("{}")) {
            // A new handoff's context, written directly (the common case: no JSON object to merge into).
            QString text = QStringLiteral("{");
            for (qsizetype i = 0; i < record.context.size(); ++i) {
                const QString &key = record.context.at(i).first;
                bool repeated = false;
                for (qsizetype j = 0; j < i && !repeated; ++j)
                    repeated = record.context.at(j).first == key;
                if (repeated)
                    continue;
                // The last value of a key wins, as QJsonObject::insert would have it.
                QString last = record.context.at(i).second;
                for (qsizetype j = i + 1; j < record.context.size(); ++j)
                    if (record.context.at(j).first == key)
                        last = record.context.at(j).second;
                if (text.size() > 1)
                    text += QLatin1Char(',');
                appendJsonString(text, key);
                text += QLatin1Char(':');
                appendJsonString(text, last);
            }
            text += QLatin1Char('}');
            h.context = text;
        } else {
            QJsonObject context = json::toObject(h.context);
            for (const auto &[key, value] : record.context)
                context.insert(key, value);
            h.context = json::fromObject(context);
        }
    }
}

void HandoffImport::fillIn(Handoff &h, bool inserting)
{
    // The outcome the timestamps show, when the mapping gives none (new handoffs only: an update keeps the
    // outcome it had unless the file says otherwise).
    if (inserting && !m_mapsOutcome) {
        if (h.closedAt)
            h.outcome = h.wonAmount.value_or(0) > 0 ? Outcome::Won : Outcome::Lost;
        else if (h.opportunityAt)
            h.outcome = Outcome::Opportunity;
        else if (h.rejectedAt)
            h.outcome = Outcome::Rejected;
        else if (h.acceptedAt)
            h.outcome = Outcome::Accepted;
        else
            h.outcome = Outcome::Open;
        if (h.outcome != Outcome::Open)
            ++m_derivedOutcomes;
    }
    if (h.outcome.isEmpty())
        h.outcome = Outcome::Open;

    // Steps the outcome implies: dated by the next later dated step, else the latest earlier one.
    const bool accepted = h.outcome == Outcome::Accepted || h.outcome == Outcome::Opportunity || h.outcome == Outcome::Won
        || h.outcome == Outcome::Lost;
    const bool opportunity = h.outcome == Outcome::Opportunity || h.outcome == Outcome::Won || h.outcome == Outcome::Lost;
    const bool closed = h.outcome == Outcome::Won || h.outcome == Outcome::Lost;
    const bool rejected = h.outcome == Outcome::Rejected;
    Handoff::Instant *steps[] = { rejected ? &h.rejectedAt : &h.acceptedAt, &h.opportunityAt, &h.closedAt };
    const bool needed[] = { accepted || rejected, opportunity, closed };
    for (int step = 0; step < 3; ++step) {
        if (!needed[step] || *steps[step])
            continue;
        Handoff::Instant time;
        for (int later = step + 1; later < 3 && !time; ++later)
            time = *steps[later];
        if (!time) {
            // The latest of what came before: the handoff, assignment and first touch, then the earlier steps.
            qint64 latest = h.handedOffAt;
            for (const Handoff::Instant &before : { h.assignedAt, h.firstTouchAt })
                if (before)
                    latest = std::max(latest, *before);
            for (int earlier = 0; earlier < step; ++earlier)
                if (*steps[earlier])
                    latest = std::max(latest, **steps[earlier]);
            time = latest;
        }
        *steps[step] = time;
        ++m_implied;
    }
    if (!m_mapsStage && (inserting || m_mapsOutcome)) {
        if (const qint64 stage = m_refs.stageForOutcome(h.outcome, h.rejectionReasonId))
            h.stageId = stage;
    }
    if (!m_mapsTerritory && !h.country.isEmpty())
        h.territoryId = m_territories.territoryFor(h.country, h.region);
    if (!m_mapsSegment && (h.employees || h.revenue))
        h.segmentId = m_segments.segmentFor(h.employees, h.revenue);
    if (h.accountId == 0 && m_matcher && (!h.email.isEmpty() || !h.company.isEmpty())) {
        h.accountId = matchAccount(h.email, h.company);
        if (h.accountId)
            ++m_matched;
    }
    if (h.ownerId && !h.teamId)
        h.teamId = m_refs.ownerTeam(h.ownerId);
    if (inserting && m_router && !h.ownerId && !h.teamId) {
        RoutingLead lead;
        lead.signalTypeId = h.signalTypeId;
        lead.territoryId = h.territoryId;
        lead.segmentId = h.segmentId;
        lead.industryId = h.industryId;
        lead.source = h.source;
        if (h.accountId) {
            const ImportReferences::AccountInfo account = m_refs.account(h.accountId);
            lead.accountId = h.accountId;
            lead.accountOwnerId = account.ownerId;
            lead.accountTeamId = account.teamId;
        }
        lead.day = m_days.dayOf(h.handedOffAt);
        const RoutingDecision decision = m_router->route(lead);
        h.ownerId = decision.ownerId;
        h.teamId = decision.teamId;
        h.routingRuleId = decision.ruleId;
        h.routedToFallback = decision.fallback;
        ++m_routed;
        if (decision.fallback)
            ++m_fallback;
    }
    m_sla->apply(h);
    h.week = m_days.weekCodeOf(h.handedOffAt);
}

qint64 HandoffImport::matchAccount(const QString &email, const QString &company)
{
    // AccountMatcher::match depends only on the email's domain and the company name.
    const quint64 key = matchFingerprint(email, company);
    if (const qint64 *known = m_matches.find(key))
        return *known - 1;
    const qint64 id = m_matcher->match(email, company);
    if (m_matches.size() < MaxRememberedMatches)
        m_matches.slot(key) = id + 1; // ids are stored plus one: "no account" (0) must be remembered too
    return id;
}

Result<std::optional<Handoff>> HandoffImport::findByKey(const ConvertedRecord &record)
{
    if (m_keyField < 0 || !record.value(m_keyField).set || record.value(m_keyField).text.isEmpty())
        return std::optional<Handoff>();
    const QString &key = record.value(m_keyField).text;
    const qint64 id = m_keys.value(keyHash(key));
    if (id == 0)
        return std::optional<Handoff>();
    // A handoff has a key with the same hash: read it where it is written (and, should the hash belong to another
    // key, ask the workspace by the key itself).
    std::optional<Handoff> found;
    const auto lookUp = [&]() -> Result<void> {
        auto stored = m_store->load(m_workspace, id);
        if (!stored)
            return stored.error();
        const QString &value = m_mapping.key == QLatin1String("email") ? stored->email
            : m_mapping.key == QLatin1String("opportunity_ref")       ? stored->opportunityRef
                                                                       : stored->leadRef;
        if (keyHash(value) == keyHash(key)
            && (m_mapping.key == QLatin1String("email") ? value.compare(key, Qt::CaseInsensitive) == 0 : value == key)) {
            found = *stored;
            return {};
        }
        auto other = m_store->find(key);
        if (!other)
            return other.error();
        if (!other->has_value())
            return {};
        auto again = m_store->load(m_workspace, **other);
        if (!again)
            return again.error();
        found = *again;
        return {};
    };
    BATON_TRY(m_onWriter ? m_onWriter(lookUp) : lookUp());
    return found;
}

Result<RecordResult> HandoffImport::process(const ConvertedRecord &record, bool describeRecord)
{
    Prepared prepared;
    BATON_TRY(prepare(record, describeRecord, &prepared));
    BATON_TRY(write(prepared));
    return prepared.result;
}

Result<void> HandoffImport::write(Prepared &prepared, bool inPlace)
{
    if (prepared.write == Prepared::Write::None)
        return {};
    Handoff &h = prepared.handoff;
    const bool inserting = prepared.write == Prepared::Write::Insert;
    // The KPI cube sums: a new handoff is added; a handoff this import inserted and now updates is taken back
    // and added again, or, when its sums were merged already, updated with the triggers on.
    bool throughTriggers = false;
    if (m_sums && inserting) {
        m_sums->add(h);
    } else if (m_sums && prepared.before) {
        if (h.id >= m_sumsFrom) {
            m_sums->add(*prepared.before, -1);
            m_sums->add(h);
        } else {
            throughTriggers = true;
        }
    }
    if (inserting) {
        if (auto inserted = inPlace ? m_store->insertInPlace(h) : m_store->insert(h); !inserted)
            return inserted.error();
    } else if (throughTriggers) {
        // The cubes must have its old state (a merge in steps still under way is finished first), and the row must
        // be in the table (not waiting for its batch) for the triggers to see that state.
        BATON_TRY(finishMerging());
        BATON_TRY(m_store->flush());
        BATON_TRY(m_deferral->throughTriggers([&]() { return m_store->update(h); }));
    } else {
        BATON_TRY(m_store->update(h));
    }
    // Full sums are merged in steps, a few cells for every handoff written after, so that the thread that prepares
    // the records does not wait for a long merge; new sums gather meanwhile. The steps spread the merge over about
    // two thirds of the writes that filled the sums, so that it is done before the next sums are full.
    ++m_sumsWrites;
    if (m_merging) {
        m_mergeCredit += m_mergeRate;
        const qint64 cells = qint64(m_mergeCredit);
        m_mergeCredit -= double(cells);
        auto done = m_merging->mergeSome(cells);
        if (!done)
            return done.error();
        if (*done)
            m_merging.reset();
    }
    if (m_sums && m_sums->bytes() >= m_mergeBytes) {
        BATON_TRY(finishMerging());
        m_mergeRate = 1.5 * double(m_sums->cells()) / double(std::max<qint64>(m_sumsWrites, 1));
        m_mergeCredit = 1;
        m_sumsWrites = 0;
        m_merging.emplace(std::move(*m_sums));
        *m_sums = KpiSums();
        BATON_TRY(m_merging->beginMerge(m_workspace));
        m_sumsFrom = m_store->nextId();
    }
    return {};
}

void HandoffImport::expectRecords(qint64 records)
{
    // An estimate from the first records: a file whose later records are much shorter just grows the tables
    // again; beyond ten million records they grow as they fill.
    if (records <= 0 || records > 10'000'000)
        return;
    const qint64 handoffs = m_nextId + records; // those in the workspace, those prepared, those to come
    if (m_keyField >= 0)
        m_keys.reserve(handoffs);
    if (m_checkDuplicates)
        m_duplicates.reserve(handoffs);
}

void HandoffImport::discardWaiting()
{
    m_store->discardWaiting();
}

qsizetype HandoffImport::waitingRows() const
{
    return m_store->waitingRows();
}

Result<void> HandoffImport::flush()
{
    return m_store->flush();
}

Result<void> HandoffImport::finishMerging()
{
    if (!m_merging)
        return {};
    BATON_TRY(m_merging->merge(m_workspace));
    m_merging.reset();
    return {};
}

Result<void> HandoffImport::prepare(const ConvertedRecord &record, bool describeRecord, Prepared *out)
{
    BATON_TRY(prepareRecord(record, describeRecord, out));
    // A key table whose temporary files failed may have missed a key on any path of prepareRecord().
    return keyTablesStatus();
}

Result<void> HandoffImport::prepareRecord(const ConvertedRecord &record, bool describeRecord, Prepared *out)
{
    const Fields &f = *m_fields;
    RecordResult &result = out->result;
    result = RecordResult();
    out->write = Prepared::Write::None;
    out->before.reset();
    auto existing = findByKey(record);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        Handoff &h = out->handoff;
        h = std::move(**existing);
        if (m_deferral && h.id >= m_deferral->firstDeferredId())
            out->before = h; // what the KPI sums have for it, should write() take it back
        apply(record, h);
        if (record.value(f.amount).set) {
            if (!record.value(f.opportunityAmount).set)
                h.opportunityAmount = record.value(f.amount).number;
            if (!record.value(f.wonAmount).set && h.outcome == Outcome::Won)
                h.wonAmount = record.value(f.amount).number;
        }
        fillIn(h, false);
        out->write = Prepared::Write::Update;
        result.action = RecordResult::Action::Updated;
        result.id = h.id;
        if (describeRecord)
            result.shown = describe(h, record);
        return {};
    }
    if (m_mapping.mode == MappingDefinition::Mode::Update) {
        result.action = RecordResult::Action::KeptAside;
        if (m_keyField < 0 || !record.value(m_keyField).set)
            result.reason = tr("%1 is empty, so there is no handoff to update.")
                                .arg(ImportFields::label(ImportEntity::Handoff, m_mapping.key));
        else
            result.reason = tr("No handoff has %1 \"%2\" to update (import the file that creates it first).")
                                .arg(ImportFields::label(ImportEntity::Handoff, m_mapping.key).toLower(),
                                    record.value(m_keyField).text);
        return {};
    }
    if (!record.value(f.handedOffAt).set) {
        result.action = RecordResult::Action::KeptAside;
        result.reason = tr("Handed off is missing: a handoff needs the time it was handed to Sales.");
        return {};
    }
    Handoff &h = out->handoff;
    h = Handoff();
    apply(record, h);
    if (record.value(f.amount).set) {
        if (!record.value(f.opportunityAmount).set)
            h.opportunityAmount = record.value(f.amount).number;
    }
    fillIn(h, true);
    if (record.value(f.amount).set && !record.value(f.wonAmount).set && h.outcome == Outcome::Won)
        h.wonAmount = record.value(f.amount).number;
    const QJsonObject context = m_checkDuplicates && m_duplicates.needsContext() ? json::toObject(h.context) : QJsonObject();
    if (m_checkDuplicates && m_mapping.duplicatesKeptAside) {
        if (auto match = m_duplicates.find(h, context)) {
            result.duplicate = true;
            result.action = RecordResult::Action::KeptAside;
            result.reason = tr("Repeats handoff %1 by the identity rule \"%2\" (the mapping keeps duplicates aside).")
                                .arg(match->originalId)
                                .arg(match->ruleName);
            return {};
        }
    }
    h.id = m_nextId++;
    out->write = Prepared::Write::Insert;
    if (m_keyField >= 0 && record.value(m_keyField).set && !record.value(m_keyField).text.isEmpty())
        m_keys.slot(keyHash(record.value(m_keyField).text)) = h.id;
    // Registering the new handoff's identities also says whether an earlier handoff had one of them.
    if (m_checkDuplicates) {
        if (auto match = m_duplicates.add(h.id, h, context)) {
            result.duplicate = true;
            result.duplicateOf = tr("handoff %1 (%2)").arg(match->originalId).arg(match->ruleName);
        }
    }
    result.action = RecordResult::Action::Inserted;
    result.id = h.id;
    if (describeRecord)
        result.shown = describe(h, record);
    return {};
}

void HandoffImport::sumKpis(KpiDeferral &deferral, qint64 mergeBytes)
{
    m_deferral = &deferral;
    m_sums.emplace();
    m_sumsFrom = m_nextId;
    // The sums index their cells and values with 32-bit numbers: at most 1 GB of them.
    m_mergeBytes = std::min<qint64>(mergeBytes, qint64(1) << 30);
}

QList<std::pair<QString, QString>> HandoffImport::describe(const Handoff &h, const ConvertedRecord &record) const
{
    using Kind = ImportReferences::Kind;
    QList<std::pair<QString, QString>> shown;
    const auto add = [&](const char *field, const QString &value) {
        shown.append({ ImportFields::label(ImportEntity::Handoff, QString::fromLatin1(field)), value });
    };
    const auto name = [&](Kind kind, qint64 id) { return id ? m_refs.name(kind, id) : QString(); };
    const auto when = [&](const char *field, const Handoff::Instant &at) {
        if (!at) {
            add(field, QString());
            return;
        }
        QString text = instantText(*at, m_zone);
        const int index = m_converter.fieldIndex(QString::fromLatin1(field));
        if (index >= 0 && record.value(index).set && !record.value(index).how.isEmpty())
            text += QStringLiteral("  (") + record.value(index).how + QLatin1Char(')');
        else if (index >= 0 && !record.value(index).set)
            text += tr("  (implied)");
        add(field, text);
    };
    add("lead_ref", h.leadRef);
    add("opportunity_ref", h.opportunityRef);
    add("email", h.email);
    add("contact_name", h.contactName);
    add("company", h.company);
    add("account", name(Kind::Account, h.accountId));
    add("signal_type", name(Kind::SignalType, h.signalTypeId));
    add("source", h.source);
    add("campaign", h.campaign);
    add("country", h.country);
    add("territory", name(Kind::Territory, h.territoryId));
    add("segment", name(Kind::Segment, h.segmentId));
    add("industry", name(Kind::Industry, h.industryId));
    add("stage", name(Kind::Stage, h.stageId));
    add("outcome", h.outcome);
    add("owner", name(Kind::Owner, h.ownerId));
    add("team", name(Kind::Team, h.teamId));
    add("rejection_reason", name(Kind::RejectionReason, h.rejectionReasonId));
    when("created_at", h.createdAt);
    when("handed_off_at", h.handedOffAt);
    when("first_touch_at", h.firstTouchAt);
    when("accepted_at", h.acceptedAt);
    when("rejected_at", h.rejectedAt);
    when("opportunity_at", h.opportunityAt);
    when("closed_at", h.closedAt);
    add("opportunity_amount", h.opportunityAmount ? QString::number(*h.opportunityAmount, 'f', 2) : QString());
    add("won_amount", h.wonAmount ? QString::number(*h.wonAmount, 'f', 2) : QString());
    shown.append({ tr("Week"), IsoWeek::fromCode(h.week).label() });
    shown.append({ tr("Routed by"),
        h.routedToFallback ? tr("fallback queue") : (h.routingRuleId ? m_router->ruleName(h.routingRuleId) : QString()) });
    shown.append({ tr("SLA due"), h.slaDueAt ? instantText(*h.slaDueAt, m_zone) : QString() });
    if (!h.context.isEmpty() && h.context != QLatin1String("{}"))
        shown.append({ tr("Context"), h.context });
    return shown;
}

Result<void> HandoffImport::finish()
{
    BATON_TRY(keyTablesStatus());
    BATON_TRY(m_store->flush());
    BATON_TRY(m_store->checkReferences(m_workspace));
    BATON_TRY(finishMerging());
    if (m_sums)
        BATON_TRY(m_sums->merge(m_workspace));
    return {};
}

QList<std::pair<QString, qint64>> HandoffImport::details() const
{
    QList<std::pair<QString, qint64>> details { { QStringLiteral("routed"), m_routed },
        { QStringLiteral("routed_to_fallback"), m_fallback }, { QStringLiteral("accounts_matched"), m_matched },
        { QStringLiteral("timestamps_implied"), m_implied }, { QStringLiteral("outcomes_from_timestamps"), m_derivedOutcomes } };
    // Only when the key tables outgrew their memory (SpillingIdTable).
    if (const qint64 spilled = m_keys.spilledKeys() + m_duplicates.table().spilledKeys())
        details.append({ QStringLiteral("keys_to_temporary_files"), spilled });
    return details;
}

} // namespace baton
