#pragma once

// The workspace schema as an ordered list of SQL migration files embedded from resources/migrations.
// Version N is reached by applying files 1..N in order; the version lives in PRAGMA user_version.

#include "result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace baton {

class Migrations final
{
public:
    // The newest schema version this build knows.
    static int latestVersion();
    // Applies the steps (fromVersion, toVersion] on `db` and sets user_version; the caller owns the transaction.
    static Result<void> apply(const QSqlDatabase &db, int fromVersion, int toVersion);
    // Splits a migration script into statements (semicolons outside quotes and comments end a statement;
    // a CREATE TRIGGER statement ends at the semicolon after its END, so its body may hold statements).
    static QStringList splitStatements(const QString &script);

private:
    static QStringList files();
};

} // namespace baton
