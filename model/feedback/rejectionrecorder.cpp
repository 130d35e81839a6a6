#include "rejectionrecorder.h"

#include "core/sql.h"
#include "core/workspace.h"
#include "data/handoff.h"

#include <QCoreApplication>

namespace baton {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("baton::RejectionRecorder", text);
}

} // namespace

Result<void> RejectionRecorder::reject(qint64 handoffId, qint64 reasonId, qint64 at)
{
    if (reasonId <= 0)
        return fail(tr("A rejection needs a reason: choose why Sales rejects this handoff, so that it goes to that "
                       "reason's recycle play."),
            Error::Kind::Invalid);
    auto reason = execSql(m_workspace.db(), QStringLiteral("SELECT name, active FROM rejection_reason WHERE id = ?"), { reasonId });
    if (!reason)
        return reason.error();
    if (!reason->next())
        return fail(tr("Rejection reason %1 does not exist; choose one from the catalogue.").arg(reasonId), Error::Kind::NotFound);
    if (reason->value(1).toInt() == 0)
        return fail(tr("The rejection reason \"%1\" is retired; choose an active reason.").arg(reason->value(0).toString()),
            Error::Kind::Invalid);
    auto outcome = scalar(m_workspace.db(), QStringLiteral("SELECT outcome FROM handoff WHERE id = ?"), { handoffId });
    if (!outcome)
        return outcome.error();
    if (outcome->isNull())
        return fail(tr("Handoff %1 does not exist.").arg(handoffId), Error::Kind::NotFound);
    if (outcome->toString() != Outcome::Open)
        return fail(tr("Handoff %1 was already decided (%2); only open handoffs can be rejected.").arg(handoffId).arg(outcome->toString()),
            Error::Kind::Invalid);
    // The KPI cube follows through its triggers (migration 003).
    return m_workspace.transaction([&]() -> Result<void> {
        BATON_TRY(execSql(m_workspace.db(),
            QStringLiteral("UPDATE handoff SET rejected_at = ?, rejection_reason_id = ?, outcome = ? WHERE id = ? AND outcome = ?"),
            { at, reasonId, Outcome::Rejected, handoffId, Outcome::Open }));
        return {};
    });
}

} // namespace baton
