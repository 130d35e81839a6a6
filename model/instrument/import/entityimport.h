#pragma once

// Instrument/import: what the importer asks of the part that writes one kind of record (handoffs, accounts,
// owners): take one converted record, insert or update it or say why it is kept aside, and finish at the end.

#include "rowconverter.h"

#include "core/result.h"

#include <QList>
#include <QString>

namespace baton {

struct RecordResult
{
    enum class Action { Inserted, Updated, KeptAside };
    Action action = Action::Inserted;
    QString reason; // for KeptAside
    qint64 id = 0; // the record written
    bool duplicate = false; // repeats an earlier handoff under an identity rule
    QString duplicateOf; // "handoff 12 by Same email address", for previews
    // The record as stored, label -> text (previews only).
    QList<std::pair<QString, QString>> shown;
};

class EntityImport
{
public:
    virtual ~EntityImport() = default;
    // `describe` asks for RecordResult::shown (previews).
    virtual Result<RecordResult> process(const ConvertedRecord &record, bool describe) = 0;
    // Called once after the last record, inside the import's transaction.
    virtual Result<void> finish() { return {}; }
    // Counts beyond read/imported/updated/kept aside, for the run's details ("routed": 120, ...).
    virtual QList<std::pair<QString, qint64>> details() const { return {}; }
};

} // namespace baton
