#include "contractservice.h"

#include "core/sql.h"
#include "core/workspace.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>

namespace baton {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("baton::ContractService", text);
}

} // namespace

const ContractTerm *ContractDocument::term(qint64 signalTypeId) const
{
    for (const ContractTerm &t : terms)
        if (t.signalTypeId == signalTypeId)
            return &t;
    return nullptr;
}

const ContractSignoff *ContractDocument::signoff(const QString &party) const
{
    for (const ContractSignoff &s : signoffs)
        if (s.party == party)
            return &s;
    return nullptr;
}

bool ContractDocument::isSignedByAll() const
{
    const QStringList parties = Party::all();
    return std::all_of(parties.begin(), parties.end(), [this](const QString &party) { return signoff(party) != nullptr; });
}

QString ContractService::partyName(const QString &party)
{
    if (party == Party::Sales)
        return tr("Sales");
    if (party == Party::Marketing)
        return tr("Marketing");
    if (party == Party::RevOps)
        return tr("RevOps");
    return party;
}

Result<QList<ContractVersion>> ContractService::versions() const
{
    auto all = Repository<ContractVersion>(m_workspace).list();
    if (!all)
        return all.error();
    QList<ContractVersion> newestFirst = *all;
    std::reverse(newestFirst.begin(), newestFirst.end());
    return newestFirst;
}

Result<std::optional<ContractVersion>> ContractService::activeVersion() const
{
    auto rows = Repository<ContractVersion>(m_workspace).list(QStringLiteral("status = ?"), { ContractStatus::Active });
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<ContractVersion>();
    return std::optional<ContractVersion>(rows->first());
}

Result<std::optional<ContractVersion>> ContractService::draftVersion() const
{
    // Normally at most one; if several exist (made outside Baton) the newest is the one being worked on.
    auto rows = Repository<ContractVersion>(m_workspace).list(QStringLiteral("status = ?"), { ContractStatus::Draft });
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<ContractVersion>();
    return std::optional<ContractVersion>(rows->last());
}

Result<ContractVersion> ContractService::version(qint64 versionId) const
{
    auto found = Repository<ContractVersion>(m_workspace).get(versionId);
    if (!found && found.error().kind == Error::Kind::NotFound)
        return fail(tr("This contract version no longer exists; someone may have discarded the draft."),
            Error::Kind::NotFound);
    return found;
}

Result<QList<ContractSignoff>> ContractService::signoffs(qint64 versionId) const
{
    return Repository<ContractSignoff>(m_workspace).list(QStringLiteral("contract_version_id = ?"), { versionId });
}

Result<ContractDocument> ContractService::document(qint64 versionId) const
{
    ContractDocument document;
    auto found = version(versionId);
    if (!found)
        return found.error();
    document.version = *found;
    auto terms = Repository<ContractTerm>(m_workspace).list(QStringLiteral("contract_version_id = ?"), { versionId });
    if (!terms)
        return terms.error();
    auto types = Repository<SignalType>(m_workspace).list();
    if (!types)
        return types.error();
    QHash<qint64, int> order;
    for (int i = 0; i < types->size(); ++i)
        order.insert(types->at(i).id, i);
    document.terms = *terms;
    std::stable_sort(document.terms.begin(), document.terms.end(), [&order](const ContractTerm &a, const ContractTerm &b) {
        return order.value(a.signalTypeId, INT_MAX) < order.value(b.signalTypeId, INT_MAX);
    });
    auto signed_ = signoffs(versionId);
    if (!signed_)
        return signed_.error();
    document.signoffs = *signed_;
    return document;
}

Result<std::optional<ContractDocument>> ContractService::activeDocument() const
{
    auto active = activeVersion();
    if (!active)
        return active.error();
    if (!active->has_value())
        return std::optional<ContractDocument>();
    auto loaded = document((*active)->id);
    if (!loaded)
        return loaded.error();
    return std::optional<ContractDocument>(*loaded);
}

Result<void> ContractService::checkEditable(qint64 versionId) const
{
    auto found = version(versionId);
    if (!found)
        return found.error();
    if (found->status != ContractStatus::Draft)
        return fail(tr("Version %1 is signed and can no longer be changed; changes go into a new draft.").arg(found->number),
            Error::Kind::Invalid);
    auto signed_ = signoffs(versionId);
    if (!signed_)
        return signed_.error();
    if (!signed_->isEmpty()) {
        QStringList parties;
        for (const ContractSignoff &signoff : *signed_)
            parties << partyName(signoff.party);
        return fail(tr("Version %1 has been signed by %2; withdraw the signatures before changing it, so that every "
                       "party signs what they read.")
                        .arg(found->number)
                        .arg(parties.join(QStringLiteral(", "))),
            Error::Kind::Invalid);
    }
    return {};
}

