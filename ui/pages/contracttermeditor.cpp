#include "contracttermeditor.h"

#include "checkgrid.h"
#include "colours.h"
#include "contracthtml.h"

#include "define/contractdiff.h"
#include "instrument/handofffields.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace baton {

namespace {

// Attributes a lead can be required to carry to qualify.
const QStringList QualifyingAttributes = { QStringLiteral("email"), QStringLiteral("company"),
    QStringLiteral("contact_name"), QStringLiteral("country"), QStringLiteral("employees"), QStringLiteral("revenue"),
    QStringLiteral("industry"), QStringLiteral("segment"), QStringLiteral("territory") };
// Context fields most contracts use; any other can be added.
const QStringList CommonContext = { QStringLiteral("job_title"), QStringLiteral("phone"),
    QStringLiteral("signal_detail"), QStringLiteral("event_name") };

} // namespace

void ContractTermEditor::styleLockedNote()
{
    // A caution note in the palette's shades, with its text colour.
    const QPalette palette = this->palette();
    m_locked->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; border-radius: 4px; padding: 6px; }")
            .arg(Colours::css(Colours::background(Colours::Tone::Caution, palette)),
                Colours::css(palette.color(QPalette::WindowText)),
                Colours::css(Colours::border(Colours::Tone::Caution, palette))));
}

void ContractTermEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_locked)
        styleLockedNote();
}

