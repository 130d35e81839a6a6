#pragma once

// Instrument/import: writing handoffs from converted CSV records. What a record does not say is filled in the
// way the rest of Baton works (README.md, "Importing CSV exports", lists the rules):
//   - outcome from the timestamps when the mapping does not feed it; the lifecycle steps an outcome implies but
//     the file does not date take the time of the next later step it does date (else the last earlier one);
//   - lifecycle stage from the outcome; territory from country and region (TerritoryResolver); segment from
//     the company's size (SegmentResolver); account by lead-to-account matching (AccountMatcher);
//   - team from the owner; handoffs without an owner or a team are routed by the active rules (Router), which
//     records the rule and whether the fallback queue took them;
//   - SLA facts (SlaClock) and the ISO week (as HandoffWriter counts it).
// An upsert finds the handoff by the mapping's key (the most recent handoff with that key) and overwrites only
// the fields the mapping feeds, then fills in again what depends on them. Inserted handoffs are checked for
// duplicates by the identity rules (DuplicateFinder), against the workspace and the rows before them.

#include "entityimport.h"
#include "handoffstore.h"
#include "importmapping.h"

#include "core/hashidtable.h"
#include "core/spillingidtable.h"
#include "data/handoff.h"
#include "instrument/accountmatcher.h"
#include "instrument/duplicatefinder.h"
#include "enforce/slaclock.h"
#include "optimize/kpideferral.h"
#include "route/router.h"
#include "route/segmentresolver.h"
#include "route/territoryresolver.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace baton {

class Workspace;

class HandoffImport final : public EntityImport
{
    Q_DECLARE_TR_FUNCTIONS(baton::HandoffImport)
public:
    // `keyTableBytes` bounds the memory of each of the two tables of keys it keeps (the mapping's key, the identity
    // rules' keys; 0: SpillingIdTable's default, 16 MB); what does not fit goes to temporary files.
    static Result<std::unique_ptr<HandoffImport>> load(Workspace &workspace, const MappingDefinition &mapping,
        const RowConverter &converter, ImportReferences &refs, qint64 keyTableBytes = 0);
    ~HandoffImport() override;

    Result<RecordResult> process(const ConvertedRecord &record, bool describe) override;
    Result<void> finish() override;
    QList<std::pair<QString, qint64>> details() const override;

    // process() in two halves, so that an import can decide on one thread and write on another (Importer):
    // prepare() decides what a record does (insert, update or keep aside), fills the handoff in (routing, SLA
    // facts, matching, duplicates) and gives new handoffs their ids; write() writes it and keeps the KPI sums. prepare() reads the workspace only through the writer call (see
    // setWriterCall), and only when the record's key matches a handoff, so that it can run beside write().
    struct Prepared
    {
        enum class Write { None, Insert, Update };
        Write write = Write::None;
        Handoff handoff;
        RecordResult result;
        std::optional<Handoff> before; // an update of a handoff this import inserted: its state before
    };
    Result<void> prepare(const ConvertedRecord &record, bool describe, Prepared *out);
    // With `inPlace`, a new handoff is written from where it is, which must not change until waitingRows() is 0
    // (it waits for its batch of rows; flush() writes what waits).
    Result<void> write(Prepared &prepared, bool inPlace = false);
    qsizetype waitingRows() const;
    // Forgets the rows waiting to be written (a failed import, before what they point into goes away).
    void discardWaiting();
    // Makes room for about `records` more records in the tables prepare() keeps (keys, identities); on the thread
    // that prepares.
    void expectRecords(qint64 records);
    Result<void> flush();
    // How prepare() runs what must touch the workspace: `onWriter` calls the function on the thread that writes
    // (after everything prepared before it was written) and returns its result. Without one, it runs directly.
    void setWriterCall(ImportReferences::WriterCall onWriter) { m_onWriter = std::move(onWriter); }
    // Sums the KPI cubes of the handoffs this import writes as write() writes them (KpiSums), merging them into
    // the cubes whenever they hold `mergeBytes`, and in finish(). `deferral` must then end with finish().
    void sumKpis(KpiDeferral &deferral, qint64 mergeBytes);

private:
    HandoffImport(Workspace &workspace, const MappingDefinition &mapping, const RowConverter &converter,
        ImportReferences &refs);
    Result<void> initialize();
    Result<void> prepareRecord(const ConvertedRecord &record, bool describe, Prepared *out);
    Result<void> loadExistingIdentities();
    void apply(const ConvertedRecord &record, Handoff &handoff) const;
    void fillIn(Handoff &handoff, bool inserting);
    Result<void> loadExistingKeys();
    // The error of a key table whose temporary files failed.
    Result<void> keyTablesStatus() const;
    Result<void> finishMerging();
    // The stored handoff the record's key names (the most recent with that key), if any.
    Result<std::optional<Handoff>> findByKey(const ConvertedRecord &record);
    quint64 keyHash(QStringView key) const;
    qint64 matchAccount(const QString &email, const QString &company);
    QList<std::pair<QString, QString>> describe(const Handoff &handoff, const ConvertedRecord &record) const;

    Workspace &m_workspace;
    const MappingDefinition &m_mapping;
    const RowConverter &m_converter;
    ImportReferences &m_refs;
    std::optional<Router> m_router;
    std::optional<SlaClock> m_sla;
    TerritoryResolver m_territories;
    SegmentResolver m_segments;
    std::optional<AccountMatcher> m_matcher;
    DuplicateFinder m_duplicates;
    bool m_checkDuplicates = false;
    std::unique_ptr<HandoffStore> m_store;
    ImportReferences::WriterCall m_onWriter;
    // The mapping's key (hashed) -> the most recent handoff with it, for the handoffs already in the workspace and
    // those this import inserts: a key that is not here names no handoff, without asking the workspace.
    SpillingIdTable m_keys;
    qint64 m_nextId = 0; // the id prepare() gives the next inserted handoff
    KpiDeferral *m_deferral = nullptr;
    std::optional<KpiSums> m_sums; // write()'s: of the handoffs with ids from m_sumsFrom on
    std::optional<KpiSums> m_merging; // earlier sums, being merged in steps
    double m_mergeRate = 0; // cells merged per handoff written
    double m_mergeCredit = 0;
    qint64 m_sumsWrites = 0; // handoffs written since the sums began
    qint64 m_sumsFrom = 0;
    qint64 m_mergeBytes = 0;
    LocalDays m_days;
    QTimeZone m_zone;
    int m_keyField = -1;
    bool m_mapsOutcome = false;
    bool m_mapsStage = false;
    bool m_mapsTerritory = false;
    bool m_mapsSegment = false;
    bool m_mapsAccount = false;
    bool m_mapsOwnerOrTeam = false;
    qint64 m_keyTableBytes = 0; // 0: the tables' default budget
    // Field indexes, resolved once.
    struct Fields;
    std::unique_ptr<Fields> m_fields;

    // Account matches (the account's id plus one) by a 64-bit fingerprint of (email domain, company name), all
    // that matching depends on: normalizing names is what matching costs, and pairs repeat.
    HashIdTable m_matches;
    qint64 m_routed = 0;
    qint64 m_fallback = 0;
    qint64 m_matched = 0;
    qint64 m_implied = 0;
    qint64 m_derivedOutcomes = 0;
};

} // namespace baton
