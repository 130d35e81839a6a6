#include "importreferences.h"

#include "core/sql.h"
#include "core/workspace.h"
#include "data/account.h"
#include "define/contract.h"
#include "feedback/feedback.h"
#include "route/coverage.h"

namespace baton {

bool ImportReferences::kindOfField(const QString &field, Kind *kind)
{
    static const QHash<QString, Kind> kinds = {
        { QStringLiteral("signal_type"), Kind::SignalType },
        { QStringLiteral("owner"), Kind::Owner },
        { QStringLiteral("team"), Kind::Team },
        { QStringLiteral("territory"), Kind::Territory },
        { QStringLiteral("segment"), Kind::Segment },
        { QStringLiteral("industry"), Kind::Industry },
        { QStringLiteral("stage"), Kind::Stage },
        { QStringLiteral("rejection_reason"), Kind::RejectionReason },
        { QStringLiteral("account"), Kind::Account },
        { QStringLiteral("calendar"), Kind::Calendar },
    };
    auto it = kinds.constFind(field);
    if (it == kinds.constEnd())
        return false;
    *kind = *it;
    return true;
}

QString ImportReferences::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::SignalType:
        return tr("signal type");
    case Kind::Owner:
        return tr("owner");
    case Kind::Team:
        return tr("team");
    case Kind::Territory:
        return tr("territory");
    case Kind::Segment:
        return tr("segment");
    case Kind::Industry:
        return tr("industry");
    case Kind::Stage:
        return tr("lifecycle stage");
    case Kind::RejectionReason:
        return tr("rejection reason");
    case Kind::Account:
        return tr("account");
    case Kind::Calendar:
        return tr("business calendar");
    }
    return {};
}

void ImportReferences::remember(Kind kind, qint64 id, const QString &name, const QString &alternateKey)
{
    const int k = int(kind);
    if (kind == Kind::Account) {
        if (!name.isEmpty())
            m_byName[k].insert(m_normalizer(name), id);
        if (!alternateKey.isEmpty())
            m_accountByRef.insert(alternateKey.trimmed(), id);
    } else {
        if (!name.isEmpty())
            m_byName[k].insert(key(name), id);
        if (kind == Kind::Owner && !alternateKey.isEmpty())
            m_ownerByEmail.insert(key(alternateKey), id);
    }
    m_names[k].insert(id, name);
}

Result<ImportReferences> ImportReferences::load(Workspace &workspace)
{
    ImportReferences refs;
    auto suffixes = execSql(workspace.db(), QStringLiteral("SELECT suffix FROM legal_suffix"));
    if (!suffixes)
        return suffixes.error();
    QStringList extra;
    while (suffixes->next())
        extra << suffixes->value(0).toString();
    refs.m_normalizer = CompanyNameNormalizer(extra);

    const QList<std::pair<Kind, QString>> simple = {
        { Kind::SignalType, QStringLiteral("SELECT id, name, position FROM signal_type") },
        { Kind::Team, QStringLiteral("SELECT id, name, 0 FROM team") },
        { Kind::Territory, QStringLiteral("SELECT id, name, position FROM territory") },
        { Kind::Segment, QStringLiteral("SELECT id, name, position FROM segment") },
        { Kind::Industry, QStringLiteral("SELECT id, name, 0 FROM industry") },
        { Kind::Stage, QStringLiteral("SELECT id, name, position FROM lifecycle_stage") },
        { Kind::RejectionReason, QStringLiteral("SELECT id, name, position FROM rejection_reason WHERE active <> 0") },
        { Kind::Calendar, QStringLiteral("SELECT id, name, 0 FROM business_calendar") },
    };
    for (const auto &[kind, sql] : simple) {
        auto query = execSql(workspace.db(), sql);
        if (!query)
            return query.error();
        while (query->next()) {
            refs.remember(kind, query->value(0).toLongLong(), query->value(1).toString());
            refs.m_positions[int(kind)] = std::max(refs.m_positions[int(kind)], query->value(2).toInt());
        }
    }
    auto owners = execSql(workspace.db(), QStringLiteral("SELECT id, name, email, team_id FROM owner ORDER BY id"));
    if (!owners)
        return owners.error();
    while (owners->next()) {
        const qint64 id = owners->value(0).toLongLong();
        // The first owner of a name wins, as for every other kind (ids in ascending order).
        if (!refs.m_byName[int(Kind::Owner)].contains(key(owners->value(1).toString())))
            refs.remember(Kind::Owner, id, owners->value(1).toString(), owners->value(2).toString());
        else
            refs.m_names[int(Kind::Owner)].insert(id, owners->value(1).toString());
        refs.m_ownerTeams.insert(id, owners->value(3).toLongLong());
    }
    auto accounts = execSql(workspace.db(),
        QStringLiteral("SELECT id, name, external_ref, owner_id, team_id FROM account ORDER BY id DESC"));
    if (!accounts)
        return accounts.error();
    // Descending, so that the lowest id wins a shared name (as in AccountMatcher).
    while (accounts->next()) {
        const qint64 id = accounts->value(0).toLongLong();
        refs.remember(Kind::Account, id, accounts->value(1).toString(), accounts->value(2).toString());
        refs.m_accounts.insert(id, { accounts->value(3).toLongLong(), accounts->value(4).toLongLong() });
    }
    auto plays = execSql(workspace.db(),
        QStringLiteral("SELECT r.id, p.kind FROM rejection_reason r JOIN recycle_play p ON p.id = r.recycle_play_id"));
    if (!plays)
        return plays.error();
    while (plays->next())
        refs.m_reasonPlayKinds.insert(plays->value(0).toLongLong(), plays->value(1).toString());
    return refs;
}

