#pragma once

// Undoable edits of configuration rows. Every configuration edit in the UI is one of these commands
// pushed on the session's undo stack (or a child of a macro command); each step goes through the audited,
// version-checked repository. Before each step the row must hold exactly what the step expects (compared by
// value, so undoing two edits of the same row works although its version has moved on); if another window
// changed it in between, the step fails with a message and the command is dropped rather than overwriting
// someone else's edit.
//
//   session->undoStack()->push(EntityCommand<SignalType>::update(session, before, after, tr("Rename signal")));

#include "core/repository.h"
#include "workspacesession.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace baton {

template <typename Entity>
class EntityCommand final : public QUndoCommand
{
public:
    static EntityCommand *add(WorkspaceSession *session, const Entity &entity, const QString &text,
        QUndoCommand *parent = nullptr)
    {
        return new EntityCommand(session, Kind::Add, Entity(), entity, text, parent);
    }
    static EntityCommand *update(WorkspaceSession *session, const Entity &before, const Entity &after,
        const QString &text, QUndoCommand *parent = nullptr)
    {
        return new EntityCommand(session, Kind::Update, before, after, text, parent);
    }
    static EntityCommand *remove(WorkspaceSession *session, const Entity &entity, const QString &text,
        QUndoCommand *parent = nullptr)
    {
        return new EntityCommand(session, Kind::Remove, entity, Entity(), text, parent);
    }

    qint64 entityId() const { return m_id; }

    // For a row added together with the row it belongs to (the areas of a new territory): when it is
    // created, `field` takes the id that `parent`'s add got. The parent must come first among the siblings.
    template <typename Parent>
    void linkTo(qint64 Entity::*field, const EntityCommand<Parent> *parent)
    {
        m_linkField = field;
        m_link = [parent]() { return parent->entityId(); };
    }

    void redo() override { apply(true); }
    void undo() override { apply(false); }

private:
    enum class Kind { Add, Update, Remove };

    EntityCommand(WorkspaceSession *session, Kind kind, const Entity &before, const Entity &after, const QString &text,
        QUndoCommand *parent)
        : QUndoCommand(text, parent), m_session(session), m_kind(kind), m_before(before), m_after(after),
          m_id(kind == Kind::Add ? 0 : before.id)
    {
    }

    // The row's values as text (null stays null), so that a value read back compares equal to the one written.
    static QStringList fingerprint(const Entity &entity)
    {
        QStringList texts;
        for (const QVariant &value : entity.values())
            texts << (value.isNull() ? QStringLiteral("\x01null") : value.toString());
        return texts;
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
        const bool create = (m_kind == Kind::Add && forward) || (m_kind == Kind::Remove && !forward);
        if (create) {
            Entity &source = m_kind == Kind::Add ? m_after : m_before;
            if (m_linkField)
                source.*m_linkField = m_link();
            Entity entity = source;
            entity.id = m_id;
            auto created = m_id > 0 ? repository.restore(entity) : repository.add(entity);
            if (created)
                m_id = *created;
            else
                outcome = created.error();
        } else {
            // The row must hold what this step expects to find: otherwise someone else changed it.
            const Entity &expected = (m_kind == Kind::Update && !forward) || (m_kind == Kind::Add && !forward) ? m_after : m_before;
            auto current = repository.get(m_id);
            if (!current) {
                outcome = current.error();
            } else if (fingerprint(*current) != fingerprint(expected)) {
                outcome = fail(QCoreApplication::translate("baton::EntityCommand",
                                   "This item (%1) was changed by someone else since you edited it; it was left as it is.")
                                   .arg(ConfigStore::tableLabel(Entity::table())),
                    Error::Kind::Conflict);
            } else if (m_kind == Kind::Update) {
                Entity entity = forward ? m_after : m_before;
                entity.id = m_id;
                entity.rowVersion = current->rowVersion;
                outcome = repository.update(entity);
            } else {
                outcome = repository.remove(*current);
            }
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
    qint64 Entity::*m_linkField = nullptr;
    std::function<qint64()> m_link;
};

} // namespace baton
