#pragma once

// The handoff contract's life cycle: drafts, signatures, activation and history.
//
// A version is a *draft* until Sales, Marketing and RevOps have each signed it; the third signature makes
// it *active* and the version that was active until then *superseded* (kept, and viewable, as history).
// Only a draft that nobody has signed yet can be changed: once a party signed, the text they signed is
// frozen (withdraw the signatures to change it again), and active and superseded versions never change.
// Every change goes through here and is refused with a message otherwise; the database enforces the same
// rules with triggers (migration 003) as a last line.

#include "contract.h"

#include <optional>

namespace baton {

class Workspace;

// One version with everything it says and who signed it.
struct ContractDocument
{
    ContractVersion version;
    QList<ContractTerm> terms; // in signal type order (position)
    QList<ContractSignoff> signoffs; // in signing order

    const ContractTerm *term(qint64 signalTypeId) const;
    const ContractSignoff *signoff(const QString &party) const;
    bool isSignedByAll() const;
    // A draft nobody has signed: the only state in which terms, title and summary may change.
    bool isEditable() const { return version.status == ContractStatus::Draft && signoffs.isEmpty(); }
};

// What a signature did: the signature itself and, when it was the third, the activation it caused.
struct SignOutcome
{
    ContractSignoff signoff;
    bool activated = false;
    qint64 supersededVersionId = 0; // the version that was active until now, 0 when there was none
};

class ContractService final
{
public:
    explicit ContractService(Workspace &workspace) : m_workspace(workspace) { }

    // Every version, newest first.
    Result<QList<ContractVersion>> versions() const;
    Result<std::optional<ContractVersion>> activeVersion() const;
    Result<std::optional<ContractVersion>> draftVersion() const;
    Result<ContractDocument> document(qint64 versionId) const;
    // The active version's document, or nullopt when no version was ever activated.
    Result<std::optional<ContractDocument>> activeDocument() const;

    // Succeeds when the version may be changed; otherwise an Invalid error saying why and what to do.
    Result<void> checkEditable(qint64 versionId) const;

    // The open draft; when there is none, a new draft numbered after the newest version, with the title,
    // summary and terms of the active version (empty when no version is active).
    Result<ContractDocument> startDraft(const QDateTime &at = QDateTime::currentDateTimeUtc());
    // Deletes an unsigned draft with its terms (audited row by row) and returns what it held.
    Result<ContractDocument> discardDraft(qint64 versionId);
    // Puts back a draft that discardDraft removed, with the same ids (undo).
    Result<void> restoreDraft(const ContractDocument &document);

    // Title and summary of a draft.
    Result<void> updateVersionText(ContractVersion &version);
    Result<qint64> addTerm(ContractTerm &term);
    // Inserts a removed term again with its id (undo).
    Result<void> restoreTerm(ContractTerm &term);
    Result<void> updateTerm(ContractTerm &term);
    Result<void> removeTerm(const ContractTerm &term);

    // `party` (Party::Sales, ::Marketing or ::RevOps) signs the draft as `signerName` at `at`. The third
    // signature activates the draft and supersedes the version active until then, in one transaction.
    Result<SignOutcome> sign(qint64 versionId, const QString &party, const QString &signerName,
        const QDateTime &at = QDateTime::currentDateTimeUtc());
    // Takes a party's signature off a draft that is not active yet (to change it, or to undo a signature).
    Result<void> withdrawSignature(qint64 versionId, const QString &party);

    // The user-facing name of a party ("Sales", "Marketing", "RevOps").
    static QString partyName(const QString &party);

private:
    Result<ContractVersion> version(qint64 versionId) const;
    Result<QList<ContractSignoff>> signoffs(qint64 versionId) const;

    Workspace &m_workspace;
};

} // namespace baton
