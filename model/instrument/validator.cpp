#include "validator.h"

#include "core/sql.h"
#include "core/workspace.h"
#include "core/rowcursor.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace baton {

namespace {

using HandoffFields::Field;
using HandoffFields::FieldRef;

QString tr(const char *text)
{
    return QCoreApplication::translate("baton::Validator", text);
}

constexpr qint64 ProgressEvery = 20000;

// Columns every run reads, in this order; the optional ones follow when a rule names them.
struct Column
{
    const char *name;
    Field field;
};

const Column BaseColumns[] = {
    { "email", Field::Email },
    { "contact_name", Field::ContactName },
    { "company", Field::Company },
    { "account_id", Field::Account },
    { "signal_type_id", Field::SignalType },
    { "source", Field::Source },
    { "campaign", Field::Campaign },
    { "utm_source", Field::UtmSource },
    { "utm_medium", Field::UtmMedium },
    { "utm_campaign", Field::UtmCampaign },
    { "fit_grade", Field::FitGrade },
    { "owner_id", Field::Owner },
    { "created_at", Field::CreatedAt },
    { "handed_off_at", Field::HandedOffAt },
    { "assigned_at", Field::AssignedAt },
    { "first_touch_at", Field::FirstTouchAt },
    { "accepted_at", Field::AcceptedAt },
    { "rejected_at", Field::RejectedAt },
    { "opportunity_at", Field::OpportunityAt },
    { "opportunity_amount", Field::OpportunityAmount },
    { "closed_at", Field::ClosedAt },
    { "won_amount", Field::WonAmount },
};

std::optional<qint64> instant(const RowCursor &row, int column)
{
    if (row.isNull(column))
        return std::nullopt;
    return row.toInt64(column);
}

std::optional<double> amount(const RowCursor &row, int column)
{
    if (row.isNull(column))
        return std::nullopt;
    return row.toDouble(column);
}

// Sets one field of `h` from column `c` of the current row.
void assign(Handoff &h, Field field, const RowCursor &row, int c)
{
    switch (field) {
    case Field::LeadRef:
        h.leadRef = row.toString(c);
        break;
    case Field::Email:
        h.email = row.toString(c);
        break;
    case Field::ContactName:
        h.contactName = row.toString(c);
        break;
    case Field::Company:
        h.company = row.toString(c);
        break;
    case Field::Account:
        h.accountId = row.toInt64(c);
        break;
    case Field::SignalType:
        h.signalTypeId = row.toInt64(c);
        break;
    case Field::Source:
        h.source = row.toString(c);
        break;
    case Field::Campaign:
        h.campaign = row.toString(c);
        break;
    case Field::UtmSource:
        h.utmSource = row.toString(c);
        break;
    case Field::UtmMedium:
        h.utmMedium = row.toString(c);
        break;
    case Field::UtmCampaign:
        h.utmCampaign = row.toString(c);
        break;
    case Field::Country:
        h.country = row.toString(c);
        break;
    case Field::Region:
        h.region = row.toString(c);
        break;
    case Field::Employees:
        h.employees = instant(row, c);
        break;
    case Field::Revenue:
        h.revenue = amount(row, c);
        break;
    case Field::Segment:
        h.segmentId = row.toInt64(c);
        break;
    case Field::Territory:
        h.territoryId = row.toInt64(c);
        break;
    case Field::Industry:
        h.industryId = row.toInt64(c);
        break;
    case Field::FitGrade:
        h.fitGrade = row.toString(c);
        break;
    case Field::Owner:
        h.ownerId = row.toInt64(c);
        break;
    case Field::Team:
        h.teamId = row.toInt64(c);
        break;
    case Field::RejectionReason:
        h.rejectionReasonId = row.toInt64(c);
        break;
    case Field::OpportunityRef:
        h.opportunityRef = row.toString(c);
        break;
    case Field::OpportunityAmount:
        h.opportunityAmount = amount(row, c);
        break;
    case Field::WonAmount:
        h.wonAmount = amount(row, c);
        break;
    case Field::CreatedAt:
        h.createdAt = instant(row, c);
        break;
    case Field::HandedOffAt:
        h.handedOffAt = row.toInt64(c);
        break;
    case Field::AssignedAt:
        h.assignedAt = instant(row, c);
        break;
    case Field::FirstTouchAt:
        h.firstTouchAt = instant(row, c);
        break;
    case Field::AcceptedAt:
        h.acceptedAt = instant(row, c);
        break;
    case Field::RejectedAt:
        h.rejectedAt = instant(row, c);
        break;
    case Field::OpportunityAt:
        h.opportunityAt = instant(row, c);
        break;
    case Field::ClosedAt:
        h.closedAt = instant(row, c);
        break;
    case Field::Context:
        break;
    }
}

QString columnOf(Field field)
{
    for (const HandoffFields::FieldInfo &info : HandoffFields::standardFields())
        if (info.field == field)
            return QString::fromLatin1(info.column);
    return {};
}

} // namespace

