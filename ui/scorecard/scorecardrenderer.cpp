#include "scorecardrenderer.h"

#include "pdfcanvas.h"
#include "scorecardcharts.h"

#include "define/contractdiff.h"
#include "govern/maturitymatrix.h"
#include "pages/contracthtml.h"
#include "pages/optimize/kpiformat.h"

#include <QBuffer>
#include <QChart>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <cmath>

namespace baton {

namespace {

const QColor Ink(0x22, 0x22, 0x22);
const QColor Muted(0x5c, 0x66, 0x70);
const QColor Accent(0x0b, 0x3d, 0x6b);
const QColor Warn(0xb3, 0x4a, 0x00);

QString signedNumber(double value, int digits, const QString &unit = {})
{
    if (std::abs(value) < 0.5 * std::pow(10.0, -digits))
        return QStringLiteral("±") + QLocale().toString(0.0, 'f', digits) + unit;
    const QString text = QLocale().toString(std::abs(value), 'f', digits);
    return (value > 0 ? QStringLiteral("+") : QStringLiteral("−")) + text + unit;
}

QString rateChange(const std::optional<double> &now, const std::optional<double> &before)
{
    if (!now || !before)
        return KpiFormat::none();
    return signedNumber((*now - *before) * 100.0, 1, ScorecardRenderer::tr(" pts"));
}

QString valueChange(const std::optional<double> &now, const std::optional<double> &before, int digits)
{
    if (!now || !before)
        return KpiFormat::none();
    return signedNumber(*now - *before, digits);
}

std::optional<double> countOf(qint64 value)
{
    return double(value);
}

QString weekRange(const IsoWeek &week)
{
    const QLocale locale;
    return QStringLiteral("%1 – %2").arg(locale.toString(week.monday(), QStringLiteral("d MMM")),
        locale.toString(week.sunday(), QStringLiteral("d MMM yyyy")));
}

qint64 leak(const KpiFigures &figures, LeakageStep::Kind kind)
{
    for (const LeakageStep &step : figures.leakage())
        if (step.kind == kind)
            return step.count;
    return 0;
}

QString tierName(const QString &tier)
{
    if (tier == IntentTier::High)
        return ScorecardRenderer::tr("high");
    if (tier == IntentTier::Medium)
        return ScorecardRenderer::tr("medium");
    if (tier == IntentTier::Low)
        return ScorecardRenderer::tr("low");
    return tier;
}

} // namespace

Result<QPageSize::PageSizeId> ScorecardRenderer::parsePageSize(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QStringLiteral("a4"))
        return QPageSize::A4;
    if (key == QStringLiteral("letter"))
        return QPageSize::Letter;
    return fail(tr("The page size must be a4 or letter, not \"%1\".").arg(name), Error::Kind::Invalid);
}

QPageSize::PageSizeId ScorecardRenderer::localePageSize()
{
    const QLocale::Territory territory = QLocale().territory();
    return territory == QLocale::UnitedStates || territory == QLocale::Canada ? QPageSize::Letter : QPageSize::A4;
}

Result<int> ScorecardRenderer::render(const ScorecardData &data, const QString &path, const ScorecardOptions &options)
{
    const QString left = data.workspaceName;
    const QString right = tr("Handoff scorecard · Week %1").arg(data.week.label());
    const auto setUp = [&](QPdfWriter &writer) {
        writer.setPageSize(QPageSize(options.pageSize));
        writer.setPageMargins(QMarginsF(14, 12, 14, 12), QPageLayout::Millimeter);
        writer.setResolution(600);
        writer.setTitle(tr("Handoff scorecard, %1, week %2").arg(data.workspaceName, data.week.label()));
        writer.setCreator(QStringLiteral("Baton"));
    };

    // First pass: lay out without drawing, to count the pages.
    int pages = 0;
    {
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        QPdfWriter writer(&sink);
        setUp(writer);
        PdfCanvas canvas(&writer, nullptr, left, right, 0);
        layout(canvas, data);
        pages = canvas.page();
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()), Error::Kind::Io);
    // The scorecard carries the workspace's figures: readable by the user only, like every export. The
    // permissions go on the file being written, which replaces the target when it is committed.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()), Error::Kind::Io);
    {
        QPdfWriter writer(&file);
        setUp(writer);
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(tr("Cannot start the PDF %1.").arg(path), Error::Kind::Io);
        painter.setRenderHint(QPainter::Antialiasing);
        PdfCanvas canvas(&writer, &painter, left, right, pages);
        layout(canvas, data);
        painter.end();
    }
    if (!file.commit())
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()), Error::Kind::Io);
    return pages;
}

