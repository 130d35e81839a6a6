#include "migrations.h"

#include "sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace baton {

QStringList Migrations::files()
{
    // Files are named NNN_description.sql; their order is the schema history.
    QStringList names = QDir(QStringLiteral(":/migrations")).entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
    return names;
}

int Migrations::latestVersion()
{
    static const int latest = int(files().size());
    return latest;
}

QStringList Migrations::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    enum class State { Code, Single, Double, LineComment, BlockComment } state = State::Code;
    // A CREATE TRIGGER statement holds statements of its own between BEGIN and END; its semicolons do not
    // end it. CASE ... END nests inside, so the body ends where BEGIN/CASE and END balance again.
    bool inTrigger = false;
    int blockDepth = 0;
    const auto isWordChar = [](QChar ch) { return ch.isLetterOrNumber() || ch == u'_'; };
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < script.size() ? script.at(i + 1) : QChar();
        switch (state) {
        case State::Code:
            if ((c.isLetter() || c == u'_') && (current.isEmpty() || !isWordChar(current.back()))) {
                qsizetype end = i;
                while (end < script.size() && isWordChar(script.at(end)))
                    ++end;
                const QString word = script.mid(i, end - i).toUpper();
                if (word == QStringLiteral("TRIGGER") && current.simplified().toUpper().startsWith(QStringLiteral("CREATE"))
                    && current.simplified().count(u' ') < 2)
                    inTrigger = true;
                else if (inTrigger && (word == QStringLiteral("BEGIN") || word == QStringLiteral("CASE")))
                    ++blockDepth;
                else if (inTrigger && word == QStringLiteral("END"))
                    --blockDepth;
                current += script.mid(i, end - i);
                i = end - 1;
                continue;
            }
            if (c == u';' && inTrigger && blockDepth > 0) {
                current += c;
                continue;
            }
            if (c == u'\'') {
                state = State::Single;
            } else if (c == u'"') {
                state = State::Double;
            } else if (c == u'-' && next == u'-') {
                state = State::LineComment;
                ++i;
                continue;
            } else if (c == u'/' && next == u'*') {
                state = State::BlockComment;
                ++i;
                continue;
            } else if (c == u';') {
                if (!current.trimmed().isEmpty())
                    statements << current.trimmed();
                current.clear();
                inTrigger = false;
                blockDepth = 0;
                continue;
            }
            current += c;
            break;
        case State::Single:
            current += c;
            if (c == u'\'')
                state = State::Code;
            break;
        case State::Double:
            current += c;
            if (c == u'"')
                state = State::Code;
            break;
        case State::LineComment:
            if (c == u'\n') {
                state = State::Code;
                current += c;
            }
            break;
        case State::BlockComment:
            if (c == u'*' && next == u'/') {
                state = State::Code;
                ++i;
            }
            break;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

Result<void> Migrations::apply(const QSqlDatabase &db, int fromVersion, int toVersion)
{
    const QStringList names = files();
    if (toVersion > names.size() || fromVersion < 0 || fromVersion > toVersion)
        return fail(QCoreApplication::translate("baton::Workspace", "No migration path from schema %1 to %2.")
                        .arg(fromVersion)
                        .arg(toVersion));
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        const QString name = names.at(version - 1);
        QFile file(QStringLiteral(":/migrations/") + name);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("Migration %1 is missing from the build.").arg(name));
        const QString script = QString::fromUtf8(file.readAll());
        for (const QString &statement : splitStatements(script)) {
            auto done = execSql(db, statement);
            if (!done)
                return fail(QCoreApplication::translate("baton::Workspace", "Upgrading to schema %1 (%2) failed: %3")
                                .arg(version)
                                .arg(name, done.errorMessage()),
                    done.error().kind);
        }
        // PRAGMA does not take bound values; the version is an integer from code.
        BATON_TRY(execSql(db, QStringLiteral("PRAGMA user_version = %1").arg(version)));
    }
    return {};
}

} // namespace baton
