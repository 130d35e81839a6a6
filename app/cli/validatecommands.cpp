// baton validate: checks every handoff against the active contract, the stage map and the data standard.

#include "cli.h"
#include "commands.h"

#include "core/workspace.h"
#include "data/handoff.h"
#include "instrument/validator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace baton::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("baton::cli", text);
}

QJsonArray scoreArray(const QList<QualityScore> &scores, const QString &key)
{
    QList<QualityScore> sorted = scores;
    std::sort(sorted.begin(), sorted.end(), [](const QualityScore &a, const QualityScore &b) {
        return a.score() < b.score() || (a.score() == b.score() && a.name < b.name);
    });
    QJsonArray array;
    for (const QualityScore &score : sorted) {
        QJsonObject byKind;
        for (ViolationKind kind : ViolationKinds::all())
            byKind.insert(ViolationKinds::key(kind), score.byKind.at(int(kind)));
        array.append(QJsonObject { { key, score.name }, { "handoffs", score.handoffs }, { "clean", score.clean },
            { "score", score.score() }, { "handoffs_by_kind", byKind } });
    }
    return array;
}

int runValidate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workspace file."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as JSON."));
    const QCommandLineOption details(QStringLiteral("details"),
        tr("Also print the rules broken with their counts and the data-quality score per source and campaign."));
    const QCommandLineOption list(QStringLiteral("list"), tr("Also list the first N violations with their handoffs."),
        tr("N"));
    for (const auto &option : { json, details, list })
        parser.addOption(option);
    int exitCode = Success;
    if (!parse(parser, QStringLiteral("validate"), arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("validate takes exactly one FILE.\n\n") + parser.helpText(), UsageError);
    qint64 listCount = 0;
    if (parser.isSet(list)) {
        bool ok = false;
        listCount = parser.value(list).toLongLong(&ok);
        if (!ok || listCount < 0)
            return fail(tr("--list must be a non-negative integer."), UsageError);
    }

    // Validation only reads, so the file is opened read-only (and an older schema is not upgraded).
    auto workspace = Workspace::open(parser.positionalArguments().first(), Workspace::Access::ReadOnly);
    if (!workspace)
        return fail(workspace.errorMessage());
    auto validator = Validator::load(**workspace);
    if (!validator)
        return fail(validator.errorMessage());
    ValidationOptions options;
    options.keepDetails = listCount > 0;
    auto report = validator->run(**workspace, options);
    if (!report)
        return fail(report.errorMessage());

    // The handoffs of the listed violations, by id, for their lead references.
    QList<Violation> listed = report->details.mid(0, listCount);
    QHash<qint64, QString> references;
    if (!listed.isEmpty()) {
        QList<qint64> ids;
        for (const Violation &violation : listed)
            if (!ids.contains(violation.handoffId))
                ids << violation.handoffId;
        HandoffRepository repository(**workspace);
        for (qsizetype i = 0; i < ids.size(); i += 500) {
            auto rows = repository.byIds(ids.mid(i, 500));
            if (!rows)
                return fail(rows.errorMessage());
            for (const Handoff &h : *rows)
                references.insert(h.id, h.leadRef);
        }
    }

    // Rules in kind order, most violated first within a kind.
    QList<int> ruleOrder;
    for (int i = 0; i < report->rules.size(); ++i)
        ruleOrder << i;
    std::sort(ruleOrder.begin(), ruleOrder.end(), [&](int a, int b) {
        if (report->ruleKinds.at(a) != report->ruleKinds.at(b))
            return int(report->ruleKinds.at(a)) < int(report->ruleKinds.at(b));
        return report->ruleCounts.at(a) > report->ruleCounts.at(b);
    });

    if (parser.isSet(json)) {
        QJsonArray kinds;
        for (ViolationKind kind : ViolationKinds::all())
            kinds.append(QJsonObject { { "kind", ViolationKinds::key(kind) }, { "count", report->count(kind) },
                { "handoffs", report->handoffCount(kind) } });
        QJsonObject result { { "violations", kinds }, { "checked", report->checked },
            { "handoffs_with_violations", report->handoffsWithViolations }, { "score", report->score() },
            { "contract_version", report->contractNumber } };
        if (parser.isSet(details)) {
            QJsonArray rules;
            for (int i : std::as_const(ruleOrder))
                rules.append(QJsonObject { { "kind", ViolationKinds::key(report->ruleKinds.at(i)) },
                    { "rule", report->rules.at(i) }, { "count", report->ruleCounts.at(i) } });
            result.insert(QStringLiteral("rules"), rules);
            result.insert(QStringLiteral("scores"),
                QJsonObject { { "source", scoreArray(report->bySource, QStringLiteral("source")) },
                    { "campaign", scoreArray(report->byCampaign, QStringLiteral("campaign")) } });
        }
        if (!listed.isEmpty()) {
            QJsonArray items;
            for (const Violation &violation : std::as_const(listed)) {
                QJsonObject item { { "handoff_id", violation.handoffId },
                    { "lead_ref", references.value(violation.handoffId) }, { "kind", ViolationKinds::key(violation.kind) },
                    { "rule", report->rules.at(violation.rule) } };
                if (violation.relatedId > 0)
                    item.insert(violation.kind == ViolationKind::Duplicate ? QStringLiteral("original_handoff_id")
                                                                            : QStringLiteral("account_id"),
                        violation.relatedId);
                items.append(item);
            }
            result.insert(QStringLiteral("list"), items);
        }
        printJson(result);
        return Success;
    }

    const QLocale locale;
    QString text = report->contractNumber > 0
        ? tr("Checked %1 handoffs against contract version %2, the stage map and the data standard.\n")
              .arg(locale.toString(report->checked))
              .arg(report->contractNumber)
        : tr("Checked %1 handoffs against the stage map and the data standard (no contract version is active).\n")
              .arg(locale.toString(report->checked));
    text += tr("%1 handoffs have no violation: data-quality score %2 %.\n\n")
                .arg(locale.toString(report->clean()))
                .arg(locale.toString(100.0 * report->score(), 'f', 1));
    for (ViolationKind kind : ViolationKinds::all())
        text += QStringLiteral("%1 %2 %3\n")
                    .arg(ViolationKinds::label(kind).leftJustified(30, QLatin1Char('.')))
                    .arg(locale.toString(report->count(kind)).rightJustified(10))
                    .arg(tr("(%1 handoffs)").arg(locale.toString(report->handoffCount(kind))));
    if (parser.isSet(details)) {
        text += tr("\nRules broken:\n");
        for (int i : std::as_const(ruleOrder))
            text += QStringLiteral("%1  %2\n").arg(locale.toString(report->ruleCounts.at(i)).rightJustified(10), report->rules.at(i));
        text += tr("\nData-quality score per source:\n");
        for (const QualityScore &score : report->bySource)
            text += QStringLiteral("%1 %2 % of %3\n")
                        .arg((score.name.isEmpty() ? tr("(none)") : score.name).leftJustified(30, QLatin1Char('.')))
                        .arg(locale.toString(100.0 * score.score(), 'f', 1).rightJustified(6))
                        .arg(locale.toString(score.handoffs));
    }
    if (!listed.isEmpty())
        text += tr("\nThe first %1 violations:\n").arg(listed.size());
    for (const Violation &violation : std::as_const(listed))
        text += QStringLiteral("%1  %2  %3\n")
                    .arg(references.value(violation.handoffId, QString::number(violation.handoffId)),
                        ViolationKinds::key(violation.kind), report->rules.at(violation.rule));
    printText(text);
    return Success;
}

} // namespace

QList<Command> validateCommands()
{
    return {
        { QStringLiteral("validate"),
            tr("check handoffs against the active contract, the stage map and the data standard"), false, runValidate },
    };
}

} // namespace baton::cli
