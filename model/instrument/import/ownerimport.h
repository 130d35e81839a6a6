#pragma once

// Instrument/import: writing owners (reps, queues' members) from converted CSV records, through Repository<Owner>
// (audited). An upsert finds the owner by name or email. An owner with a team joins it (round robin weight 1);
// "manager" sets the team's manager. A time zone must be an IANA id.

#include "entityimport.h"
#include "importmapping.h"

#include <QCoreApplication>

#include <memory>

namespace baton {

class Workspace;

class OwnerImport final : public EntityImport
{
    Q_DECLARE_TR_FUNCTIONS(baton::OwnerImport)
public:
    static Result<std::unique_ptr<OwnerImport>> load(Workspace &workspace, const MappingDefinition &mapping,
        const RowConverter &converter, ImportReferences &refs);

    Result<RecordResult> process(const ConvertedRecord &record, bool describe) override;
    QList<std::pair<QString, qint64>> details() const override;

private:
    OwnerImport(Workspace &workspace, const MappingDefinition &mapping, const RowConverter &converter,
        ImportReferences &refs)
        : m_workspace(workspace), m_mapping(mapping), m_converter(converter), m_refs(refs)
    {
    }

    Workspace &m_workspace;
    const MappingDefinition &m_mapping;
    const RowConverter &m_converter;
    ImportReferences &m_refs;
    qint64 m_memberships = 0;
    qint64 m_managers = 0;
};

} // namespace baton
