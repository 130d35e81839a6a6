#include "contracthtml.h"

#include "define/contractdiff.h"
#include "instrument/handofffields.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace baton::ContractHtml {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("baton::ContractHtml", text);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// The fields' labels as the pages show them (not lower-cased: in German they are nouns).
QString fieldList(const QStringList &fields)
{
    QStringList labels;
    for (const QString &field : fields)
        labels << HandoffFields::label(field);
    if (labels.isEmpty())
        return tr("nothing beyond the handoff itself");
    if (labels.size() == 1)
        return labels.first();
    const QString last = labels.takeLast();
    return tr("%1 and %2").arg(labels.join(QStringLiteral(", ")), last);
}

// The new value, with the old one struck through before it when they differ.
QString changed(const QString &now, const std::optional<QString> &before)
{
    if (!before || *before == now)
        return esc(now);
    return QStringLiteral("<span style=\"color:#8a8a8a; text-decoration:line-through;\">%1</span> "
                          "<span style=\"background-color:#fff1b8;\">%2</span>")
        .arg(esc(*before), esc(now));
}

QString date(const QDateTime &at, const QTimeZone &zone)
{
    return at.isValid() ? QLocale().toString(at.toTimeZone(zone).date(), QLocale::LongFormat) : QString();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td width=\"150\" style=\"color:#5c6670; padding:3px 12px 3px 0;\">%1</td>"
                          "<td style=\"padding:3px 0;\">%2</td></tr>")
        .arg(esc(label), value);
}

} // namespace

QString tierName(const QString &tier)
{
    if (tier == IntentTier::High)
        return tr("High intent");
    if (tier == IntentTier::Medium)
        return tr("Medium intent");
    if (tier == IntentTier::Low)
        return tr("Low intent");
    return tier;
}

QString statusName(const QString &status)
{
    if (status == ContractStatus::Draft)
        return tr("Draft");
    if (status == ContractStatus::Active)
        return tr("Active");
    if (status == ContractStatus::Superseded)
        return tr("Superseded");
    return status;
}

QString qualification(const ContractTerm &term)
{
    QString text = tr("fit %1 or better").arg(term.minFitGrade);
    if (!term.requiredAttributes.isEmpty())
        text += tr("; required: %1").arg(fieldList(term.requiredAttributes));
    return text;
}

