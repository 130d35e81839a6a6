#include "spillingidtable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryFile>

#include <algorithm>

namespace baton {

namespace {

using Slot = HashIdTable::Slot;
static_assert(sizeof(Slot) == 16, "runs are arrays of 16-byte slots");

// Entries read at a time: a lookup's read, and the buffers of a merge.
constexpr qint64 BlockEntries = 256; // 4 KB
constexpr qint64 BufferEntries = 4096; // 64 KB
// Sampled keys a run keeps in memory: one every BlockEntries entries, or fewer for a large run; at most 1/2048 of
// the budget a run (1,024 keys, 8 KB, for 16 MB), at least 4.
qint64 maxFences(qint64 budget)
{
    return std::clamp<qint64>(budget / 2048 / 8, 4, 1024);
}
// The smallest budget a table works with (tests use small ones to spill often).
constexpr qint64 MinimumBudget = 4096;

// QDir::tempPath() is empty when TMPDIR names a folder that does not exist: then that folder (or /tmp), so that
// the error names it instead of a file being made in the root folder.
QString temporaryFolder()
{
    QString path = QDir::tempPath();
    if (path.isEmpty())
        path = qEnvironmentVariable("TMPDIR");
    return path.isEmpty() ? QStringLiteral("/tmp") : path;
}

QString writeError(const QString &reason)
{
    return QCoreApplication::translate("baton::SpillingIdTable",
        "Baton could not write its key table to a temporary file in %1 (%2). Free some space there, or set TMPDIR "
        "to a folder with room, and try again.")
        .arg(QDir::toNativeSeparators(temporaryFolder()), reason);
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
    // Read and written only by the table's thread; reading moves its position, hence mutable.
    mutable QTemporaryFile file;
    qint64 count = 0;
    qint64 stride = BlockEntries; // entries between two sampled keys
    QList<quint64> fences; // the order value of entry i * stride

    explicit Run(const QString &folder) : file(folder + QStringLiteral("/baton-keys-XXXXXX")) { }
};

namespace {

// A new, empty run file, or nullptr with `error` set.
std::unique_ptr<SpillingIdTable::Run> createRun(QString *error)
{
    auto run = std::make_unique<SpillingIdTable::Run>(temporaryFolder());
    // Unbuffered: runs are written 64 KB and read 4 KB at a time, at a new place each time. (QTemporaryFile hides
    // open(flags) but runs it through QFile's.)
    if (!static_cast<QFile &>(run->file).open(QIODevice::ReadWrite | QIODevice::Unbuffered)) {
        *error = QCoreApplication::translate("baton::SpillingIdTable",
            "Baton could not create a temporary file for its key table in %1 (%2). Set TMPDIR to a folder it can "
            "write to and try again.")
                     .arg(QDir::toNativeSeparators(temporaryFolder()), run->file.errorString());
        return nullptr;
    }
    // Where the system allows it (not on Windows), the name goes at once and the file with the table, also when
    // the process is killed; elsewhere QTemporaryFile removes it when the run goes.
    QFile::remove(run->file.fileName());
    return run;
}

// Writes a run's entries in order through a buffer, sampling their order values.
class RunWriter
{
public:
    RunWriter(SpillingIdTable::Run &run, qint64 expected, qint64 fences, QString *error) : m_run(run), m_error(error)
    {
        run.stride = std::max(BlockEntries, (expected + fences - 1) / fences);
        m_buffer.reserve(BufferEntries);
    }

