#include "crashoperation.h"

#include "core/repository.h"
#include "core/workspace.h"
#include "enforce/sla.h"

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

} // namespace

QList<CrashOperation> crashOperations()
{
    return {
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
