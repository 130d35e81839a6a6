#include "importdialog.h"

#include "backgroundtask.h"
#include "core/workspace.h"
#include "importtext.h"
#include "widgets.h"
#include "workspacesession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace baton {

namespace {

// At most `limit` names, then "and N more".
QString nameList(const QStringList &names, int limit = 12)
{
    QStringList shown = names.mid(0, limit);
    for (QString &name : shown)
        name = QStringLiteral("“%1”").arg(name);
    QString text = shown.join(QStringLiteral(", "));
    if (names.size() > limit)
        text += ImportDialog::tr(" and %n more", nullptr, int(names.size() - limit));
    return text;
}

} // namespace

ImportDialog::ImportDialog(WorkspaceSession *session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Import CSV"));
    setObjectName(QStringLiteral("ImportDialog"));
    auto *layout = new QVBoxLayout(this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(buildSetup());
    m_stack->addWidget(buildSummary());
    layout->addWidget(m_stack);
    resize(1060, 680);
}

QWidget *ImportDialog::buildSetup()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(page);
    m_file->setObjectName(QStringLiteral("ImportFile"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("A CSV export of leads, contacts, deals, accounts or users"));
    m_file->setAccessibleName(tr("The CSV file to import"));
    auto *browse = new QPushButton(tr("Choose…"), page);
    browse->setObjectName(QStringLiteral("ImportChooseFile"));
    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *fileLabel = new QLabel(tr("&File:"), page);
    fileLabel->setBuddy(browse);
    form->addRow(fileLabel, fileRow);

    m_entity = new QComboBox(page);
    m_entity->setObjectName(QStringLiteral("ImportEntity"));
    for (ImportEntity entity : { ImportEntity::Handoff, ImportEntity::Account, ImportEntity::Owner })
        m_entity->addItem(ImportFields::entityLabel(entity), int(entity));
    m_entity->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *entityRow = new QHBoxLayout;
    entityRow->addWidget(m_entity);
    entityRow->addStretch(1);
    auto *entityLabel = new QLabel(tr("&Into:"), page);
    entityLabel->setBuddy(m_entity);
    form->addRow(entityLabel, entityRow);

    auto *mappingRow = new QHBoxLayout;
    m_mapping = new QComboBox(page);
    m_mapping->setObjectName(QStringLiteral("ImportMapping"));
    m_mapping->setAccessibleName(tr("The mapping: which column feeds which field"));
    m_mapping->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_mapping->setMinimumContentsLength(30);
    m_mapping->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *mappingFile = new QPushButton(tr("Mapping File…"), page);
    mappingFile->setObjectName(QStringLiteral("ImportMappingFile"));
    mappingFile->setToolTip(tr("Use a mapping.json file (the format is in README.md, “Import mappings”)"));
    connect(mappingFile, &QPushButton::clicked, this, &ImportDialog::chooseMappingFile);
    mappingRow->addWidget(m_mapping, 1);
    mappingRow->addWidget(mappingFile);
    auto *mappingLabel = new QLabel(tr("&Mapping:"), page);
    mappingLabel->setBuddy(m_mapping);
    form->addRow(mappingLabel, mappingRow);
    layout->addLayout(form);

    m_recognition = new QLabel(page);
    m_recognition->setObjectName(QStringLiteral("ImportRecognition"));
    m_recognition->setWordWrap(true);
    m_recognition->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_recognition);
    m_columns = new QLabel(page);
    m_columns->setWordWrap(true);
    m_columns->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_columns);

    m_table = new QTableWidget(page);
    m_table->setObjectName(QStringLiteral("ImportPreview"));
    m_table->setAccessibleName(tr("The first records as they would be stored"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    layout->addWidget(m_table, 1);

    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("ImportStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(page);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("ImportRun"));
    m_import->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this]() { startImport(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_entity, &QComboBox::currentIndexChanged, this, [this]() {
        fillMappings();
        refreshPreview();
    });
    connect(m_mapping, &QComboBox::currentIndexChanged, this, [this]() { refreshPreview(); });
    fillMappings();
    refreshPreview();
    return page;
}

QWidget *ImportDialog::buildSummary()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summaryTitle = makeHeading(QString(), page, 1.25);
    m_summaryTitle->setWordWrap(true);
    layout->addWidget(m_summaryTitle);
    m_counts = new QTableWidget(0, 2, page);
    m_counts->setObjectName(QStringLiteral("ImportSummary"));
    m_counts->setAccessibleName(tr("What the import did"));
    m_counts->horizontalHeader()->hide();
    m_counts->verticalHeader()->hide();
    m_counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_counts->setSelectionMode(QAbstractItemView::NoSelection);
    m_counts->setShowGrid(false);
    m_counts->setFocusPolicy(Qt::NoFocus);
    m_counts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_counts->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_counts->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_counts->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_counts);
    m_summaryNote = new QLabel(page);
    m_summaryNote->setWordWrap(true);
    layout->addWidget(m_summaryNote);
    layout->addStretch(1);
    auto *buttons = new QDialogButtonBox(page);
    m_viewKeptAside = buttons->addButton(tr("&View Kept-Aside Rows"), QDialogButtonBox::ActionRole);
    m_viewKeptAside->setObjectName(QStringLiteral("ImportViewKeptAside"));
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setDefault(true);
    connect(m_viewKeptAside, &QPushButton::clicked, this, [this]() {
        if (m_summary)
            emit keptAsideRequested(m_summary->runId);
        accept();
    });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    layout->addWidget(buttons);
    return page;
}

