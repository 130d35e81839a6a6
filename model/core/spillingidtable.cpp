#include "spillingidtable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

namespace baton {

namespace {

    using Slot = HashIdTable::Slot;
    static_assert(sizeof(Slot) == 16, "runs are arrays of 16-byte slots");

    // Entries read at a time: a lookup's read, and the buffers of a merge.
    constexpr qint64 BlockEntries = 256; // 4 KB
    constexpr qint64 BufferEntries = 4096; // 64 KB
    // Sampled keys a run keeps in memory: one every BlockEntries entries, or fewer for a large run.
    constexpr qint64 MaxFences = 1024;
    // The smallest budget a table works with (tests use small ones to spill often).
    constexpr qint64 MinimumBudget = 4096;

    // QDir::tempPath() is empty when TMPDIR names a folder that does not exist: then that folder, so that the error
    // names it instead of a file being made in the root folder.
    QString temporaryFolder()
    {
        const QString path = QDir::tempPath();
        return path.isEmpty() ? qEnvironmentVariable("TMPDIR") : path;
    }

    QString systemError(int error)
    {
        return QString::fromLocal8Bit(std::strerror(error));
    }

    quint64 mix(quint64 key)
    {
        // splitmix64's finalizer: the filter's block and bits come from all of the key's bits.
        key ^= key >> 30;
        key *= 0xbf58476d1ce4e5b9ULL;
        key ^= key >> 27;
        key *= 0x94d049bb133111ebULL;
        key ^= key >> 31;
        return key;
    }

    // A key sets six bits of the filter, all in one block of 512 bits: the block from the high half of the mixed key,
    // the bits from its low half (two 9-bit numbers a and b give a, a + b, a + 2b, ...).
    constexpr int FilterProbes = 6;
    quint64 filterBit(quint64 mixed, int probe)
    {
        return ((mixed & 511) + quint64(probe) * (((mixed >> 9) & 511) | 1)) & 511;
    }

} // namespace

struct SpillingIdTable::Run
{
    int fd = -1;
    qint64 count = 0;
    qint64 stride = BlockEntries; // entries between two sampled keys
    QList<quint64> fences; // the key of entry i * stride

    Run() = default;
    Run(const Run &) = delete;
    Run &operator=(const Run &) = delete;
    ~Run()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

namespace {

    // Writes a run's entries in key order through a buffer, sampling its keys.
    class RunWriter
    {
    public:
        RunWriter(int fd, qint64 expected, QString *error)
            : m_fd(fd)
            , m_error(error)
        {
            m_stride = std::max(BlockEntries, (expected + MaxFences - 1) / MaxFences);
            m_buffer.reserve(BufferEntries);
        }
        qint64 stride() const { return m_stride; }

        bool add(const Slot &slot, qint64 &count, QList<quint64> &fences)
        {
            if (count % m_stride == 0)
                fences << slot.key;
            ++count;
            m_buffer.push_back(slot);
            return qint64(m_buffer.size()) < BufferEntries || flush();
        }
        bool flush()
        {
            const char *data = reinterpret_cast<const char *>(m_buffer.data());
            size_t left = m_buffer.size() * sizeof(Slot);
            while (left > 0) {
                const ssize_t written = ::write(m_fd, data, left);
                if (written < 0 && errno == EINTR)
                    continue;
                if (written <= 0) {
                    *m_error = QCoreApplication::translate("baton::SpillingIdTable",
                        "Baton could not write its key table to a temporary file in %1 (%2). Free some space "
                        "there, or set TMPDIR to a folder with room, and try again.")
                                   .arg(QDir::toNativeSeparators(temporaryFolder()),
                                       systemError(written < 0 ? errno : ENOSPC));
                    return false;
                }
                data += written;
                left -= size_t(written);
            }
            m_buffer.clear();
            return true;
        }

    private:
        int m_fd;
        QString *m_error;
        qint64 m_stride;
        std::vector<Slot> m_buffer;
    };

