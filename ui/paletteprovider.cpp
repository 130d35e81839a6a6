#include "paletteprovider.h"

#include "define/contract.h"
#include "pages/contracthtml.h"
#include "pages/page.h"
#include "route/coverage.h"
#include "route/routingrules.h"

#include <QHash>
#include <QMutex>

namespace baton {

namespace {

// The page that edits signal types: the contract's terms are per signal type.
const QString ContractPage = QStringLiteral("define/contract");
// Owners and routing rules are edited with the coverage model on the routing rules page.
const QString RulesPage = QStringLiteral("route/rules");

class SignalTypeProvider final : public PaletteProvider
{
public:
    Result<QList<PaletteEntry>> entries(Workspace *workspace) const override
    {
        if (!workspace)
            return QList<PaletteEntry> {};
        auto signalTypes = Repository<SignalType>(*workspace).list();
        if (!signalTypes)
            return signalTypes.error();
        QList<PaletteEntry> entries;
        for (const SignalType &signalType : std::as_const(*signalTypes))
            entries << PaletteEntry { .kind = ItemKind::SignalType,
                .title = signalType.name,
                .detail = ContractHtml::tierName(signalType.intentTier),
                .pageId = ContractPage,
                .itemId = signalType.id };
        return entries;
    }
};

class OwnerProvider final : public PaletteProvider
{
public:
    Result<QList<PaletteEntry>> entries(Workspace *workspace) const override
    {
        if (!workspace)
            return QList<PaletteEntry> {};
        auto teams = Repository<Team>(*workspace).list();
        if (!teams)
            return teams.error();
        QHash<qint64, QString> teamNames;
        for (const Team &team : std::as_const(*teams))
            teamNames.insert(team.id, team.name);
        auto owners = Repository<Owner>(*workspace).list();
        if (!owners)
            return owners.error();
        QList<PaletteEntry> entries;
        for (const Owner &owner : std::as_const(*owners)) {
            QString detail = owner.role;
            if (const QString team = teamNames.value(owner.teamId); !team.isEmpty())
                detail = PaletteProviders::tr("%1, %2").arg(owner.role, team);
            entries << PaletteEntry { .kind = ItemKind::Owner, .title = owner.name, .detail = detail, .pageId = RulesPage,
                .itemId = owner.id };
        }
        return entries;
    }
};

class RoutingRuleProvider final : public PaletteProvider
{
public:
    Result<QList<PaletteEntry>> entries(Workspace *workspace) const override
    {
        if (!workspace)
            return QList<PaletteEntry> {};
        auto ruleSets = Repository<RoutingRuleSet>(*workspace).list();
        if (!ruleSets)
            return ruleSets.error();
        QHash<qint64, RoutingRuleSet> sets;
        for (const RoutingRuleSet &set : std::as_const(*ruleSets))
            sets.insert(set.id, set);
        auto rules = Repository<RoutingRule>(*workspace).list();
        if (!rules)
            return rules.error();
        QList<PaletteEntry> entries;
        for (const RoutingRule &rule : std::as_const(*rules)) {
            const RoutingRuleSet set = sets.value(rule.ruleSetId);
            QString detail = PaletteProviders::tr("#%1 in %2").arg(rule.position).arg(set.name);
            if (set.status == QLatin1String("draft"))
                detail = PaletteProviders::tr("%1 (draft)").arg(detail);
            else if (set.status == QLatin1String("archived"))
                detail = PaletteProviders::tr("%1 (archived)").arg(detail);
            if (!rule.enabled)
                detail = PaletteProviders::tr("%1, disabled").arg(detail);
            entries << PaletteEntry { .kind = ItemKind::RoutingRule, .title = rule.name, .detail = detail,
                .pageId = RulesPage, .itemId = rule.id };
        }
        return entries;
    }
};

struct Registry
{
    QMutex mutex;
    QList<std::pair<QString, std::shared_ptr<PaletteProvider>>> providers;

    Registry()
    {
        providers.append({ QStringLiteral("signal_types"), std::make_shared<SignalTypeProvider>() });
        providers.append({ QStringLiteral("owners"), std::make_shared<OwnerProvider>() });
        providers.append({ QStringLiteral("routing_rules"), std::make_shared<RoutingRuleProvider>() });
    }
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

} // namespace

void PaletteProviders::add(const QString &id, std::shared_ptr<PaletteProvider> provider)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    for (auto &entry : r.providers) {
        if (entry.first == id) {
            entry.second = std::move(provider);
            return;
        }
    }
    r.providers.append({ id, std::move(provider) });
}

void PaletteProviders::remove(const QString &id)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.providers.removeIf([&id](const auto &entry) { return entry.first == id; });
}

QList<std::shared_ptr<PaletteProvider>> PaletteProviders::all()
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    QList<std::shared_ptr<PaletteProvider>> result;
    for (const auto &entry : std::as_const(r.providers))
        result << entry.second;
    return result;
}

QString PaletteProviders::kindLabel(const QString &kind)
{
    if (kind == PaletteEntry::Page)
        return tr("Page");
    if (kind == PaletteEntry::Command)
        return tr("Command");
    if (kind == ItemKind::SignalType)
        return tr("Signal type");
    if (kind == ItemKind::Owner)
        return tr("Owner");
    if (kind == ItemKind::RoutingRule)
        return tr("Routing rule");
    return kind;
}

} // namespace baton