bool ImportDialog::showsSummary() const
{
    return m_stack->currentIndex() == 1;
}

void ImportDialog::chooseFile()
{
    const QString start = m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a CSV export"), start,
        tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::chooseMappingFile()
{
    const QString start = m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Use a mapping file"), start, tr("Mappings (*.json)"));
    if (!path.isEmpty())
        setMappingFile(path);
}

void ImportDialog::setFile(const QString &path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(QDir::cleanPath(QFileInfo(path).absoluteFilePath())));
    m_header.clear();
    m_recognized = -1;
    m_status->clear();
    Workspace *workspace = m_session->workspace();
    if (!workspace) {
        m_recognition->setText(tr("Open a workspace first: an import adds to it."));
        fillMappings();
        refreshPreview();
        return;
    }
    auto header = Importer::readHeader(path);
    if (!header) {
        m_recognition->setText(header.errorMessage());
        fillMappings();
        refreshPreview();
        return;
    }
    m_header = *header;
    // The candidates: saved mappings, the presets, and a mapping file chosen earlier in this dialog.
    std::optional<ImportPreset> fromFile;
    if (m_fromFile >= 0)
        fromFile = m_candidates.at(m_fromFile);
    m_candidates.clear();
    m_fromFile = -1;
    auto available = ImportPresets::available(*workspace);
    if (!available) {
        m_recognition->setText(available.errorMessage());
    } else {
        m_candidates = *available;
    }
    const Recognition recognition = ImportPresets::recognize(m_header, m_candidates);
    if (recognition.preset) {
        for (int i = 0; i < m_candidates.size(); ++i)
            if (m_candidates.at(i).id == recognition.preset->id && m_candidates.at(i).savedId == recognition.preset->savedId)
                m_recognized = i;
        m_recognition->setText(tr("Recognised: “%1” (%2). The file's header has every column it looks for.")
                                   .arg(recognition.preset->mapping.name,
                                       recognition.preset->isBuiltIn() ? tr("preset") : tr("saved mapping")));
    } else {
        QString text = tr("Baton does not recognise this file's columns as a known export.");
        QStringList closest;
        for (const PresetMatch &match : recognition.closest) {
            const ImportPreset &candidate = m_candidates.at(match.candidate);
            QString line = tr("%1: %2 of its %3 columns").arg(candidate.mapping.name).arg(match.found).arg(match.needed);
            if (!match.missing.isEmpty())
                line += tr(", lacks %1").arg(nameList(match.missing, 4));
            closest << line;
        }
        if (!closest.isEmpty())
            text += QLatin1Char(' ') + tr("Closest: %1.").arg(closest.join(QStringLiteral("; ")));
        if (!recognition.unplaced.isEmpty())
            text += QLatin1Char(' ') + tr("Columns no mapping places: %1.").arg(nameList(recognition.unplaced));
        text += QLatin1Char(' ') + tr("Choose a mapping below, or a mapping file.");
        m_recognition->setText(text);
    }
    if (fromFile) {
        m_candidates << *fromFile;
        m_fromFile = int(m_candidates.size() - 1);
    }
    const int use = m_recognized >= 0 ? m_recognized : m_fromFile;
    if (use >= 0) {
        const QSignalBlocker blocker(m_entity);
        m_entity->setCurrentIndex(m_entity->findData(int(m_candidates.at(use).mapping.entity)));
    }
    fillMappings();
    if (use >= 0) {
        const QSignalBlocker blocker(m_mapping);
        m_mapping->setCurrentIndex(m_mapping->findData(use));
    }
    refreshPreview();
}