Validator::Validator(Rules rules)
    : m_rules(std::move(rules)), m_utm(m_rules.utmConventions), m_duplicates(m_rules.identityRules)
{
    prepare();
}

Result<Validator> Validator::load(Workspace &workspace)
{
    Rules rules;
    auto contract = ContractService(workspace).activeDocument();
    if (!contract)
        return contract.error();
    rules.contract = *contract;
    auto types = Repository<SignalType>(workspace).list();
    if (!types)
        return types.error();
    for (const SignalType &type : *types)
        rules.signalNames.insert(type.id, type.name);
    auto map = StageMap::load(workspace);
    if (!map)
        return map.error();
    rules.stageMap = *map;
    auto requirements = Repository<StageRequirement>(workspace).list();
    if (!requirements)
        return requirements.error();
    rules.requirements = *requirements;
    auto utm = Repository<UtmConvention>(workspace).list();
    if (!utm)
        return utm.error();
    rules.utmConventions = *utm;
    auto identity = Repository<IdentityRule>(workspace).list();
    if (!identity)
        return identity.error();
    rules.identityRules = *identity;
    auto accounts = AccountMatcher::load(workspace);
    if (!accounts)
        return accounts.error();
    rules.accounts = std::move(*accounts);
    return Validator(std::move(rules));
}

void Validator::prepare()
{
    // Rule texts are built once and shared by every violation that cites them.
    if (m_rules.contract) {
        const ContractDocument &contract = *m_rules.contract;
        const QString prefix = tr("Contract v%1 · %2: ").arg(contract.version.number);
        for (const ContractTerm &term : contract.terms) {
            const QString signal = m_rules.signalNames.value(term.signalTypeId, tr("signal type %1").arg(term.signalTypeId));
            TermRules rules;
            rules.minFitGrade = term.minFitGrade;
            rules.fitRule = prefix.arg(signal) + tr("qualifies with fit %1 or better").arg(term.minFitGrade);
            for (const QString &attribute : term.requiredAttributes) {
                const FieldRef ref = HandoffFields::resolve(attribute);
                rules.attributes.append({ ref, prefix.arg(signal) + tr("qualifies only with %1").arg(HandoffFields::label(attribute)) });
                m_needsContext = m_needsContext || ref.field == Field::Context;
            }
            for (const QString &field : term.requiredContext) {
                const FieldRef ref = HandoffFields::resolve(field);
                rules.context.append({ ref, prefix.arg(signal) + tr("Sales receives %1").arg(HandoffFields::label(field)) });
                m_needsContext = m_needsContext || ref.field == Field::Context;
            }
            m_terms.insert(term.signalTypeId, rules);
        }
        m_noTermRule = tr("Contract v%1: every signal type handed off has terms").arg(contract.version.number);
        m_noSignalRule = tr("Contract v%1: a handoff names its signal type").arg(contract.version.number);
    }
    for (const StageRequirement &requirement : std::as_const(m_rules.requirements)) {
        const FieldRef ref = HandoffFields::resolve(requirement.field);
        const QString rule = tr("Data standard · %1: %2 is required")
                                 .arg(m_rules.stageMap.stageName(requirement.stageId), HandoffFields::label(requirement.field));
        StageRules &rules = m_stages[requirement.stageId];
        if (requirement.kind == QLatin1String("timestamp") || ref.isTimestamp())
            rules.timestamps.append({ ref, rule });
        else
            rules.fields.append({ ref, rule });
        m_needsContext = m_needsContext || ref.field == Field::Context;
    }
    m_domainRule = tr("Lead-to-account matching: the email domain belongs to an account");
    m_companyRule = tr("Lead-to-account matching: the company name matches an account");
    for (const IdentityRule &rule : m_duplicates.rules())
        m_duplicateRules << tr("Identity rule “%1”: one handoff per lead").arg(rule.name);
    m_needsContext = m_needsContext || m_duplicates.needsContext();
    for (const QString &field : m_utm.fields()) {
        const FieldRef ref = HandoffFields::resolve(field);
        if (ref.field != Field::Context)
            m_utmFields.append({ ref.field, field });
    }
}

