#include "importpage.h"

#include "core/csv.h"
#include "importtext.h"
#include "instrument/import/importfields.h"
#include "keptasidemodel.h"
#include "pages/emptystate.h"
#include "workspacesession.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace baton {

namespace {

enum RunColumn { StartedColumn, FileColumn, MappingColumn, EntityColumn, ReadColumn, ImportedColumn, UpdatedColumn,
    KeptAsideColumn, DuplicatesColumn, RunColumnCount };

QString entityText(const QString &name)
{
    ImportEntity entity;
    return ImportFields::entityFromName(name, &entity) ? ImportFields::entityLabel(entity) : name;
}

QString startedText(qint64 seconds)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(seconds).toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ImportPage::ImportPage(WorkspaceSession *session, QWidget *parent) : Page(session, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(new EmptyState(tr("No workspace open"),
        tr("Open or create a workspace, then import a CRM's CSV export into it: handoffs, accounts or owners."), this));

    auto *content = new QWidget(m_stack);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    auto *importButton = new QPushButton(tr("Import CSV…"), content);
    importButton->setObjectName(QStringLiteral("ImportCsvButton"));
    importButton->setToolTip(tr("Import a CRM's CSV export: handoffs, accounts or owners"));
    connect(importButton, &QPushButton::clicked, this, &ImportPage::importRequested);
    bar->addWidget(importButton);
    bar->addStretch(1);
    contentLayout->addLayout(bar);

    auto *inner = new QStackedWidget(content);
    inner->setObjectName(QStringLiteral("ImportInnerStack"));
    inner->addWidget(new EmptyState(tr("No imports yet"),
        tr("Import CSV… reads a CRM export with a preset (Salesforce, HubSpot, the sample datasets), a saved "
           "mapping or a mapping file. Each import is listed here with its counts and the rows it kept aside."),
        inner));

    auto *splitter = new QSplitter(Qt::Vertical, inner);
    m_runs = new QTableWidget(0, RunColumnCount, splitter);
    m_runs->setObjectName(QStringLiteral("ImportRuns"));
    m_runs->setAccessibleName(tr("Imports, newest first"));
    m_runs->setHorizontalHeaderLabels({ tr("Started"), tr("File"), tr("Mapping"), tr("Into"), tr("Read"), tr("New"),
        tr("Updated"), tr("Kept aside"), tr("Duplicates") });
    const QList<std::pair<int, QString>> definitions = { { ReadColumn, ImportText::readDefinition() },
        { ImportedColumn, ImportText::importedDefinition() }, { UpdatedColumn, ImportText::updatedDefinition() },
        { KeptAsideColumn, ImportText::keptAsideDefinition() }, { DuplicatesColumn, ImportText::duplicatesDefinition() } };
    for (const auto &[column, text] : definitions)
        m_runs->horizontalHeaderItem(column)->setToolTip(text);
    m_runs->verticalHeader()->hide();
    m_runs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_runs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runs->setWordWrap(false);
    m_runs->setAlternatingRowColors(true);
    m_runs->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_runs->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    splitter->addWidget(m_runs);

    auto *detail = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 6, 0, 0);
    m_runTitle = new QLabel(detail);
    m_runTitle->setObjectName(QStringLiteral("KeptAsideTitle"));
    QFont bold = m_runTitle->font();
    bold.setBold(true);
    m_runTitle->setFont(bold);
    detailLayout->addWidget(m_runTitle);
    auto *filterBar = new QHBoxLayout;
    m_filter = new QLineEdit(detail);
    m_filter->setObjectName(QStringLiteral("KeptAsideFilter"));
    m_filter->setPlaceholderText(tr("Filter by reason or by any text of the record"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the kept-aside rows"));
    m_count = new QLabel(detail);
    m_export = new QPushButton(tr("Export CSV…"), detail);
    m_export->setObjectName(QStringLiteral("KeptAsideExport"));
    m_export->setToolTip(tr("Write the rows shown to a CSV file: line, reason and the record's own columns, ready to "
                            "fix in a spreadsheet and import again"));
    filterBar->addWidget(m_filter, 1);
    filterBar->addWidget(m_count);
    filterBar->addWidget(m_export);
    detailLayout->addLayout(filterBar);

    m_detailStack = new QStackedWidget(detail);
    m_model = new KeptAsideModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::DisplayRole);
    m_keptAside = new QTableView(m_detailStack);
    m_keptAside->setObjectName(QStringLiteral("KeptAsideTable"));
    m_keptAside->setAccessibleName(tr("Rows kept aside: line, reason and the record"));
    m_keptAside->setModel(m_proxy);
    m_keptAside->setSortingEnabled(true);
    m_keptAside->sortByColumn(KeptAsideModel::LineColumn, Qt::AscendingOrder);
    m_keptAside->verticalHeader()->hide();
    m_keptAside->verticalHeader()->setDefaultSectionSize(m_keptAside->fontMetrics().height() + 8);
    m_keptAside->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_keptAside->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_keptAside->setWordWrap(false);
    m_keptAside->setAlternatingRowColors(true);
    m_keptAside->horizontalHeader()->setSectionResizeMode(KeptAsideModel::LineColumn, QHeaderView::ResizeToContents);
    m_keptAside->horizontalHeader()->setSectionResizeMode(KeptAsideModel::ReasonColumn, QHeaderView::Interactive);
    m_keptAside->horizontalHeader()->setStretchLastSection(true);
    m_keptAside->setColumnWidth(KeptAsideModel::ReasonColumn, 460);
    m_detailStack->addWidget(m_keptAside);
    m_nothingAside = new QLabel(m_detailStack);
    m_nothingAside->setAlignment(Qt::AlignCenter);
    m_nothingAside->setWordWrap(true);
    m_nothingAside->setForegroundRole(QPalette::PlaceholderText);
    m_detailStack->addWidget(m_nothingAside);
    detailLayout->addWidget(m_detailStack, 1);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    inner->addWidget(splitter);
    contentLayout->addWidget(inner, 1);
    m_stack->addWidget(content);
    layout->addWidget(m_stack);

    connect(m_runs, &QTableWidget::currentCellChanged, this, [this](int row) { showRun(row); });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateCount();
    });
    connect(m_export, &QPushButton::clicked, this, &ImportPage::exportDialog);
}