    bool add(const Slot &slot)
    {
        if (m_run.count % m_run.stride == 0)
            m_run.fences << slot.key;
        ++m_run.count;
        m_buffer.push_back(slot);
        return qint64(m_buffer.size()) < BufferEntries || flush();
    }
    bool flush()
    {
        const qint64 bytes = qint64(m_buffer.size() * sizeof(Slot));
        if (m_run.file.write(reinterpret_cast<const char *>(m_buffer.data()), bytes) != bytes
            || !m_run.file.flush()) {
            *m_error = writeError(m_run.file.errorString());
            return false;
        }
        m_buffer.clear();
        return true;
    }

private:
    SpillingIdTable::Run &m_run;
    QString *m_error;
    std::vector<Slot> m_buffer;
};

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
    m_recent = HashIdTable(); // slots reserved under the old budget would stay
    m_budget = std::max(bytes, MinimumBudget);
    // Three quarters for the slots, at most 70 % full; a quarter for the filter.
    m_maxSlots = qsizetype(m_budget * 3 / 4 / qint64(sizeof(Slot)));
    m_maxKeys = m_maxSlots * 7 / 10 - 16;
}

void SpillingIdTable::reserve(qsizetype keys)
{
    growTo(std::min(keys, m_maxKeys));
}

void SpillingIdTable::growTo(qsizetype keys)
{
    // Growing holds the old slots and the new ones at once. Before the first spill the filter's quarter is free,
    // so a table of at most a third of its slots can grow to all of them within the budget; a larger one can
    // only have come from growing to all of them already. So: by half up to a third, then to all at once.
    if (qsizetype(keys * 10 / 7 + 16) > m_maxSlots / 3)
        keys = m_maxKeys;
    m_recent.reserve(keys);
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
    if (m_recent.size() >= m_maxKeys)
        spill();
    else if (m_recent.isFull())
        growTo(m_recent.size() + m_recent.size() / 2 + 1);
}

void SpillingIdTable::spill()
{
    if (failed()) {
        // Nothing read back can be trusted any more; keep what is in memory from growing.
        m_recent.drainSorted([](const Slot *, qsizetype) { });
        return;
    }
    if (m_filter.isEmpty()) {
        // A quarter of the budget, in whole 64-byte blocks.
        const qint64 blocks = std::max<qint64>(1, m_budget / 4 / 64);
        m_filter = QList<quint64>(qsizetype(blocks * 8), 0);
    }
    QString error;
    std::unique_ptr<Run> run = createRun(&error);
    const quint64 blocks = quint64(m_filter.size() / 8);
    m_recent.drainSorted([&](const Slot *entries, qsizetype count) {
        if (!run)
            return;
        RunWriter writer(*run, count, maxFences(m_budget), &error);
        for (qsizetype i = 0; i < count; ++i) {
            const Slot &slot = entries[i];
            if (slot.id == 0) // 0 is "no id"
                continue;
            // Into the filter: six bits of one block, from the mixed order value.
            const quint64 h = mix(slot.key);
            quint64 *block = m_filter.data() + ((h >> 32) * blocks >> 32) * 8;
            for (int probe = 0; probe < FilterProbes; ++probe) {
                const quint64 bit = filterBit(h, probe);
                block[bit >> 6] |= quint64(1) << (bit & 63);
            }
            if (!writer.add(slot))
                return;
        }
        writer.flush();
    });
    if (!error.isEmpty()) {
        m_error = error;
        return;
    }
    if (run->count == 0)
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
    QString error;
    std::unique_ptr<Run> merged = createRun(&error);
    if (!merged) {
        m_error = error;
        return;
    }
    RunWriter writer(*merged, older->count + newer->count, maxFences(m_budget), &error);

    // Both runs through a buffer each; on equal order values the newer run's entry wins.
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
        if (!writer.add(*take)) {
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
    const qint64 bytes = count * qint64(sizeof(Slot));
    if (run.file.seek(first * qint64(sizeof(Slot))) && run.file.read(reinterpret_cast<char *>(into), bytes) == bytes)
        return true;
    m_error = QCoreApplication::translate(
        "baton::SpillingIdTable", "Baton could not read its key table back from a temporary file in %1 (%2).")
                  .arg(QDir::toNativeSeparators(temporaryFolder()),
                      run.file.error() != QFileDevice::NoError
                          ? run.file.errorString()
                          : QCoreApplication::translate("baton::SpillingIdTable", "the file is shorter than written"));
    return false;
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
