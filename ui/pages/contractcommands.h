#pragma once

// Undoable contract edits. Each goes through ContractService, so a signed version is never changed (the
// service refuses, and the command drops out of the undo stack with the service's message).

#include "define/contractservice.h"

class QUndoCommand;

namespace baton {

class WorkspaceSession;

namespace ContractCommands {

// Opens a draft from the active version (undo discards it again, redo brings it back with the same ids).
QUndoCommand *startDraft(WorkspaceSession *session);
QUndoCommand *discardDraft(WorkspaceSession *session, qint64 versionId);
QUndoCommand *editTerm(WorkspaceSession *session, const ContractTerm &before, const ContractTerm &after, const QString &text);
QUndoCommand *addTerm(WorkspaceSession *session, const ContractTerm &term, const QString &text);
QUndoCommand *removeTerm(WorkspaceSession *session, const ContractTerm &term, const QString &text);
QUndoCommand *editVersionText(WorkspaceSession *session, const ContractVersion &before, const ContractVersion &after);
// A signature; the one that activates the version cannot be undone (it leaves the undo stack).
QUndoCommand *sign(WorkspaceSession *session, qint64 versionId, const QString &party, const QString &signerName);
QUndoCommand *withdrawSignature(WorkspaceSession *session, const ContractSignoff &signoff);

} // namespace ContractCommands

} // namespace baton
