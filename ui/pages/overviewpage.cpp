#include "overviewpage.h"

#include "core/workspace.h"
#include "editdelegates.h"
#include "settings.h"
#include "widgets.h"
#include "workspacejob.h"
#include "workspacesession.h"

#include <QDateTime>
#include <QFileInfo>
#include <QKeySequence>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMetaMethod>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace baton {

namespace {

    // Tables that only keep the workspace's own books (when the KPI sums were last brought up to date): they
    // hold nothing a user entered or imported, so the overview does not list them.
    bool isBookkeeping(const QString &table)
    {
        return table == QLatin1String("kpi_sync");
    }

} // namespace

// What each table holds, in the glossary's words.
QString OverviewPage::tableLabel(const QString &table)
{
    static const QMap<QString, const char *> labels = {
        { "account", QT_TR_NOOP("Accounts") },
        { "account_match_rule", QT_TR_NOOP("Account matching rules") },
        { "action_item", QT_TR_NOOP("Action items") },
        { "audit_log", QT_TR_NOOP("Audit log entries") },
        { "business_calendar", QT_TR_NOOP("Business-hours calendars") },
        { "calendar_holiday", QT_TR_NOOP("Calendar holidays") },
        { "calendar_hours", QT_TR_NOOP("Calendar working hours") },
        { "contract_signoff", QT_TR_NOOP("Contract sign-offs") },
        { "contract_term", QT_TR_NOOP("Contract terms") },
        { "contract_version", QT_TR_NOOP("Contract versions") },
        { "escalation_step", QT_TR_NOOP("Escalation steps") },
        { "free_mail_domain", QT_TR_NOOP("Free-mail domains (added)") },
        { "governance_meeting", QT_TR_NOOP("Governance meetings") },
        { "handoff", QT_TR_NOOP("Handoffs") },
        { "identity_rule", QT_TR_NOOP("Identity rules") },
        { "import_mapping", QT_TR_NOOP("Import mappings") },
        { "import_run", QT_TR_NOOP("Imports") },
        { "industry", QT_TR_NOOP("Industries") },
        { "kept_aside_row", QT_TR_NOOP("Rows kept aside by imports") },
        { "kpi_account", QT_TR_NOOP("KPI sums per account") },
        { "kpi_cell", QT_TR_NOOP("KPI sums per week and slice") },
        { "kpi_owner_cell", QT_TR_NOOP("KPI sums per week, slice and owner") },
        { "legal_suffix", QT_TR_NOOP("Legal suffixes (added)") },
        { "lifecycle_stage", QT_TR_NOOP("Lifecycle stages") },
        { "maturity_self_assessment", QT_TR_NOOP("Maturity self-assessments") },
        { "maturity_snapshot", QT_TR_NOOP("Maturity snapshots") },
        { "meeting_decision", QT_TR_NOOP("Meeting decisions") },
        { "owner", QT_TR_NOOP("Owners") },
        { "owner_absence", QT_TR_NOOP("Owner absences") },
        { "recycle_play", QT_TR_NOOP("Recycle plays") },
        { "rejection_reason", QT_TR_NOOP("Rejection reasons") },
        { "routing_rule", QT_TR_NOOP("Routing rules") },
        { "routing_rule_set", QT_TR_NOOP("Routing rule sets") },
        { "segment", QT_TR_NOOP("Segments") },
        { "signal_type", QT_TR_NOOP("Signal types") },
        { "sla_policy", QT_TR_NOOP("SLA policies") },
        { "stage_change", QT_TR_NOOP("Stage changes") },
        { "stage_requirement", QT_TR_NOOP("Stage requirements") },
        { "stage_transition", QT_TR_NOOP("Stage transitions") },
        { "team", QT_TR_NOOP("Teams and queues") },
        { "team_member", QT_TR_NOOP("Team memberships") },
        { "territory", QT_TR_NOOP("Territories") },
        { "territory_area", QT_TR_NOOP("Territory areas") },
        { "utm_convention", QT_TR_NOOP("UTM conventions") },
        { "workspace_setting", QT_TR_NOOP("Workspace settings") },
    };
    const char *label = labels.value(table);
    return label ? tr(label) : table;
}

OverviewPage::OverviewPage(WorkspaceSession *session, QWidget *parent) : Page(session, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(buildWelcome());
    m_stack->addWidget(buildSummary());
    layout->addWidget(m_stack);
    m_countJob = new WorkspaceJob(this);
}

