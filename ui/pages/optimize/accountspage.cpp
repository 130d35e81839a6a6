#include "accountspage.h"

#include "accounttablemodel.h"
#include "core/csv.h"
#include "core/workspace.h"
#include "handoffview.h"
#include "kpiformat.h"
#include "kpitiles.h"
#include "optimize/accountkpis.h"
#include "optimize/kpidefinitions.h"
#include "reporttable.h"
#include "widgets.h"
#include "workspacesession.h"

#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace baton {

AccountsPage::AccountsPage(WorkspaceSession *session, QWidget *parent) : Page(session, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);
    auto *empty = new QLabel(tr("Open a workspace to see its accounts: every handoff of an account judged as one motion."), this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_stack->addWidget(empty);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *listPane = new QWidget(splitter);
    auto *list = new QVBoxLayout(listPane);
    list->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_count = new QLabel(listPane);
    m_search = new QLineEdit(listPane);
    m_search->setPlaceholderText(tr("Search account name or domain"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search accounts"));
    m_search->setMinimumWidth(260);
    m_search->setMaximumWidth(320);
    auto *exportButton = new QPushButton(tr("Export CSV…"), listPane);
    exportButton->setAccessibleName(tr("Export the account list as CSV"));
    bar->addWidget(m_count, 1);
    bar->addWidget(m_search);
    bar->addWidget(exportButton);
    list->addLayout(bar);
    m_model = new AccountTableModel(session, this);
    m_table = new QTableView(listPane);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AccountKpis::Handoffs, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Accounts"));
    list->addWidget(m_table, 1);
    splitter->addWidget(listPane);
    m_detail = buildDetail();
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    m_stack->addWidget(splitter);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this]() {
        m_model->setSearch(m_search->text());
        m_count->setText(tr("%1 accounts").arg(QLocale().toString(m_model->rowCount())));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { showAccount(m_model->accountId(current.row())); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this]() {
        if (!m_columnsSized && m_model->rowCount() > 0) {
            // Once, from the first rows and the headers: every header whole, names at most about 30 characters.
            m_columnsSized = true;
            fitColumnsToContents(m_table);
        }
        // Keep the shown account selected when the list is sorted again.
        const int row = m_model->rowOf(m_account);
        if (row >= 0)
            m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::SelectCurrent | QItemSelectionModel::Rows);
    });
    connect(exportButton, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Accounts"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/accounts.csv"), tr("CSV files (*.csv)"));
        QString error;
        if (!path.isEmpty() && !exportAccounts(path, &error))
            QMessageBox::warning(this, tr("Export Accounts"), error);
    });
}

QWidget *AccountsPage::buildDetail()
{
    auto *pane = new QWidget(this);
    auto *box = new QVBoxLayout(pane);
    box->setContentsMargins(0, 4, 0, 0);
    m_title = makeHeading(tr("Choose an account"), pane, 1.2);
    m_facts = new QLabel(pane);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_motion = new QLabel(pane);
    m_motion->setWordWrap(true);
    m_motion->setToolTip(KpiDefinitions::tooltip(QStringLiteral("account_owner_share")));
    m_tiles = new KpiTiles(pane);
    box->addWidget(m_title);
    box->addWidget(m_facts);
    box->addWidget(m_motion);
    box->addWidget(m_tiles);
    auto *tabs = new QTabWidget(pane);
    m_handoffs = new HandoffView(session(), pane);
    tabs->addTab(m_handoffs, tr("Handoffs"));
    m_engagementModel = new QStandardItemModel(this);
    m_engagementTable = new ReportTable(tr("Engagements, newest first"), pane);
    m_engagementTable->setModel(m_engagementModel);
    m_engagementTable->setExportName(QStringLiteral("engagements.csv"));
    tabs->addTab(m_engagementTable, tr("Engagements"));
    box->addWidget(tabs, 1);
    return pane;
}