QList<HandoffFields::Field> Validator::fieldsRead() const
{
    QList<Field> fields;
    const auto add = [&fields](const FieldRef &ref) {
        if (ref.field != Field::Context && !fields.contains(ref.field))
            fields << ref.field;
    };
    for (const TermRules &rules : m_terms) {
        for (const auto &[ref, text] : rules.attributes)
            add(ref);
        for (const auto &[ref, text] : rules.context)
            add(ref);
    }
    for (const StageRules &rules : m_stages) {
        for (const auto &[ref, text] : rules.fields)
            add(ref);
        for (const auto &[ref, text] : rules.timestamps)
            add(ref);
    }
    for (const IdentityRule &rule : m_duplicates.rules())
        for (const QString &field : rule.fields)
            add(HandoffFields::resolve(field));
    return fields;
}

const QString &Validator::orderRule(Field before, Field after)
{
    const int key = int(before) * 100 + int(after);
    auto it = m_orderRules.find(key);
    if (it == m_orderRules.end()) {
        const auto name = [](Field field) {
            for (const HandoffFields::FieldInfo &info : HandoffFields::standardFields())
                if (info.field == field)
                    return HandoffFields::label(QString::fromLatin1(info.name));
            return QString();
        };
        it = m_orderRules.insert(key, tr("Timestamps follow the lifecycle: %1 must not be before %2").arg(name(after), name(before)));
    }
    return *it;
}

const QString &Validator::transitionRule(qint64 from, qint64 to)
{
    auto it = m_transitionRules.find({ from, to });
    if (it == m_transitionRules.end())
        it = m_transitionRules.insert({ from, to },
            tr("Stage map: %1 → %2 is not an allowed transition")
                .arg(m_rules.stageMap.stageName(from), m_rules.stageMap.stageName(to)));
    return *it;
}

