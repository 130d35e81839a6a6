#include "contractcommands.h"

#include "functioncommand.h"

#include <QCoreApplication>

#include <memory>

namespace baton::ContractCommands {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("baton::ContractCommands", text);
}

} // namespace

QUndoCommand *startDraft(WorkspaceSession *session)
{
    struct State
    {
        bool created = false;
        std::optional<ContractDocument> discarded;
    };
    auto state = std::make_shared<State>();
    return new FunctionCommand(session, tr("Start a draft of the contract"),
        [state](Workspace &workspace) -> Result<void> {
            ContractService service(workspace);
            if (state->discarded) {
                BATON_TRY(service.restoreDraft(*state->discarded));
                state->created = true;
                return {};
            }
            auto existing = service.draftVersion();
            if (!existing)
                return existing.error();
            if (existing->has_value())
                return {}; // a draft is open already: nothing to create, nothing to undo
            auto draft = service.startDraft();
            if (!draft)
                return draft.error();
            state->created = true;
            state->discarded = *draft;
            return {};
        },
        [state](Workspace &workspace) -> Result<void> {
            if (!state->created || !state->discarded)
                return {};
            auto removed = ContractService(workspace).discardDraft(state->discarded->version.id);
            if (!removed)
                return removed.error();
            state->discarded = *removed;
            state->created = false;
            return {};
        });
}

QUndoCommand *discardDraft(WorkspaceSession *session, qint64 versionId)
{
    auto removed = std::make_shared<std::optional<ContractDocument>>();
    return new FunctionCommand(session, tr("Discard the draft"),
        [removed, versionId](Workspace &workspace) -> Result<void> {
            auto document = ContractService(workspace).discardDraft(versionId);
            if (!document)
                return document.error();
            *removed = *document;
            return {};
        },
        [removed](Workspace &workspace) -> Result<void> {
            if (!removed->has_value())
                return {};
            return ContractService(workspace).restoreDraft(**removed);
        });
}

QUndoCommand *editTerm(WorkspaceSession *session, const ContractTerm &before, const ContractTerm &after, const QString &text)
{
    auto version = std::make_shared<qint64>(before.rowVersion);
    const auto apply = [version, id = before.id](const ContractTerm &values) {
        return [version, id, values](Workspace &workspace) -> Result<void> {
            ContractTerm term = values;
            term.id = id;
            term.rowVersion = *version;
            BATON_TRY(ContractService(workspace).updateTerm(term));
            *version = term.rowVersion;
            return {};
        };
    };
    return new FunctionCommand(session, text, apply(after), apply(before));
}

QUndoCommand *addTerm(WorkspaceSession *session, const ContractTerm &term, const QString &text)
{
    auto id = std::make_shared<qint64>(0);
    return new FunctionCommand(session, text,
        [id, term](Workspace &workspace) -> Result<void> {
            ContractTerm added = term;
            ContractService service(workspace);
            if (*id > 0) {
                added.id = *id;
                return service.restoreTerm(added);
            }
            added.id = 0;
            auto created = service.addTerm(added);
            if (!created)
                return created.error();
            *id = *created;
            return {};
        },
        [id, term](Workspace &workspace) -> Result<void> {
            ContractTerm removed = term;
            removed.id = *id;
            removed.rowVersion = 1;
            return ContractService(workspace).removeTerm(removed);
        });
}

QUndoCommand *removeTerm(WorkspaceSession *session, const ContractTerm &term, const QString &text)
{
    auto version = std::make_shared<qint64>(term.rowVersion);
    return new FunctionCommand(session, text,
        [version, term](Workspace &workspace) -> Result<void> {
            ContractTerm removed = term;
            removed.rowVersion = *version;
            return ContractService(workspace).removeTerm(removed);
        },
        [version, term](Workspace &workspace) -> Result<void> {
            ContractTerm restored = term;
            BATON_TRY(ContractService(workspace).restoreTerm(restored));
            *version = 1;
            return {};
        });
}

QUndoCommand *editVersionText(WorkspaceSession *session, const ContractVersion &before, const ContractVersion &after)
{
    auto version = std::make_shared<qint64>(before.rowVersion);
    const auto apply = [version](const ContractVersion &values) {
        return [version, values](Workspace &workspace) -> Result<void> {
            ContractVersion changed = values;
            changed.rowVersion = *version;
            BATON_TRY(ContractService(workspace).updateVersionText(changed));
            *version = changed.rowVersion;
            return {};
        };
    };
    return new FunctionCommand(session, tr("Edit the contract's title and summary"), apply(after), apply(before));
}

QUndoCommand *sign(WorkspaceSession *session, qint64 versionId, const QString &party, const QString &signerName)
{
    struct State
    {
        QDateTime at = QDateTime::currentDateTimeUtc();
        bool activated = false;
    };
    auto state = std::make_shared<State>();
    auto *command = new FunctionCommand(session,
        tr("Sign for %1 as %2").arg(ContractService::partyName(party), signerName.trimmed()),
        [state, versionId, party, signerName](Workspace &workspace) -> Result<void> {
            auto outcome = ContractService(workspace).sign(versionId, party, signerName, state->at);
            if (!outcome)
                return outcome.error();
            state->activated = outcome->activated;
            return {};
        },
        [versionId, party](Workspace &workspace) -> Result<void> {
            return ContractService(workspace).withdrawSignature(versionId, party);
        });
    command->setFinalAfterRedo([state]() { return state->activated; });
    return command;
}

QUndoCommand *withdrawSignature(WorkspaceSession *session, const ContractSignoff &signoff)
{
    return new FunctionCommand(session,
        tr("Withdraw %1's signature").arg(ContractService::partyName(signoff.party)),
        [signoff](Workspace &workspace) -> Result<void> {
            return ContractService(workspace).withdrawSignature(signoff.contractVersionId, signoff.party);
        },
        [signoff](Workspace &workspace) -> Result<void> {
            auto outcome = ContractService(workspace).sign(signoff.contractVersionId, signoff.party, signoff.signerName,
                signoff.signedAt);
            if (!outcome)
                return outcome.error();
            return {};
        });
}

} // namespace baton::ContractCommands
