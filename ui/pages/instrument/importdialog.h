#pragma once

// Instrument/import: the Import CSV dialog. Step one: a file, what it holds (handoffs, accounts or owners) and
// the mapping: the preset or saved mapping recognised from the header row (or, when none fits, the closest
// ones and the columns nothing places), any saved mapping or preset, or a mapping.json file; below, the first
// records exactly as they would be stored (Importer::preview, which changes nothing): a status per record
// (new, updates handoff N, or why it would be kept aside), how dates were read and what would be created.
// Import runs in the background with its own connection behind a progress bar with Cancel; a cancelled or
// failed import leaves the workspace as it was. Step two: the summary, with a way to the kept-aside rows.

#include "instrument/import/importer.h"
#include "instrument/import/importpresets.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace baton {

class WorkspaceSession;

class ImportDialog final : public QDialog
{
    Q_OBJECT
public:
    static constexpr int PreviewRecords = 20;

    explicit ImportDialog(WorkspaceSession *session, QWidget *parent = nullptr);

    // Reads the file's header, recognises the export and shows the preview.
    void setFile(const QString &path);
    // Uses the mapping in a mapping.json file; false (and a message in the dialog) when it cannot be read.
    bool setMappingFile(const QString &path);
    // Runs the import (blocks behind the progress dialog); true when it finished and the summary is shown.
    bool startImport();

    std::optional<ImportPreset> currentMapping() const;
    const std::optional<ImportSummary> &summary() const { return m_summary; }
    const std::optional<ImportPreview> &preview() const { return m_preview; }

    QComboBox *entityCombo() const { return m_entity; }
    QComboBox *mappingCombo() const { return m_mapping; }
    QTableWidget *previewTable() const { return m_table; }
    QLabel *recognitionLabel() const { return m_recognition; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *keptAsideButton() const { return m_viewKeptAside; }
    bool showsSummary() const;

signals:
    // "View kept-aside rows" on the summary: the main window shows them on the Import page.
    void keptAsideRequested(qint64 runId);

private:
    QWidget *buildSetup();
    QWidget *buildSummary();
    void chooseFile();
    void chooseMappingFile();
    void fillMappings();
    void refreshPreview();
    void showSummary(const ImportSummary &summary, const ImportPreset &preset);
    QString mappingLabel(int candidate) const;

    WorkspaceSession *m_session;
    QStackedWidget *m_stack = nullptr;
    QLineEdit *m_file = nullptr;
    QComboBox *m_entity = nullptr;
    QComboBox *m_mapping = nullptr;
    QLabel *m_recognition = nullptr;
    QLabel *m_columns = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_import = nullptr;
    QLabel *m_summaryTitle = nullptr;
    QTableWidget *m_counts = nullptr;
    QLabel *m_summaryNote = nullptr;
    QPushButton *m_viewKeptAside = nullptr;

    QString m_path;
    QStringList m_header;
    QList<ImportPreset> m_candidates;
    int m_recognized = -1; // the candidate the header matched
    int m_fromFile = -1; // the candidate read from a mapping file
    std::optional<ImportPreview> m_preview;
    std::optional<ImportSummary> m_summary;
};

} // namespace baton