ContractTermEditor::ContractTermEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *pick = new QHBoxLayout;
    m_signal = new QComboBox(this);
    m_signal->setAccessibleName(tr("Signal type to edit"));
    m_signal->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_signal->setMinimumContentsLength(12);
    auto *addType = new QPushButton(tr("New signal…"), this);
    addType->setToolTip(tr("Add a signal type (a buyer action that can trigger a handoff)."));
    pick->addWidget(m_signal, 1);
    pick->addWidget(addType);
    layout->addLayout(pick);

    m_locked = new QLabel(this);
    m_locked->setWordWrap(true);
    styleLockedNote();
    layout->addWidget(m_locked);
    m_editInDraft = new QPushButton(this);
    m_editInDraft->setObjectName(QStringLiteral("EditInDraft"));
    layout->addWidget(m_editInDraft, 0, Qt::AlignLeft);

    m_typeBox = new QGroupBox(tr("Signal type (shared by every version)"), this);
    auto *typeForm = new QFormLayout(m_typeBox);
    m_name = new QLineEdit(m_typeBox);
    m_tier = new QComboBox(m_typeBox);
    for (const QString &tier : IntentTier::all())
        m_tier->addItem(ContractHtml::tierName(tier), tier);
    m_description = new QLineEdit(m_typeBox);
    m_description->setPlaceholderText(tr("What the buyer did"));
    typeForm->addRow(tr("Name"), m_name);
    typeForm->addRow(tr("Intent tier"), m_tier);
    typeForm->addRow(tr("Description"), m_description);
    layout->addWidget(m_typeBox);

    m_termBox = new QGroupBox(this);
    auto *termLayout = new QVBoxLayout(m_termBox);
    m_termStack = new QStackedWidget(m_termBox);
    auto *missing = new QWidget(m_termStack);
    auto *missingLayout = new QVBoxLayout(missing);
    auto *missingText = new QLabel(tr("This signal type is not covered by this version: leads with it do not qualify "
                                      "for handoff."),
        missing);
    missingText->setWordWrap(true);
    m_addTerm = new QPushButton(tr("Cover it in this version"), missing);
    missingLayout->addWidget(missingText);
    missingLayout->addWidget(m_addTerm, 0, Qt::AlignLeft);
    missingLayout->addStretch(1);
    m_termStack->addWidget(missing);

    auto *form = new QWidget(m_termStack);
    auto *termForm = new QFormLayout(form);
    termForm->setContentsMargins(0, 0, 0, 0);
    m_minFit = new QComboBox(form);
    m_minFit->setObjectName(QStringLiteral("MinimumFit"));
    for (const QString &grade : FitGrade::all())
        m_minFit->addItem(tr("%1 or better").arg(grade), grade);
    m_minFit->setToolTip(tr("Fit grades run from A (best) to D. A lead qualifies when its fit is at least this good."));
    m_attributes = new CheckGrid(form);
    m_attributes->setToolTip(tr("Fields a lead must carry to qualify."));
    m_context = new CheckGrid(form);
    m_context->setToolTip(tr("Context Sales receives with every handoff of this signal type."));
    m_newContext = new QLineEdit(form);
    m_newContext->setPlaceholderText(tr("Add a context field, e.g. budget_range"));
    auto *contextBox = new QVBoxLayout;
    contextBox->addWidget(m_context);
    contextBox->addWidget(m_newContext);
    m_ownerRole = new QComboBox(form);
    m_ownerRole->setEditable(true);
    m_ownerRole->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ownerRole->setMinimumContentsLength(10);
    m_followUp = new QLineEdit(form);
    m_sla = new QSpinBox(form);
    m_sla->setObjectName(QStringLiteral("SlaMinutes"));
    m_sla->setRange(1, 7 * 24 * 60);
    m_sla->setSuffix(tr(" min"));
    m_sla->setToolTip(tr("The SLA target: business minutes from handoff to first touch, counted on the owner's "
                         "business-hours calendar."));
    m_slaText = new QLabel(form);
    m_slaText->setForegroundRole(QPalette::PlaceholderText);
    auto *slaRow = new QHBoxLayout;
    slaRow->addWidget(m_sla);
    slaRow->addWidget(m_slaText, 1);
    termForm->addRow(tr("Minimum fit"), m_minFit);
    // The check lists take the whole width, so that their boxes fit in columns.
    termForm->addRow(new QLabel(tr("Required to qualify:"), form));
    termForm->addRow(m_attributes);
    termForm->addRow(new QLabel(tr("Sales receives:"), form));
    termForm->addRow(contextBox);
    termForm->addRow(tr("Owner role"), m_ownerRole);
    termForm->addRow(tr("Follow-up action"), m_followUp);
    termForm->addRow(tr("First touch within"), slaRow);
    m_termStack->addWidget(form);
    termLayout->addWidget(m_termStack);
    layout->addWidget(m_termBox);
    layout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    m_remove = new QPushButton(tr("Remove from this version"), this);
    m_revert = new QPushButton(tr("Revert"), this);
    m_apply = new QPushButton(tr("Apply"), this);
    m_apply->setObjectName(QStringLiteral("ApplyTerm"));
    m_apply->setDefault(true);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    layout->addLayout(buttons);

    connect(m_signal, &QComboBox::currentIndexChanged, this, [this]() {
        if (m_filling)
            return;
        m_signalTypeId = m_signal->currentData().toLongLong();
        fill();
        emit selectionChanged(m_signalTypeId);
    });
    for (QLineEdit *edit : { m_name, m_description, m_followUp })
        connect(edit, &QLineEdit::textChanged, this, &ContractTermEditor::updateDirty);
    connect(m_ownerRole, &QComboBox::currentTextChanged, this, &ContractTermEditor::updateDirty);
    for (QComboBox *combo : { m_tier, m_minFit })
        connect(combo, &QComboBox::currentIndexChanged, this, &ContractTermEditor::updateDirty);
    connect(m_sla, &QSpinBox::valueChanged, this, [this](int minutes) {
        m_slaText->setText(tr("of business time (%1)").arg(ContractText::minutes(minutes)));
        updateDirty();
    });
    for (CheckGrid *grid : { m_attributes, m_context })
        connect(grid, &CheckGrid::changed, this, &ContractTermEditor::updateDirty);
    connect(m_newContext, &QLineEdit::returnPressed, this, &ContractTermEditor::addContextField);
    connect(m_revert, &QPushButton::clicked, this, &ContractTermEditor::fill);
    connect(m_apply, &QPushButton::clicked, this, [this]() {
        const SignalType *type = nullptr;
        for (const SignalType &t : std::as_const(m_types))
            if (t.id == m_signalTypeId)
                type = &t;
        if (type) {
            const SignalType edited = editedSignalType();
            if (edited.values() != type->values())
                emit signalTypeEdited(*type, edited);
        }
        if (const ContractTerm *term = m_document.term(m_signalTypeId)) {
            const ContractTerm edited = editedTerm();
            if (edited.values() != term->values())
                emit termEdited(*term, edited);
        }
    });
    connect(m_remove, &QPushButton::clicked, this, [this]() {
        if (const ContractTerm *term = m_document.term(m_signalTypeId))
            emit termRemoved(*term);
    });
    connect(m_addTerm, &QPushButton::clicked, this, [this]() {
        ContractTerm term;
        term.contractVersionId = m_document.version.id;
        term.signalTypeId = m_signalTypeId;
        term.minFitGrade = QStringLiteral("B");
        term.requiredAttributes = { QStringLiteral("email") };
        term.requiredContext = { QStringLiteral("job_title") };
        term.ownerRole = tr("SDR queue");
        term.followUpAction = tr("Personal follow-up");
        term.slaMinutes = 240;
        emit termAdded(term);
    });
    connect(m_editInDraft, &QPushButton::clicked, this, &ContractTermEditor::editInDraftRequested);
    connect(addType, &QPushButton::clicked, this, &ContractTermEditor::addSignalType);
}

void ContractTermEditor::setContext(const ContractDocument &document, bool editable, const QString &lockedReason,
    const QList<SignalType> &signalTypes)
{
    m_document = document;
    m_editable = editable;
    m_types = signalTypes;
    m_locked->setText(lockedReason);
    m_locked->setVisible(!editable && !lockedReason.isEmpty());
    m_editInDraft->setVisible(!editable && document.version.status != ContractStatus::Draft);
    m_editInDraft->setText(tr("Make changes in a draft"));

    m_filling = true;
    m_signal->clear();
    for (const SignalType &type : signalTypes) {
        const bool covered = document.term(type.id) != nullptr;
        m_signal->addItem(covered ? type.name : tr("%1 (not covered)").arg(type.name), type.id);
    }
    int index = m_signal->findData(m_signalTypeId);
    if (index < 0 && !document.terms.isEmpty())
        index = m_signal->findData(document.terms.first().signalTypeId);
    m_signal->setCurrentIndex(std::max(0, index));
    m_signalTypeId = m_signal->currentData().toLongLong();
    m_filling = false;

    // Owner roles in use, for the editable list.
    QStringList roles = { tr("SDR queue"), tr("Account owner"), tr("AE") };
    for (const ContractTerm &term : document.terms)
        if (!roles.contains(term.ownerRole))
            roles << term.ownerRole;
    m_ownerRole->clear();
    m_ownerRole->addItems(roles);
    fill();
}

