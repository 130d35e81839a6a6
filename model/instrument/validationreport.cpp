#include "validationreport.h"

#include <QCoreApplication>

namespace baton {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("baton::ViolationKinds", text);
}

} // namespace

QList<ViolationKind> ViolationKinds::all()
{
    return { ViolationKind::MissingContext, ViolationKind::MissingField, ViolationKind::MissingTimestamp,
        ViolationKind::TimestampOrder, ViolationKind::NotQualified, ViolationKind::NonstandardUtm,
        ViolationKind::UnmatchedAccount, ViolationKind::Duplicate, ViolationKind::IllegalTransition };
}

QString ViolationKinds::key(ViolationKind kind)
{
    switch (kind) {
    case ViolationKind::MissingContext:
        return QStringLiteral("missing_context");
    case ViolationKind::MissingField:
        return QStringLiteral("missing_field");
    case ViolationKind::MissingTimestamp:
        return QStringLiteral("missing_timestamp");
    case ViolationKind::TimestampOrder:
        return QStringLiteral("timestamp_order");
    case ViolationKind::NotQualified:
        return QStringLiteral("not_qualified");
    case ViolationKind::NonstandardUtm:
        return QStringLiteral("nonstandard_utm");
    case ViolationKind::UnmatchedAccount:
        return QStringLiteral("unmatched_account");
    case ViolationKind::Duplicate:
        return QStringLiteral("duplicate");
    case ViolationKind::IllegalTransition:
        return QStringLiteral("illegal_transition");
    }
    return {};
}

bool ViolationKinds::fromKey(const QString &text, ViolationKind *kind)
{
    for (ViolationKind candidate : all())
        if (key(candidate) == text) {
            *kind = candidate;
            return true;
        }
    return false;
}

QString ViolationKinds::label(ViolationKind kind)
{
    switch (kind) {
    case ViolationKind::MissingContext:
        return tr("Missing context field");
    case ViolationKind::MissingField:
        return tr("Missing required field");
    case ViolationKind::MissingTimestamp:
        return tr("Missing timestamp");
    case ViolationKind::TimestampOrder:
        return tr("Timestamps out of order");
    case ViolationKind::NotQualified:
        return tr("Did not qualify");
    case ViolationKind::NonstandardUtm:
        return tr("Non-standard UTM value");
    case ViolationKind::UnmatchedAccount:
        return tr("Not linked to its account");
    case ViolationKind::Duplicate:
        return tr("Duplicate");
    case ViolationKind::IllegalTransition:
        return tr("Illegal stage transition");
    }
    return {};
}

QString ViolationKinds::definition(ViolationKind kind)
{
    switch (kind) {
    case ViolationKind::MissingContext:
        return tr("A context field that the active contract's term for the handoff's signal type says Sales receives "
                  "(job title, phone, …) is missing or empty. One violation per missing field.");
    case ViolationKind::MissingField:
        return tr("A field that the data standard requires at a stage the handoff reached (its current stage or any "
                  "stage in its stage history) is missing. One violation per missing field.");
    case ViolationKind::MissingTimestamp:
        return tr("A timestamp that the data standard requires at a stage the handoff reached is missing, for "
                  "example an accepted handoff without a first touch time.");
    case ViolationKind::TimestampOrder:
        return tr("A timestamp is earlier than one the lifecycle puts before it (created ≤ handed off ≤ assigned ≤ "
                  "first touch ≤ accepted or rejected ≤ opportunity ≤ closed), for example a first touch logged "
                  "before the handoff. One violation per timestamp out of order.");
    case ViolationKind::NotQualified:
        return tr("The handoff does not meet the active contract's qualification rule for its signal type: its fit "
                  "grade is below the minimum (or missing), a required attribute is missing, or the contract has no "
                  "terms for its signal type.");
    case ViolationKind::NonstandardUtm:
        return tr("A source, campaign or UTM value breaks its convention in the data standard (casing, allowed "
                  "values, pattern). One violation per field.");
    case ViolationKind::UnmatchedAccount:
        return tr("The handoff has no account, although lead-to-account matching finds one by its email domain or "
                  "normalized company name (free-mail domains never match; legal suffixes are ignored).");
    case ViolationKind::Duplicate:
        return tr("An earlier handoff (in the order records entered the workspace) has the same identity under an "
                  "identity rule, such as the same email address. The first one is the original; recycled handoffs "
                  "that re-enter on purpose are not duplicates.");
    case ViolationKind::IllegalTransition:
        return tr("A recorded stage change goes from one stage to another that the stage map does not allow, for "
                  "example MQL straight to Opportunity. Entering the map from outside is always allowed.");
    }
    return {};
}

qint64 ValidationReport::totalViolations() const
{
    qint64 total = 0;
    for (qint64 count : violations)
        total += count;
    return total;
}

} // namespace baton
