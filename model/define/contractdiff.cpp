#include "contractdiff.h"

#include <QCoreApplication>

namespace baton {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("baton::ContractDiff", text);
}

QStringList missingFrom(const QStringList &items, const QStringList &other)
{
    QStringList result;
    for (const QString &item : items)
        if (!other.contains(item))
            result << item;
    return result;
}

ContractChange listChange(const QString &signal, const QString &field, const QStringList &before, const QStringList &after)
{
    ContractChange change;
    change.field = field;
    change.before = ContractText::fieldList(before);
    change.after = ContractText::fieldList(after);
    change.added = missingFrom(after, before);
    change.removed = missingFrom(before, after);
    QStringList parts;
    if (field == QStringLiteral("required_context")) {
        if (!change.added.isEmpty())
            parts << QCoreApplication::translate("baton::ContractDiff", "Sales also receives %1")
                         .arg(ContractText::fieldList(change.added));
        if (!change.removed.isEmpty())
            parts << QCoreApplication::translate("baton::ContractDiff", "Sales no longer receives %1")
                         .arg(ContractText::fieldList(change.removed));
    } else {
        if (!change.added.isEmpty())
            parts << QCoreApplication::translate("baton::ContractDiff", "qualifying also requires %1")
                         .arg(ContractText::fieldList(change.added));
        if (!change.removed.isEmpty())
            parts << QCoreApplication::translate("baton::ContractDiff", "qualifying no longer requires %1")
                         .arg(ContractText::fieldList(change.removed));
    }
    change.description = signal + QStringLiteral(": ") + parts.join(QStringLiteral("; "));
    return change;
}

QString termSummary(const ContractTerm &term)
{
    return QCoreApplication::translate("baton::ContractDiff", "fit %1 or better, owner %2, first touch within %3")
        .arg(term.minFitGrade, term.ownerRole, ContractText::minutes(term.slaMinutes));
}

} // namespace

namespace ContractText {

QString minutes(int value)
{
    if (value < 60)
        return QCoreApplication::translate("baton::ContractDiff", "%1 min").arg(value);
    if (value % 60 == 0)
        return QCoreApplication::translate("baton::ContractDiff", "%1 h").arg(value / 60);
    return QCoreApplication::translate("baton::ContractDiff", "%1 h %2 min").arg(value / 60).arg(value % 60);
}

QString fieldName(const QString &field)
{
    QString text = field;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    return text;
}

QString fieldList(const QStringList &fields)
{
    QStringList names;
    for (const QString &field : fields)
        names << fieldName(field);
    return names.isEmpty() ? QCoreApplication::translate("baton::ContractDiff", "nothing")
                           : names.join(QStringLiteral(", "));
}

} // namespace ContractText

QList<ContractChange> ContractDiff::between(const ContractDocument &base, const ContractDocument &changed,
    const QHash<qint64, QString> &signalNames)
{
    QList<ContractChange> changes;
    if (base.version.title != changed.version.title) {
        ContractChange change { ContractChange::Kind::TitleChanged, 0, QStringLiteral("title"), base.version.title,
            changed.version.title, {}, {}, {} };
        change.description = tr("Title: “%1” → “%2”").arg(base.version.title, changed.version.title);
        changes << change;
    }
    if (base.version.summary != changed.version.summary) {
        ContractChange change { ContractChange::Kind::SummaryChanged, 0, QStringLiteral("summary"), base.version.summary,
            changed.version.summary, {}, {}, {} };
        change.description = tr("Summary: “%1”").arg(changed.version.summary);
        changes << change;
    }
    const auto nameOf = [&](qint64 signalTypeId) {
        return signalNames.value(signalTypeId, tr("Signal type %1").arg(signalTypeId));
    };
    for (const ContractTerm &after : changed.terms) {
        const QString signal = nameOf(after.signalTypeId);
        const ContractTerm *before = base.term(after.signalTypeId);
        if (!before) {
            ContractChange change { ContractChange::Kind::TermAdded, after.signalTypeId, {}, {}, termSummary(after), {}, {}, {} };
            change.description = tr("%1: now covered by the contract (%2)").arg(signal, termSummary(after));
            changes << change;
            continue;
        }
        const auto scalarChange = [&](const QString &field, const QString &from, const QString &to, const QString &text) {
            ContractChange change { ContractChange::Kind::TermChanged, after.signalTypeId, field, from, to, {}, {}, {} };
            change.description = signal + QStringLiteral(": ") + text;
            changes << change;
        };
        if (before->minFitGrade != after.minFitGrade)
            scalarChange(QStringLiteral("min_fit_grade"), before->minFitGrade, after.minFitGrade,
                tr("minimum fit %1 → %2 (%3)")
                    .arg(before->minFitGrade, after.minFitGrade,
                        after.minFitGrade < before->minFitGrade ? tr("stricter") : tr("looser")));
        if (before->requiredAttributes != after.requiredAttributes) {
            ContractChange change = listChange(signal, QStringLiteral("required_attributes"), before->requiredAttributes,
                after.requiredAttributes);
            change.signalTypeId = after.signalTypeId;
            if (!change.added.isEmpty() || !change.removed.isEmpty())
                changes << change;
        }
        if (before->requiredContext != after.requiredContext) {
            ContractChange change =
                listChange(signal, QStringLiteral("required_context"), before->requiredContext, after.requiredContext);
            change.signalTypeId = after.signalTypeId;
            if (!change.added.isEmpty() || !change.removed.isEmpty())
                changes << change;
        }
        if (before->ownerRole != after.ownerRole)
            scalarChange(QStringLiteral("owner_role"), before->ownerRole, after.ownerRole,
                tr("owner %1 → %2").arg(before->ownerRole, after.ownerRole));
        if (before->followUpAction != after.followUpAction)
            scalarChange(QStringLiteral("follow_up_action"), before->followUpAction, after.followUpAction,
                tr("follow-up “%1” → “%2”").arg(before->followUpAction, after.followUpAction));
        if (before->slaMinutes != after.slaMinutes)
            scalarChange(QStringLiteral("sla_minutes"), ContractText::minutes(before->slaMinutes),
                ContractText::minutes(after.slaMinutes),
                tr("SLA target %1 → %2 (%3)")
                    .arg(ContractText::minutes(before->slaMinutes), ContractText::minutes(after.slaMinutes),
                        after.slaMinutes < before->slaMinutes ? tr("faster") : tr("slower")));
    }
    for (const ContractTerm &before : base.terms) {
        if (changed.term(before.signalTypeId))
            continue;
        ContractChange change { ContractChange::Kind::TermRemoved, before.signalTypeId, {}, termSummary(before), {}, {}, {}, {} };
        change.description = tr("%1: no longer covered by the contract").arg(nameOf(before.signalTypeId));
        changes << change;
    }
    return changes;
}

} // namespace baton
