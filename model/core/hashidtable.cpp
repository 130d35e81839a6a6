#include "hashidtable.h"

namespace baton {

namespace {

quint64 startOf(quint64 key, quint64 mask)
{
    return (key ^ (key >> 29)) & mask;
}

} // namespace

const qint64 *HashIdTable::find(quint64 key) const
{
    if (m_slots.isEmpty() || key == NoKey)
        return nullptr;
    const quint64 mask = quint64(m_slots.size() - 1);
    for (quint64 i = startOf(key, mask);; i = (i + 1) & mask) {
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
    if ((m_count + 1) * 10 > m_slots.size() * 7)
        grow(m_slots.size() * 2 + 64);
    const quint64 mask = quint64(m_slots.size() - 1);
    for (quint64 i = startOf(key, mask);; i = (i + 1) & mask) {
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
    const qsizetype wanted = keys * 10 / 7 + 16;
    if (wanted > m_slots.size())
        grow(wanted);
}

void HashIdTable::clear()
{
    m_slots.clear();
    m_count = 0;
}

void HashIdTable::grow(qsizetype capacity)
{
    qsizetype size = 64;
    while (size < capacity)
        size *= 2;
    QList<Slot> old = std::move(m_slots);
    m_slots = QList<Slot>(size);
    m_count = 0;
    for (const Slot &entry : std::as_const(old))
        if (entry.key != NoKey)
            slot(entry.key) = entry.id;
}

} // namespace baton
