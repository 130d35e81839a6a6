#pragma once

// Route: the audit log of the coverage model and routing rules (every insert, update and delete of
// their tables, newest first), for the history shown beside the rules.

#include "core/result.h"

#include <QDateTime>
#include <QStringList>

namespace baton {

class Workspace;

struct AuditEntry
{
    QDateTime at;
    QString actor;
    QString entity; // table name
    qint64 entityId = 0;
    QString action; // insert, update, delete
    QString field;
    QString oldValue;
    QString newValue;
};

class RouteAudit final
{
public:
    // The tables this history covers.
    static QStringList tables();
    static Result<QList<AuditEntry>> recent(Workspace &workspace, int limit = 500);
};

} // namespace baton