QWidget *OverviewPage::buildWelcome()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    auto *title = makeHeading(tr("Welcome to Baton"), page, 1.8);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto *intro = new QLabel(tr("Baton turns the Marketing to Sales handoff into a governed, measurable contract: "
                                "define it, map the stages, instrument the data, route every lead to an owner, "
                                "enforce the SLAs, learn from rejections and optimize with the weekly meeting."),
        page);
    layout->addLayout(centeredParagraph(intro, 620));
    layout->addSpacing(16);

    auto *buttons = new QVBoxLayout;
    auto *demo = new QPushButton(tr("Explore a demo workspace"), page);
    demo->setDefault(true);
    demo->setAccessibleName(tr("Create and open a demo workspace"));
    auto *create = new QPushButton(tr("Start a new workspace…"), page);
    auto *open = new QPushButton(tr("Open a workspace…"), page);
    m_import = new QPushButton(tr("Import a CSV export…"), page);
    m_import->setObjectName(QStringLiteral("ImportButton"));
    for (QPushButton *button : { demo, create, open, m_import }) {
        button->setMinimumWidth(280);
        buttons->addWidget(button, 0, Qt::AlignHCenter);
    }
    connect(demo, &QPushButton::clicked, this, &OverviewPage::newDemoRequested);
    connect(create, &QPushButton::clicked, this, &OverviewPage::newRequested);
    connect(open, &QPushButton::clicked, this, &OverviewPage::openRequested);
    connect(m_import, &QPushButton::clicked, this, &OverviewPage::importRequested);
    updateImportButton();
    layout->addLayout(buttons);
    layout->addSpacing(8);
    auto *tip = new QLabel(tr("Tip: press %1 to go to any page, routing rule, signal type or owner by typing its name.")
                               .arg(QKeySequence(Qt::CTRL | Qt::Key_K).toString(QKeySequence::NativeText)),
        page);
    tip->setForegroundRole(QPalette::PlaceholderText);
    layout->addLayout(centeredParagraph(tip, 620));
    layout->addSpacing(16);

    auto *recentTitle = new QLabel(tr("Recent workspaces"), page);
    recentTitle->setAlignment(Qt::AlignCenter);
    layout->addWidget(recentTitle);
    m_recent = new QListWidget(page);
    m_recent->setMaximumWidth(620);
    m_recent->setMaximumHeight(160);
    m_recent->setAccessibleName(tr("Recent workspaces"));
    connect(m_recent, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { emit openPathRequested(item->data(Qt::UserRole).toString()); });
    layout->addWidget(m_recent, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return page;
}

QWidget *OverviewPage::buildSummary()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_title = makeHeading(QString(), page);
    m_details = new QLabel(page);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addSpacing(8);
    layout->addWidget(new QLabel(tr("What the workspace holds (rows per table):"), page));
    m_counts = new QTableWidget(0, 2, page);
    m_counts->setHorizontalHeaderLabels({ tr("Table"), tr("Rows") });
    m_counts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_counts->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_counts->verticalHeader()->hide();
    m_counts->verticalHeader()->setDefaultSectionSize(m_counts->fontMetrics().height() + 8);
    m_counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_counts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_counts->setSortingEnabled(true);
    m_counts->setAccessibleName(tr("Rows per table"));
    m_counts->setItemDelegateForColumn(1, new GroupedNumberDelegate(m_counts));
    layout->addWidget(m_counts, 1);
    return page;
}

void OverviewPage::updateImportButton()
{
    const bool available = isSignalConnected(QMetaMethod::fromSignal(&OverviewPage::importRequested));
    m_import->setEnabled(available);
    m_import->setToolTip(available ? tr("Import handoffs from a CRM's CSV export")
                                   : tr("Importing is available in the main window"));
}

void OverviewPage::connectNotify(const QMetaMethod &signal)
{
    Page::connectNotify(signal);
    if (signal == QMetaMethod::fromSignal(&OverviewPage::importRequested) && m_import)
        QMetaObject::invokeMethod(this, &OverviewPage::updateImportButton, Qt::QueuedConnection);
}

void OverviewPage::disconnectNotify(const QMetaMethod &signal)
{
    Page::disconnectNotify(signal);
    if (signal == QMetaMethod::fromSignal(&OverviewPage::importRequested) && m_import)
        QMetaObject::invokeMethod(this, &OverviewPage::updateImportButton, Qt::QueuedConnection);
}

