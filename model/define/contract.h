#pragma once

// Define: signal types and the versioned handoff contract.

#include "core/json.h"
#include "core/repository.h"

namespace baton {

namespace IntentTier {
inline const QString High = QStringLiteral("high");
inline const QString Medium = QStringLiteral("medium");
inline const QString Low = QStringLiteral("low");
inline QStringList all() { return { High, Medium, Low }; }
} // namespace IntentTier

struct SignalType
{
    qint64 id = 0;
    qint64 rowVersion = 0;
    QString name;
    QString intentTier = IntentTier::Medium;
    QString description;
    int position = 0;

    static QString table() { return QStringLiteral("signal_type"); }
    static QStringList columns() { return { "name", "intent_tier", "description", "position" }; }
    static QString orderBy() { return QStringLiteral("position, id"); }
    QVariantList values() const { return { name, intentTier, nullableText(description), position }; }
    static SignalType fromValues(const QVariantList &v)
    {
        SignalType s;
        s.name = v[0].toString();
        s.intentTier = v[1].toString();
        s.description = v[2].toString();
        s.position = v[3].toInt();
        return s;
    }
};

namespace ContractStatus {
inline const QString Draft = QStringLiteral("draft");
inline const QString Active = QStringLiteral("active");
inline const QString Superseded = QStringLiteral("superseded");
} // namespace ContractStatus

struct ContractVersion
{
    qint64 id = 0;
    qint64 rowVersion = 0;
    int number = 1;
    QString status = ContractStatus::Draft;
    QString title;
    QString summary;
    QDateTime createdAt;
    QDateTime activatedAt;
    QDateTime supersededAt;

    static QString table() { return QStringLiteral("contract_version"); }
    static QStringList columns()
    {
        return { "number", "status", "title", "summary", "created_at", "activated_at", "superseded_at" };
    }
    static QString orderBy() { return QStringLiteral("number"); }
    QVariantList values() const
    {
        return { number, status, title, nullableText(summary), nullableInstant(createdAt), nullableInstant(activatedAt),
            nullableInstant(supersededAt) };
    }
    static ContractVersion fromValues(const QVariantList &v)
    {
        ContractVersion c;
        c.number = v[0].toInt();
        c.status = v[1].toString();
        c.title = v[2].toString();
        c.summary = v[3].toString();
        c.createdAt = instantFrom(v[4]);
        c.activatedAt = instantFrom(v[5]);
        c.supersededAt = instantFrom(v[6]);
        return c;
    }
};

// Fit grades run from A (best) to D; a term's minimum says which grades qualify.
namespace FitGrade {
inline QStringList all() { return { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D") }; }
// True when `grade` is at least as good as `minimum` (A >= B >= C >= D).
inline bool meets(const QString &grade, const QString &minimum)
{
    return !grade.isEmpty() && !minimum.isEmpty() && grade.at(0) <= minimum.at(0);
}
} // namespace FitGrade

struct ContractTerm
{
    qint64 id = 0;
    qint64 rowVersion = 0;
    qint64 contractVersionId = 0;
    qint64 signalTypeId = 0;
    QString minFitGrade = QStringLiteral("C");
    QStringList requiredAttributes;
    QStringList requiredContext;
    QString ownerRole;
    QString followUpAction;
    int slaMinutes = 60;

    static QString table() { return QStringLiteral("contract_term"); }
    static QStringList columns()
    {
        return { "contract_version_id", "signal_type_id", "min_fit_grade", "required_attributes", "required_context",
            "owner_role", "follow_up_action", "sla_minutes" };
    }
    static QString orderBy() { return QStringLiteral("contract_version_id, signal_type_id"); }
    QVariantList values() const
    {
        return { contractVersionId, signalTypeId, minFitGrade, json::fromStrings(requiredAttributes),
            json::fromStrings(requiredContext), ownerRole, followUpAction, slaMinutes };
    }
    static ContractTerm fromValues(const QVariantList &v)
    {
        ContractTerm t;
        t.contractVersionId = v[0].toLongLong();
        t.signalTypeId = v[1].toLongLong();
        t.minFitGrade = v[2].toString();
        t.requiredAttributes = json::toStrings(v[3].toString());
        t.requiredContext = json::toStrings(v[4].toString());
        t.ownerRole = v[5].toString();
        t.followUpAction = v[6].toString();
        t.slaMinutes = v[7].toInt();
        return t;
    }
};

namespace Party {
inline const QString Sales = QStringLiteral("sales");
inline const QString Marketing = QStringLiteral("marketing");
inline const QString RevOps = QStringLiteral("revops");
inline QStringList all() { return { Sales, Marketing, RevOps }; }
} // namespace Party

struct ContractSignoff
{
    qint64 id = 0;
    qint64 rowVersion = 0;
    qint64 contractVersionId = 0;
    QString party;
    QString signerName;
    QDateTime signedAt;

    static QString table() { return QStringLiteral("contract_signoff"); }
    static QStringList columns() { return { "contract_version_id", "party", "signer_name", "signed_at" }; }
    static QString orderBy() { return QStringLiteral("contract_version_id, signed_at"); }
    QVariantList values() const { return { contractVersionId, party, signerName, nullableInstant(signedAt) }; }
    static ContractSignoff fromValues(const QVariantList &v)
    {
        ContractSignoff s;
        s.contractVersionId = v[0].toLongLong();
        s.party = v[1].toString();
        s.signerName = v[2].toString();
        s.signedAt = instantFrom(v[3]);
        return s;
    }
};

} // namespace baton
