#include "utmconventionstab.h"

#include "colours.h"
#include "core/workspace.h"
#include "editdelegates.h"
#include "entitycommand.h"
#include "instrument/handofffields.h"
#include "instrument/utmchecker.h"
#include "workspacesession.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace baton {

namespace {

const QStringList Fields = { QStringLiteral("source"), QStringLiteral("campaign"), QStringLiteral("utm_source"),
    QStringLiteral("utm_medium"), QStringLiteral("utm_campaign") };

enum Column { FieldColumn, CasingColumn, PatternColumn, AllowedColumn };

QString casingLabel(const QString &casing)
{
    if (casing == QStringLiteral("lower"))
        return UtmConventionsTab::tr("lower case");
    if (casing == QStringLiteral("upper"))
        return UtmConventionsTab::tr("UPPER CASE");
    return UtmConventionsTab::tr("any");
}

} // namespace

UtmConventionsTab::UtmConventionsTab(WorkspaceSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("How campaign and UTM values are written, so that reports group them correctly. A value "
                                "breaks its convention when its casing is wrong, when it is not one of the allowed values "
                                "(if any are listed) or when it does not match the pattern (a regular expression for the "
                                "whole value). Double-click a cell to edit it; empty values are not judged here."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(int(Fields.size()), 4, this);
    m_table->setObjectName(QStringLiteral("UtmConventions"));
    m_table->setHorizontalHeaderLabels({ tr("Field"), tr("Casing"), tr("Pattern"), tr("Allowed values (comma-separated)") });
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CasingColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PatternColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(PatternColumn, 220);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setMaximumHeight(m_table->verticalHeader()->defaultSectionSize() * int(Fields.size() + 1) + 8);
    layout->addWidget(m_table);

    auto *tryBox = new QGroupBox(tr("Try a value"), this);
    auto *tryLayout = new QHBoxLayout(tryBox);
    m_tryField = new QComboBox(tryBox);
    for (const QString &field : Fields)
        m_tryField->addItem(HandoffFields::label(field), field);
    m_tryValue = new QLineEdit(tryBox);
    m_tryValue->setPlaceholderText(tr("e.g. Paid Social"));
    m_verdict = new QLabel(tryBox);
    m_verdict->setMinimumWidth(320);
    tryLayout->addWidget(m_tryField);
    tryLayout->addWidget(m_tryValue, 1);
    tryLayout->addWidget(m_verdict, 2);
    layout->addWidget(tryBox);

    m_valuesTitle = new QLabel(this);
    layout->addWidget(m_valuesTitle);
    m_values = new QTableWidget(0, 3, this);
    m_values->setObjectName(QStringLiteral("UtmValuesInUse"));
    m_values->setHorizontalHeaderLabels({ tr("Value"), tr("Handoffs"), tr("Convention") });
    m_values->setItemDelegateForColumn(1, new GroupedNumberDelegate(m_values));
    m_values->verticalHeader()->hide();
    m_values->verticalHeader()->setDefaultSectionSize(m_values->fontMetrics().height() + 8);
    m_values->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_values->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_values->horizontalHeader()->setStretchLastSection(true);
    m_values->setColumnWidth(0, 260);
    m_values->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_values->setAlternatingRowColors(true);
    m_values->setAccessibleName(tr("Values in use"));
    layout->addWidget(m_values, 1);

    // Edits are saved after the signal is handled: saving reloads the table (and its cell widgets).
    connect(m_table, &QTableWidget::cellChanged, this, [this](int row, int column) {
        if (!m_filling)
            QMetaObject::invokeMethod(this, [this, row, column]() { edited(row, column); }, Qt::QueuedConnection);
    });
    connect(m_tryValue, &QLineEdit::textChanged, this, &UtmConventionsTab::tryValue);
    connect(m_tryField, &QComboBox::currentIndexChanged, this, &UtmConventionsTab::tryValue);
    connect(m_tryField, &QComboBox::currentIndexChanged, this, &UtmConventionsTab::showValuesInUse);
}

void UtmConventionsTab::reload(Workspace &workspace)
{
    auto conventions = Repository<UtmConvention>(workspace).list();
    if (!conventions) {
        emit m_session->errorReported(conventions.errorMessage());
        return;
    }
    m_conventions = *conventions;
    m_filling = true;
    for (int row = 0; row < Fields.size(); ++row) {
        const QString &field = Fields.at(row);
        const auto it = std::find_if(m_conventions.begin(), m_conventions.end(),
            [&field](const UtmConvention &c) { return c.field == field; });
        const bool exists = it != m_conventions.end();
        auto *name = new QTableWidgetItem(HandoffFields::label(field));
        name->setFlags(Qt::ItemIsEnabled);
        name->setToolTip(field);
        m_table->setItem(row, FieldColumn, name);
        auto *casing = new QComboBox(m_table);
        for (const QString &value : { QStringLiteral("any"), QStringLiteral("lower"), QStringLiteral("upper") })
            casing->addItem(casingLabel(value), value);
        casing->setCurrentIndex(std::max(0, casing->findData(exists ? it->casing : QStringLiteral("any"))));
        casing->setAccessibleName(tr("Casing of %1").arg(HandoffFields::label(field)));
        connect(casing, &QComboBox::activated, this, [this, row]() {
            QMetaObject::invokeMethod(this, [this, row]() { edited(row, CasingColumn); }, Qt::QueuedConnection);
        });
        m_table->setCellWidget(row, CasingColumn, casing);
        auto *pattern = new QTableWidgetItem(exists ? it->pattern : QString());
        auto *allowed = new QTableWidgetItem(exists ? it->allowedValues.join(QStringLiteral(", ")) : QString());
        if (!exists) {
            pattern->setToolTip(tr("No convention yet for %1: any value is accepted.").arg(field));
            allowed->setText(QString());
        }
        m_table->setItem(row, PatternColumn, pattern);
        m_table->setItem(row, AllowedColumn, allowed);
    }
    m_filling = false;
    tryValue();
    showValuesInUse();
}

void UtmConventionsTab::edited(int row, int column)
{
    if (m_filling || row < 0 || row >= Fields.size() || column == FieldColumn)
        return;
    const QString &field = Fields.at(row);
    UtmConvention after;
    after.field = field;
    for (const UtmConvention &c : std::as_const(m_conventions))
        if (c.field == field)
            after = c;
    if (auto *casing = qobject_cast<QComboBox *>(m_table->cellWidget(row, CasingColumn)))
        after.casing = casing->currentData().toString();
    after.pattern = m_table->item(row, PatternColumn)->text().trimmed();
    QStringList allowed;
    for (const QString &value : m_table->item(row, AllowedColumn)->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!value.trimmed().isEmpty())
            allowed << value.trimmed();
    after.allowedValues = allowed;
    if (!after.pattern.isEmpty() && !QRegularExpression(after.pattern).isValid()) {
        emit m_session->errorReported(tr("The pattern “%1” is not a valid regular expression: %2")
                                          .arg(after.pattern, QRegularExpression(after.pattern).errorString()));
        if (Workspace *workspace = m_session->workspace())
            reload(*workspace);
        return;
    }
    save(field, after);
}

void UtmConventionsTab::save(const QString &field, const UtmConvention &after)
{
    for (const UtmConvention &before : std::as_const(m_conventions))
        if (before.field == field) {
            if (before.values() != after.values()) {
                const UtmConvention copy = before;
                m_session->undoStack()->push(EntityCommand<UtmConvention>::update(m_session, copy, after,
                    tr("Change the convention for %1").arg(HandoffFields::label(field))));
            }
            return;
        }
    m_session->undoStack()->push(
        EntityCommand<UtmConvention>::add(m_session, after, tr("Add a convention for %1").arg(HandoffFields::label(field))));
}

void UtmConventionsTab::tryValue()
{
    const QString value = m_tryValue->text();
    if (value.isEmpty()) {
        m_verdict->setText(QString());
        return;
    }
    const UtmChecker checker(m_conventions);
    const auto broken = checker.check(m_tryField->currentData().toString(), value);
    const QPalette palette = m_verdict->palette();
    m_verdict->setText(broken
            ? QStringLiteral("<span style=\"color:%1\">✗ %2</span>")
                  .arg(Colours::css(Colours::text(Colours::Tone::Bad, palette)), broken->toHtmlEscaped())
            : QStringLiteral("<span style=\"color:%1\">✓ %2</span>")
                  .arg(Colours::css(Colours::text(Colours::Tone::Good, palette)), tr("follows the convention")));
}

void UtmConventionsTab::showValuesInUse()
{
    Workspace *workspace = m_session->workspace();
    if (!workspace)
        return;
    const QString field = m_tryField->currentData().toString();
    auto values = UtmChecker::valuesInUse(*workspace, field);
    if (!values) {
        emit m_session->errorReported(values.errorMessage());
        return;
    }
    const UtmChecker checker(m_conventions);
    m_valuesTitle->setText(tr("<b>%1 values in the handoffs</b>, most frequent first, judged by the convention above:")
                               .arg(HandoffFields::label(field).toHtmlEscaped()));
    m_values->setRowCount(int(values->size()));
    for (int row = 0; row < values->size(); ++row) {
        const auto &[value, count] = values->at(row);
        m_values->setItem(row, 0, new QTableWidgetItem(value));
        auto *number = new QTableWidgetItem;
        number->setData(Qt::DisplayRole, count);
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_values->setItem(row, 1, number);
        const auto broken = checker.check(field, value);
        auto *verdict = new QTableWidgetItem(broken ? QStringLiteral("✗ ") + *broken : tr("✓ follows it"));
        verdict->setForeground(Colours::text(broken ? Colours::Tone::Bad : Colours::Tone::Good, m_values->palette()));
        m_values->setItem(row, 2, verdict);
    }
}

} // namespace baton