void ScorecardRenderer::layout(PdfCanvas &canvas, const ScorecardData &data)
{
    kpiPage(canvas, data);
    canvas.newPage();
    slaRejectionsLeakagePage(canvas, data);
    canvas.newPage();
    maturityPage(canvas, data);
    canvas.newPage();
    contractPage(canvas, data);
    canvas.newPage();
    meetingPage(canvas, data);
}

void ScorecardRenderer::kpiPage(PdfCanvas &c, const ScorecardData &d)
{
    c.paragraph(tr("Handoff scorecard"), c.font(20, true), Accent);
    c.space(1);
    c.paragraph(tr("%1 · Week %2 (%3)").arg(d.workspaceName, d.week.label(), weekRange(d.week)), c.font(11, true));
    c.paragraph(tr("Handoffs of the week, judged as of %1 UTC. Compared with week %2.")
                    .arg(QDateTime::fromSecsSinceEpoch(d.asOf, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        d.week.previous().label()),
        c.font(8.5), Muted);
    c.space(3);

    c.heading(tr("Headline KPIs"));
    const KpiFigures &n = d.thisWeek;
    const KpiFigures &b = d.weekBefore;
    PdfTable table;
    table.columns = { { tr("KPI"), 3.2 }, { d.week.label(), 1.3, Qt::AlignRight }, { d.week.previous().label(), 1.3, Qt::AlignRight },
        { tr("Change"), 1.3, Qt::AlignRight } };
    const auto row = [&](const QString &name, const QString &now, const QString &before, const QString &change) {
        table.rows << QStringList { name, now, before, change };
    };
    row(tr("Handoffs"), KpiFormat::count(countOf(n.counts.handoffs)), KpiFormat::count(countOf(b.counts.handoffs)),
        valueChange(countOf(n.counts.handoffs), countOf(b.counts.handoffs), 0));
    row(tr("Acceptance rate"), KpiFormat::percent(n.acceptanceRate), KpiFormat::percent(b.acceptanceRate),
        rateChange(n.acceptanceRate, b.acceptanceRate));
    row(tr("Conversion rate (handoff → opportunity)"), KpiFormat::percent(n.conversionRate), KpiFormat::percent(b.conversionRate),
        rateChange(n.conversionRate, b.conversionRate));
    row(tr("Win rate"), KpiFormat::percent(n.winRate), KpiFormat::percent(b.winRate), rateChange(n.winRate, b.winRate));
    row(tr("Velocity to opportunity, median days"), KpiFormat::days(n.medianDaysToOpportunity),
        KpiFormat::days(b.medianDaysToOpportunity), valueChange(n.medianDaysToOpportunity, b.medianDaysToOpportunity, 1));
    row(tr("Pipeline per handoff"), KpiFormat::money(n.pipelinePerHandoff), KpiFormat::money(b.pipelinePerHandoff),
        valueChange(n.pipelinePerHandoff, b.pipelinePerHandoff, 0));
    row(tr("Won per handoff"), KpiFormat::money(n.wonPerHandoff), KpiFormat::money(b.wonPerHandoff),
        valueChange(n.wonPerHandoff, b.wonPerHandoff, 0));
    row(tr("SLA compliance"), KpiFormat::percent(n.slaCompliance), KpiFormat::percent(b.slaCompliance),
        rateChange(n.slaCompliance, b.slaCompliance));
    row(tr("Time to first touch, median business minutes"), KpiFormat::minutes(n.medianMinutesToFirstTouch),
        KpiFormat::minutes(b.medianMinutesToFirstTouch), valueChange(n.medianMinutesToFirstTouch, b.medianMinutesToFirstTouch, 0));
    row(tr("Time to first touch, p90 business minutes"), KpiFormat::minutes(n.p90MinutesToFirstTouch),
        KpiFormat::minutes(b.p90MinutesToFirstTouch), valueChange(n.p90MinutesToFirstTouch, b.p90MinutesToFirstTouch, 0));
    for (LeakageStep::Kind kind : { LeakageStep::Unassigned, LeakageStep::UntouchedPastSla, LeakageStep::RejectedWithoutReason }) {
        const qint64 now = leak(n, kind);
        const qint64 before = leak(b, kind);
        row(tr("Leakage: %1").arg(LeakageStep::title(kind)), KpiFormat::count(countOf(now)),
            KpiFormat::count(countOf(before)), valueChange(countOf(now), countOf(before), 0));
    }
    c.flowTable(table);
    c.space(4);

    c.heading(tr("Trend, %1 weeks").arg(d.trend.groups.size()), 60);
    const double width = c.body().width();
    // The two charts share what is left of the page (less on Letter than on A4), the first a little more.
    c.ensure(c.mm(110));
    const double available = c.remaining() - c.mm(2);
    const double volumeHeight = std::min(c.mm(80), available * 0.55);
    auto volume = ScorecardCharts::volumeTrend(d.trend);
    c.drawChart(volume.get(), QRectF(c.body().left(), c.y(), width, volumeHeight));
    c.setY(c.y() + volumeHeight + c.mm(2));
    const double slaHeight = std::min(c.mm(66), c.remaining());
    auto sla = ScorecardCharts::slaTrend(d.trend);
    c.drawChart(sla.get(), QRectF(c.body().left(), c.y(), width, slaHeight));
    c.setY(c.y() + slaHeight);
}

void ScorecardRenderer::slaRejectionsLeakagePage(PdfCanvas &c, const ScorecardData &d)
{
    const double gap = c.mm(4);
    const double half = (c.body().width() - gap) / 2;
    const double left = c.body().left();
    const double right = left + half + gap;

    // SLA compliance
    c.heading(tr("SLA compliance"));
    const SlaGroupStats &total = d.sla.total;
    c.paragraph(tr("%1 of the week's %2 decided handoffs met their SLA: %3 (week before: %4). %5 missed, %6 still "
                   "untouched past due, %7 pending.")
                    .arg(QLocale().toString(total.met), QLocale().toString(total.decided),
                        KpiFormat::percent(total.compliance()), KpiFormat::percent(d.slaComplianceWeekBefore),
                        QLocale().toString(total.missed()), QLocale().toString(total.breaching), QLocale().toString(total.pending())),
        c.font(8.5));
    c.space(2);
    PdfTable teams;
    teams.fontScale = 0.95;
    teams.columns = { { tr("Team"), 2.4 }, { tr("Decided"), 1, Qt::AlignRight }, { tr("Met"), 1, Qt::AlignRight },
        { tr("Compliance"), 1.3, Qt::AlignRight }, { tr("Median touch, min"), 1.5, Qt::AlignRight } };
    for (const SlaGroupStats &team : d.sla.byTeam) {
        if (team.withSla == 0)
            continue;
        teams.rows << QStringList { team.name, QLocale().toString(team.decided), QLocale().toString(team.met),
            KpiFormat::percent(team.compliance()), KpiFormat::minutes(team.medianFirstTouchMinutes) };
        if (team.compliance() && *team.compliance() < MaturityThresholds::ComplianceStage2)
            teams.highlightRows << int(teams.rows.size()) - 1;
    }
    teams.rows << QStringList { tr("All teams"), QLocale().toString(total.decided), QLocale().toString(total.met),
        KpiFormat::percent(total.compliance()), KpiFormat::minutes(total.medianFirstTouchMinutes) };
    teams.boldRows << int(teams.rows.size()) - 1;
    double top = c.y();
    const double tableHeight = c.drawTable(teams, right, top, half);
    const double chartHeight = std::max(c.mm(48), tableHeight);
    auto byTeam = ScorecardCharts::slaByTeam(d.sla);
    c.drawChart(byTeam.get(), QRectF(left, top, half, chartHeight));
    c.setY(top + chartHeight + c.mm(2));

    // Rejection reasons
    c.heading(tr("Rejection reasons"), 55);
    qint64 rejectedNow = 0;
    qint64 rejectedBefore = 0;
    for (const ScorecardReason &reason : d.reasons) {
        rejectedNow += reason.thisWeek;
        rejectedBefore += reason.weekBefore;
    }
    c.paragraph(tr("%1 rejections in the week (week before: %2), with the recycle play each reason triggers.")
                    .arg(QLocale().toString(rejectedNow), QLocale().toString(rejectedBefore)),
        c.font(8.5));
    c.space(2);
    PdfTable reasons;
    reasons.fontScale = 0.95;
    reasons.columns = { { tr("Reason"), 2 }, { d.week.label(), 1.1, Qt::AlignRight }, { d.week.previous().label(), 1.1, Qt::AlignRight },
        { tr("Change"), 1, Qt::AlignRight }, { tr("Recycle play"), 2 } };
    for (const ScorecardReason &reason : d.reasons) {
        reasons.rows << QStringList { reason.name, QLocale().toString(reason.thisWeek), QLocale().toString(reason.weekBefore),
            valueChange(countOf(reason.thisWeek), countOf(reason.weekBefore), 0),
            reason.reasonId == 0 ? tr("none: leakage") : reason.play.isEmpty() ? tr("none: a governance gap") : reason.play };
        if (reason.reasonId == 0 || reason.play.isEmpty())
            reasons.highlightRows << int(reasons.rows.size()) - 1;
    }
    if (d.reasons.isEmpty())
        reasons.rows << QStringList { tr("No rejections in either week."), QString(), QString(), QString(), QString() };
    top = c.y();
    const double reasonsHeight = c.drawTable(reasons, right, top, half);
    const double reasonsChart = std::max(c.mm(55), reasonsHeight);
    auto reasonChart = ScorecardCharts::reasons(d.reasons, d.week.label(), d.week.previous().label());
    c.drawChart(reasonChart.get(), QRectF(left, top, half, reasonsChart));
    c.setY(top + reasonsChart + c.mm(2));

    // Leakage
    c.heading(tr("Leakage"), 50);
    PdfTable leaks;
    leaks.fontScale = 0.95;
    leaks.columns = { { tr("Where handoffs leak"), 2.4 }, { d.week.label(), 1.1, Qt::AlignRight }, { tr("Share"), 1, Qt::AlignRight },
        { d.week.previous().label(), 1.1, Qt::AlignRight } };
    for (const LeakageStep &step : d.thisWeek.leakage())
        leaks.rows << QStringList { LeakageStep::title(step.kind), QLocale().toString(step.count), KpiFormat::percent(step.share),
            QLocale().toString(leak(d.weekBefore, step.kind)) };
    if (!leaks.rows.isEmpty())
        leaks.highlightRows << 0;
    top = c.y();
    const double leaksHeight = c.drawTable(leaks, right, top, half);
    const double leakChart = std::max(std::min(c.mm(50), c.remaining()), leaksHeight);
    auto leakageChart = ScorecardCharts::leakage(d.thisWeek, d.weekBefore, d.week.label(), d.week.previous().label());
    c.drawChart(leakageChart.get(), QRectF(left, top, half, leakChart));
    c.setY(top + leaksHeight + c.mm(1.5));
    c.paragraph(tr("Leaks are counted one by one, so a handoff can be in two (routed to the fallback queue, then rejected)."),
        c.font(7), Muted, right, half);
    c.setY(std::max(c.y(), top + leakChart));
}

void ScorecardRenderer::maturityPage(PdfCanvas &c, const ScorecardData &d)
{
    const MaturityAssessment &m = d.maturity;
    c.heading(tr("Maturity matrix"));
    c.paragraph(tr("Shaded: the stage the evidence in the workspace supports for week %1. Outlined: the team's own "
                   "self-assessment. A dimension's evidence stage is the lowest stage any of its rules supports.")
                    .arg(m.week.label()),
        c.font(8), Muted);
    c.space(2);

    const QColor evidenceFill(0xd6, 0xe8, 0xf7);
    const QColor selfBorder(0xd5, 0x5e, 0x00);
    const double x0 = c.body().left();
    const double first = c.body().width() * 0.19;
    const double cell = (c.body().width() - first) / 3;
    const double pad = c.mm(1.9); // clear of a self-assessment's thick outline
    const double inset = c.mm(0.8); // two thick outlines in adjacent rows stay apart
    const QFont small = c.font(7);
    const QFont tag = c.font(6.5, true);
    const QFont bold = c.font(8.5, true);
    // Header row.
    double y = c.y();
    const double headHeight = c.mm(9);
    c.box(QRectF(x0, y, c.body().width(), headHeight), QColor(0xe8, 0xee, 0xf4), QColor());
    for (int stage = 1; stage <= 3; ++stage)
        c.text(QRectF(x0 + first + (stage - 1) * cell + pad, y + pad, cell - 2 * pad, headHeight - 2 * pad),
            tr("Stage %1\n%2").arg(stage).arg(MaturityMatrix::stageTitle(stage)), c.font(7.5, true), Ink,
            Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap);
    y += headHeight;
    for (const DimensionAssessment &dim : m.dimensions) {
        double height = c.mm(16);
        for (int stage = 1; stage <= 3; ++stage)
            height = std::max(height,
                c.textHeight(MaturityMatrix::cellDescription(dim.dimension, stage), small, cell - 2 * pad) + c.mm(7) + 2 * pad);
        const QString selfText = dim.self ? tr("Team: stage %1").arg(dim.self->stage) : tr("Team: not assessed");
        const QString evidenceText = tr("Evidence: stage %1").arg(dim.evidenceStage);
        c.text(QRectF(x0 + pad, y + pad, first - 2 * pad, height), MaturityMatrix::dimensionTitle(dim.dimension), bold, Ink);
        c.text(QRectF(x0 + pad, y + pad + c.mm(5), first - 2 * pad, height), evidenceText + QLatin1Char('\n') + selfText,
            c.font(7), dim.gap().value_or(0) > 0 ? Warn : Muted);
        for (int stage = 1; stage <= 3; ++stage) {
            const QRectF r(x0 + first + (stage - 1) * cell, y, cell, height);
            const bool evidence = dim.evidenceStage == stage;
            const bool self = dim.self && dim.self->stage == stage;
            c.box(r.adjusted(inset, inset, -inset, -inset), evidence ? evidenceFill : QColor(0xfa, 0xfb, 0xfc),
                self ? selfBorder : QColor(0xdd, 0xe1, 0xe6), self ? 3 : 1);
            c.text(r.adjusted(pad, pad, -pad, -pad), MaturityMatrix::cellDescription(dim.dimension, stage), small,
                evidence ? Ink : Muted);
            QStringList tags;
            if (evidence)
                tags << tr("EVIDENCE");
            if (self)
                tags << tr("TEAM");
            c.text(QRectF(r.left() + pad, r.bottom() - pad - c.mm(3.5), r.width() - 2 * pad, c.mm(3.5)),
                tags.join(QStringLiteral(" · ")), tag, self && !evidence ? selfBorder : Accent,
                Qt::AlignLeft | Qt::AlignBottom);
        }
        y += height;
    }
    c.setY(y + c.mm(3));

    c.heading(tr("What the evidence shows"), 30);
    for (const DimensionAssessment &dim : m.dimensions) {
        QString title = tr("%1: evidence stage %2").arg(MaturityMatrix::dimensionTitle(dim.dimension)).arg(dim.evidenceStage);
        if (dim.self) {
            title += tr(", team stage %1 (assessed %2)").arg(dim.self->stage).arg(dim.self->assessedOn.toString(Qt::ISODate));
            if (dim.gap().value_or(0) > 0)
                title += (*dim.gap() == 1 ? tr(": the team's view is one stage ahead of the evidence")
                                      : tr(": the team's view is %1 stages ahead of the evidence").arg(*dim.gap()));
        }
        c.paragraph(title, c.font(8, true), dim.gap().value_or(0) > 0 ? Warn : Ink);
        for (const QString &reason : dim.reasons())
            c.paragraph(QStringLiteral("•  ") + reason, c.font(7.5), Ink, c.body().left() + c.mm(3));
        c.space(1.2);
    }
}

void ScorecardRenderer::contractPage(PdfCanvas &c, const ScorecardData &d)
{
    c.heading(tr("Handoff contract"));
    if (!d.contract) {
        c.paragraph(tr("No contract version was in force at the end of week %1: Sales, Marketing and RevOps have not "
                       "signed one yet.")
                        .arg(d.week.label()),
            c.font(9));
        return;
    }
    const ContractDocument &doc = *d.contract;
    c.paragraph(doc.version.title, c.font(13, true));
    c.paragraph(tr("Version %1 · %2 · in force since %3")
                    .arg(doc.version.number)
                    .arg(ContractHtml::statusName(doc.version.status),
                        doc.version.activatedAt.isValid() ? doc.version.activatedAt.toUTC().date().toString(Qt::ISODate)
                                                          : KpiFormat::none()),
        c.font(8.5), Muted);
    if (!doc.version.summary.isEmpty()) {
        c.space(1);
        c.paragraph(doc.version.summary, c.font(8.5));
    }
    c.space(3);
    PdfTable terms;
    terms.fontScale = 0.92;
    terms.columns = { { tr("Signal type"), 1.5 }, { tr("Intent"), 0.8 }, { tr("Qualifies when"), 2.2 },
        { tr("Sales receives"), 2.2 }, { tr("Owner"), 1.2 }, { tr("Follow-up"), 1.6 }, { tr("First touch within"), 1.1, Qt::AlignRight } };
    for (const ScorecardTerm &t : d.terms)
        terms.rows << QStringList { t.signalType, tierName(t.intentTier), ContractHtml::qualification(t.term),
            t.term.requiredContext.isEmpty() ? tr("the handoff itself") : ContractText::fieldList(t.term.requiredContext),
            t.term.ownerRole, t.term.followUpAction, ContractText::minutes(t.term.slaMinutes) };
    c.flowTable(terms);
    c.space(2);
    c.paragraph(tr("First-touch targets count business hours on the handoff's calendar."), c.font(7.5), Muted);
    c.space(4);
    c.heading(tr("Agreed by"), 20);
    PdfTable signatures;
    signatures.columns = { { tr("Party"), 1 }, { tr("Signed by"), 2 }, { tr("On"), 1.2 } };
    for (const QString &party : Party::all()) {
        const ContractSignoff *signoff = doc.signoff(party);
        signatures.rows << QStringList { ContractService::partyName(party), signoff ? signoff->signerName : tr("not signed"),
            signoff && signoff->signedAt.isValid() ? signoff->signedAt.toUTC().date().toString(Qt::ISODate) : KpiFormat::none() };
        if (!signoff)
            signatures.highlightRows << int(signatures.rows.size()) - 1;
    }
    c.flowTable(signatures);
}

void ScorecardRenderer::meetingPage(PdfCanvas &c, const ScorecardData &d)
{
    const MeetingRecord &record = d.meeting;
    c.heading(tr("Governance meeting, week %1").arg(d.week.label()));
    if (record.meeting) {
        const GovernanceMeeting &meeting = *record.meeting;
        c.paragraph(tr("Held on %1 · Attendees: %2")
                        .arg(meeting.heldOn.isValid() ? meeting.heldOn.toString(Qt::ISODate) : tr("not yet"),
                            meeting.attendees.isEmpty() ? tr("none recorded") : meeting.attendees.join(QStringLiteral(", "))),
            c.font(9));
        if (!meeting.notes.isEmpty()) {
            c.space(1);
            c.paragraph(meeting.notes, c.font(8.5), Muted);
        }
        c.space(3);
        c.paragraph(tr("Decisions"), c.font(10, true), Accent);
        c.space(1);
        if (record.decisions.isEmpty())
            c.paragraph(tr("No decisions recorded."), c.font(8.5), Muted);
        int number = 0;
        for (const MeetingDecision &decision : record.decisions)
            c.paragraph(QStringLiteral("%1.  %2").arg(++number).arg(decision.text), c.font(8.5), Ink, c.body().left() + c.mm(2));
    } else {
        c.paragraph(tr("No meeting is recorded for week %1. The action items still open from earlier meetings follow.")
                        .arg(d.week.label()),
            c.font(9));
    }

    const auto itemTable = [&](const QList<ActionItem> &items, bool withOrigin) {
        PdfTable table;
        table.columns = { { tr("Action item"), 3.2 }, { tr("Owner"), 1.4 }, { tr("Due"), 1.1 }, { tr("Status"), 1.2 } };
        if (withOrigin)
            table.columns << PdfTable::Column { tr("Raised"), 1 };
        for (const ActionItem &item : items) {
            QString status = GovernanceMeetings::statusName(item.status);
            if (item.closedOn.isValid() && item.status != ActionStatus::Open)
                status += QStringLiteral(" ") + item.closedOn.toString(Qt::ISODate);
            if (record.isOverdue(item))
                status = tr("Open, overdue");
            QStringList row { item.title, item.ownerName, item.dueOn.toString(Qt::ISODate), status };
            if (withOrigin)
                row << record.meetingWeeks.value(item.meetingId);
            table.rows << row;
            if (record.isOverdue(item))
                table.highlightRows << int(table.rows.size()) - 1;
        }
        c.flowTable(table);
    };
    if (record.meeting) {
        c.space(4);
        c.paragraph(tr("Action items raised at this meeting"), c.font(10, true), Accent);
        c.space(1);
        if (record.actionItems.isEmpty())
            c.paragraph(tr("None."), c.font(8.5), Muted);
        else
            itemTable(record.actionItems, false);
    }
    c.space(4);
    c.paragraph(tr("Action items from earlier meetings"), c.font(10, true), Accent);
    c.paragraph(tr("They come back every week until they are closed; overdue ones are shaded."), c.font(7.5), Muted);
    c.space(1);
    if (record.carriedOver.isEmpty())
        c.paragraph(tr("None open."), c.font(8.5), Muted);
    else
        itemTable(record.carriedOver, true);

    c.space(3);
    c.heading(tr("Agenda built from the week's data"), 25);
    for (AgendaItem::Section section : MeetingAgenda::sections()) {
        const QList<AgendaItem> items = d.agenda.section(section);
        if (items.isEmpty())
            continue;
        c.paragraph(MeetingAgenda::sectionTitle(section), c.font(8.5, true), Accent);
        for (const AgendaItem &item : items) {
            QString text = item.title;
            if (!item.owner.isEmpty() && !item.title.startsWith(item.owner))
                text += QStringLiteral(" (") + item.owner + QLatin1Char(')');
            if (!item.detail.isEmpty())
                text += QStringLiteral(". ") + item.detail;
            c.paragraph(QStringLiteral("•  ") + text, c.font(7.5), item.attention ? Warn : Ink, c.body().left() + c.mm(3));
        }
        c.space(1);
    }
}

} // namespace baton