Result<ContractDocument> ContractService::startDraft(const QDateTime &at)
{
    auto existing = draftVersion();
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return document((*existing)->id);

    qint64 draftId = 0;
    auto done = m_workspace.transaction([&]() -> Result<void> {
        auto newest = scalar(m_workspace.db(), QStringLiteral("SELECT coalesce(max(number), 0) FROM contract_version"));
        if (!newest)
            return newest.error();
        auto active = activeDocument();
        if (!active)
            return active.error();
        ContractVersion draft;
        draft.number = newest->toInt() + 1;
        draft.status = ContractStatus::Draft;
        draft.title = active->has_value() ? (*active)->version.title : tr("Marketing to Sales handoff contract");
        draft.summary = active->has_value() ? (*active)->version.summary : QString();
        draft.createdAt = at;
        BATON_TRY(Repository<ContractVersion>(m_workspace).add(draft));
        draftId = draft.id;
        if (active->has_value()) {
            Repository<ContractTerm> terms(m_workspace);
            for (ContractTerm term : (*active)->terms) {
                term.id = 0;
                term.contractVersionId = draft.id;
                BATON_TRY(terms.add(term));
            }
        }
        return {};
    });
    if (!done)
        return done.error();
    return document(draftId);
}

Result<ContractDocument> ContractService::discardDraft(qint64 versionId)
{
    auto loaded = document(versionId);
    if (!loaded)
        return loaded.error();
    BATON_TRY(checkEditable(versionId));
    auto done = m_workspace.transaction([&]() -> Result<void> {
        // Terms one by one so that the audit log records each; the cascade would not.
        Repository<ContractTerm> terms(m_workspace);
        for (const ContractTerm &term : loaded->terms)
            BATON_TRY(terms.remove(term));
        return Repository<ContractVersion>(m_workspace).remove(loaded->version);
    });
    if (!done)
        return done.error();
    return loaded;
}

Result<void> ContractService::restoreDraft(const ContractDocument &document)
{
    if (document.version.status != ContractStatus::Draft || !document.signoffs.isEmpty())
        return fail(tr("Only an unsigned draft can be put back."), Error::Kind::Invalid);
    return m_workspace.transaction([&]() -> Result<void> {
        ContractVersion version = document.version;
        auto restored = Repository<ContractVersion>(m_workspace).restore(version);
        if (!restored)
            return restored.error();
        Repository<ContractTerm> terms(m_workspace);
        for (ContractTerm term : document.terms) {
            auto added = terms.restore(term);
            if (!added)
                return added.error();
        }
        // The rows come back at the versions they had, so that edits made before (and redone after) still
        // match them; the row version is bookkeeping, not audited content.
        BATON_TRY(execSql(m_workspace.db(), QStringLiteral("UPDATE contract_version SET row_version = ? WHERE id = ?"),
            { qMax<qint64>(1, document.version.rowVersion), document.version.id }));
        for (const ContractTerm &term : document.terms)
            BATON_TRY(execSql(m_workspace.db(), QStringLiteral("UPDATE contract_term SET row_version = ? WHERE id = ?"),
                { qMax<qint64>(1, term.rowVersion), term.id }));
        return {};
    });
}

Result<void> ContractService::updateVersionText(ContractVersion &version)
{
    BATON_TRY(checkEditable(version.id));
    auto stored = this->version(version.id);
    if (!stored)
        return stored.error();
    // Only the words change here; status, number and dates follow the life cycle.
    ContractVersion changed = *stored;
    changed.rowVersion = version.rowVersion;
    changed.title = version.title.trimmed();
    changed.summary = version.summary.trimmed();
    if (changed.title.isEmpty())
        return fail(tr("The contract needs a title."), Error::Kind::Invalid);
    BATON_TRY(Repository<ContractVersion>(m_workspace).update(changed));
    version = changed;
    return {};
}

namespace {

Result<void> checkTerm(const ContractTerm &term)
{
    if (term.slaMinutes <= 0)
        return fail(QCoreApplication::translate(
                        "baton::ContractService", "The SLA target must be at least one business minute."),
            Error::Kind::Invalid);
    if (!FitGrade::all().contains(term.minFitGrade))
        return fail(QCoreApplication::translate(
                        "baton::ContractService", "The minimum fit must be one of the grades A, B, C or D."),
            Error::Kind::Invalid);
    if (term.ownerRole.trimmed().isEmpty())
        return fail(QCoreApplication::translate("baton::ContractService",
                        "Say who owns the follow-up (an owner role such as SDR queue or Account owner)."),
            Error::Kind::Invalid);
    if (term.followUpAction.trimmed().isEmpty())
        return fail(QCoreApplication::translate("baton::ContractService", "Say what the owner does to follow up."),
            Error::Kind::Invalid);
    return {};
}

} // namespace

