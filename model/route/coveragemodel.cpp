#include "coveragemodel.h"

namespace baton {

namespace {

template <typename Entity>
Result<void> loadInto(Workspace &workspace, QList<Entity> *target)
{
    auto rows = Repository<Entity>(workspace).list();
    if (!rows)
        return rows.error();
    *target = std::move(*rows);
    return {};
}

template <typename Entity>
const Entity *findById(const QList<Entity> &list, qint64 id)
{
    for (const Entity &entity : list)
        if (entity.id == id)
            return &entity;
    return nullptr;
}

} // namespace

Result<CoverageModel> CoverageModel::load(Workspace &workspace)
{
    CoverageModel model;
    BATON_TRY(loadInto(workspace, &model.signalTypes));
    BATON_TRY(loadInto(workspace, &model.territories));
    BATON_TRY(loadInto(workspace, &model.areas));
    BATON_TRY(loadInto(workspace, &model.segments));
    BATON_TRY(loadInto(workspace, &model.industries));
    BATON_TRY(loadInto(workspace, &model.teams));
    BATON_TRY(loadInto(workspace, &model.owners));
    BATON_TRY(loadInto(workspace, &model.absences));
    BATON_TRY(loadInto(workspace, &model.members));
    return model;
}

qint64 CoverageModel::fallbackTeamId() const
{
    for (const Team &team : teams)
        if (team.isFallback)
            return team.id;
    return 0;
}

const Owner *CoverageModel::owner(qint64 id) const
{
    return findById(owners, id);
}

const Team *CoverageModel::team(qint64 id) const
{
    return findById(teams, id);
}

const SignalType *CoverageModel::signalType(qint64 id) const
{
    return findById(signalTypes, id);
}

QString CoverageModel::ownerName(qint64 id) const
{
    const Owner *found = owner(id);
    return found ? found->name : QString();
}

QString CoverageModel::teamName(qint64 id) const
{
    const Team *found = team(id);
    return found ? found->name : QString();
}

} // namespace baton
