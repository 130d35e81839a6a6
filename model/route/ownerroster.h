#pragma once

// Route: who can take leads on a given day. An owner is available inside their active dates and
// outside their absences; round-robin assignment also stops at their capacity per day, counted by
// the router as it assigns. What-ifs change a copy of the roster without touching the workspace.

#include "route/coverage.h"

#include <QDate>
#include <QHash>

#include <unordered_map>
#include <vector>

namespace baton {

struct CoverageModel;

class OwnerRoster final
{
public:
    OwnerRoster() = default;
    explicit OwnerRoster(const CoverageModel &model);

    int size() const { return int(m_entries.size()); }
    // The roster index of an owner, -1 when the owner is unknown.
    int indexOf(qint64 ownerId) const { return m_index.value(ownerId, -1); }
    qint64 ownerId(int index) const { return m_entries[size_t(index)].id; }
    qint64 teamId(int index) const { return m_entries[size_t(index)].teamId; }
    int capacityPerDay(int index) const { return m_entries[size_t(index)].capacity; }

    // Working on this day (a Julian day number): inside the active dates and not absent.
    bool isAvailable(int index, qint64 julianDay) const;
    bool isAvailable(int index, const QDate &day) const { return isAvailable(index, day.toJulianDay()); }
    // Leads assigned to the owner on that day so far (by this roster's router), and whether one more fits.
    int load(int index, qint64 julianDay) const;
    bool hasCapacity(int index, qint64 julianDay) const { return load(index, julianDay) < capacityPerDay(index); }
    void addLoad(int index, qint64 julianDay, int count = 1);
    void clearLoad() { m_load.clear(); }

    // What-ifs: the owner works until `lastDay` (inclusive), or is away from `from` to `to` (inclusive).
    void setLastDay(qint64 ownerId, const QDate &lastDay);
    void addAbsence(qint64 ownerId, const QDate &from, const QDate &to);

private:
    struct Entry
    {
        qint64 id = 0;
        qint64 teamId = 0;
        int capacity = 0;
        qint64 from = 0; // Julian days, inclusive
        qint64 until = 0;
        std::vector<std::pair<qint64, qint64>> absences;
    };
    static quint64 loadKey(int index, qint64 julianDay) { return (quint64(quint32(index)) << 32) | quint32(julianDay); }

    std::vector<Entry> m_entries;
    QHash<qint64, int> m_index;
    std::unordered_map<quint64, int> m_load;
};

} // namespace baton
