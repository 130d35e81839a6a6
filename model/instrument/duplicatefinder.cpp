#include "duplicatefinder.h"

#include <algorithm>

namespace baton {

namespace {

// No hash for a rule that does not apply to the record.
constexpr quint64 NoKey = SpillingIdTable::NoKey;

} // namespace

DuplicateFinder::DuplicateFinder(const QList<IdentityRule> &rules)
{
    for (const IdentityRule &rule : rules)
        if (rule.enabled && !rule.fields.isEmpty())
            m_rules << rule;
    std::stable_sort(m_rules.begin(), m_rules.end(),
        [](const IdentityRule &a, const IdentityRule &b) { return a.position < b.position; });
    for (const IdentityRule &rule : std::as_const(m_rules)) {
        QList<HandoffFields::FieldRef> refs;
        for (const QString &field : rule.fields)
            refs << HandoffFields::resolve(field.trimmed());
        m_fields << refs;
    }
}

Result<DuplicateFinder> DuplicateFinder::load(Workspace &workspace)
{
    auto rules = Repository<IdentityRule>(workspace).list();
    if (!rules)
        return rules.error();
    return DuplicateFinder(*rules);
}

bool DuplicateFinder::needsContext() const
{
    for (const auto &refs : m_fields)
        for (const HandoffFields::FieldRef &ref : refs)
            if (ref.field == HandoffFields::Field::Context)
                return true;
    return false;
}

QStringList DuplicateFinder::keys(const std::function<QString(const QString &field)> &valueOf) const
{
    QStringList result;
    for (const auto &refs : m_fields) {
        QStringList parts;
        bool complete = true;
        for (const HandoffFields::FieldRef &ref : refs) {
            const QString value = valueOf(ref.name).trimmed().toCaseFolded();
            if (value.isEmpty()) {
                complete = false;
                break;
            }
            parts << value;
        }
        result << (complete ? parts.join(QChar(0x1f)) : QString());
    }
    return result;
}

QStringList DuplicateFinder::keys(const Handoff &handoff) const
{
    return keys([&handoff](const QString &field) { return HandoffFields::value(handoff, field); });
}

namespace {

// FNV-1a over the value's UTF-16 code units, case-folded and trimmed on the fly (no copies), continuing
// from `hash`. Returns NoKey for a value that is empty after trimming.
quint64 foldedHash(QStringView value, quint64 hash)
{
    value = value.trimmed();
    if (value.isEmpty())
        return NoKey;
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        // ASCII folds by table; everything else through Unicode's case folding.
        hash ^= u < 0x80 ? char16_t(u >= 'A' && u <= 'Z' ? u + 32 : u) : c.toCaseFolded().unicode();
        hash *= 0x100000001b3ULL;
    }
    // A separator between the parts of a multi-field key.
    hash ^= 0x1f;
    hash *= 0x100000001b3ULL;
    return hash;
}

} // namespace

QList<quint64> DuplicateFinder::hashes(const std::function<QString(const HandoffFields::FieldRef &)> &valueOf) const
{
    QList<quint64> result;
    result.reserve(m_fields.size());
    for (int rule = 0; rule < m_fields.size(); ++rule) {
        // Seeded per rule, so that the same text under two rules gives two keys.
        quint64 hash = 0xcbf29ce484222325ULL ^ (quint64(rule + 1) * 0x9e3779b97f4a7c15ULL);
        for (const HandoffFields::FieldRef &ref : m_fields.at(rule)) {
            hash = foldedHash(valueOf(ref), hash);
            if (hash == NoKey)
                break;
        }
        result << hash;
    }
    return result;
}

void DuplicateFinder::clear()
{
    m_table.clear();
}

void DuplicateFinder::reserve(qsizetype records)
{
    m_table.reserve(records * std::max<qsizetype>(1, m_rules.size()));
}

std::optional<DuplicateMatch> DuplicateFinder::lookup(const QList<quint64> &keys) const
{
    for (int rule = 0; rule < keys.size(); ++rule) {
        if (keys.at(rule) == NoKey)
            continue;
        if (const qint64 first = m_table.value(keys.at(rule)))
            return DuplicateMatch { first, rule, m_rules.at(rule).name };
    }
    return std::nullopt;
}

std::optional<DuplicateMatch> DuplicateFinder::lookupAndRemember(const QList<quint64> &keys, qint64 id)
{
    std::optional<DuplicateMatch> match;
    for (int rule = 0; rule < keys.size(); ++rule) {
        if (keys.at(rule) == NoKey)
            continue;
        // One probe: a new key gets id 0, which this record then claims; ids are positive.
        qint64 &first = m_table.slot(keys.at(rule));
        if (first == 0)
            first = id;
        else if (!match && first != id)
            match = DuplicateMatch { first, rule, m_rules.at(rule).name };
    }
    return match;
}

std::optional<DuplicateMatch> DuplicateFinder::add(qint64 id, const Handoff &handoff, const QJsonObject &context)
{
    const QList<quint64> keys =
        hashes([&](const HandoffFields::FieldRef &ref) { return HandoffFields::value(handoff, ref, context); });
    return lookupAndRemember(keys, id);
}

std::optional<DuplicateMatch> DuplicateFinder::add(qint64 id, const std::function<QString(const QString &field)> &valueOf)
{
    const QList<quint64> keys = hashes([&](const HandoffFields::FieldRef &ref) { return valueOf(ref.name); });
    return lookupAndRemember(keys, id);
}

std::optional<DuplicateMatch> DuplicateFinder::find(const Handoff &handoff, const QJsonObject &context) const
{
    return lookup(hashes([&](const HandoffFields::FieldRef &ref) { return HandoffFields::value(handoff, ref, context); }));
}

} // namespace baton