qint64 ImportReferences::find(Kind kind, const QString &text) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return 0;
    if (kind == Kind::Account) {
        if (qint64 id = m_accountByRef.value(trimmed))
            return id;
        return m_byName[int(kind)].value(m_normalizer(trimmed));
    }
    if (qint64 id = m_byName[int(kind)].value(key(trimmed)))
        return id;
    if (kind == Kind::Owner && trimmed.contains(QLatin1Char('@')))
        return m_ownerByEmail.value(key(trimmed));
    return 0;
}

Result<qint64> ImportReferences::create(Workspace &workspace, Kind kind, const QString &text)
{
    const QString name = text.trimmed();
    if (name.isEmpty())
        return qint64(0);
    if (qint64 existing = find(kind, name))
        return existing;
    if (!m_onWriter)
        return createRow(workspace, kind, name);
    Result<qint64> created = qint64(0);
    BATON_TRY(m_onWriter([&]() -> Result<void> {
        created = createRow(workspace, kind, name);
        return created ? Result<void>() : Result<void>(created.error());
    }));
    return created;
}

Result<qint64> ImportReferences::createRow(Workspace &workspace, Kind kind, const QString &name)
{
    qint64 id = 0;
    int &position = m_positions[int(kind)];
    switch (kind) {
    case Kind::SignalType: {
        SignalType row { 0, 0, name, IntentTier::Medium, tr("Created by an import"), ++position };
        auto added = Repository<SignalType>(workspace).add(row);
        if (!added)
            return added.error();
        id = *added;
        break;
    }
    case Kind::Team: {
        Team row;
        row.name = name;
        auto added = Repository<Team>(workspace).add(row);
        if (!added)
            return added.error();
        id = *added;
        break;
    }
    case Kind::Territory: {
        Territory row { 0, 0, name, ++position };
        auto added = Repository<Territory>(workspace).add(row);
        if (!added)
            return added.error();
        id = *added;
        break;
    }
    case Kind::Segment: {
        Segment row;
        row.name = name;
        row.position = ++position;
        auto added = Repository<Segment>(workspace).add(row);
        if (!added)
            return added.error();
        id = *added;
        break;
    }
    case Kind::Industry: {
        Industry row { 0, 0, name };
        auto added = Repository<Industry>(workspace).add(row);
        if (!added)
            return added.error();
        id = *added;
        break;
    }
    case Kind::RejectionReason: {
        RejectionReason row;
        row.name = name;
        row.position = ++position;
        row.description = tr("Created by an import; give it a recycle play");
        auto added = Repository<RejectionReason>(workspace).add(row);
        if (!added)
            return added.error();
        id = *added;
        break;
    }
    case Kind::Owner: {
        Owner row;
        row.name = name;
        if (name.contains(QLatin1Char('@')) && !name.contains(QLatin1Char(' ')))
            row.email = name.toLower();
        row.role = m_newOwnerRole;
        qint64 teamId = 0;
        if (!m_newOwnerTeam.isEmpty()) {
            const qint64 known = find(Kind::Team, m_newOwnerTeam);
            auto team = known ? Result<qint64>(known) : createRow(workspace, Kind::Team, m_newOwnerTeam.trimmed());
            if (!team)
                return team.error();
            teamId = *team;
        }
        row.teamId = teamId;
        auto added = Repository<Owner>(workspace).add(row);
        if (!added)
            return added.error();
        id = *added;
        if (teamId) {
            TeamMember member { 0, 0, teamId, id, 1 };
            auto joined = Repository<TeamMember>(workspace).add(member);
            if (!joined)
                return joined.error();
        }
        m_ownerTeams.insert(id, teamId);
        remember(kind, id, name, row.email);
        ++m_created[kind];
        return id;
    }
    case Kind::Account: {
        Account row;
        row.name = name;
        row.normalizedName = m_normalizer(name);
        auto added = Repository<Account>(workspace).add(row);
        if (!added)
            return added.error();
        id = *added;
        m_accounts.insert(id, {});
        break;
    }
    case Kind::Stage:
    case Kind::Calendar:
        return fail(tr("An import cannot create a %1 (\"%2\").").arg(kindLabel(kind), name), Error::Kind::Invalid);
    }
    remember(kind, id, name);
    ++m_created[kind];
    return id;
}

qint64 ImportReferences::stageForOutcome(const QString &outcome, qint64 rejectionReasonId) const
{
    QString stage;
    if (outcome == QLatin1String("open"))
        stage = QStringLiteral("mql");
    else if (outcome == QLatin1String("accepted"))
        stage = QStringLiteral("sal");
    else if (outcome == QLatin1String("opportunity"))
        stage = QStringLiteral("opportunity");
    else if (outcome == QLatin1String("won"))
        stage = QStringLiteral("customer");
    else if (outcome == QLatin1String("lost"))
        stage = QStringLiteral("nurture");
    else if (outcome == QLatin1String("rejected")) {
        const QString play = m_reasonPlayKinds.value(rejectionReasonId);
        if (play.contains(QLatin1String("nurture")))
            stage = QStringLiteral("nurture");
        else if (play == QLatin1String("disqualify") || play == QLatin1String("merge"))
            stage = QStringLiteral("disqualified");
    }
    return stage.isEmpty() ? 0 : m_byName[int(Kind::Stage)].value(stage);
}

} // namespace baton