void Validator::check(const Handoff &h, const QJsonObject &context, const QList<StageChange> &changes,
    QList<Finding> *findings)
{
    // The contract: qualification and the context Sales receives.
    if (m_rules.contract) {
        const auto term = m_terms.constFind(h.signalTypeId);
        if (h.signalTypeId <= 0) {
            findings->append({ ViolationKind::NotQualified, m_noSignalRule });
        } else if (term == m_terms.constEnd()) {
            findings->append({ ViolationKind::NotQualified, m_noTermRule });
        } else {
            if (!FitGrade::meets(h.fitGrade, term->minFitGrade))
                findings->append({ ViolationKind::NotQualified, term->fitRule });
            for (const auto &[ref, rule] : term->attributes)
                if (!HandoffFields::isPresent(h, ref, context))
                    findings->append({ ViolationKind::NotQualified, rule });
            for (const auto &[ref, rule] : term->context)
                if (!HandoffFields::isPresent(h, ref, context))
                    findings->append({ ViolationKind::MissingContext, rule });
        }
    }

    // The data standard per stage, for every stage the handoff reached.
    if (!m_stages.isEmpty()) {
        QVarLengthArray<qint64, 16> reached;
        const auto reach = [&reached](qint64 stage) {
            if (stage > 0 && !reached.contains(stage))
                reached.append(stage);
        };
        for (const StageChange &change : changes)
            reach(change.toStageId);
        reach(h.stageId);
        for (qint64 stage : reached) {
            const auto rules = m_stages.constFind(stage);
            if (rules == m_stages.constEnd())
                continue;
            for (const auto &[ref, rule] : rules->fields)
                if (!HandoffFields::isPresent(h, ref, context))
                    findings->append({ ViolationKind::MissingField, rule });
            for (const auto &[ref, rule] : rules->timestamps)
                if (!HandoffFields::isPresent(h, ref, context))
                    findings->append({ ViolationKind::MissingTimestamp, rule });
        }
    }

    // Timestamps in lifecycle order: each against the earliest-step present timestamp it precedes.
    static const QList<Field> order = HandoffFields::lifecycleTimestamps();
    std::optional<qint64> values[8];
    for (int i = 0; i < order.size(); ++i)
        values[i] = HandoffFields::timestamp(h, order.at(i));
    for (int i = 1; i < order.size(); ++i) {
        if (!values[i])
            continue;
        const int step = HandoffFields::lifecycleStep(order.at(i));
        for (int j = 0; j < i; ++j) {
            if (values[j] && HandoffFields::lifecycleStep(order.at(j)) < step && *values[i] < *values[j]) {
                findings->append({ ViolationKind::TimestampOrder, orderRule(order.at(j), order.at(i)) });
                break;
            }
        }
    }

    // Campaign and UTM conventions.
    for (const auto &[field, name] : std::as_const(m_utmFields)) {
        const QString value = HandoffFields::value(h, FieldRef { field, name });
        if (auto broken = m_utm.check(name, value))
            findings->append({ ViolationKind::NonstandardUtm, *broken });
    }

    // A lead that matching would link to an account, but nobody did.
    if (h.accountId <= 0 && m_rules.accounts.accountCount() > 0) {
        const AccountMatcher::Match match = m_rules.accounts.matchDetailed(h.email, h.company);
        if (match.accountId > 0)
            findings->append({ ViolationKind::UnmatchedAccount,
                match.rule == AccountMatcher::Rule::EmailDomain ? m_domainRule : m_companyRule, match.accountId });
    }

    // Duplicates: a recycled handoff re-enters on purpose and is not one.
    if (!m_duplicates.rules().isEmpty()) {
        const auto match = m_duplicates.add(h.id, h, context);
        if (match && h.recycledFromId <= 0 && match->originalId != h.id)
            findings->append({ ViolationKind::Duplicate, m_duplicateRules.at(match->ruleIndex), match->originalId });
    }

    // Stage changes the map does not allow.
    for (const StageChange &change : changes)
        if (change.fromStageId > 0 && !m_rules.stageMap.allows(change.fromStageId, change.toStageId))
            findings->append({ ViolationKind::IllegalTransition, transitionRule(change.fromStageId, change.toStageId) });
}

