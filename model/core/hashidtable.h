#pragma once

// A map from 64-bit key hashes to positive record ids in one open-addressing table (linear probing, at most 70 %
// full, 16 bytes a slot): one memory access per lookup, which matters at a million records. Key 0 means "no key"
// and is never stored; callers hash their keys so that 0 does not occur for a real key.
//
// The table has exactly the slots reserve() asks for (a key's first slot is the high half of its mixed hash times
// the slot count), not the next power of two: that would be up to twice the memory, and at a million records the
// tables are most of what an import holds. Filled past 70 %, it grows by half.

#include <QList>
#include <QtGlobal>

#include <utility>

namespace baton {

class HashIdTable final
{
public:
    static constexpr quint64 NoKey = 0;

    HashIdTable() = default;
    HashIdTable(const HashIdTable &) = default;
    HashIdTable &operator=(const HashIdTable &) = default;
    // A moved-from table is empty.
    HashIdTable(HashIdTable &&other) noexcept
        : m_slots(std::move(other.m_slots)), m_count(std::exchange(other.m_count, 0))
    {
    }
    HashIdTable &operator=(HashIdTable &&other) noexcept
    {
        m_slots = std::move(other.m_slots);
        m_count = std::exchange(other.m_count, 0);
        return *this;
    }

    // The id stored for `key`, or nullptr.
    const qint64 *find(quint64 key) const;
    // The id slot of `key`, inserted with id 0 when new (ids are positive, so 0 says "just inserted").
    qint64 &slot(quint64 key);

    void reserve(qsizetype keys);
    void clear();
    qsizetype size() const { return m_count; }
    qsizetype capacity() const { return m_slots.size(); }
    // Whether inserting one more key makes the table grow.
    bool isFull() const { return (m_count + 1) * 10 > m_slots.size() * 7; }

    struct Slot
    {
        quint64 key = NoKey;
        qint64 id = 0;
    };
    // A one-to-one mix of a key; slots are probed in the order of their keys' order values, so a table's keys are
    // nearly sorted by it where they lie.
    static quint64 order(quint64 key) { return (key ^ (key >> 29)) * 0x9e3779b97f4a7c15ULL; }
    // Hands the keys' order values (not the keys) and their ids to `write` sorted by order value, as one array,
    // then empties the table but keeps its slots. Sorts where the keys are, so it needs no memory of its own.
    template <typename Write>
    void drainSorted(Write &&write)
    {
        const qsizetype count = compactAndSort();
        write(static_cast<const Slot *>(m_slots.constData()), count);
        m_slots.fill(Slot());
        m_count = 0;
    }

private:
    void grow(qsizetype capacity);
    qsizetype compactAndSort();

    QList<Slot> m_slots;
    qsizetype m_count = 0;
};

} // namespace baton
