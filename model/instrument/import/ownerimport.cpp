#include "ownerimport.h"

#include "core/sql.h"
#include "core/workspace.h"
#include "route/coverage.h"

#include <QTimeZone>

#include <algorithm>

namespace baton {

Result<std::unique_ptr<OwnerImport>> OwnerImport::load(Workspace &workspace, const MappingDefinition &mapping,
    const RowConverter &converter, ImportReferences &refs)
{
    return std::unique_ptr<OwnerImport>(new OwnerImport(workspace, mapping, converter, refs));
}

Result<RecordResult> OwnerImport::process(const ConvertedRecord &record, bool describe)
{
    const auto value = [&](const char *field) -> const ImportValue & {
        return record.value(m_converter.fieldIndex(QString::fromLatin1(field)));
    };
    RecordResult result;
    const ImportValue &name = value("name");
    const ImportValue &email = value("email");
    if (value("time_zone").set && !QTimeZone(value("time_zone").text.toUtf8()).isValid()) {
        result.action = RecordResult::Action::KeptAside;
        result.reason = tr("Time zone: \"%1\" is not an IANA time zone such as Europe/Berlin.").arg(value("time_zone").text);
        return result;
    }
    qint64 existingId = 0;
    if (m_mapping.key == QLatin1String("email") && email.set)
        existingId = m_refs.find(ImportReferences::Kind::Owner, email.text.contains(QLatin1Char('@')) ? email.text : QString());
    else if (m_mapping.key == QLatin1String("name") && name.set)
        existingId = m_refs.find(ImportReferences::Kind::Owner, name.text);
    Repository<Owner> owners(m_workspace);
    Owner owner;
    if (existingId) {
        auto stored = owners.get(existingId);
        if (!stored)
            return stored.error();
        owner = *stored;
    } else if (m_mapping.mode == MappingDefinition::Mode::Update) {
        result.action = RecordResult::Action::KeptAside;
        result.reason = tr("No owner has %1 \"%2\" to update.")
                            .arg(ImportFields::label(ImportEntity::Owner, m_mapping.key).toLower(),
                                m_mapping.key == QLatin1String("email") ? email.text : name.text);
        return result;
    } else if (!name.set) {
        result.action = RecordResult::Action::KeptAside;
        result.reason = tr("Owner name is missing: a new owner needs a name.");
        return result;
    }
    if (name.set)
        owner.name = name.text;
    if (email.set)
        owner.email = email.text.trimmed().toLower();
    if (value("role").set)
        owner.role = value("role").text;
    if (value("team").set)
        owner.teamId = value("team").id;
    if (value("time_zone").set)
        owner.timeZone = value("time_zone").text;
    if (value("capacity_per_day").set)
        owner.capacityPerDay = int(std::clamp<qint64>(value("capacity_per_day").integer, 0, 100000));
    if (value("active_from").set)
        owner.activeFrom = value("active_from").day;
    if (value("active_until").set)
        owner.activeUntil = value("active_until").day;

    if (existingId) {
        BATON_TRY(owners.update(owner));
        result.action = RecordResult::Action::Updated;
    } else {
        auto added = owners.add(owner);
        if (!added)
            return added.error();
        result.action = RecordResult::Action::Inserted;
    }
    result.id = owner.id;
    m_refs.remember(ImportReferences::Kind::Owner, owner.id, owner.name, owner.email);
    m_refs.setOwnerTeam(owner.id, owner.teamId);
    if (owner.teamId) {
        auto member = scalar(m_workspace.db(), QStringLiteral("SELECT count(*) FROM team_member WHERE team_id = ? AND owner_id = ?"),
            { owner.teamId, owner.id });
        if (!member)
            return member.error();
        if (member->toLongLong() == 0) {
            TeamMember membership { 0, 0, owner.teamId, owner.id, 1 };
            auto joined = Repository<TeamMember>(m_workspace).add(membership);
            if (!joined)
                return joined.error();
            ++m_memberships;
        }
        if (value("manager").set) {
            Repository<Team> teams(m_workspace);
            auto team = teams.get(owner.teamId);
            if (!team)
                return team.error();
            if (team->managerName != value("manager").text) {
                team->managerName = value("manager").text;
                BATON_TRY(teams.update(*team));
                ++m_managers;
            }
        }
    }
    if (describe) {
        result.shown = { { tr("Owner name"), owner.name }, { tr("Email"), owner.email }, { tr("Role"), owner.role },
            { tr("Team"), owner.teamId ? m_refs.name(ImportReferences::Kind::Team, owner.teamId) : QString() },
            { tr("Team manager"), value("manager").text }, { tr("Time zone"), owner.timeZone },
            { tr("Capacity per day"), QString::number(owner.capacityPerDay) },
            { tr("Active from"), owner.activeFrom.toString(Qt::ISODate) },
            { tr("Active until"), owner.activeUntil.toString(Qt::ISODate) } };
    }
    return result;
}

QList<std::pair<QString, qint64>> OwnerImport::details() const
{
    return { { QStringLiteral("team_memberships_added"), m_memberships }, { QStringLiteral("team_managers_set"), m_managers } };
}

} // namespace baton