void ImportPage::reload()
{
    Workspace *workspace = session()->workspace();
    if (!workspace) {
        m_stack->setCurrentIndex(0);
        m_runInfos.clear();
        m_model->setRows({});
        return;
    }
    m_stack->setCurrentIndex(1);
    const qint64 previous = selectedRun();
    auto runs = ImportHistory::runs(*workspace);
    if (!runs) {
        emit session()->errorReported(runs.errorMessage());
        return;
    }
    m_runInfos = *runs;
    auto *inner = findChild<QStackedWidget *>(QStringLiteral("ImportInnerStack"));
    inner->setCurrentIndex(m_runInfos.isEmpty() ? 0 : 1);
    const QLocale locale;
    const QSignalBlocker blocker(m_runs);
    m_runs->setRowCount(int(m_runInfos.size()));
    int select = 0;
    for (int row = 0; row < m_runInfos.size(); ++row) {
        const ImportRunInfo &run = m_runInfos.at(row);
        if (run.id == previous)
            select = row;
        const auto set = [&](int column, const QString &text, bool number = false) {
            auto *item = new QTableWidgetItem(text);
            if (number)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_runs->setItem(row, column, item);
        };
        set(StartedColumn, startedText(run.startedAt));
        set(FileColumn, run.fileName);
        m_runs->item(row, FileColumn)->setData(Qt::UserRole, run.id);
        set(MappingColumn, run.mappingName);
        set(EntityColumn, entityText(run.entity));
        set(ReadColumn, locale.toString(run.read), true);
        set(ImportedColumn, locale.toString(run.imported), true);
        set(UpdatedColumn, locale.toString(run.updated), true);
        set(KeptAsideColumn, locale.toString(run.keptAside), true);
        set(DuplicatesColumn, locale.toString(run.duplicates), true);
    }
    if (m_runInfos.isEmpty()) {
        m_model->setRows({});
        return;
    }
    m_runs->setCurrentCell(select, 0);
    showRun(select);
}