void OverviewPage::reload()
{
    Workspace *workspace = session()->workspace();
    if (!workspace) {
        m_countJob->cancel();
        m_recent->clear();
        for (const QString &path : Settings::recentWorkspaces().get()) {
            auto *item = new QListWidgetItem(QFileInfo(path).fileName() + QStringLiteral("  —  ") + path, m_recent);
            item->setData(Qt::UserRole, path);
            item->setToolTip(path);
        }
        if (m_recent->count() == 0)
            new QListWidgetItem(tr("No recent workspaces yet."), m_recent);
        // As wide as its longest line (up to the list's maximum): the list keeps its size hint in the centred
        // layout, which would cut longer lines, such as the German for "no recent workspaces yet".
        int widest = 0;
        for (int row = 0; row < m_recent->count(); ++row)
            widest = std::max(widest, m_recent->fontMetrics().horizontalAdvance(m_recent->item(row)->text()));
        m_recent->setMinimumWidth(std::min(m_recent->maximumWidth(),
            widest + 2 * m_recent->frameWidth() + m_recent->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 16));
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    m_title->setText(workspace->displayName());
    const QLocale locale;
    QStringList details;
    details << tr("File: %1").arg(workspace->path());
    details << tr("Schema version: %1").arg(workspace->schemaVersion());
    details << tr("Reporting time zone: %1").arg(workspace->setting(QStringLiteral("time_zone"), QStringLiteral("UTC")));
    const QString asOf = workspace->setting(QStringLiteral("as_of"));
    if (!asOf.isEmpty()) {
        // Shown in the workspace's reporting zone, where the weeks are counted.
        const QTimeZone zone(workspace->setting(QStringLiteral("time_zone"), QStringLiteral("UTC")).toUtf8());
        details << tr("Data as of: %1")
                       .arg(locale.toString(QDateTime::fromString(asOf, Qt::ISODate).toTimeZone(zone), QLocale::ShortFormat));
    }
    m_details->setText(details.join(QLatin1Char('\n')));

    // The tables are listed at once; their rows are counted in a worker with its own connection, since counting
    // every row of a big workspace (tens of milliseconds at 10^6 handoffs) would hold up the window.
    m_countJob->cancel();
    m_counts->setSortingEnabled(false);
    m_counts->setRowCount(0);
    const auto names = workspace->tableNames();
    if (names) {
        int row = 0;
        for (const QString &table : *names) {
            if (isBookkeeping(table))
                continue;
            m_counts->setRowCount(row + 1);
            auto *label = new QTableWidgetItem(tableLabel(table));
            label->setData(Qt::UserRole, table);
            m_counts->setItem(row, 0, label);
            auto *number = new QTableWidgetItem(QStringLiteral("…"));
            number->setToolTip(tr("Counting the rows…"));
            number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_counts->setItem(row, 1, number);
            ++row;
        }
    }
    m_counts->setSortingEnabled(true);
    m_counts->sortByColumn(0, Qt::AscendingOrder);
    m_countJob->start<QList<std::pair<QString, qint64>>>(
        workspace->path(), Workspace::Access::ReadOnly, [](Workspace &counted) { return counted.tableCounts(); },
        [this](Result<QList<std::pair<QString, qint64>>> counts) {
            if (counts) {
                showCounts(*counts);
                return;
            }
            // The worker could not open the file on its own (it always should: readers never block); count
            // on the window's connection instead.
            if (Workspace *workspace = session()->workspace())
                if (auto here = workspace->tableCounts())
                    showCounts(*here);
        });
}

void OverviewPage::showCounts(const QList<std::pair<QString, qint64>> &counts)
{
    QHash<QString, qint64> byTable;
    for (const auto &[table, count] : counts)
        byTable.insert(table, count);
    m_counts->setSortingEnabled(false);
    for (int row = 0; row < m_counts->rowCount(); ++row) {
        const QString table = m_counts->item(row, 0)->data(Qt::UserRole).toString();
        QTableWidgetItem *number = m_counts->item(row, 1);
        if (byTable.contains(table)) {
            number->setData(Qt::DisplayRole, byTable.value(table));
            number->setToolTip(QString());
        } else {
            number->setText(QString()); // a table made after the names were read; shown with its count next time
        }
    }
    m_counts->setSortingEnabled(true);
    emit countsShown();
}

} // namespace baton
