#pragma once

// Display names of the things handoffs refer to by id, loaded once per view refresh so that tables and
// charts never show raw ids.

#include "core/result.h"

#include <QHash>
#include <QString>

namespace baton {

class Workspace;

struct NameLookup
{
    QHash<qint64, QString> signalTypes;
    QHash<qint64, QString> owners;
    QHash<qint64, QString> teams;
    QHash<qint64, QString> territories;
    QHash<qint64, QString> segments;
    QHash<qint64, QString> industries;
    QHash<qint64, QString> reasons;
    QHash<qint64, QString> stages;
    QHash<qint64, QString> rules;
    QHash<qint64, QString> accounts;

    static Result<NameLookup> load(Workspace &workspace);
};

} // namespace baton