bool ImportDialog::setMappingFile(const QString &path)
{
    auto mapping = ImportPresets::readFile(path);
    if (!mapping) {
        m_status->setText(mapping.errorMessage());
        return false;
    }
    ImportPreset preset;
    preset.id = path;
    preset.mapping = *mapping;
    preset.filePath = QFileInfo(path).absoluteFilePath();
    if (m_fromFile >= 0) {
        m_candidates[m_fromFile] = preset;
    } else {
        m_candidates << preset;
        m_fromFile = int(m_candidates.size() - 1);
    }
    {
        const QSignalBlocker blocker(m_entity);
        m_entity->setCurrentIndex(m_entity->findData(int(preset.mapping.entity)));
    }
    fillMappings();
    {
        const QSignalBlocker blocker(m_mapping);
        m_mapping->setCurrentIndex(m_mapping->findData(m_fromFile));
    }
    m_status->clear();
    refreshPreview();
    return true;
}

QString ImportDialog::mappingLabel(int candidate) const
{
    const ImportPreset &preset = m_candidates.at(candidate);
    const QString source = preset.source();
    QString label;
    if (source == QLatin1String("file"))
        label = tr("%1 (file %2)").arg(preset.mapping.name, QFileInfo(preset.id).fileName());
    else if (source == QLatin1String("saved"))
        label = tr("%1 (saved mapping)").arg(preset.mapping.name);
    else
        label = tr("%1 (preset)").arg(preset.mapping.name);
    if (candidate == m_recognized)
        label += tr(" — recognised");
    return label;
}

void ImportDialog::fillMappings()
{
    const QVariant previous = m_mapping->currentData();
    const QSignalBlocker blocker(m_mapping);
    m_mapping->clear();
    const auto entity = ImportEntity(m_entity->currentData().toInt());
    m_mapping->addItem(m_path.isEmpty() ? tr("Choose a file first") : tr("Choose a mapping"), -1);
    QList<int> order;
    if (m_recognized >= 0)
        order << m_recognized;
    if (m_fromFile >= 0 && m_fromFile != m_recognized)
        order << m_fromFile;
    for (int i = 0; i < m_candidates.size(); ++i)
        if (!order.contains(i))
            order << i;
    for (int i : std::as_const(order))
        if (m_candidates.at(i).mapping.entity == entity)
            m_mapping->addItem(mappingLabel(i), i);
    const int keep = m_mapping->findData(previous);
    m_mapping->setCurrentIndex(keep > 0 ? keep : (m_recognized >= 0 ? std::max(0, m_mapping->findData(m_recognized)) : 0));
    m_mapping->setEnabled(!m_header.isEmpty());
}

std::optional<ImportPreset> ImportDialog::currentMapping() const
{
    const int candidate = m_mapping->currentData().toInt();
    if (candidate < 0 || candidate >= m_candidates.size())
        return std::nullopt;
    return m_candidates.at(candidate);
}

