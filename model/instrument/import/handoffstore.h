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
#include <QString>

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

    // Inserts `handoff` (now or with its batch), filling in its week and id.
    Result<qint64> insert(Handoff &handoff);
    // Rewrites every column of the handoff with `handoff.id`, filling in its week.
    Result<void> update(Handoff &handoff);
    // The most recent handoff with this key (emails compare without case), if any.
    Result<std::optional<qint64>> find(const QString &key);
    // The handoff with this id, waiting or written.
    Result<Handoff> load(Workspace &workspace, qint64 id) const;
    // Writes the rows waiting for their batch.
    Result<void> flush();

private:
    HandoffStore(BulkStatement insert, BulkStatement batch, BulkStatement update, std::optional<BulkStatement> find,
        LocalDays days, QString keyColumn, qint64 nextId);
    void bindColumns(BulkStatement &statement, const Handoff &handoff, int offset = 0);
    void bindTexts(BulkStatement &statement);
    const Handoff *waiting(qint64 id) const;

    BulkStatement m_insert;
    BulkStatement m_batch;
    BulkStatement m_update;
    std::optional<BulkStatement> m_find;
    LocalDays m_days;
    QString m_keyColumn;
    qint64 m_nextId; // the id the next inserted row gets
    QList<Handoff> m_waiting;
    // The UTF-8 of the texts being bound, and where each goes.
    struct TextSlot
    {
        int index;
        qsizetype from;
        qsizetype size;
    };
    QByteArray m_arena;
    std::vector<TextSlot> m_texts;
};

} // namespace baton