void ContractTermEditor::selectSignalType(qint64 signalTypeId)
{
    const int index = m_signal->findData(signalTypeId);
    if (index >= 0)
        m_signal->setCurrentIndex(index);
}

void ContractTermEditor::fill()
{
    m_filling = true;
    const SignalType *type = nullptr;
    for (const SignalType &t : std::as_const(m_types))
        if (t.id == m_signalTypeId)
            type = &t;
    m_name->setText(type ? type->name : QString());
    m_tier->setCurrentIndex(std::max(0, m_tier->findData(type ? type->intentTier : IntentTier::Medium)));
    m_description->setText(type ? type->description : QString());
    m_typeBox->setEnabled(type != nullptr);

    const ContractTerm *term = m_document.term(m_signalTypeId);
    m_termBox->setTitle(tr("Terms in version %1").arg(m_document.version.number));
    m_termStack->setCurrentIndex(term ? 1 : 0);
    m_addTerm->setEnabled(m_editable && type);
    if (term) {
        m_minFit->setCurrentIndex(std::max(0, m_minFit->findData(term->minFitGrade)));
        m_attributes->setItems(QualifyingAttributes, term->requiredAttributes);
        QStringList context = CommonContext;
        for (const ContractTerm &other : std::as_const(m_document.terms))
            for (const QString &field : other.requiredContext)
                if (!context.contains(field))
                    context << field;
        m_context->setItems(context, term->requiredContext);
        m_ownerRole->setCurrentText(term->ownerRole);
        m_followUp->setText(term->followUpAction);
        m_followUp->setCursorPosition(0);
        m_sla->setValue(term->slaMinutes);
        m_slaText->setText(tr("of business time (%1)").arg(ContractText::minutes(term->slaMinutes)));
    }
    const bool enabled = m_editable && term;
    for (QWidget *widget : std::initializer_list<QWidget *> { m_minFit, m_attributes, m_context, m_newContext,
             m_ownerRole, m_followUp, m_sla })
        widget->setEnabled(enabled);
    m_remove->setEnabled(enabled);
    m_filling = false;
    updateDirty();
}

ContractTerm ContractTermEditor::editedTerm() const
{
    ContractTerm term = *m_document.term(m_signalTypeId);
    term.minFitGrade = m_minFit->currentData().toString();
    term.requiredAttributes = m_attributes->checkedNames();
    term.requiredContext = m_context->checkedNames();
    term.ownerRole = m_ownerRole->currentText().trimmed();
    term.followUpAction = m_followUp->text().trimmed();
    term.slaMinutes = m_sla->value();
    return term;
}

SignalType ContractTermEditor::editedSignalType() const
{
    SignalType type;
    for (const SignalType &t : m_types)
        if (t.id == m_signalTypeId)
            type = t;
    type.name = m_name->text().trimmed();
    type.intentTier = m_tier->currentData().toString();
    type.description = m_description->text().trimmed();
    return type;
}

void ContractTermEditor::updateDirty()
{
    if (m_filling)
        return;
    bool dirty = false;
    for (const SignalType &t : std::as_const(m_types))
        if (t.id == m_signalTypeId)
            dirty = editedSignalType().values() != t.values();
    if (const ContractTerm *term = m_document.term(m_signalTypeId); term && m_editable)
        dirty = dirty || editedTerm().values() != term->values();
    m_apply->setEnabled(dirty);
    m_revert->setEnabled(dirty);
}

void ContractTermEditor::addContextField()
{
    QString field = m_newContext->text().trimmed().toLower();
    field.replace(QLatin1Char(' '), QLatin1Char('_'));
    if (field.isEmpty())
        return;
    m_context->check(field);
    m_newContext->clear();
    updateDirty();
}

void ContractTermEditor::addSignalType()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New signal type"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(&dialog);
    auto *tier = new QComboBox(&dialog);
    for (const QString &t : IntentTier::all())
        tier->addItem(ContractHtml::tierName(t), t);
    auto *description = new QLineEdit(&dialog);
    form->addRow(tr("Name"), name);
    form->addRow(tr("Intent tier"), tier);
    form->addRow(tr("Description"), description);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || name->text().trimmed().isEmpty())
        return;
    int position = 0;
    for (const SignalType &t : std::as_const(m_types))
        position = std::max(position, t.position);
    emit signalTypeAdded(SignalType { 0, 0, name->text().trimmed(), tier->currentData().toString(),
        description->text().trimmed(), position + 1 });
}

} // namespace baton