Result<ValidationReport> Validator::run(Workspace &workspace, const ValidationOptions &options)
{
    ValidationReport report;
    if (m_rules.contract) {
        report.contractVersionId = m_rules.contract->version.id;
        report.contractNumber = m_rules.contract->version.number;
    }
    QVariantList filterValues;
    const QString where = options.filter.whereClause(&filterValues);
    const QString whereSql = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where;
    auto total = scalar(workspace.db(), QStringLiteral("SELECT count(*) FROM handoff") + whereSql, filterValues);
    if (!total)
        return total.error();

    // The columns to read: the base set, the ones rules name, then the bookkeeping ones.
    QList<Field> fields;
    QStringList columns { QStringLiteral("id") };
    for (const Column &column : BaseColumns) {
        fields << column.field;
        columns << QString::fromLatin1(column.name);
    }
    for (Field field : fieldsRead()) {
        if (fields.contains(field))
            continue;
        fields << field;
        columns << columnOf(field);
    }
    const int stageColumn = int(columns.size());
    columns << QStringLiteral("stage_id") << QStringLiteral("recycled_from_id") << QStringLiteral("context");

    // Handoffs and their stage changes, both in handoff id order, read side by side.
    auto openedHandoffs = RowCursor::open(workspace.db(),
        QStringLiteral("SELECT %1 FROM handoff%2 ORDER BY id").arg(columns.join(u','), whereSql), filterValues);
    if (!openedHandoffs)
        return openedHandoffs.error();
    RowCursor &handoffs = *openedHandoffs;
    auto openedChanges = RowCursor::open(workspace.db(),
        where.isEmpty()
            ? QStringLiteral("SELECT handoff_id, from_stage_id, to_stage_id FROM stage_change ORDER BY handoff_id")
            : QStringLiteral("SELECT handoff_id, from_stage_id, to_stage_id FROM stage_change WHERE handoff_id IN "
                             "(SELECT id FROM handoff%1) ORDER BY handoff_id")
                  .arg(whereSql),
        filterValues);
    if (!openedChanges)
        return openedChanges.error();
    RowCursor &changes = *openedChanges;
    bool moreChanges = changes.next();

    QHash<QString, int> sourceIndex;
    QHash<QString, int> campaignIndex;
    QHash<QString, int> ruleIndex;
    const auto scoreIndex = [](QHash<QString, int> &index, QList<QualityScore> &scores, const QString &name) {
        auto it = index.constFind(name);
        if (it != index.constEnd())
            return *it;
        const int added = int(scores.size());
        scores.append(QualityScore { name, 0, 0, {} });
        index.insert(name, added);
        return added;
    };

    if (options.progress && !options.progress(0, total->toLongLong()))
        return fail(tr("Validation was cancelled."), Error::Kind::Cancelled);
    m_duplicates.reserve(total->toLongLong());
    QList<StageChange> history;
    QList<Finding> findings;
    const bool parseContext = m_needsContext;
    while (handoffs.next()) {
        Handoff h;
        h.id = handoffs.toInt64(0);
        for (int i = 0; i < fields.size(); ++i)
            assign(h, fields.at(i), handoffs, i + 1);
        h.stageId = handoffs.toInt64(stageColumn);
        h.recycledFromId = handoffs.toInt64(stageColumn + 1);
        QJsonObject context;
        if (parseContext) {
            h.context = handoffs.toString(stageColumn + 2);
            if (!h.context.isEmpty())
                context = QJsonDocument::fromJson(h.context.toUtf8()).object();
        }
        // The stage changes of this handoff. Their order does not matter: each change is judged on its own.
        history.clear();
        while (moreChanges && changes.toInt64(0) < h.id)
            moreChanges = changes.next();
        while (moreChanges && changes.toInt64(0) == h.id) {
            history.append({ h.id, changes.toInt64(1), changes.toInt64(2), 0 });
            moreChanges = changes.next();
        }

        findings.clear();
        check(h, context, history, &findings);

        ++report.checked;
        const int source = scoreIndex(sourceIndex, report.bySource, h.source);
        const int campaign = scoreIndex(campaignIndex, report.byCampaign, h.campaign);
        QualityScore &bySource = report.bySource[source];
        QualityScore &byCampaign = report.byCampaign[campaign];
        ++bySource.handoffs;
        ++byCampaign.handoffs;
        if (findings.isEmpty()) {
            ++bySource.clean;
            ++byCampaign.clean;
        } else {
            ++report.handoffsWithViolations;
            std::array<bool, ViolationKindCount> seen {};
            for (const Finding &finding : std::as_const(findings)) {
                const int kind = int(finding.kind);
                ++report.violations[kind];
                if (!seen[kind]) {
                    seen[kind] = true;
                    ++report.handoffs[kind];
                    ++bySource.byKind[kind];
                    ++byCampaign.byKind[kind];
                }
                auto rule = ruleIndex.constFind(finding.rule);
                if (rule == ruleIndex.constEnd()) {
                    rule = ruleIndex.insert(finding.rule, int(report.rules.size()));
                    report.rules << finding.rule;
                    report.ruleCounts << 0;
                    report.ruleKinds << finding.kind;
                }
                ++report.ruleCounts[*rule];
                if (options.keepDetails)
                    report.details.append({ h.id, finding.relatedId, finding.kind, *rule, source, campaign });
            }
        }
        if (options.progress && report.checked % ProgressEvery == 0
            && !options.progress(report.checked, total->toLongLong()))
            return fail(tr("Validation was cancelled."), Error::Kind::Cancelled);
        if (report.checked % ProgressEvery == 0 && m_duplicates.failed())
            break; // reported below
    }
    BATON_TRY(handoffs.status());
    BATON_TRY(changes.status());
    if (m_duplicates.failed()) // duplicates may have been missed
        return fail(m_duplicates.errorString(), Error::Kind::Io);
    if (options.progress)
        options.progress(report.checked, total->toLongLong());
    return report;
}

} // namespace baton
