#include "maturitysnapshots.h"

#include "governweek.h"
#include "maturityevidence.h"

#include "core/json.h"
#include "core/sql.h"
#include "core/workspace.h"

#include <QCoreApplication>

namespace baton {

Result<QList<MaturitySnapshot>> MaturitySnapshots::list(Workspace &workspace, const IsoWeek &from, const IsoWeek &to)
{
    // Week labels sort as text within a year and across years alike (YYYY-Www).
    auto query = execSql(workspace.db(),
        QStringLiteral("SELECT week, dimension, stage, reasons FROM maturity_snapshot WHERE week >= ? AND week <= ? "
                       "ORDER BY week, dimension"),
        { from.label(), to.label() });
    if (!query)
        return query.error();
    QList<MaturitySnapshot> snapshots;
    while (query->next()) {
        auto week = IsoWeek::parse(query->value(0).toString());
        if (!week)
            continue;
        snapshots << MaturitySnapshot { *week, query->value(1).toString(), query->value(2).toInt(),
            json::toStrings(query->value(3).toString()) };
    }
    return snapshots;
}

Result<void> MaturitySnapshots::record(Workspace &workspace, const MaturityAssessment &assessment)
{
    return workspace.transaction([&]() -> Result<void> {
        for (const DimensionAssessment &d : assessment.dimensions) {
            auto done = execSql(workspace.db(),
                QStringLiteral("INSERT INTO maturity_snapshot (week, dimension, stage, reasons) VALUES (?, ?, ?, ?) "
                               "ON CONFLICT (week, dimension) DO UPDATE SET stage = excluded.stage, reasons = excluded.reasons"),
                { assessment.week.label(), d.dimension, d.evidenceStage, json::fromStrings(d.reasons()) });
            if (!done)
                return done.error();
        }
        return {};
    });
}

Result<QList<MaturityWeek>> MaturitySnapshots::history(Workspace &workspace, const IsoWeek &last, int weeks,
    const std::function<bool(int, int)> &progress)
{
    return build(workspace, last, weeks, true, progress);
}

Result<QList<MaturityWeek>> MaturitySnapshots::recompute(Workspace &workspace, const IsoWeek &last, int weeks,
    const std::function<bool(int, int)> &progress)
{
    return build(workspace, last, weeks, false, progress);
}

Result<QList<MaturityWeek>> MaturitySnapshots::build(Workspace &workspace, const IsoWeek &last, int weeks,
    bool useRecorded, const std::function<bool(int, int)> &progress)
{
    QList<IsoWeek> span;
    IsoWeek week = last;
    for (int i = 0; i < weeks; ++i, week = week.previous())
        span.prepend(week);
    if (span.isEmpty())
        return QList<MaturityWeek>();
    QHash<QString, QList<MaturitySnapshot>> recorded;
    if (useRecorded) {
        auto snapshots = list(workspace, span.first(), span.last());
        if (!snapshots)
            return snapshots.error();
        for (const MaturitySnapshot &snapshot : *snapshots)
            recorded[snapshot.week.label()] << snapshot;
    }
    const qint64 asOf = workspace.asOf();
    QList<MaturityWeek> history;
    int done = 0;
    for (const IsoWeek &w : span) {
        if (progress && !progress(done, int(span.size())))
            return fail(QCoreApplication::translate("baton::MaturitySnapshots", "Cancelled."), Error::Kind::Cancelled);
        MaturityWeek entry;
        entry.week = w;
        const QList<MaturitySnapshot> stored = recorded.value(w.label());
        if (stored.size() == MaturityDimension::all().size()) {
            entry.recorded = true;
            for (const MaturitySnapshot &snapshot : stored) {
                entry.evidence.insert(snapshot.dimension, snapshot.stage);
                entry.reasons.insert(snapshot.dimension, snapshot.reasons);
            }
        } else {
            auto assessment = MaturityEvidence::assess(workspace, w);
            if (!assessment)
                return assessment.error();
            for (const DimensionAssessment &d : assessment->dimensions) {
                entry.evidence.insert(d.dimension, d.evidenceStage);
                entry.reasons.insert(d.dimension, d.reasons());
            }
            const bool complete = GovernWeek::of(workspace, w).end <= asOf;
            if (complete && !workspace.isReadOnly()) {
                BATON_TRY(record(workspace, *assessment));
                entry.recorded = true;
            }
        }
        auto self = MaturityEvidence::selfAssessments(workspace, w.sunday());
        if (!self)
            return self.error();
        for (auto it = self->cbegin(); it != self->cend(); ++it)
            entry.self.insert(it.key(), it.value().stage);
        history << entry;
        ++done;
    }
    if (progress)
        progress(done, int(span.size()));
    return history;
}

} // namespace baton
