#include "contractpage.h"

#include "colours.h"
#include "contractcommands.h"
#include "contracthtml.h"
#include "contractsignatures.h"
#include "contracttermeditor.h"
#include "core/workspace.h"
#include "data/handoff.h"
#include "define/contractdiff.h"
#include "emptystate.h"
#include "entitycommand.h"
#include "theme.h"
#include "widgets.h"
#include "workspacesession.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

namespace baton {

ContractPage::ContractPage(WorkspaceSession *session, QWidget *parent) : Page(session, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(new EmptyState(tr("No workspace open"),
        tr("Open a workspace or create one to agree the handoff contract between Sales, Marketing and RevOps."), this));
    m_stack->addWidget(buildContent());
    layout->addWidget(m_stack);
}

QWidget *ContractPage::buildContent()
{
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *bar = new QHBoxLayout;
    auto *versionLabel = new QLabel(tr("Version:"), content);
    m_versions = new QComboBox(content);
    m_versions->setAccessibleName(tr("Contract version shown"));
    m_versions->setMinimumContentsLength(34);
    m_status = new QLabel(content);
    m_startDraft = new QPushButton(tr("Start a draft"), content);
    m_startDraft->setToolTip(tr("Copy the active version into a new draft to propose changes."));
    m_editTitle = new QPushButton(tr("Title and summary…"), content);
    m_discardDraft = new QPushButton(tr("Discard draft"), content);
    bar->addWidget(versionLabel);
    bar->addWidget(m_versions);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_editTitle);
    bar->addWidget(m_startDraft);
    bar->addWidget(m_discardDraft);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(content);
    // The document on a grey desk, like a page.
    auto *desk = new QWidget(splitter);
    desk->setAutoFillBackground(true);
    m_desk = desk;
    paintDesk();
    auto *deskLayout = new QHBoxLayout(desk);
    deskLayout->setContentsMargins(18, 14, 18, 14);
    m_document = new QTextBrowser(desk);
    m_document->setObjectName(QStringLiteral("ContractDocument"));
    m_document->setAccessibleName(tr("The contract document"));
    m_document->setOpenLinks(false);
    m_document->setFrameShape(QFrame::NoFrame);
    m_document->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_document->document()->setDocumentMargin(30);
    m_document->setMaximumWidth(820);
    QPalette paper = m_document->palette();
    paper.setColor(QPalette::Base, Qt::white);
    paper.setColor(QPalette::Text, QColor(0x1f, 0x29, 0x33));
    paper.setColor(QPalette::Link, QColor(0x1c, 0x64, 0xd6)); // the "edit" links, readable on the white paper
    paper.setColor(QPalette::LinkVisited, QColor(0x6f, 0x42, 0xc1));
    m_document->setPalette(paper);
    deskLayout->addStretch(1);
    deskLayout->addWidget(m_document, 40);
    deskLayout->addStretch(1);