void AccountsPage::reload()
{
    if (!session()->workspace()) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    m_model->setSearch(m_search->text());
    m_count->setText(m_model->errorMessage().isEmpty() ? tr("%1 accounts").arg(QLocale().toString(m_model->rowCount()))
                                                       : m_model->errorMessage());
    if (m_account == 0 && m_model->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(m_model->index(0, 0), QItemSelectionModel::SelectCurrent | QItemSelectionModel::Rows);
    else if (m_account != 0)
        showAccount(m_account);
    m_table->resizeColumnsToContents();
}

void AccountsPage::showAccount(qint64 accountId)
{
    Workspace *workspace = session()->workspace();
    if (!workspace || accountId == 0)
        return;
    m_account = accountId;
    AccountKpis kpis(*workspace);
    auto detail = kpis.detail(accountId);
    if (!detail) {
        m_facts->setText(detail.errorMessage());
        return;
    }
    const AccountSummary &a = detail->summary;
    m_title->setText(a.name);
    QStringList facts;
    if (!a.domain.isEmpty())
        facts << a.domain;
    facts << tr("Segment: %1").arg(a.segment.isEmpty() ? KpiFormat::none() : a.segment);
    facts << tr("Territory: %1").arg(a.territory.isEmpty() ? KpiFormat::none() : a.territory);
    facts << tr("Owner: %1").arg(a.owner.isEmpty() ? tr("(no owner)") : a.owner);
    facts << tr("Team: %1").arg(a.team.isEmpty() ? KpiFormat::none() : a.team);
    facts << tr("Stage: %1").arg(a.stage.isEmpty() ? tr("(no handoffs yet)") : a.stage);
    if (!detail->parent.isEmpty())
        facts << tr("Part of %1").arg(detail->parent);
    m_facts->setText(facts.join(QStringLiteral("  ·  ")));
    const QString held = tr("As one motion: %1 handoffs, held by %n owner(s)", "", int(detail->owners))
                             .arg(KpiFormat::count(double(detail->figures.counts.handoffs)));
    m_motion->setText(detail->ownerShare
            ? tr("%1; %2 handled by the account owner.").arg(held, KpiFormat::percent(detail->ownerShare))
            : tr("%1; the account has no owner, so nobody holds the motion together.").arg(held));
    m_tiles->setFigures(detail->figures);

    HandoffFilter filter;
    filter.accounts = { accountId };
    filter.description = tr("Handoffs of %1").arg(a.name);
    m_handoffs->setFilter(filter);

    m_engagementModel->clear();
    m_engagementModel->setHorizontalHeaderLabels({ tr("When"), tr("Lead"), tr("What happened"), tr("Owner") });
    auto events = kpis.engagements(accountId);
    if (events) {
        const QTimeZone zone(workspace->setting(QStringLiteral("time_zone"), QStringLiteral("UTC")).toUtf8());
        for (const AccountEngagement &event : *events) {
            auto *when = new QStandardItem(QLocale().toString(QDateTime::fromSecsSinceEpoch(event.at, zone), QStringLiteral("yyyy-MM-dd HH:mm")));
            when->setData(double(event.at), ReportTable::SortRole);
            auto *lead = new QStandardItem(event.lead);
            lead->setData(event.lead, ReportTable::SortRole);
            auto *what = new QStandardItem(event.what);
            what->setData(event.what, ReportTable::SortRole);
            auto *who = new QStandardItem(event.who);
            who->setData(event.who, ReportTable::SortRole);
            m_engagementModel->appendRow(QList<QStandardItem *> { when, lead, what, who });
        }
    }
    m_engagementTable->view()->resizeColumnsToContents();
}

QString AccountsPage::headline() const
{
    return m_title->text() + QLatin1Char('\n') + m_facts->text() + QLatin1Char('\n') + m_motion->text();
}

bool AccountsPage::exportAccounts(const QString &path, QString *error) const
{
    auto file = createPrivateFile(path);
    if (!file) {
        if (error)
            *error = file.errorMessage();
        return false;
    }
    CsvWriter writer(file->get());
    QStringList header;
    for (int column = 0; column < m_model->columnCount(); ++column)
        header << m_model->headerData(column, Qt::Horizontal).toString();
    bool ok = writer.writeRow(header);
    auto visited = m_model->forEach([&](const AccountSummary &account) {
        QStringList fields;
        for (int column = 0; column < m_model->columnCount(); ++column)
            fields << m_model->text(account, column);
        ok = ok && writer.writeRow(fields);
    });
    if (!visited || !ok) {
        if (error)
            *error = visited ? (*file)->errorString() : visited.errorMessage();
        return false;
    }
    return true;
}

} // namespace baton