qint64 ImportPage::selectedRun() const
{
    const int row = m_runs->currentRow();
    return row >= 0 && row < m_runInfos.size() ? m_runInfos.at(row).id : 0;
}

bool ImportPage::selectRun(qint64 runId)
{
    if (isVisible())
        invalidate(); // an import may just have added the run
    else
        reload();
    for (int row = 0; row < m_runInfos.size(); ++row)
        if (m_runInfos.at(row).id == runId) {
            m_runs->setCurrentCell(row, 0);
            return true;
        }
    return false;
}

void ImportPage::showRun(int row)
{
    Workspace *workspace = session()->workspace();
    if (!workspace || row < 0 || row >= m_runInfos.size()) {
        m_model->setRows({});
        return;
    }
    const ImportRunInfo &run = m_runInfos.at(row);
    m_runTitle->setText(tr("Rows kept aside by the import of %1 (%2)").arg(run.fileName, startedText(run.startedAt)));
    auto rows = ImportHistory::keptAside(*workspace, run.id);
    if (!rows) {
        emit session()->errorReported(rows.errorMessage());
        m_model->setRows({});
        return;
    }
    m_model->setRows(*rows);
    const bool any = !rows->isEmpty();
    m_detailStack->setCurrentIndex(any ? 0 : 1);
    m_nothingAside->setText(tr("Nothing was kept aside: every one of the %Ln records this import read was stored.", nullptr,
        int(run.read)));
    m_filter->setVisible(any);
    m_count->setVisible(any);
    m_export->setVisible(any);
    updateCount();
}

void ImportPage::updateCount()
{
    const QLocale locale;
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    m_count->setText(shown == all ? tr("%1 rows").arg(locale.toString(all))
                                  : tr("%1 of %2 rows").arg(locale.toString(shown), locale.toString(all)));
}

Result<qint64> ImportPage::exportShown(const QString &path) const
{
    const int row = m_runs->currentRow();
    if (row < 0 || row >= m_runInfos.size())
        return fail(tr("Choose an import first."), Error::Kind::Invalid);
    auto file = createPrivateFile(path);
    if (!file)
        return file.error();
    CsvWriter writer(file->get());
    QStringList header { tr("line"), tr("reason") };
    header << m_runInfos.at(row).header;
    bool ok = writer.writeRow(header);
    for (int i = 0; ok && i < m_proxy->rowCount(); ++i) {
        const KeptAsideRow &kept = m_model->rows().at(m_proxy->mapToSource(m_proxy->index(i, 0)).row());
        QStringList fields { QString::number(kept.line), kept.reason };
        fields << kept.fields();
        ok = writer.writeRow(fields);
    }
    if (!ok)
        return fail(tr("Writing %1 failed: %2").arg(path, (*file)->errorString()), Error::Kind::Io);
    (*file)->close();
    return qint64(m_proxy->rowCount());
}

void ImportPage::exportDialog()
{
    const int row = m_runs->currentRow();
    if (row < 0 || row >= m_runInfos.size())
        return;
    const QString suggested = QDir::home().filePath(
        tr("kept-aside-%1.csv").arg(QFileInfo(m_runInfos.at(row).fileName).completeBaseName()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the kept-aside rows"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    auto written = exportShown(path);
    if (!written)
        QMessageBox::warning(this, tr("Export failed"), written.errorMessage());
}

} // namespace baton
