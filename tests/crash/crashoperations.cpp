#include "crashoperation.h"

#include "core/repository.h"
#include "core/sql.h"
#include "core/workspace.h"
#include "enforce/sla.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTextStream>

namespace baton::crash {

namespace {

// Doubles every SLA policy's target, audited like an edit on the SLA policies page: afterwards the stored
// SLA facts of every handoff under a policy are stale, so the recompute rewrites nearly all of them.
Result<void> doubleSlaTargets(const QString &path, const QString &)
{
    auto workspace = Workspace::open(path);
    if (!workspace)
        return workspace.error();
    Repository<SlaPolicy> policies(**workspace);
    auto list = policies.list();
    if (!list)
        return list.error();
    if (list->isEmpty())
        return fail(QStringLiteral("the demo workspace has no SLA policies"));
    return (*workspace)->transaction([&]() -> Result<void> {
        for (SlaPolicy &policy : *list) {
            policy.targetMinutes *= 2;
            BATON_TRY(policies.update(policy));
        }
        return {};
    });
}

Result<void> nothingToPrepare(const QString &, const QString &)
{
    return {};
}

// The file the import trial reads: a Salesforce lead export (the shipped preset recognises it by its header) with
// as many rows as the workspace has handoffs. Every other row carries the lead id of an existing handoff, so the
// import updates those (upsert by Lead ID); the rest are new leads, some with owners the workspace does not know
// yet (the preset creates them); one row in fifty has a date no format reads and is kept aside with its line.
// Routing, SLA facts, duplicates, account matching and the KPI cubes all run, as in a real import.
Result<void> writeLeadExport(const QString &path, const QString &dataDir)
{
    auto workspace = Workspace::open(path, Workspace::Access::ReadOnly);
    if (!workspace)
        return workspace.error();
    auto handoffs = execSql((*workspace)->db(),
        QStringLiteral("SELECT lead_ref, handed_off_at FROM handoff WHERE lead_ref IS NOT NULL ORDER BY id"));
    if (!handoffs)
        return handoffs.error();
    QList<std::pair<QString, qint64>> existing;
    while (handoffs->next())
        existing.append({ handoffs->value(0).toString(), handoffs->value(1).toLongLong() });
    if (existing.isEmpty())
        return fail(QStringLiteral("the demo workspace has no handoffs with a lead id"));

    QFile file(QDir(dataDir).filePath(QStringLiteral("leads.csv")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return fail(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    QTextStream out(&file);
    out << "Lead ID,First Name,Last Name,Email,Company,Lead Source,Lead Status,Country,Lead Owner,Created Date\n";
    static const char *const sources[] = { "Web", "Trade Show", "Partner Referral", "Advertisement" };
    static const char *const statuses[] = { "Open - Not Contacted", "Working - Contacted", "Qualified",
        "Closed - Not Converted" };
    static const char *const countries[] = { "US", "DE", "GB", "FR", "JP" };
    for (qsizetype i = 0; i < existing.size(); ++i) {
        const bool update = i % 2 == 0;
        const QString lead = update ? existing.at(i).first : QStringLiteral("SF-%1").arg(i, 7, 10, QLatin1Char('0'));
        const QString created = i % 50 == 49
            ? QStringLiteral("the 31st of Smarch") // kept aside: no date format reads it
            : QDateTime::fromSecsSinceEpoch(existing.at(i).second + (update ? 0 : 3600), Qt::UTC)
                  .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        out << lead << ",Pat,Lee" << i << ",pat.lee" << i << "@example" << i % 97 << ".com,Example " << i % 97
            << " GmbH," << sources[i % 4] << ',' << statuses[i % 4] << ',' << countries[i % 5] << ",Crash Owner "
            << i % 7 << ',' << created << '\n';
    }
    out.flush();
    if (out.status() != QTextStream::Ok || !file.flush())
        return fail(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return {};
}

} // namespace

QList<CrashOperation> crashOperations()
{
    return {
        { QStringLiteral("import"),
            QStringLiteral("baton import of a Salesforce lead export as long as the workspace (half updates by Lead "
                           "ID, half new leads, new owners, rows kept aside): one transaction"),
            writeLeadExport,
            [](const QString &workspace, const QString &dataDir) {
                return QStringList { QStringLiteral("import"), workspace,
                    QDir(dataDir).filePath(QStringLiteral("leads.csv")), QStringLiteral("--mapping"),
                    QStringLiteral("salesforce-leads") };
            } },
        { QStringLiteral("sla-recompute"),
            QStringLiteral("baton sla --recompute after every SLA target doubled: one transaction rewriting the SLA "
                           "facts of every handoff"),
            doubleSlaTargets,
            [](const QString &workspace, const QString &) {
                return QStringList { QStringLiteral("sla"), workspace, QStringLiteral("--recompute") };
            } },
        { QStringLiteral("set-time-zone"),
            QStringLiteral("baton set time_zone: the audited setting and the ISO week of every handoff, rewritten in "
                           "one transaction"),
            nothingToPrepare,
            [](const QString &workspace, const QString &) {
                // The demo reports in New York; Pago Pago is 6 hours behind, so the handoffs of the first hours of
                // a New York Monday (APAC leads) move to the week before: about 4 % of them, spread over the file.
                return QStringList { QStringLiteral("set"), workspace, QStringLiteral("time_zone"),
                    QStringLiteral("Pacific/Pago_Pago") };
            } },
    };
}

} // namespace baton::crash
