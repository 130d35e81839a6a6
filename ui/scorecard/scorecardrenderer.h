#pragma once

// Renders a ScorecardData into a PDF: a few A4 or Letter pages with the week's KPIs against the week before and
// their trend, SLA compliance, rejection reasons, leakage, the maturity matrix, the contract on one page, and
// the meeting's decisions and action items. Charts are QtCharts drawn as vectors, text is real text in an
// embedded font (DejaVu Sans), every page carries the workspace's name, the week and "page n of N".
// Needs a QApplication (charts are graphics items); works on the offscreen platform.

#include "core/result.h"
#include "govern/scorecarddata.h"

#include <QCoreApplication>
#include <QPageSize>

namespace baton {

class PdfCanvas;

struct ScorecardOptions
{
    QPageSize::PageSizeId pageSize = QPageSize::A4;
};

class ScorecardRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(baton::ScorecardRenderer)
public:
    // Writes the PDF to `path` (replacing it only once it is complete); returns the number of pages.
    static Result<int> render(const ScorecardData &data, const QString &path, const ScorecardOptions &options = {});
    // "a4" or "letter" (any case).
    static Result<QPageSize::PageSizeId> parsePageSize(const QString &name);
    // The default for the user's locale: Letter in the US and Canada, else A4.
    static QPageSize::PageSizeId localePageSize();

private:
    static void layout(PdfCanvas &canvas, const ScorecardData &data);
    static void kpiPage(PdfCanvas &canvas, const ScorecardData &data);
    static void slaRejectionsLeakagePage(PdfCanvas &canvas, const ScorecardData &data);
    static void maturityPage(PdfCanvas &canvas, const ScorecardData &data);
    static void contractPage(PdfCanvas &canvas, const ScorecardData &data);
    static void meetingPage(PdfCanvas &canvas, const ScorecardData &data);
};

} // namespace baton
