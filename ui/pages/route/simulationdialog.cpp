#include "simulationdialog.h"

#include "backgroundtask.h"
#include "colours.h"
#include "core/workspace.h"
#include "data/names.h"
#include "route/leadcsv.h"
#include "route/leadresolver.h"
#include "route/routingsimulation.h"
#include "route/rulesetstore.h"
#include "workspacesession.h"

#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace baton {

namespace {

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSortingEnabled(false);
    return t;
}

QTableWidgetItem *number(double value, int decimals = 0)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value, 'f', decimals));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

SimulationDialog::SimulationDialog(WorkspaceSession *session, qint64 ruleSetId, QWidget *parent)
    : QDialog(parent), m_session(session), m_ruleSetId(ruleSetId)
{
    setWindowTitle(tr("Simulate routing"));
    auto *layout = new QVBoxLayout(this);
    auto *choices = new QGridLayout;
    m_fromFile = new QRadioButton(tr("Leads file (CSV):"), this);
    m_file = new QLineEdit(this);
    m_file->setPlaceholderText(tr("columns: %1").arg(LeadCsvReader::columns().join(QStringLiteral(", "))));
    auto *browse = new QPushButton(tr("Browse…"), this);
    m_fromHandoffs = new QRadioButton(tr("The workspace's handoffs from"), this);
    const QDate asOf = session->workspace() ? QDateTime::fromSecsSinceEpoch(session->workspace()->asOf(), Qt::UTC).date()
                                            : QDate::currentDate();
    m_from = new QDateEdit(asOf.addDays(-27), this);
    m_to = new QDateEdit(asOf, this);
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_fromHandoffs->setChecked(true);
    auto *range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to);
    range->addStretch(1);
    choices->addWidget(m_fromHandoffs, 0, 0);
    choices->addLayout(range, 0, 1, 1, 2);
    choices->addWidget(m_fromFile, 1, 0);
    choices->addWidget(m_file, 1, 1);
    choices->addWidget(browse, 1, 2);
    layout->addLayout(choices);
    auto *runButton = new QPushButton(tr("Run"), this);
    runButton->setDefault(true);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(runButton);
    runRow->addStretch(1);
    layout->addLayout(runRow);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_owners = table({ tr("Owner"), tr("Team"), tr("Leads"), tr("Per day"), tr("Capacity a day"), tr("Peak day"),
                         tr("Days over capacity"), tr("Under the active rules") },
        splitter);
    m_owners->setAccessibleName(tr("Load per owner"));
    m_owners->setToolTip(tr("Per day: leads / weekdays from the first to the last lead's day. Peak day: most leads on one day. "
                            "Days over capacity: days with more leads than the owner's capacity per day (round robin never "
                            "exceeds it; named owners, account owners and the fallback queue can)."));
    m_moves = table({ tr("Team under the active rules"), tr("Team under these rules"), tr("Leads") }, splitter);
    m_moves->setAccessibleName(tr("Leads that change team"));
    m_problems = new QPlainTextEdit(splitter);
    m_problems->setReadOnly(true);
    m_problems->setPlaceholderText(tr("Values in the leads file that could not be used are listed here."));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 1);
    layout->addWidget(splitter, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getOpenFileName(this, tr("Leads file"), QString(), tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            setLeadsFile(path);
    });
    connect(runButton, &QPushButton::clicked, this, &SimulationDialog::run);
    resize(900, 620);
}

void SimulationDialog::setLeadsFile(const QString &path)
{
    m_file->setText(path);
    m_fromFile->setChecked(true);
}

void SimulationDialog::useHandoffs(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    m_fromHandoffs->setChecked(true);
}

