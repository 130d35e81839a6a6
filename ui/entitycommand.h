#pragma once

// Undoable edits of configuration rows. Every configuration edit in the UI is one of these commands
// pushed on the session's undo stack; each step goes through the repository, so it is audited and
// version-checked. Before each step the row must still hold what the step expects (the values the previous
// step left); if it changed underneath (another window) the step fails with a message and the command is
// dropped from the stack rather than overwriting someone else's edit.
//
//   session->undoStack()->push(EntityCommand<SignalType>::update(session, before, after, tr("Rename signal")));

#include "core/repository.h"
#include "workspacesession.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace baton {

template <typename Entity>
class EntityCommand final : public QUndoCommand
{
public:
    static EntityCommand *add(WorkspaceSession *session, const Entity &entity, const QString &text)
    {
        return new EntityCommand(session, Kind::Add, Entity(), entity, text);
    }
    static EntityCommand *update(WorkspaceSession *session, const Entity &before, const Entity &after, const QString &text)
    {
        return new EntityCommand(session, Kind::Update, before, after, text);
    }
    static EntityCommand *remove(WorkspaceSession *session, const Entity &entity, const QString &text)
    {
        return new EntityCommand(session, Kind::Remove, entity, Entity(), text);
    }

    // The id the row has (after the first redo of an add).
    qint64 entityId() const { return m_id; }

    void redo() override { apply(true); }
    void undo() override { apply(false); }

private:
    enum class Kind { Add, Update, Remove };

    EntityCommand(WorkspaceSession *session, Kind kind, const Entity &before, const Entity &after, const QString &text)
        : m_session(session), m_kind(kind), m_before(before), m_after(after), m_id(kind == Kind::Add ? 0 : before.id)
    {
        setText(text);
    }

    // The row must still hold what this step expects (what the previous step left); commands later on
    // the stack have been undone already, so a differing value means another window changed the row.
    Result<void> expect(Repository<Entity> &repository, const Entity &expected, Entity *target)
    {
        auto current = repository.get(m_id);
        if (!current)
            return current.error();
        if (current->values() != expected.values())
            return fail(QCoreApplication::translate("baton::EntityCommand",
                            "This %1 was changed by someone else since; reload to see the change.")
                            .arg(Entity::table()),
                Error::Kind::Conflict);
        target->rowVersion = current->rowVersion;
        return {};
    }

    void apply(bool forward)
    {
        Workspace *workspace = m_session->workspace();
        if (!workspace) {
            setObsolete(true);
            return;
        }
        Repository<Entity> repository(*workspace);
        Result<void> outcome;
        // Adding forward and removing backward both (re)create the row, with its old id when it had one.
        const bool create = (m_kind == Kind::Add && forward) || (m_kind == Kind::Remove && !forward);
        const bool destroy = (m_kind == Kind::Add && !forward) || (m_kind == Kind::Remove && forward);
        if (create) {
            Entity entity = m_kind == Kind::Add ? m_after : m_before;
            entity.id = m_id;
            auto created = m_id > 0 ? repository.restore(entity) : repository.add(entity);
            if (created)
                m_id = *created;
            else
                outcome = created.error();
        } else if (destroy) {
            Entity entity = m_kind == Kind::Add ? m_after : m_before;
            entity.id = m_id;
            outcome = expect(repository, entity, &entity);
            if (outcome)
                outcome = repository.remove(entity);
        } else {
            Entity entity = forward ? m_after : m_before;
            entity.id = m_id;
            Entity expected = forward ? m_before : m_after;
            expected.id = m_id;
            outcome = expect(repository, expected, &entity);
            if (outcome)
                outcome = repository.update(entity);
        }
        if (!outcome) {
            setObsolete(true);
            emit m_session->errorReported(outcome.errorMessage());
        }
    }

    WorkspaceSession *m_session;
    Kind m_kind;
    Entity m_before;
    Entity m_after;
    qint64 m_id;
};

} // namespace baton