    int createTemporary(QString *error)
    {
        QByteArray path = QFile::encodeName(temporaryFolder() + QStringLiteral("/baton-keys-XXXXXX"));
        const int fd = ::mkstemp(path.data());
        if (fd < 0) {
            *error = QCoreApplication::translate("baton::SpillingIdTable",
                "Baton could not create a temporary file for its key table in %1 (%2). Set TMPDIR to a folder "
                "it can write to and try again.")
                         .arg(QDir::toNativeSeparators(temporaryFolder()), systemError(errno));
            return -1;
        }
        // Gone with the descriptor, also when the process is killed.
        ::unlink(path.constData());
        return fd;
    }

} // namespace

SpillingIdTable::SpillingIdTable(qint64 budgetBytes)
{
    setBudget(budgetBytes);
}

SpillingIdTable::~SpillingIdTable() = default;
SpillingIdTable::SpillingIdTable(SpillingIdTable &&other) noexcept = default;
SpillingIdTable &SpillingIdTable::operator=(SpillingIdTable &&other) noexcept = default;

void SpillingIdTable::setBudget(qint64 bytes)
{
    Q_ASSERT(m_recent.size() == 0 && m_runs.empty());
    m_budget = std::max(bytes, MinimumBudget);
    // Three quarters for the slots, at most 70 % full; a quarter for the filter.
    m_maxSlots = qsizetype(m_budget * 3 / 4 / qint64(sizeof(Slot)));
    m_maxKeys = m_maxSlots * 7 / 10 - 16;
}

void SpillingIdTable::reserve(qsizetype keys)
{
    m_recent.reserve(std::min(keys, m_maxKeys));
}

void SpillingIdTable::clear()
{
    m_recent.clear();
    m_runs.clear();
    m_filter = {};
    m_spilled = 0;
    m_error.clear();
}

qint64 SpillingIdTable::keysInRuns() const
{
    qint64 count = 0;
    for (const auto &run : m_runs)
        count += run->count;
    return count;
}

qint64 SpillingIdTable::memoryBytes() const
{
    qint64 bytes = qint64(m_recent.capacity()) * qint64(sizeof(Slot)) + qint64(m_filter.size()) * 8;
    for (const auto &run : m_runs)
        bytes += qint64(run->fences.size()) * 8;
    return bytes;
}

qint64 SpillingIdTable::value(quint64 key) const
{
    if (key == NoKey)
        return 0;
    if (const qint64 *id = m_recent.find(key))
        return *id;
    if (m_runs.empty())
        return 0;
    const quint64 order = HashIdTable::order(key);
    if (!mayBeInRuns(order))
        return 0;
    for (auto run = m_runs.crbegin(); run != m_runs.crend(); ++run)
        if (const qint64 id = lookUp(**run, order))
            return id;
    return 0;
}

qint64 &SpillingIdTable::slot(quint64 key)
{
    Q_ASSERT(key != NoKey);
    makeRoom();
    qint64 &id = m_recent.slot(key);
    if (id == 0 && !m_runs.empty()) {
        const quint64 order = HashIdTable::order(key);
        if (mayBeInRuns(order)) {
            for (auto run = m_runs.crbegin(); run != m_runs.crend() && id == 0; ++run)
                id = lookUp(**run, order);
        }
    }
    return id;
}

void SpillingIdTable::makeRoom()
{
    if (m_recent.size() >= m_maxKeys) {
        spill();
    } else if (m_recent.isFull() && m_recent.capacity() + m_recent.capacity() / 2 > m_maxSlots) {
        // Growing by half would pass the budget: grow to just the budget instead.
        m_recent.reserve(m_maxKeys);
    }
}

void SpillingIdTable::spill()
{
    if (m_filter.isEmpty()) {
        // A quarter of the budget, in whole 64-byte blocks.
        const qint64 blocks = std::max<qint64>(1, m_budget / 4 / 64);
        m_filter = QList<quint64>(qsizetype(blocks * 8), 0);
    }
    auto run = std::make_unique<Run>();
    QString error;
    run->fd = failed() ? -1 : createTemporary(&error);
    const quint64 blocks = quint64(m_filter.size() / 8);
    m_recent.drainSorted([&](const Slot *entries, qsizetype count) {
        if (run->fd < 0)
            return;
        RunWriter writer(run->fd, count, &error);
        run->stride = writer.stride();
        for (qsizetype i = 0; i < count; ++i) {
            const Slot &slot = entries[i];
            if (slot.id == 0)
                continue;
            // Into the filter: six bits of one block, from the mixed key.
            const quint64 h = mix(slot.key);
            quint64 *block = m_filter.data() + ((h >> 32) * blocks >> 32) * 8;
            for (int probe = 0; probe < FilterProbes; ++probe) {
                const quint64 bit = filterBit(h, probe);
                block[bit >> 6] |= quint64(1) << (bit & 63);
            }
            if (!writer.add(slot, run->count, run->fences))
                return;
        }
        writer.flush();
    });
    if (!error.isEmpty()) {
        m_error = error;
        return;
    }
    if (run->fd < 0)
        return;
    m_spilled += run->count;
    m_runs.push_back(std::move(run));
    // Each run at most half the size of the one before it: merging the newest two while they are close in size
    // keeps the number of runs near log2(spilled / memory) and writes each entry a few times.
    while (m_runs.size() >= 2 && m_runs[m_runs.size() - 2]->count <= 2 * m_runs.back()->count && !failed())
        mergeLastTwo();
}

void SpillingIdTable::mergeLastTwo()
{
    std::unique_ptr<Run> newer = std::move(m_runs.back());
    m_runs.pop_back();
    std::unique_ptr<Run> older = std::move(m_runs.back());
    m_runs.pop_back();
    auto merged = std::make_unique<Run>();
    QString error;
    merged->fd = createTemporary(&error);
    if (merged->fd < 0) {
        m_error = error;
        return;
    }
    RunWriter writer(merged->fd, older->count + newer->count, &error);
    merged->stride = writer.stride();

    // Both runs through a buffer each; on equal keys the newer run's entry wins.
    struct Cursor
    {
        const Run *run;
        std::vector<Slot> buffer = std::vector<Slot>(BufferEntries);
        qint64 next = 0; // entry of the run
        qint64 at = 0; // index into buffer
        qint64 filled = 0;
    };
    Cursor a { older.get() }, b { newer.get() };
    const auto current = [this](Cursor &c) -> const Slot * {
        if (c.at == c.filled) {
            const qint64 n = std::min(BufferEntries, c.run->count - c.next);
            if (n <= 0 || !read(*c.run, c.next, n, c.buffer.data()))
                return nullptr;
            c.next += n;
            c.at = 0;
            c.filled = n;
        }
        return &c.buffer[size_t(c.at)];
    };
    for (;;) {
        const Slot *x = current(a);
        const Slot *y = current(b);
        if (failed())
            return;
        if (!x && !y)
            break;
        const Slot *take = nullptr;
        if (x && (!y || x->key < y->key)) {
            take = x;
            ++a.at;
        } else {
            if (x && x->key == y->key)
                ++a.at;
            take = y;
            ++b.at;
        }
        if (!writer.add(*take, merged->count, merged->fences)) {
            m_error = error;
            return;
        }
    }
    if (!writer.flush()) {
        m_error = error;
        return;
    }
    m_runs.push_back(std::move(merged));
}

bool SpillingIdTable::mayBeInRuns(quint64 key) const
{
    const quint64 h = mix(key);
    const quint64 blocks = quint64(m_filter.size() / 8);
    const quint64 *block = m_filter.constData() + ((h >> 32) * blocks >> 32) * 8;
    for (int probe = 0; probe < FilterProbes; ++probe) {
        const quint64 bit = filterBit(h, probe);
        if (!(block[bit >> 6] & (quint64(1) << (bit & 63))))
            return false;
    }
    return true;
}

bool SpillingIdTable::read(const Run &run, qint64 first, qint64 count, Slot *into) const
{
    char *data = reinterpret_cast<char *>(into);
    size_t left = size_t(count) * sizeof(Slot);
    off_t offset = off_t(first) * off_t(sizeof(Slot));
    while (left > 0) {
        const ssize_t got = ::pread(run.fd, data, left, offset);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0) {
            m_error = QCoreApplication::translate(
                "baton::SpillingIdTable", "Baton could not read its key table back from a temporary file in %1 (%2).")
                          .arg(QDir::toNativeSeparators(temporaryFolder()),
                              got < 0 ? systemError(errno)
                                      : QCoreApplication::translate(
                                          "baton::SpillingIdTable", "the file is shorter than written"));
            return false;
        }
        data += got;
        left -= size_t(got);
        offset += got;
    }
    return true;
}

qint64 SpillingIdTable::lookUp(const Run &run, quint64 key) const
{
    if (run.count == 0 || key < run.fences.constFirst() || failed())
        return 0;
    // The stretch between two sampled keys that can hold the key...
    const qsizetype fence = std::upper_bound(run.fences.cbegin(), run.fences.cend(), key) - run.fences.cbegin() - 1;
    qint64 lo = qint64(fence) * run.stride;
    qint64 hi = std::min(lo + run.stride, run.count);
    quint64 keyLo = run.fences.at(fence);
    quint64 keyHi = fence + 1 < run.fences.size() ? run.fences.at(fence + 1) : ~quint64(0);
    // ...then a block at the place the key's value says (the keys are hashes, spread evenly), halving the stretch
    // every other time so that an uneven stretch is still searched in a few reads.
    Slot block[BlockEntries];
    for (bool halve = false;; halve = !halve) {
        if (lo >= hi)
            return 0;
        qint64 start = lo;
        if (hi - lo > BlockEntries) {
            qint64 guess = lo + (hi - lo) / 2;
            if (!halve && keyHi > keyLo)
                guess = lo + qint64(double(key - keyLo) / double(keyHi - keyLo) * double(hi - lo));
            start = std::clamp(guess - BlockEntries / 2, lo, hi - BlockEntries);
        }
        const qint64 n = std::min(BlockEntries, hi - start);
        if (!read(run, start, n, block))
            return 0;
        if (key < block[0].key) {
            hi = start;
            keyHi = block[0].key;
        } else if (key > block[n - 1].key) {
            lo = start + n;
            keyLo = block[n - 1].key;
        } else {
            const Slot *found
                = std::lower_bound(block, block + n, key, [](const Slot &s, quint64 k) { return s.key < k; });
            return found->key == key ? found->id : 0;
        }
    }
}

} // namespace baton
