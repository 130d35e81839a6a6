#pragma once

// The configuration a new workspace starts with: the common signal types, a standard lifecycle,
// a data standard, rejection reasons with recycle plays, SLA policies with an escalation ladder,
// a fallback queue, and a draft contract ready to be agreed. Everything is editable afterwards.

#include "core/result.h"

#include <QMap>
#include <QString>

namespace baton {

class Workspace;

// Ids of what the default configuration created, by name, so that the demo generator can build on it.
struct DefaultIds
{
    QMap<QString, qint64> signalTypes;
    QMap<QString, qint64> stages;
    QMap<QString, qint64> reasons;
    qint64 calendar = 0;
    qint64 fallbackQueue = 0;
    qint64 ruleSet = 0;
    qint64 contract = 0;
};

Result<DefaultIds> applyDefaultConfiguration(Workspace &workspace, const QString &name);

} // namespace baton
