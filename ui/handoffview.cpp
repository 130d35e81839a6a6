#include "handoffview.h"

#include "core/csv.h"
#include "handofftablemodel.h"
#include "widgets.h"
#include "workspacesession.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace baton {

HandoffView::HandoffView(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new HandoffTableModel(session, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search lead, email, contact or company"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search handoffs"));
    // The summary beside it wraps; the search box keeps room for its placeholder whatever the summary says.
    m_search->setMinimumWidth(
        std::min(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 40, 220));
    m_search->setMaximumWidth(320);
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setAccessibleName(tr("Export these handoffs as CSV"));
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_search);
    bar->addWidget(exportButton);
    layout->addLayout(bar);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HandoffTableModel::HandedOff, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Handoffs"));
    layout->addWidget(m_table, 1);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this]() {
        HandoffFilter filter = m_baseFilter;
        filter.search = m_search->text();
        m_model->setFilter(filter);
        updateSummary();
    });
    connect(exportButton, &QPushButton::clicked, this, &HandoffView::exportWithDialog);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit handoffActivated(index.data(HandoffTableModel::HandoffIdRole).toLongLong());
    });
}

void HandoffView::setFilter(const HandoffFilter &filter)
{
    m_baseFilter = filter;
    HandoffFilter combined = filter;
    combined.search = m_search->text();
    m_model->setFilter(combined);
    updateSummary();
}

void HandoffView::refresh()
{
    m_model->refresh();
    updateSummary();
}

void HandoffView::updateSummary()
{
    if (!m_model->errorMessage().isEmpty()) {
        m_summary->setText(m_model->errorMessage());
        return;
    }
    const QString what = m_baseFilter.description.isEmpty() ? tr("All handoffs") : m_baseFilter.description;
    m_summary->setText(tr("%1 — %2 handoffs").arg(what, QLocale().toString(m_model->rowCount())));
    if (!m_columnsSized && m_model->rowCount() > 0) {
        // Once, from the first rows and the headers (later the user's widths stand): dates and short
        // values whole, long names (companies, campaigns) at most about 30 characters before they elide.
        m_columnsSized = true;
        fitColumnsToContents(m_table);
    }
}

bool HandoffView::exportCsv(const QString &path, QString *error)
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
    auto visited = m_model->forEach([&](const Handoff &handoff) {
        QStringList fields;
        for (int column = 0; column < m_model->columnCount(); ++column)
            fields << m_model->text(handoff, column);
        ok = ok && writer.writeRow(fields);
        return ok;
    });
    if (!visited || !ok) {
        if (error)
            *error = visited ? (*file)->errorString() : visited.errorMessage();
        return false;
    }
    return true;
}

void HandoffView::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Handoffs"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/handoffs.csv"),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export Handoffs"), error);
}

} // namespace baton
