#pragma once

// Instrument/import: writing accounts from converted CSV records, through Repository<Account> (audited). An
// upsert finds the account by its CRM id (external_ref) or its normalized name. Territory comes from country
// and region, segment from size and team from the owner when the mapping does not feed them; parents are
// resolved by CRM id or name once every row is in, so a parent may come after its subsidiaries.

#include "entityimport.h"
#include "importmapping.h"

#include "route/segmentresolver.h"
#include "route/territoryresolver.h"

#include <QCoreApplication>

#include <memory>

namespace baton {

class Workspace;

class AccountImport final : public EntityImport
{
    Q_DECLARE_TR_FUNCTIONS(baton::AccountImport)
public:
    static Result<std::unique_ptr<AccountImport>> load(Workspace &workspace, const MappingDefinition &mapping,
        const RowConverter &converter, ImportReferences &refs);

    Result<RecordResult> process(const ConvertedRecord &record, bool describe) override;
    Result<void> finish() override;
    QList<std::pair<QString, qint64>> details() const override;

private:
    AccountImport(Workspace &workspace, const MappingDefinition &mapping, const RowConverter &converter,
        ImportReferences &refs)
        : m_workspace(workspace), m_mapping(mapping), m_converter(converter), m_refs(refs)
    {
    }

    Workspace &m_workspace;
    const MappingDefinition &m_mapping;
    const RowConverter &m_converter;
    ImportReferences &m_refs;
    TerritoryResolver m_territories;
    SegmentResolver m_segments;
    QList<std::pair<qint64, QString>> m_parents; // account id, parent as written
    qint64 m_parentsSet = 0;
    qint64 m_parentsMissing = 0;
};

} // namespace baton