void ImportDialog::refreshPreview()
{
    m_preview.reset();
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_columns->clear();
    m_import->setEnabled(false);
    Workspace *workspace = m_session->workspace();
    const std::optional<ImportPreset> preset = currentMapping();
    if (!workspace || m_header.isEmpty() || !preset) {
        if (m_path.isEmpty())
            m_recognition->setText(tr("Choose a CSV file. Baton recognises Salesforce and HubSpot exports and the sample "
                                      "datasets by their header row."));
        return;
    }
    auto shown = Importer::previewFile(*workspace, m_path, preset->mapping, PreviewRecords);
    if (!shown) {
        m_status->setText(shown.errorMessage());
        return;
    }
    m_preview = *shown;

    // Columns: the line, the status, every value some record has (in the importer's order), what it creates.
    // A kept-aside record has no stored values: it shows its cells as written, greyed.
    const ImportEntity entity = preset->mapping.entity;
    const auto values = [entity](const PreviewRecord &record) {
        if (!record.keptAside)
            return record.shown;
        QList<std::pair<QString, QString>> cells;
        for (const auto &[field, cell] : record.cells)
            cells.append({ ImportFields::label(entity, field), cell });
        return cells;
    };
    QStringList labels;
    for (const PreviewRecord &record : std::as_const(shown->records))
        for (const auto &[label, value] : record.shown)
            if (!value.isEmpty() && !labels.contains(label))
                labels << label;
    for (const PreviewRecord &record : std::as_const(shown->records))
        for (const auto &[label, value] : values(record))
            if (!value.isEmpty() && !labels.contains(label))
                labels << label;
    bool creates = false;
    for (const PreviewRecord &record : std::as_const(shown->records))
        creates = creates || !record.created.isEmpty();
    QStringList headers { tr("Line"), tr("Status") };
    headers << labels;
    if (creates)
        headers << tr("Would create");
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeaderItem(1)->setToolTip(
        tr("new: a new row; updates …: the row with the same key is updated; anything else: why the record would be "
           "kept aside"));
    m_table->setRowCount(int(shown->records.size()));
    const QColor asideColor = palette().color(QPalette::PlaceholderText);
    for (int row = 0; row < shown->records.size(); ++row) {
        const PreviewRecord &record = shown->records.at(row);
        auto *line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, record.line);
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 0, line);
        auto *status = new QTableWidgetItem(record.keptAside ? tr("kept aside: %1").arg(record.status) : record.status);
        status->setToolTip(status->text());
        if (record.keptAside) {
            QFont font = status->font();
            font.setBold(true);
            status->setFont(font);
        }
        m_table->setItem(row, 1, status);
        // What the file said for a field, for the tooltip ("In the file: 3/1/2024 2:05").
        QHash<QString, QString> written;
        for (const auto &[field, cell] : record.cells)
            written.insert(ImportFields::label(preset->mapping.entity, field), cell);
        for (const auto &[label, value] : values(record)) {
            const int column = int(labels.indexOf(label));
            if (column < 0 || value.isEmpty() || m_table->item(row, column + 2))
                continue;
            auto *item = new QTableWidgetItem(value);
            const QString cell = written.value(label);
            if (record.keptAside) {
                item->setForeground(asideColor);
                item->setToolTip(tr("%1\nAs written in the file: this record would not be stored.").arg(value));
            } else {
                item->setToolTip(cell.isEmpty() || cell == value ? value : tr("%1\nIn the file: %2").arg(value, cell));
            }
            m_table->setItem(row, column + 2, item);
        }
        if (creates && !record.created.isEmpty()) {
            auto *item = new QTableWidgetItem(record.created.join(QStringLiteral("; ")));
            item->setToolTip(item->text());
            m_table->setItem(row, int(headers.size() - 1), item);
        }
    }
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_table->columnCount(); ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 320));

    QStringList notes;
    notes << tr("The first %n records as they would be stored; nothing is written until you import. Dates show how "
                "they were read.", nullptr, int(shown->records.size()));
    if (!shown->missingColumns.isEmpty())
        notes << tr("Columns the mapping reads that the file lacks: %1.").arg(nameList(shown->missingColumns));
    if (!shown->unusedColumns.isEmpty())
        notes << tr("Columns no rule reads: %1.").arg(nameList(shown->unusedColumns));
    m_columns->setText(notes.join(QLatin1Char(' ')));
    m_import->setEnabled(true);
}

