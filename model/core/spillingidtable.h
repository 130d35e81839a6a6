#pragma once

// A map from 64-bit key hashes to positive record ids, like HashIdTable, that holds at most a fixed amount of
// memory however many keys it is given:
//   - the most recent keys live in a HashIdTable of at most three quarters of the budget;
//   - when that is full, its keys are written, sorted, to a temporary file (a run) and it starts again empty;
//   - a Bloom filter of a fixed size (the last quarter, allocated at the first spill) over the keys in runs tells
//     most lookups that miss memory that the key is new, without reading a file;
//   - runs are merged as they accumulate (each run at most half the size of the one before it), so there are only
//     a few, and each keeps 1,024 sampled keys (8 KB; 1/2048 of the budget) that narrow a lookup to a short
//     stretch of its file, read with one or two reads.
// Memory stays within the budget (the slots grow by half up to a third of their share, then to all of it at once,
// so that old and new slots together fit in it), plus 1/2048 of it a run and 64 KB buffers while a run is written
// or merged.
// Disk: 16 bytes a key in the runs, twice that for a moment while two runs are merged.
// What a run holds shadows nothing newer: a key read back from a run is brought into memory, and what is in memory
// wins over the runs, and a newer run over an older one.
//
// The runs are files in QDir::tempPath() (TMPDIR). Where the system allows it their names are removed as soon as
// they are made, so they go away with the table, also when the process is killed (on Windows, when the table goes). Should writing or reading one fail (a full disk), failed()
// says so from then on and lookups may miss keys: the caller must stop.

#include "hashidtable.h"

#include <QString>

#include <memory>
#include <vector>

namespace baton {

class SpillingIdTable final
{
public:
    static constexpr quint64 NoKey = HashIdTable::NoKey;
    static constexpr qint64 DefaultBudgetBytes = qint64(16) * 1024 * 1024;

    explicit SpillingIdTable(qint64 budgetBytes = DefaultBudgetBytes);
    ~SpillingIdTable();
    SpillingIdTable(SpillingIdTable &&other) noexcept;
    SpillingIdTable &operator=(SpillingIdTable &&other) noexcept;

    // The id stored for `key`, or 0 (ids are positive). Reads the runs, so, though const, not for two threads at once:
    // a table belongs to one thread.
    qint64 value(quint64 key) const;
    // The id slot of `key` in memory: the id stored for it, or 0 for a new key. Valid until the next call. An id
    // left at 0 is not stored; setting one back to 0 does not remove the key (a run may still hold it).
    qint64 &slot(quint64 key);

    // Makes room in memory for `keys` keys, or as many as the budget holds.
    void reserve(qsizetype keys);
    void clear();
    // Only while the table is empty (before the first slot()).
    void setBudget(qint64 bytes);
    qint64 budget() const { return m_budget; }

    qsizetype keysInMemory() const { return m_recent.size(); }
    // Entries in the runs (a key can be in more than one run until they are merged, and in memory too).
    qint64 keysInRuns() const;
    int runCount() const { return int(m_runs.size()); }
    // Keys written to runs by spills so far (a key spilled twice counts twice).
    qint64 spilledKeys() const { return m_spilled; }
    // What the table holds in memory: the HashIdTable's slots, the filter and the runs' sampled keys.
    qint64 memoryBytes() const;

    bool failed() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    struct Run; // one temporary file of sorted entries (spillingidtable.cpp)

private:
    void makeRoom();
    void growTo(qsizetype keys);
    void spill();
    void mergeLastTwo();
    bool mayBeInRuns(quint64 key) const;
    qint64 lookUp(const Run &run, quint64 key) const;
    bool read(const Run &run, qint64 first, qint64 count, HashIdTable::Slot *into) const;

    qint64 m_budget = DefaultBudgetBytes;
    qsizetype m_maxSlots = 0; // the HashIdTable's share of the budget
    qsizetype m_maxKeys = 0; // keys in memory before a spill
    HashIdTable m_recent;
    QList<quint64> m_filter; // Bloom filter over every key written to a run, in blocks of 8 words (one cache line)
    std::vector<std::unique_ptr<Run>> m_runs; // oldest first
    qint64 m_spilled = 0;
    mutable QString m_error;
};

} // namespace baton
