#pragma once

// Instrument/import: how the import's counts and details read in the dialog and on the Import page.

#include <QCoreApplication>
#include <QString>

namespace baton {

class ImportText final
{
    Q_DECLARE_TR_FUNCTIONS(baton::ImportText)
public:
    // "Routed by a rule" for "routed"; the key itself for one not known here.
    static QString detailLabel(const QString &key);
    // The definitions of the counts (README.md, "What the numbers mean").
    static QString readDefinition();
    static QString importedDefinition();
    static QString updatedDefinition();
    static QString keptAsideDefinition();
    static QString duplicatesDefinition();
};

} // namespace baton
