#include "scorecardexport.h"

#include "scorecardrenderer.h"

#include "backgroundtask.h"
#include "core/workspace.h"
#include "govern/maturityevidence.h"
#include "govern/scorecarddata.h"
#include "optimize/kpiengine.h"
#include "workspacesession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <optional>

namespace baton {

ScorecardExportDialog::ScorecardExportDialog(const QList<IsoWeek> &weeks, const IsoWeek &current, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export Scorecard"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A PDF of the week for the governance meeting to take away: KPIs against the week before and "
                                "their trend, SLA compliance, rejection reasons, leakage, the maturity matrix, the contract, "
                                "and the meeting's decisions and action items."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_week = new QComboBox(this);
    for (auto it = weeks.crbegin(); it != weeks.crend(); ++it)
        m_week->addItem(it->label(), it->code());
    m_week->setCurrentIndex(std::max(0, m_week->findData(current.code())));
    form->addRow(tr("Week"), m_week);
    m_pageSize = new QComboBox(this);
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("Letter"), int(QPageSize::Letter));
    m_pageSize->setCurrentIndex(m_pageSize->findData(int(ScorecardRenderer::localePageSize())));
    form->addRow(tr("Page size"), m_pageSize);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

IsoWeek ScorecardExportDialog::week() const
{
    return IsoWeek::fromCode(m_week->currentData().toInt());
}

QPageSize::PageSizeId ScorecardExportDialog::pageSize() const
{
    return QPageSize::PageSizeId(m_pageSize->currentData().toInt());
}

Result<int> ScorecardExport::write(QWidget *parent, WorkspaceSession *session, const IsoWeek &week, const QString &path,
    QPageSize::PageSizeId pageSize)
{
    Workspace *workspace = session->workspace();
    if (!workspace)
        return fail(QCoreApplication::translate("baton::ScorecardExport", "Open a workspace first."));
    const QString file = workspace->path();
    std::optional<Result<ScorecardData>> data;
    auto done = runInBackground(parent, QCoreApplication::translate("baton::ScorecardExport", "Building the scorecard…"),
        [&](TaskControl &) -> Result<void> {
            auto opened = Workspace::open(file, Workspace::Access::ReadOnly);
            if (!opened)
                return opened.error();
            data = ScorecardData::build(**opened, week);
            return {};
        });
    if (!done)
        return done.error();
    if (!data || !*data)
        return data ? data->error() : fail(QStringLiteral("The scorecard was not built."));
    ScorecardOptions options;
    options.pageSize = pageSize;
    return ScorecardRenderer::render(data->value(), path, options);
}

Result<QString> ScorecardExport::run(QWidget *parent, WorkspaceSession *session)
{
    Workspace *workspace = session->workspace();
    if (!workspace)
        return QString();
    QList<IsoWeek> weeks;
    for (int code : KpiEngine(*workspace).weeks().valueOr({}))
        weeks << IsoWeek::fromCode(code);
    auto current = MaturityEvidence::defaultWeek(*workspace);
    if (!current)
        return current.error();
    if (!weeks.contains(*current))
        weeks << *current;
    std::sort(weeks.begin(), weeks.end());
    ScorecardExportDialog dialog(weeks, *current, parent);
    if (dialog.exec() != QDialog::Accepted)
        return QString();
    const QString suggested = QDir::home().filePath(
        QStringLiteral("%1 scorecard %2.pdf").arg(workspace->displayName(), dialog.week().label()));
    QString path = QFileDialog::getSaveFileName(parent, ScorecardExportDialog::tr("Export Scorecard"), suggested,
        ScorecardExportDialog::tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return QString();
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    auto pages = write(parent, session, dialog.week(), path, dialog.pageSize());
    if (!pages)
        return pages.error();
    return path;
}

} // namespace baton