    m_tabs = new QTabWidget(splitter);
    // The editor scrolls down, never sideways: the document beside it narrows (and wraps) instead.
    auto *editScroll = new VerticalScrollArea(m_tabs);
    editScroll->setWidgetResizable(true);
    editScroll->setFrameShape(QFrame::NoFrame);
    editScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Always there, so that the wrapped text inside is laid out for the width it really gets.
    editScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_editor = new ContractTermEditor(editScroll);
    m_editor->setContentsMargins(8, 8, 8, 8);
    editScroll->setWidget(m_editor);
    m_tabs->addTab(editScroll, tr("Edit"));
    m_changes = new QTextBrowser(m_tabs);
    m_changes->setOpenLinks(false);
    m_tabs->addTab(m_changes, tr("Changes"));
    m_signatures = new ContractSignatures(m_tabs);
    m_tabs->addTab(m_signatures, tr("Signatures"));
    splitter->addWidget(desk);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 580, 460 });
    layout->addWidget(splitter, 1);

    connect(m_versions, &QComboBox::activated, this, [this]() { showVersion(m_versions->currentData().toLongLong()); });
    connect(m_startDraft, &QPushButton::clicked, this, &ContractPage::editInDraft);
    connect(m_discardDraft, &QPushButton::clicked, this, [this]() {
        if (m_shown)
            push(ContractCommands::discardDraft(session(), m_shown->version.id));
    });
    connect(m_editTitle, &QPushButton::clicked, this, &ContractPage::editTitle);
    connect(m_document, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QStringLiteral("term")) {
            m_editor->selectSignalType(url.path().toLongLong());
            m_tabs->setCurrentIndex(0);
        }
    });
    connect(m_editor, &ContractTermEditor::selectionChanged, this, [this]() {
        // Keep the scroll position while the highlighted term moves.
        const int scroll = m_document->verticalScrollBar()->value();
        showDocument();
        m_document->verticalScrollBar()->setValue(scroll);
    });
    connect(m_editor, &ContractTermEditor::termEdited, this, [this](const ContractTerm &before, const ContractTerm &after) {
        push(ContractCommands::editTerm(session(), before, after,
            tr("Edit the terms for %1").arg(m_editor->property("signalName").toString())));
    });
    connect(m_editor, &ContractTermEditor::termAdded, this, [this](const ContractTerm &term) {
        push(ContractCommands::addTerm(session(), term, tr("Cover a signal type in the contract")));
    });
    connect(m_editor, &ContractTermEditor::termRemoved, this, [this](const ContractTerm &term) {
        push(ContractCommands::removeTerm(session(), term, tr("Remove a signal type from the contract")));
    });
    connect(m_editor, &ContractTermEditor::signalTypeEdited, this, [this](const SignalType &before, const SignalType &after) {
        if (after.name.isEmpty()) {
            emit session()->errorReported(tr("A signal type needs a name."));
            return;
        }
        push(EntityCommand<SignalType>::update(session(), before, after, tr("Edit the signal type %1").arg(after.name)));
    });
    connect(m_editor, &ContractTermEditor::signalTypeAdded, this, [this](const SignalType &type) {
        auto *command = EntityCommand<SignalType>::add(session(), type, tr("Add the signal type %1").arg(type.name));
        session()->undoStack()->push(command);
    });
    connect(m_editor, &ContractTermEditor::editInDraftRequested, this, &ContractPage::editInDraft);
    connect(m_signatures, &ContractSignatures::signRequested, this,
        [this](qint64 versionId, const QString &party, const QString &name) {
            push(ContractCommands::sign(session(), versionId, party, name));
        });
    connect(m_signatures, &ContractSignatures::withdrawRequested, this,
        [this](const ContractSignoff &signoff) { push(ContractCommands::withdrawSignature(session(), signoff)); });
    return content;
}

void ContractPage::push(QUndoCommand *command)
{
    session()->undoStack()->push(command);
    // A command that leaves the stack at once (a failed step, an activating signature) does not move the
    // stack's index, so say explicitly that the data may have changed.
    session()->notifyDataChanged();
}

void ContractPage::editInDraft()
{
    Workspace *workspace = session()->workspace();
    if (!workspace)
        return;
    auto draft = ContractService(*workspace).draftVersion();
    if (draft && !draft->has_value())
        push(ContractCommands::startDraft(session()));
    auto opened = ContractService(*workspace).draftVersion();
    if (opened && opened->has_value())
        showVersion((*opened)->id);
}

