#include "hashidtable.h"

#include <algorithm>

namespace baton {

namespace {

constexpr qsizetype MinimumSlots = 64;
constexpr qsizetype MaximumSlots = qsizetype(1) << 32; // startOf() maps onto at most 2^32 slots (64 GB)

// The first slot to probe for `key` among `slotCount` (at most 2^32): the key is mixed (its low bits may be all a
// caller varies) and its high 32 bits are mapped onto [0, slotCount) by a multiplication rather than a modulo.
quint64 startOf(quint64 key, quint64 slotCount)
{
    return ((HashIdTable::order(key) >> 32) * slotCount) >> 32;
}

} // namespace

const qint64 *HashIdTable::find(quint64 key) const
{
    if (m_slots.isEmpty() || key == NoKey)
        return nullptr;
    const quint64 slotCount = quint64(m_slots.size());
    for (quint64 i = startOf(key, slotCount);; i = i + 1 == slotCount ? 0 : i + 1) {
        const Slot &slot = m_slots.at(qsizetype(i));
        if (slot.key == key)
            return &slot.id;
        if (slot.key == NoKey)
            return nullptr;
    }
}

qint64 &HashIdTable::slot(quint64 key)
{
    Q_ASSERT(key != NoKey);
    if (isFull()) {
        // By half as much again: a table that outgrows what reserve() estimated holds both copies while it moves.
        if (m_slots.size() >= MaximumSlots)
            qFatal("HashIdTable: more than %lld keys", static_cast<long long>(m_count));
        grow(std::min(m_slots.size() + m_slots.size() / 2, MaximumSlots));
    }
    const quint64 slotCount = quint64(m_slots.size());
    for (quint64 i = startOf(key, slotCount);; i = i + 1 == slotCount ? 0 : i + 1) {
        Slot &slot = m_slots[qsizetype(i)];
        if (slot.key == key)
            return slot.id;
        if (slot.key == NoKey) {
            slot.key = key;
            ++m_count;
            return slot.id;
        }
    }
}

void HashIdTable::reserve(qsizetype keys)
{
    const qsizetype wanted = std::min<qsizetype>(keys * 10 / 7 + 16, MaximumSlots);
    if (wanted > m_slots.size())
        grow(wanted);
}

void HashIdTable::clear()
{
    m_slots.clear();
    m_count = 0;
}

qsizetype HashIdTable::compactAndSort()
{
    // In slot order the order values ascend but for keys pushed along by collisions and the few that wrapped
    // around the end, so the sort has little to do.
    const auto used = std::remove_if(m_slots.begin(), m_slots.end(), [](const Slot &s) { return s.key == NoKey; });
    for (auto it = m_slots.begin(); it != used; ++it)
        it->key = order(it->key);
    std::sort(m_slots.begin(), used, [](const Slot &a, const Slot &b) { return a.key < b.key; });
    return used - m_slots.begin();
}

void HashIdTable::grow(qsizetype capacity)
{
    QList<Slot> old = std::move(m_slots);
    m_slots = QList<Slot>(std::max(capacity, MinimumSlots));
    m_count = 0;
    for (const Slot &entry : std::as_const(old))
        if (entry.key != NoKey)
            slot(entry.key) = entry.id;
}

} // namespace baton