Result<qint64> ContractService::addTerm(ContractTerm &term)
{
    BATON_TRY(checkEditable(term.contractVersionId));
    BATON_TRY(checkTerm(term));
    auto existing = scalar(m_workspace.db(),
        QStringLiteral("SELECT count(*) FROM contract_term WHERE contract_version_id = ? AND signal_type_id = ?"),
        { term.contractVersionId, term.signalTypeId });
    if (!existing)
        return existing.error();
    if (existing->toInt() > 0)
        return fail(tr("This signal type already has terms in this version."), Error::Kind::Invalid);
    return Repository<ContractTerm>(m_workspace).add(term);
}

Result<void> ContractService::restoreTerm(ContractTerm &term)
{
    BATON_TRY(checkEditable(term.contractVersionId));
    auto restored = Repository<ContractTerm>(m_workspace).restore(term);
    if (!restored)
        return restored.error();
    return {};
}

Result<void> ContractService::updateTerm(ContractTerm &term)
{
    auto stored = Repository<ContractTerm>(m_workspace).get(term.id);
    if (!stored)
        return stored.error();
    BATON_TRY(checkEditable(stored->contractVersionId));
    if (term.contractVersionId != stored->contractVersionId || term.signalTypeId != stored->signalTypeId)
        return fail(tr("A term stays with its version and signal type; add a new term instead."), Error::Kind::Invalid);
    BATON_TRY(checkTerm(term));
    return Repository<ContractTerm>(m_workspace).update(term);
}

Result<void> ContractService::removeTerm(const ContractTerm &term)
{
    auto stored = Repository<ContractTerm>(m_workspace).get(term.id);
    if (!stored)
        return stored.error();
    BATON_TRY(checkEditable(stored->contractVersionId));
    return Repository<ContractTerm>(m_workspace).remove(term);
}

Result<SignOutcome> ContractService::sign(qint64 versionId, const QString &party, const QString &signerName,
    const QDateTime &at)
{
    if (!Party::all().contains(party))
        return fail(tr("Only Sales, Marketing and RevOps sign the contract."), Error::Kind::Invalid);
    if (signerName.trimmed().isEmpty())
        return fail(tr("Type the name of the person who signs for %1.").arg(partyName(party)), Error::Kind::Invalid);
    if (!at.isValid())
        return fail(tr("A signature needs a time."), Error::Kind::Invalid);
    SignOutcome outcome;
    auto done = m_workspace.transaction([&]() -> Result<void> {
        auto loaded = document(versionId);
        if (!loaded)
            return loaded.error();
        if (loaded->version.status != ContractStatus::Draft)
            return fail(tr("Version %1 is already %2; only drafts are signed.")
                            .arg(loaded->version.number)
                            .arg(loaded->version.status == ContractStatus::Active ? tr("active") : tr("superseded")),
                Error::Kind::Invalid);
        if (const ContractSignoff *existing = loaded->signoff(party))
            return fail(tr("%1 has already signed version %2 (%3).")
                            .arg(partyName(party))
                            .arg(loaded->version.number)
                            .arg(existing->signerName),
                Error::Kind::Invalid);
        if (loaded->terms.isEmpty())
            return fail(tr("Version %1 has no terms yet; add the signal types it covers before signing.")
                            .arg(loaded->version.number),
                Error::Kind::Invalid);
        ContractSignoff signoff { 0, 0, versionId, party, signerName.trimmed(), at.toUTC() };
        BATON_TRY(Repository<ContractSignoff>(m_workspace).add(signoff));
        outcome.signoff = signoff;
        loaded->signoffs << signoff;
        if (!loaded->isSignedByAll())
            return {};
        // The third signature: the previous active version steps down first (one active version at a time).
        Repository<ContractVersion> versions(m_workspace);
        auto active = activeVersion();
        if (!active)
            return active.error();
        if (active->has_value()) {
            ContractVersion previous = **active;
            previous.status = ContractStatus::Superseded;
            previous.supersededAt = at.toUTC();
            BATON_TRY(versions.update(previous));
            outcome.supersededVersionId = previous.id;
        }
        ContractVersion activated = loaded->version;
        activated.status = ContractStatus::Active;
        activated.activatedAt = at.toUTC();
        BATON_TRY(versions.update(activated));
        outcome.activated = true;
        return {};
    });
    if (!done)
        return done.error();
    return outcome;
}

Result<void> ContractService::withdrawSignature(qint64 versionId, const QString &party)
{
    auto found = version(versionId);
    if (!found)
        return found.error();
    if (found->status != ContractStatus::Draft)
        return fail(tr("Version %1 is in force or history; its signatures stay.").arg(found->number), Error::Kind::Invalid);
    auto rows = Repository<ContractSignoff>(m_workspace).list(QStringLiteral("contract_version_id = ? AND party = ?"),
        { versionId, party });
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return fail(tr("%1 has not signed version %2.").arg(partyName(party)).arg(found->number), Error::Kind::NotFound);
    return Repository<ContractSignoff>(m_workspace).remove(rows->first());
}

} // namespace baton