void ContractPage::editTitle()
{
    if (!m_shown || !m_shown->isEditable())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Title and summary of version %1").arg(m_shown->version.number));
    auto *form = new QFormLayout(&dialog);
    auto *title = new QLineEdit(m_shown->version.title, &dialog);
    auto *summary = new QPlainTextEdit(m_shown->version.summary, &dialog);
    summary->setMinimumSize(420, 90);
    form->addRow(tr("Title"), title);
    form->addRow(tr("Summary"), summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ContractVersion after = m_shown->version;
    after.title = title->text().trimmed();
    after.summary = summary->toPlainText().trimmed();
    if (after.title != m_shown->version.title || after.summary != m_shown->version.summary)
        push(ContractCommands::editVersionText(session(), m_shown->version, after));
}

void ContractPage::showVersion(qint64 versionId)
{
    m_versionId = versionId;
    reload();
}

void ContractPage::paintDesk()
{
    // The paper stays white in a dark theme (it is a document); the desk around it follows the palette.
    const QPalette page = palette();
    QPalette desk = page;
    desk.setColor(QPalette::Window, Theme::isDark(page) ? page.color(QPalette::Dark) : QColor(0xe4, 0xe7, 0xeb));
    m_desk->setPalette(desk);
}

void ContractPage::reload()
{
    paintDesk(); // reloads come with a new palette too
    Workspace *workspace = session()->workspace();
    if (!workspace) {
        m_stack->setCurrentIndex(0);
        m_versionId = 0;
        return;
    }
    m_stack->setCurrentIndex(1);
    ContractService service(*workspace);
    auto versions = service.versions();
    auto active = service.activeDocument();
    auto types = Repository<SignalType>(*workspace).list();
    if (!versions || !active || !types) {
        emit session()->errorReported(!versions ? versions.errorMessage() : !active ? active.errorMessage() : types.errorMessage());
        return;
    }
    m_allVersions = *versions;
    m_active = *active;
    m_signalTypes = *types;
    m_zone = HandoffRepository(*workspace).reportingZone();

    // The version to show: the one shown before if it still exists, else the draft, the active one, the newest.
    const auto exists = [this](qint64 id) {
        return std::any_of(m_allVersions.begin(), m_allVersions.end(), [id](const ContractVersion &v) { return v.id == id; });
    };
    if (!exists(m_versionId)) {
        m_versionId = 0;
        for (const ContractVersion &v : std::as_const(m_allVersions))
            if (v.status == ContractStatus::Draft && !m_versionId)
                m_versionId = v.id;
        if (!m_versionId && m_active)
            m_versionId = m_active->version.id;
        if (!m_versionId && !m_allVersions.isEmpty())
            m_versionId = m_allVersions.first().id;
    }
    m_versions->clear();
    const QLocale locale;
    for (const ContractVersion &v : std::as_const(m_allVersions)) {
        QString text = tr("Version %1 · %2").arg(v.number).arg(ContractHtml::statusName(v.status));
        if (v.status == ContractStatus::Active && v.activatedAt.isValid())
            text += tr(" since %1").arg(locale.toString(v.activatedAt.toTimeZone(m_zone).date(), QLocale::ShortFormat));
        m_versions->addItem(text, v.id);
    }
    m_versions->setCurrentIndex(std::max(0, m_versions->findData(m_versionId)));

    m_shown.reset();
    m_baseline.reset();
    if (m_versionId) {
        auto document = service.document(m_versionId);
        if (!document) {
            emit session()->errorReported(document.errorMessage());
            return;
        }
        m_shown = *document;
        if (m_shown->version.status == ContractStatus::Draft) {
            m_baseline = m_active;
        } else {
            // History: compared with the version before it.
            for (const ContractVersion &v : std::as_const(m_allVersions))
                if (v.number < m_shown->version.number && v.status != ContractStatus::Draft) {
                    auto previous = service.document(v.id);
                    if (previous)
                        m_baseline = *previous;
                    break;
                }
        }
    }

    const bool hasDraft = std::any_of(m_allVersions.begin(), m_allVersions.end(),
        [](const ContractVersion &v) { return v.status == ContractStatus::Draft; });
    const bool editable = m_shown && m_shown->isEditable();
    m_startDraft->setVisible(!hasDraft);
    m_discardDraft->setVisible(m_shown && m_shown->version.status == ContractStatus::Draft);
    m_discardDraft->setEnabled(editable);
    m_editTitle->setVisible(editable);

    QString lockedReason;
    if (m_shown && !editable) {
        if (m_shown->version.status == ContractStatus::Draft)
            lockedReason = tr("This draft has been signed by at least one party, so it cannot change. Withdraw the "
                              "signatures (Signatures tab) to change it.");
        else if (m_shown->version.status == ContractStatus::Active)
            lockedReason = tr("Version %1 is signed and in force; it cannot change. Changes go into a draft, which "
                              "becomes the new version when all three parties sign it.")
                               .arg(m_shown->version.number);
        else
            lockedReason = tr("Version %1 is history: it was replaced by a newer version and is kept as it was signed.")
                               .arg(m_shown->version.number);
    }
    if (m_shown) {
        m_editor->setContext(*m_shown, editable, lockedReason, m_signalTypes);
        m_signatures->setDocument(*m_shown, m_zone);
        m_status->setText(QString());
    } else {
        m_status->setText(tr("This workspace has no contract yet. Start a draft to write the first version."));
    }
    m_editor->setEnabled(m_shown.has_value());
    m_signatures->setEnabled(m_shown.has_value());
    showDocument();
}

QString ContractPage::changesHtml() const
{
    if (!m_shown)
        return {};
    QHash<qint64, QString> names;
    for (const SignalType &type : m_signalTypes)
        names.insert(type.id, type.name);
    QString html;
    const bool draft = m_shown->version.status == ContractStatus::Draft;
    if (!m_baseline) {
        const QString text = draft ? tr("No version is active yet, so everything in this draft is new: once signed by all "
                                        "three parties it becomes the first active contract.")
                                   : tr("This is the first version; there is nothing earlier to compare it with.");
        html = QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
        return html;
    }
    const QList<ContractChange> changes = ContractDiff::between(*m_baseline, *m_shown, names);
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg((draft ? tr("What version %1 changes against the active version %2:")
                            : tr("What version %1 changed against version %2:"))
                         .arg(m_shown->version.number)
                         .arg(m_baseline->version.number)
                         .toHtmlEscaped());
    if (changes.isEmpty()) {
        html += QStringLiteral("<p style=\"color:%1;\">%2</p>")
                    .arg(Colours::css(Colours::muted(m_changes->palette())),
                        tr("Nothing yet: the terms are the same.").toHtmlEscaped());
        return html;
    }
    html += QStringLiteral("<ul style=\"margin-left:-20px;\">");
    for (const ContractChange &change : changes)
        html += QStringLiteral("<li style=\"margin-bottom:6px;\">%1</li>").arg(change.description.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    if (draft)
        html += QStringLiteral("<p style=\"color:%1;\">%2</p>")
                    .arg(Colours::css(Colours::muted(m_changes->palette())),
                        tr("In the document, changed values show the active wording struck through next to the new "
                           "one.")
                            .toHtmlEscaped());
    return html;
}

void ContractPage::showDocument()
{
    if (!m_shown) {
        m_document->setHtml(QStringLiteral("<p style=\"color:#5c6670;\">%1</p>")
                                .arg(tr("No contract version yet.").toHtmlEscaped()));
        m_changes->clear();
        return;
    }
    ContractHtmlInput input;
    input.document = *m_shown;
    if (m_shown->version.status == ContractStatus::Draft)
        input.baseline = m_baseline;
    for (const SignalType &type : std::as_const(m_signalTypes))
        input.signalTypes.insert(type.id, type);
    input.zone = m_zone;
    input.selectedSignalTypeId = m_editor->selectedSignalType();
    input.editable = m_shown->isEditable();
    for (const SignalType &type : std::as_const(m_signalTypes))
        if (type.id == input.selectedSignalTypeId)
            m_editor->setProperty("signalName", type.name);
    m_document->setHtml(ContractHtml::render(input));
    m_changes->setHtml(changesHtml());
    const int count = m_baseline ? int(ContractDiff::between(*m_baseline, *m_shown, {}).size()) : 0;
    m_tabs->setTabText(1, count > 0 ? tr("Changes (%1)").arg(count) : tr("Changes"));
    m_tabs->setTabText(2, tr("Signatures (%1 of 3)").arg(m_shown->signoffs.size()));
}

} // namespace baton