bool SimulationDialog::run()
{
    Workspace *workspace = m_session->workspace();
    if (!workspace)
        return false;
    const QString path = workspace->path();
    const qint64 ruleSetId = m_ruleSetId;
    const bool fromFile = m_fromFile->isChecked();
    const QString leadsFile = m_file->text().trimmed();
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    if (fromFile && leadsFile.isEmpty()) {
        QMessageBox::information(this, windowTitle(), tr("Choose a leads file first."));
        return false;
    }
    SimulationResult result;
    QStringList problems;
    NameLookup names;
    qint64 activeId = 0;
    // In a worker thread with its own connection: a year of handoffs takes a moment.
    const Result<void> done = runInBackground(this, tr("Simulating routing…"), [&](TaskControl &) -> Result<void> {
        auto opened = Workspace::open(path, Workspace::Access::ReadOnly);
        if (!opened)
            return opened.error();
        Workspace &ws = **opened;
        auto model = CoverageModel::load(ws);
        if (!model)
            return model.error();
        QList<RoutingLead> leads;
        if (fromFile) {
            auto file = LeadCsvReader::read(leadsFile);
            if (!file)
                return file.error();
            auto resolver = LeadResolver::load(ws, *model);
            if (!resolver)
                return resolver.error();
            problems = file->problems;
            const QDate asOf = QDateTime::fromSecsSinceEpoch(ws.asOf(), Qt::UTC).date();
            for (const LeadRow &row : std::as_const(file->rows))
                leads << resolver->resolve(row, asOf, &problems);
        } else {
            auto handoffs = RoutingSimulation::handoffLeads(ws, from, to);
            if (!handoffs)
                return handoffs.error();
            leads = *handoffs;
        }
        auto active = RuleSetStore(ws).activeRuleSetId();
        if (!active)
            return active.error();
        activeId = *active;
        auto simulated = RoutingSimulation::run(ws, leads, ruleSetId, activeId != ruleSetId ? activeId : 0);
        if (!simulated)
            return simulated.error();
        result = *simulated;
        auto lookup = NameLookup::load(ws);
        if (!lookup)
            return lookup.error();
        names = *lookup;
        return {};
    });
    if (!done) {
        QMessageBox::warning(this, windowTitle(), done.errorMessage());
        return false;
    }
    const QLocale locale;
    QString summary = tr("%1 leads: %2 assigned, %3 unassigned, %4 to the fallback queue; %5 weekdays.")
                          .arg(locale.toString(result.leads), locale.toString(result.leads - result.unassigned),
                              locale.toString(result.unassigned), locale.toString(result.fallback))
                          .arg(result.days);
    if (result.comparedRuleSetId)
        summary += QLatin1Char(' ')
            + tr("Against the active rules: %1 leads change team, %2 change owner, %3 are decided by another rule; the "
                 "fallback queue gets %4 instead of %5.")
                  .arg(locale.toString(result.teamChanged), locale.toString(result.ownerChanged),
                      locale.toString(result.ruleChanged), locale.toString(result.fallback), locale.toString(result.fallbackBefore));
    else
        summary += QLatin1Char(' ') + tr("These are the active rules, so there is nothing to compare with.");
    m_summary->setText(summary);
    m_owners->setRowCount(int(result.owners.size()));
    for (int r = 0; r < result.owners.size(); ++r) {
        const OwnerLoad &load = result.owners.at(r);
        m_owners->setItem(r, 0, new QTableWidgetItem(names.owners.value(load.ownerId)));
        m_owners->setItem(r, 1, new QTableWidgetItem(names.teams.value(load.teamId)));
        m_owners->setItem(r, 2, number(double(load.leads)));
        m_owners->setItem(r, 3, number(result.days ? double(load.leads) / result.days : 0.0, 1));
        m_owners->setItem(r, 4, number(load.capacityPerDay));
        m_owners->setItem(r, 5, number(load.peakDay));
        auto *over = number(load.daysOverCapacity);
        if (load.daysOverCapacity > 0)
            over->setForeground(Colours::text(Colours::Tone::Bad, m_owners->palette()));
        m_owners->setItem(r, 6, over);
        m_owners->setItem(r, 7, result.comparedRuleSetId ? number(double(result.ownerLeadsBefore.value(load.ownerId)))
                                                         : new QTableWidgetItem(QStringLiteral("–")));
    }
    m_moves->setRowCount(int(result.teamMoves.size()));
    int r = 0;
    for (auto it = result.teamMoves.cbegin(); it != result.teamMoves.cend(); ++it, ++r) {
        m_moves->setItem(r, 0, new QTableWidgetItem(names.teams.value(it.key().first)));
        m_moves->setItem(r, 1, new QTableWidgetItem(names.teams.value(it.key().second)));
        m_moves->setItem(r, 2, number(double(it.value())));
    }
    m_problems->setPlainText(problems.join(QLatin1Char('\n')));
    return true;
}

} // namespace baton
