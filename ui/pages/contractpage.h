#pragma once

// Define: the handoff contract as the one-page agreement it is. The document on the left (any version:
// the draft with its changes marked, the active one, or history), and on the right the edit panel, the
// changes against the active version and the three signatures. Every edit is undoable and audited, and
// goes through ContractService, which keeps signed versions unchangeable.

#include "define/contractservice.h"
#include "page.h"

#include <QTimeZone>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QUndoCommand;

namespace baton {

class ContractSignatures;
class ContractTermEditor;

class ContractPage final : public Page
{
    Q_OBJECT
public:
    explicit ContractPage(WorkspaceSession *session, QWidget *parent = nullptr);

    // The version shown (0 before the first reload).
    qint64 shownVersionId() const { return m_versionId; }
    void showVersion(qint64 versionId);
    ContractTermEditor *termEditor() const { return m_editor; }

protected:
    void reload() override;

private:
    void paintDesk();
    QWidget *buildContent();
    void showDocument();
    void push(QUndoCommand *command);
    void editInDraft();
    void editTitle();
    QString changesHtml() const;

    QStackedWidget *m_stack = nullptr;
    QComboBox *m_versions = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_startDraft = nullptr;
    QPushButton *m_discardDraft = nullptr;
    QPushButton *m_editTitle = nullptr;
    QTextBrowser *m_document = nullptr;
    QWidget *m_desk = nullptr; // around the document
    QTabWidget *m_tabs = nullptr;
    ContractTermEditor *m_editor = nullptr;
    QTextBrowser *m_changes = nullptr;
    ContractSignatures *m_signatures = nullptr;

    qint64 m_versionId = 0;
    QList<ContractVersion> m_allVersions;
    std::optional<ContractDocument> m_shown;
    std::optional<ContractDocument> m_active;
    std::optional<ContractDocument> m_baseline; // what the shown version is compared with
    QList<SignalType> m_signalTypes;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace baton
