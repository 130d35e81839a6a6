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

namespace baton {

class HashIdTable final
{
public:
    static constexpr quint64 NoKey = 0;

    // The id stored for `key`, or nullptr.
    const qint64 *find(quint64 key) const;
    // The id slot of `key`, inserted with id 0 when new (ids are positive, so 0 says "just inserted").
    qint64 &slot(quint64 key);

    void reserve(qsizetype keys);
    void clear();
    qsizetype size() const { return m_count; }
    qsizetype capacity() const { return m_slots.size(); }

private:
    struct Slot
    {
        quint64 key = NoKey;
        qint64 id = 0;
    };
    void grow(qsizetype capacity);

    QList<Slot> m_slots;
    qsizetype m_count = 0;
};

} // namespace baton
