#include "reporttable.h"

#include "core/csv.h"
#include "widgets.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace baton {

ReportTable::ReportTable(const QString &title, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_title = makeHeading(title, this, 1.1);
    m_title->setWordWrap(true); // a long heading takes two lines rather than the filter box's room
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter rows"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the rows of %1").arg(title));
    m_filter->setMinimumWidth(
        std::min(m_filter->fontMetrics().horizontalAdvance(m_filter->placeholderText()) + 40, 240));
    m_filter->setMaximumWidth(240);
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setAccessibleName(tr("Export %1 as CSV").arg(title));
    bar->addWidget(m_title, 1);
    bar->addWidget(m_filter);
    bar->addWidget(exportButton);
    layout->addLayout(bar);

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    // Rows start in the order the page gives them (no column sorted); a click on a header sorts.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(title);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(exportButton, &QPushButton::clicked, this, &ReportTable::exportWithDialog);
    const auto activate = [this](const QModelIndex &index) {
        if (index.isValid())
            emit rowActivated(m_proxy->mapToSource(index).row());
    };
    connect(m_view, &QTableView::clicked, this, activate);
    connect(m_view, &QTableView::activated, this, activate);
}

void ReportTable::setModel(QAbstractItemModel *model)
{
    m_proxy->setSourceModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, [this]() {
        m_view->resizeColumnsToContents();
    });
    m_view->resizeColumnsToContents();
}

bool ReportTable::exportCsv(const QString &path, QString *error) const
{
    auto file = createPrivateFile(path);
    if (!file) {
        if (error)
            *error = file.errorMessage();
        return false;
    }
    CsvWriter writer(file->get());
    QStringList header;
    for (int column = 0; column < m_proxy->columnCount(); ++column)
        header << m_proxy->headerData(column, Qt::Horizontal).toString();
    bool ok = writer.writeRow(header);
    for (int row = 0; row < m_proxy->rowCount() && ok; ++row) {
        QStringList fields;
        for (int column = 0; column < m_proxy->columnCount(); ++column)
            fields << m_proxy->index(row, column).data().toString();
        ok = writer.writeRow(fields);
    }
    if (!ok && error)
        *error = (*file)->errorString();
    return ok;
}

void ReportTable::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Table"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') + m_exportName,
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export Table"), error);
}

} // namespace baton