bool ImportDialog::startImport()
{
    Workspace *workspace = m_session->workspace();
    const std::optional<ImportPreset> preset = currentMapping();
    if (!workspace || m_path.isEmpty() || !preset)
        return false;
    const QString workspacePath = workspace->path();
    const QString actor = workspace->actor();
    const QString file = m_path;
    const MappingDefinition mapping = preset->mapping;
    ImportSummary result;
    m_status->clear();
    auto done = runInBackground(this, tr("Importing %1…").arg(QFileInfo(file).fileName()),
        [&result, workspacePath, actor, file, mapping](TaskControl &control) -> Result<void> {
            // The worker's own connection: connections belong to the thread that opened them.
            auto own = Workspace::open(workspacePath);
            if (!own)
                return own.error();
            (*own)->setActor(actor);
            ImportOptions options;
            options.progress = [&control](qint64 done, qint64 total) {
                control.setProgress(done, total);
                return !control.isCancelled();
            };
            auto summary = Importer::runFile(**own, file, mapping, options);
            if (!summary)
                return summary.error();
            result = *summary;
            return {};
        });
    if (!done) {
        m_status->setText(done.error().kind == Error::Kind::Cancelled
                ? tr("The import was cancelled; the workspace is as it was.")
                : tr("The import failed and changed nothing: %1").arg(done.errorMessage()));
        return false;
    }
    m_summary = result;
    m_session->notifyDataChanged();
    showSummary(result, *preset);
    return true;
}

void ImportDialog::showSummary(const ImportSummary &summary, const ImportPreset &preset)
{
    const QLocale locale;
    m_summaryTitle->setText(
        tr("Imported %1 with “%2” · %3")
            .arg(QFileInfo(m_path).fileName(), preset.mapping.name, ImportFields::entityLabel(summary.entity)));
    QList<std::tuple<QString, qint64, QString>> rows = {
        { tr("Read"), summary.read, ImportText::readDefinition() },
        { tr("Imported as new"), summary.imported, ImportText::importedDefinition() },
        { tr("Updated"), summary.updated, ImportText::updatedDefinition() },
        { tr("Kept aside"), summary.keptAside, ImportText::keptAsideDefinition() },
        { tr("Duplicates"), summary.duplicates, ImportText::duplicatesDefinition() },
    };
    for (const auto &[key, value] : summary.details)
        if (value != 0)
            rows.append({ ImportText::detailLabel(key), value, QString() });
    m_counts->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const auto &[label, value, definition] = rows.at(row);
        auto *name = new QTableWidgetItem(label);
        auto *number = new QTableWidgetItem(locale.toString(value));
        if (row < 5) {
            QFont font = number->font();
            font.setBold(true);
            number->setFont(font);
        }
        name->setToolTip(definition);
        number->setToolTip(definition);
        m_counts->setItem(row, 0, name);
        m_counts->setItem(row, 1, number);
    }
    m_counts->resizeColumnsToContents();
    QStringList notes;
    if (summary.keptAside > 0)
        notes << tr("%n records were kept aside, each with its line number and the reason; they are on the Import page "
                    "and export as CSV.", nullptr, int(summary.keptAside));
    else
        notes << tr("Every record was stored; nothing was kept aside.");
    if (!summary.unusedColumns.isEmpty())
        notes << tr("Columns no rule reads: %1.").arg(nameList(summary.unusedColumns));
    m_summaryNote->setText(notes.join(QLatin1Char(' ')));
    m_viewKeptAside->setEnabled(summary.keptAside > 0);
    m_stack->setCurrentIndex(1);
}

} // namespace baton
