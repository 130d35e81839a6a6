#pragma once

// Duplicate detection by the workspace's identity rules: which fields make two records the same lead.
//
//   auto finder = DuplicateFinder::load(workspace);     // enabled identity rules, in their order
//   for (const Handoff &h : incoming)
//       if (auto match = finder->add(h.id, h))          // registers h; returns the earlier record it repeats
//           qDebug() << h.id << "repeats" << match->originalId << "by" << match->ruleName;
//
// A rule applies to a record when every one of its fields has a value; values are compared trimmed and
// without case. Records are compared in the order they are added: the first record with a key is the
// original, later ones are its duplicates. Keys are kept as 64-bit hashes in a SpillingIdTable: at most its
// budget of memory (16 MB unless set), the rest in temporary files; a false match needs a hash collision (about
// 1 in 10^7 for a million records).

#include "handofffields.h"

#include "core/spillingidtable.h"
#include "instrument/datastandard.h"


#include <functional>
#include <optional>

namespace baton {

class Workspace;

struct DuplicateMatch
{
    qint64 originalId = 0; // the record seen first with the same key
    int ruleIndex = 0; // index into DuplicateFinder::rules()
    QString ruleName;
};

class DuplicateFinder final
{
public:
    // Uses the enabled rules among `rules`, sorted by position.
    explicit DuplicateFinder(const QList<IdentityRule> &rules = {});
    static Result<DuplicateFinder> load(Workspace &workspace);

    const QList<IdentityRule> &rules() const { return m_rules; }

    // The record's identity key under each rule that applies to it, as text ("" where a field is missing).
    // `valueOf` returns the value of a field by name.
    QStringList keys(const std::function<QString(const QString &field)> &valueOf) const;
    QStringList keys(const Handoff &handoff) const;

    // Registers record `id` (a positive id) and returns the earlier record it duplicates, if any (first rule in order wins).
    std::optional<DuplicateMatch> add(qint64 id, const Handoff &handoff, const QJsonObject &context = {});
    std::optional<DuplicateMatch> add(qint64 id, const std::function<QString(const QString &field)> &valueOf);
    // The earlier record `handoff` would duplicate, without registering it.
    std::optional<DuplicateMatch> find(const Handoff &handoff, const QJsonObject &context = {}) const;

    void clear();
    // Makes room for `records` records up front (a validation run knows how many it will see).
    void reserve(qsizetype records);
    // How much memory the keys may take before the rest go to temporary files; before the first add().
    void setMemoryBudget(qint64 bytes) { m_table.setBudget(bytes); }
    const SpillingIdTable &table() const { return m_table; }
    // Set once the temporary files failed: matches may then be missed, so the caller must stop.
    bool failed() const { return m_table.failed(); }
    QString errorString() const { return m_table.errorString(); }

    // Whether any rule reads a context field (then callers must pass the parsed context).
    bool needsContext() const;

private:
    QList<quint64> hashes(const std::function<QString(const HandoffFields::FieldRef &)> &valueOf) const;
    std::optional<DuplicateMatch> lookup(const QList<quint64> &hashes) const;
    // lookup() and registering the keys in one probe per key.
    std::optional<DuplicateMatch> lookupAndRemember(const QList<quint64> &hashes, qint64 id);

    QList<IdentityRule> m_rules;
    QList<QList<HandoffFields::FieldRef>> m_fields;
    // Key hash -> the first record id with that key.
    SpillingIdTable m_table;
};

} // namespace baton
