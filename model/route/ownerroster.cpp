#include "ownerroster.h"

#include "coveragemodel.h"

#include <limits>

namespace baton {

OwnerRoster::OwnerRoster(const CoverageModel &model)
{
    m_entries.reserve(size_t(model.owners.size()));
    for (const Owner &owner : model.owners) {
        Entry entry;
        entry.id = owner.id;
        entry.teamId = owner.teamId;
        entry.capacity = owner.capacityPerDay;
        entry.from = owner.activeFrom.isValid() ? owner.activeFrom.toJulianDay() : std::numeric_limits<qint64>::min();
        entry.until = owner.activeUntil.isValid() ? owner.activeUntil.toJulianDay() : std::numeric_limits<qint64>::max();
        m_index.insert(owner.id, int(m_entries.size()));
        m_entries.push_back(std::move(entry));
    }
    for (const OwnerAbsence &absence : model.absences) {
        const int index = indexOf(absence.ownerId);
        if (index >= 0 && absence.startsOn.isValid() && absence.endsOn.isValid())
            m_entries[size_t(index)].absences.emplace_back(absence.startsOn.toJulianDay(), absence.endsOn.toJulianDay());
    }
}

bool OwnerRoster::isAvailable(int index, qint64 julianDay) const
{
    const Entry &entry = m_entries[size_t(index)];
    if (julianDay < entry.from || julianDay > entry.until)
        return false;
    for (const auto &[from, to] : entry.absences)
        if (julianDay >= from && julianDay <= to)
            return false;
    return true;
}

int OwnerRoster::load(int index, qint64 julianDay) const
{
    const auto found = m_load.find(loadKey(index, julianDay));
    return found == m_load.end() ? 0 : found->second;
}

void OwnerRoster::addLoad(int index, qint64 julianDay, int count)
{
    m_load[loadKey(index, julianDay)] += count;
}

void OwnerRoster::setLastDay(qint64 ownerId, const QDate &lastDay)
{
    const int index = indexOf(ownerId);
    if (index >= 0 && lastDay.isValid())
        m_entries[size_t(index)].until = std::min(m_entries[size_t(index)].until, lastDay.toJulianDay());
}

void OwnerRoster::addAbsence(qint64 ownerId, const QDate &from, const QDate &to)
{
    const int index = indexOf(ownerId);
    if (index >= 0 && from.isValid() && to.isValid())
        m_entries[size_t(index)].absences.emplace_back(from.toJulianDay(), to.toJulianDay());
}

} // namespace baton
