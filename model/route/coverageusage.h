#pragma once

// Route: what still refers to a piece of the coverage model, so that removing it can be refused up
// front with a useful message instead of failing half-way on a foreign key.

#include "core/result.h"

#include <QCoreApplication>

namespace baton {

class Workspace;

class CoverageUsage final
{
    Q_DECLARE_TR_FUNCTIONS(baton::CoverageUsage)
public:
    // An empty string when the row can go; else why not, in words, with what to do instead.
    static Result<QString> whyNotRemovable(Workspace &workspace, const QString &table, qint64 id);
};

} // namespace baton