QString render(const ContractHtmlInput &input)
{
    const ContractDocument &doc = input.document;
    const ContractVersion &version = doc.version;
    const std::optional<ContractDocument> &base = input.baseline;
    QString html;
    html += QStringLiteral("<html><body style=\"font-size:10.5pt; color:#1f2933;\">");

    // Title block.
    QString status;
    if (version.status == ContractStatus::Active)
        status = tr("Version %1 · in force since %2").arg(version.number).arg(date(version.activatedAt, input.zone));
    else if (version.status == ContractStatus::Superseded)
        status = tr("Version %1 · in force %2 – %3 · kept as history")
                     .arg(version.number)
                     .arg(date(version.activatedAt, input.zone), date(version.supersededAt, input.zone));
    else
        status = doc.signoffs.isEmpty() ? tr("Version %1 · draft, not in force until Sales, Marketing and RevOps sign it")
                                               .arg(version.number)
                                        : tr("Version %1 · draft being signed (%2 of 3 signatures)")
                                              .arg(version.number)
                                              .arg(doc.signoffs.size());
    const QString statusColour = version.status == ContractStatus::Active ? QStringLiteral("#1b7f3b")
        : version.status == ContractStatus::Draft                         ? QStringLiteral("#9a6700")
                                                                          : QStringLiteral("#6b7280");
    html += QStringLiteral("<p style=\"font-size:8.5pt; letter-spacing:1px; color:#6b7280; margin:0;\">%1</p>")
                .arg(esc(tr("MARKETING · SALES · REVOPS")));
    html += QStringLiteral("<h1 style=\"font-size:17pt; margin:4px 0 2px 0;\">%1</h1>")
                .arg(changed(version.title, base ? std::optional<QString>(base->version.title) : std::nullopt));
    html += QStringLiteral("<p style=\"color:%1; margin:0 0 10px 0;\"><b>%2</b></p>").arg(statusColour, esc(status));
    if (!version.summary.isEmpty())
        html += QStringLiteral("<p style=\"margin:0 0 8px 0;\">%1</p>").arg(esc(version.summary));
    html += QStringLiteral("<p style=\"color:#5c6670; margin:0 0 6px 0;\">%1</p>")
                .arg(esc(tr("Marketing hands a lead to Sales when its signal qualifies as set out below. Sales receives "
                            "the listed context, the named owner follows up as agreed, and the first touch happens "
                            "within the SLA target, counted in business hours. RevOps keeps the routing and the data "
                            "that make this measurable.")));

    // Terms by intent tier, in signal type order.
    QList<ContractTerm> terms = doc.terms;
    const auto tierRank = [&](const ContractTerm &term) {
        const QString tier = input.signalTypes.value(term.signalTypeId).intentTier;
        return tier == IntentTier::High ? 0 : tier == IntentTier::Medium ? 1 : 2;
    };
    std::stable_sort(terms.begin(), terms.end(),
        [&](const ContractTerm &a, const ContractTerm &b) { return tierRank(a) < tierRank(b); });
    int currentTier = -1;
    int number = 0;
    for (const ContractTerm &term : std::as_const(terms)) {
        const SignalType type = input.signalTypes.value(term.signalTypeId);
        if (tierRank(term) != currentTier) {
            currentTier = tierRank(term);
            html += QStringLiteral("<h2 style=\"font-size:12pt; color:#334e68; margin:16px 0 2px 0; "
                                   "border-bottom:1px solid #d9e2ec;\">%1</h2>")
                        .arg(esc(tierName(type.intentTier)));
        }
        const ContractTerm *before = base ? base->term(term.signalTypeId) : nullptr;
        const auto was = [&](const QString &value) {
            return base ? std::optional<QString>(before ? value : QString()) : std::nullopt;
        };
        const bool selected = term.signalTypeId == input.selectedSignalTypeId;
        QString heading = QStringLiteral("%1. %2").arg(++number).arg(esc(type.name.isEmpty() ? tr("(unknown signal)") : type.name));
        if (base && !before)
            heading += QStringLiteral(" <span style=\"background-color:#d3f9d8; color:#1b7f3b; font-size:8.5pt;\">&nbsp;%1&nbsp;</span>")
                           .arg(esc(tr("NEW")));
        if (input.editable)
            heading += QStringLiteral(" <a href=\"term:%1\" style=\"font-size:9pt; font-weight:normal;\">%2</a>")
                           .arg(term.signalTypeId)
                           .arg(esc(tr("edit")));
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" style=\"margin-top:8px;\"%1>"
                               "<tr><td>")
                    .arg(selected ? QStringLiteral(" bgcolor=\"#eef4fb\"") : QString());
        html += QStringLiteral("<p style=\"font-size:11pt; font-weight:bold; margin:0 0 2px 0;\">%1</p>").arg(heading);
        if (!type.description.isEmpty())
            html += QStringLiteral("<p style=\"color:#5c6670; margin:0 0 4px 0;\"><i>%1</i></p>").arg(esc(type.description));
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\">");
        html += row(tr("Qualifies when"), changed(qualification(term), before ? was(qualification(*before)) : std::nullopt));
        html += row(tr("Sales receives"),
            changed(fieldList(term.requiredContext), before ? was(fieldList(before->requiredContext)) : std::nullopt));
        html += row(tr("Owner"), changed(term.ownerRole, before ? was(before->ownerRole) : std::nullopt));
        html += row(tr("Follow-up"), changed(term.followUpAction, before ? was(before->followUpAction) : std::nullopt));
        html += row(tr("First touch within"),
            changed(tr("%1 of business time").arg(ContractText::minutes(term.slaMinutes)),
                before ? was(tr("%1 of business time").arg(ContractText::minutes(before->slaMinutes))) : std::nullopt));
        html += QStringLiteral("</table></td></tr></table>");
    }
    if (terms.isEmpty())
        html += QStringLiteral("<p style=\"color:#9a6700;\">%1</p>")
                    .arg(esc(tr("This version covers no signal types yet. Add the signals that qualify for handoff.")));
    if (base) {
        QStringList dropped;
        for (const ContractTerm &old : base->terms)
            if (!doc.term(old.signalTypeId))
                dropped << esc(input.signalTypes.value(old.signalTypeId).name);
        if (!dropped.isEmpty())
            html += QStringLiteral("<p style=\"margin-top:12px;\">%1 <span style=\"color:#8a8a8a; "
                                   "text-decoration:line-through;\">%2</span></p>")
                        .arg(esc(tr("No longer covered:")), dropped.join(QStringLiteral(", ")));
    }

    // Signatures.
    html += QStringLiteral("<h2 style=\"font-size:12pt; color:#334e68; margin:18px 0 6px 0; border-bottom:1px solid #d9e2ec;\">%1</h2>")
                .arg(esc(tr("Agreed by")));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr>");
    for (const QString &party : Party::all()) {
        const ContractSignoff *signoff = doc.signoff(party);
        html += QStringLiteral("<td width=\"33%\" valign=\"top\"><p style=\"color:#5c6670; margin:0;\">%1</p>")
                    .arg(esc(ContractService::partyName(party)));
        if (signoff)
            html += QStringLiteral("<p style=\"font-size:12pt; font-style:italic; margin:4px 0 0 0;\">%1</p>"
                                   "<p style=\"color:#5c6670; font-size:9pt; margin:0;\">%2</p>")
                        .arg(esc(signoff->signerName),
                            esc(tr("signed %1").arg(QLocale().toString(signoff->signedAt.toTimeZone(input.zone), QLocale::ShortFormat))));
        else
            html += QStringLiteral("<p style=\"color:#9aa5b1; margin:4px 0 0 0;\">%1</p>").arg(esc(tr("awaiting signature")));
        html += QStringLiteral("</td>");
    }
    html += QStringLiteral("</tr></table></body></html>");
    return html;
}

} // namespace baton::ContractHtml
