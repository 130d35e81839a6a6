#pragma once

// Handoffs: one lead (or one account, account-based) handed to Sales, with its whole timeline.
// Handoffs are data, not configuration: they are written in bulk by imports and the demo generator
// and are not audited row by row.

#include "core/isoweek.h"
#include "handofffilter.h"
#include "core/result.h"

#include <QSqlQuery>
#include <QStringList>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace baton {

class Workspace;

namespace Outcome {
inline const QString Open = QStringLiteral("open");
inline const QString Accepted = QStringLiteral("accepted");
inline const QString Rejected = QStringLiteral("rejected");
inline const QString Opportunity = QStringLiteral("opportunity");
inline const QString Won = QStringLiteral("won");
inline const QString Lost = QStringLiteral("lost");
inline QStringList all() { return { Open, Accepted, Rejected, Opportunity, Won, Lost }; }
// What a user reads for an outcome, translated: "Open", "Accepted", "Rejected", "Opportunity", "Won", "Lost".
// Unknown values (from a newer workspace) are shown as they are stored.
QString label(const QString &outcome);
} // namespace Outcome

struct Handoff
{
    using Instant = std::optional<qint64>; // seconds since the epoch, UTC

    qint64 id = 0;
    QString leadRef;
    QString opportunityRef;
    QString email;
    QString contactName;
    QString company;
    qint64 accountId = 0;
    qint64 signalTypeId = 0;
    QString source;
    QString campaign;
    QString utmSource;
    QString utmMedium;
    QString utmCampaign;
    QString country;
    QString region;
    std::optional<qint64> employees;
    std::optional<double> revenue;
    qint64 segmentId = 0;
    qint64 territoryId = 0;
    qint64 industryId = 0;
    QString fitGrade;
    qint64 stageId = 0;
    qint64 ownerId = 0;
    qint64 teamId = 0;
    qint64 routingRuleId = 0;
    bool routedToFallback = false;
    Instant createdAt;
    qint64 handedOffAt = 0;
    Instant assignedAt;
    Instant firstTouchAt;
    Instant acceptedAt;
    Instant rejectedAt;
    qint64 rejectionReasonId = 0;
    Instant opportunityAt;
    std::optional<double> opportunityAmount;
    Instant closedAt;
    std::optional<double> wonAmount;
    QString outcome = Outcome::Open;
    qint64 recycledFromId = 0;
    int week = 0; // yyyyww, filled in from handedOffAt by the writer
    QString context; // JSON object of further context fields (job_title, phone, ...)
    // SLA facts on the handoff's business-hours clock, filled in by SlaClock::apply (see migration 002).
    std::optional<int> slaTargetMinutes;
    Instant slaDueAt;
    std::optional<qint64> routingDelaySeconds;
    std::optional<qint64> responseSeconds;
    std::optional<qint64> firstTouchSeconds;

    // Every column of the handoff table but id, in the order values() uses.
    static QStringList columns();
    QVariantList values() const;
    static Handoff fromValues(const QVariantList &values);
};

// One step of a handoff through the lifecycle stages.
struct StageChange
{
    qint64 handoffId = 0;
    qint64 fromStageId = 0; // 0 = entered from outside (first stage)
    qint64 toStageId = 0;
    qint64 changedAt = 0;
};

class HandoffRepository final
{
public:
    explicit HandoffRepository(Workspace &workspace) : m_workspace(workspace) { }

    Result<qint64> count(const HandoffFilter &filter = {}) const;
    Result<Handoff> get(qint64 id) const;
    // A page of handoffs in id order; `where` is SQL written in code, with bound `values`.
    Result<QList<Handoff>> list(qint64 offset, qint64 limit, const QString &where = {}, const QVariantList &values = {}) const;
    // A page of the handoffs the filter selects, ordered by `orderBy` (a column of Handoff::columns() or "id").
    Result<QList<Handoff>> list(const HandoffFilter &filter, qint64 offset, qint64 limit,
        const QString &orderBy = QStringLiteral("id"), bool descending = false) const;
    // The ids the filter selects, in the given order: cheap enough (8 bytes a handoff) for a view to keep
    // all of them and fetch rows page by page with byIds().
    Result<QList<qint64>> ids(const HandoffFilter &filter, const QString &orderBy = QStringLiteral("id"),
        bool descending = false) const;
    // The handoffs with these ids, in the same order.
    Result<QList<Handoff>> byIds(const QList<qint64> &ids) const;
    Result<QList<StageChange>> stageChanges(qint64 handoffId) const;

    // The time zone in which handoffs are counted into ISO weeks (workspace setting 'time_zone').
    QTimeZone reportingZone() const;

private:
    static QString orderClause(const QString &orderBy, bool descending);
    Workspace &m_workspace;
};

// Inserts handoffs quickly: one prepared statement reused for every row. Wrap use in a transaction.
class HandoffWriter final
{
    Q_DISABLE_COPY_MOVE(HandoffWriter)
public:
    explicit HandoffWriter(Workspace &workspace);
    ~HandoffWriter();
    // Inserts `handoff`, fills in its week and id.
    Result<qint64> insert(Handoff &handoff);
    Result<void> insertStageChange(const StageChange &change);

private:
    Workspace &m_workspace;
    LocalDays m_days;
    struct Statements;
    std::unique_ptr<Statements> m_statements;
};

} // namespace baton
