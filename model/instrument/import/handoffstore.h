#pragma once

// Instrument/import: the importer's bulk path for handoff rows: insert, update by id and find by a key through
// BulkStatement (SQLite's C API). Inserts are written 64 rows to a statement, which halves what SQLite spends per
// row (each statement builds the CHECK constraints' value lists and runs the triggers' bookkeeping once); a row
// waiting for its batch already has its id (rows get the next ids in order, checked when the batch is written),
// and find(), load() and update() see waiting rows. It writes the same columns from the same Handoff struct as
// HandoffWriter and counts weeks the same way (LocalDays in the reporting time zone); open() refuses to work if
// Handoff gained columns this file does not bind. Call flush() before anything else reads the handoff table.

#include "core/bulkstatement.h"
#include "core/isoweek.h"
#include "core/result.h"
#include "data/handoff.h"

#include <QList>
#include <QSet>
#include <QString>

#include <array>
#include <deque>
#include <optional>
#include <vector>

namespace baton {

class Workspace;

class HandoffStore final
{
public:
    // `keyColumn` is the column upserts look handoffs up by (lead_ref, opportunity_ref, email), empty for none.
    static Result<HandoffStore> open(Workspace &workspace, const QString &keyColumn);

    static constexpr int BatchRows = 64;

    // Inserts `handoff` (now or with its batch), filling in its week and id. A handoff that already has an id
    // must have the one nextId() says.
    Result<qint64> insert(Handoff &handoff);
    // insert() without a copy: the store keeps a pointer to `handoff` until the row is written, so it must stay
    // where it is until waitingRows() is 0 (the next flush(), or discardWaiting()). The importer's writing thread, which holds the batch
    // the handoff came in, uses it.
    Result<qint64> insertInPlace(Handoff &handoff);
    // How many inserted rows wait for their batch.
    qsizetype waitingRows() const { return qsizetype(m_waiting.size()); }
    // Forgets the rows waiting for their batch without writing them (an import that failed).
    void discardWaiting()
    {
        m_waiting.clear();
        m_copies.clear();
    }
    // The id the next inserted handoff gets.
    qint64 nextId() const { return m_nextId; }
    // Rewrites every column of the handoff with `handoff.id`, filling in its week.
    Result<void> update(Handoff &handoff);
    // The most recent handoff with this key (emails compare without case), if any.
    Result<std::optional<qint64>> find(const QString &key);
    // The handoff with this id, waiting or written.
    Result<Handoff> load(Workspace &workspace, qint64 id) const;
    // Writes the rows waiting for their batch.
    Result<void> flush();
    // Checks that every row the handoffs written refer to (account, owner, team, signal type, ...) exists: what
    // SQLite's foreign-key checks would have said row by row, once for all (the importer writes with the checks
    // off, since they cost a sixth of writing a row). Call after flush().
    Result<void> checkReferences(Workspace &workspace) const;

private:
    HandoffStore(BulkStatement insert, BulkStatement batch, BulkStatement update, std::optional<BulkStatement> find,
        LocalDays days, QString keyColumn, qint64 nextId);
    void bindColumns(BulkStatement &statement, const Handoff &handoff, int offset = 0);
    void bindTexts(BulkStatement &statement);
    Handoff *waiting(qint64 id) const;
    // Gives `handoff` its week and the next id; queues it for its batch.
    Result<void> number(Handoff &handoff);
    Result<qint64> queue(Handoff *handoff);

    BulkStatement m_insert;
    BulkStatement m_batch;
    BulkStatement m_update;
    std::optional<BulkStatement> m_find;
    LocalDays m_days;
    QString m_keyColumn;
    qint64 m_nextId; // the id the next inserted row gets
    std::vector<Handoff *> m_waiting; // the rows waiting for their batch, in id order
    std::deque<Handoff> m_copies; // what insert() copied for them
    // The UTF-8 of the texts being bound, and where each goes.
    struct TextSlot
    {
        int index;
        qsizetype from;
        qsizetype size;
    };
    QByteArray m_arena;
    std::vector<TextSlot> m_texts;
    // The ids written to each column that refers to another table (References in handoffstore.cpp).
    static constexpr int ReferenceColumns = 11;
    std::array<QSet<qint64>, ReferenceColumns> m_referenced;
    std::array<qint64, ReferenceColumns> m_lastReferenced {};
    void noteReferences(const Handoff &handoff);
};

} // namespace baton
