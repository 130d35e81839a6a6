#include "accountimport.h"

#include "core/workspace.h"
#include "data/account.h"
#include "route/coveragemodel.h"

namespace baton {

namespace {

QString cleanDomain(QString domain)
{
    domain = domain.trimmed().toLower();
    const qsizetype scheme = domain.indexOf(QStringLiteral("://"));
    if (scheme >= 0)
        domain = domain.mid(scheme + 3);
    const qsizetype slash = domain.indexOf(QLatin1Char('/'));
    if (slash >= 0)
        domain.truncate(slash);
    if (domain.startsWith(QStringLiteral("www.")))
        domain = domain.mid(4);
    return domain;
}

} // namespace

Result<std::unique_ptr<AccountImport>> AccountImport::load(Workspace &workspace, const MappingDefinition &mapping,
    const RowConverter &converter, ImportReferences &refs)
{
    std::unique_ptr<AccountImport> import(new AccountImport(workspace, mapping, converter, refs));
    auto model = CoverageModel::load(workspace);
    if (!model)
        return model.error();
    import->m_territories = TerritoryResolver(model->areas);
    import->m_segments = SegmentResolver(model->segments);
    return import;
}

Result<RecordResult> AccountImport::process(const ConvertedRecord &record, bool describe)
{
    const auto value = [&](const char *field) -> const ImportValue & {
        return record.value(m_converter.fieldIndex(QString::fromLatin1(field)));
    };
    RecordResult result;
    const ImportValue &ref = value("external_ref");
    const ImportValue &name = value("name");
    qint64 existingId = 0;
    if (m_mapping.key == QLatin1String("external_ref") && ref.set)
        existingId = m_refs.find(ImportReferences::Kind::Account, ref.text);
    else if (m_mapping.key == QLatin1String("name") && name.set)
        existingId = m_refs.find(ImportReferences::Kind::Account, name.text);
    Repository<Account> accounts(m_workspace);
    Account account;
    if (existingId) {
        auto stored = accounts.get(existingId);
        if (!stored)
            return stored.error();
        account = *stored;
    } else if (m_mapping.mode == MappingDefinition::Mode::Update) {
        result.action = RecordResult::Action::KeptAside;
        result.reason = tr("No account has %1 \"%2\" to update.")
                            .arg(ImportFields::label(ImportEntity::Account, m_mapping.key).toLower(),
                                m_mapping.key == QLatin1String("name") ? name.text : ref.text);
        return result;
    } else if (!name.set) {
        result.action = RecordResult::Action::KeptAside;
        result.reason = tr("Account name is missing: a new account needs a name.");
        return result;
    }
    if (ref.set)
        account.externalRef = ref.text;
    if (name.set) {
        account.name = name.text;
        account.normalizedName = m_refs.normalizeCompany(name.text);
    }
    if (value("domain").set)
        account.domain = cleanDomain(value("domain").text);
    for (const auto &[field, target] : { std::pair<const char *, qint64 *> { "industry", &account.industryId },
             { "segment", &account.segmentId }, { "territory", &account.territoryId }, { "owner", &account.ownerId },
             { "team", &account.teamId } })
        if (value(field).set)
            *target = value(field).id;
    if (value("country").set)
        account.country = value("country").text;
    if (value("region").set)
        account.region = value("region").text;
    if (value("employees").set)
        account.employees = value("employees").integer;
    if (value("revenue").set)
        account.revenue = value("revenue").number;
    if (!m_mapping.mapsField(QStringLiteral("territory")) && !account.country.isEmpty())
        account.territoryId = m_territories.territoryFor(account.country, account.region);
    if (!m_mapping.mapsField(QStringLiteral("segment")) && (account.employees || account.revenue))
        account.segmentId = m_segments.segmentFor(account.employees, account.revenue);
    if (account.ownerId && !account.teamId)
        account.teamId = m_refs.ownerTeam(account.ownerId);

    if (existingId) {
        BATON_TRY(accounts.update(account));
        result.action = RecordResult::Action::Updated;
    } else {
        auto added = accounts.add(account);
        if (!added)
            return added.error();
        result.action = RecordResult::Action::Inserted;
    }
    result.id = account.id;
    m_refs.remember(ImportReferences::Kind::Account, account.id, account.name, account.externalRef);
    m_refs.setAccount(account.id, account.ownerId, account.teamId);
    if (value("parent").set)
        m_parents.append({ account.id, value("parent").text });
    if (describe) {
        using Kind = ImportReferences::Kind;
        const auto named = [&](Kind kind, qint64 id) { return id ? m_refs.name(kind, id) : QString(); };
        result.shown = { { tr("Account id in the CRM"), account.externalRef }, { tr("Account name"), account.name },
            { tr("Web domain"), account.domain }, { tr("Industry"), named(Kind::Industry, account.industryId) },
            { tr("Segment"), named(Kind::Segment, account.segmentId) },
            { tr("Territory"), named(Kind::Territory, account.territoryId) }, { tr("Country"), account.country },
            { tr("Employees"), account.employees ? QString::number(*account.employees) : QString() },
            { tr("Annual revenue"), account.revenue ? QString::number(*account.revenue, 'f', 0) : QString() },
            { tr("Owner"), named(Kind::Owner, account.ownerId) }, { tr("Team"), named(Kind::Team, account.teamId) },
            { tr("Parent account"), value("parent").text } };
    }
    return result;
}

Result<void> AccountImport::finish()
{
    Repository<Account> accounts(m_workspace);
    for (const auto &[accountId, parent] : std::as_const(m_parents)) {
        const qint64 parentId = m_refs.find(ImportReferences::Kind::Account, parent);
        if (!parentId || parentId == accountId) {
            ++m_parentsMissing;
            continue;
        }
        auto account = accounts.get(accountId);
        if (!account)
            return account.error();
        if (account->parentId == parentId)
            continue;
        account->parentId = parentId;
        BATON_TRY(accounts.update(*account));
        ++m_parentsSet;
    }
    return {};
}

QList<std::pair<QString, qint64>> AccountImport::details() const
{
    return { { QStringLiteral("parents_set"), m_parentsSet }, { QStringLiteral("parents_not_found"), m_parentsMissing } };
}

} // namespace baton
