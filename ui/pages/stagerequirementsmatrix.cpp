#include "stagerequirementsmatrix.h"

#include "colours.h"
#include "core/workspace.h"
#include "entitycommand.h"
#include "instrument/handofffields.h"
#include "workspacesession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace baton {

namespace {

// The fields worth requiring, in the order people think of them; timestamps follow.
const QStringList MatrixFields = { QStringLiteral("email"), QStringLiteral("contact_name"), QStringLiteral("company"),
    QStringLiteral("account"), QStringLiteral("signal_type"), QStringLiteral("source"), QStringLiteral("campaign"),
    QStringLiteral("utm_source"), QStringLiteral("utm_medium"), QStringLiteral("utm_campaign"), QStringLiteral("country"),
    QStringLiteral("employees"), QStringLiteral("industry"), QStringLiteral("segment"), QStringLiteral("territory"),
    QStringLiteral("fit_grade"), QStringLiteral("owner"), QStringLiteral("team"), QStringLiteral("rejection_reason"),
    QStringLiteral("opportunity_amount"), QStringLiteral("won_amount") };

} // namespace

StageRequirementsMatrix::StageRequirementsMatrix(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("What a handoff must carry once it has reached a stage (its current stage or any stage in "
                                "its history). Click a cell to require the field at that stage, or to drop it. The "
                                "validator reports a missing field or timestamp for every handoff that breaks this."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("StageRequirementsMatrix"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Required fields and timestamps per stage"));
    layout->addWidget(m_table, 1);
    auto *custom = new QHBoxLayout;
    m_custom = new QLineEdit(this);
    m_custom->setPlaceholderText(tr("A context field, e.g. phone or budget_range"));
    auto *add = new QPushButton(tr("Add a context field row"), this);
    custom->addWidget(new QLabel(tr("Other fields:"), this));
    custom->addWidget(m_custom, 1);
    custom->addWidget(add);
    layout->addLayout(custom);

    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int column) {
        if (row < 0 || row >= m_rows.size() || m_rows.at(row).isEmpty() || column < 0 || column >= m_stages.size())
            return;
        // After the click is handled: the edit reloads the table this signal comes from.
        const QString field = m_rows.at(row);
        const qint64 stage = m_stages.at(column).id;
        QMetaObject::invokeMethod(this, [this, field, stage]() { toggle(field, stage); }, Qt::QueuedConnection);
    });
    const auto addRow = [this]() {
        QString field = m_custom->text().trimmed().toLower();
        field.replace(QLatin1Char(' '), QLatin1Char('_'));
        if (field.isEmpty() || m_rows.contains(field))
            return;
        m_extraRows << field;
        m_custom->clear();
        if (Workspace *workspace = m_session->workspace())
            reload(*workspace);
    };
    connect(add, &QPushButton::clicked, this, addRow);
    connect(m_custom, &QLineEdit::returnPressed, this, addRow);
}

void StageRequirementsMatrix::toggle(const QString &field, qint64 stageId)
{
    for (const StageRequirement &requirement : std::as_const(m_requirements))
        if (requirement.stageId == stageId && requirement.field == field) {
            const StageRequirement copy = requirement;
            m_session->undoStack()->push(EntityCommand<StageRequirement>::remove(m_session, copy,
                tr("No longer require %1").arg(HandoffFields::label(field))));
            return;
        }
    const StageRequirement added { 0, 0, stageId, field,
        HandoffFields::isTimestamp(field) ? QStringLiteral("timestamp") : QStringLiteral("field") };
    m_session->undoStack()->push(
        EntityCommand<StageRequirement>::add(m_session, added, tr("Require %1").arg(HandoffFields::label(field))));
}

void StageRequirementsMatrix::reload(Workspace &workspace)
{
    auto stages = Repository<LifecycleStage>(workspace).list();
    auto requirements = Repository<StageRequirement>(workspace).list();
    if (!stages || !requirements) {
        emit m_session->errorReported(stages ? requirements.errorMessage() : stages.errorMessage());
        return;
    }
    m_stages = *stages;
    m_requirements = *requirements;

    QStringList context = m_extraRows;
    for (const StageRequirement &requirement : std::as_const(m_requirements))
        if (!HandoffFields::find(requirement.field) && !context.contains(requirement.field))
            context << requirement.field;
    m_rows.clear();
    m_rows << QString() << MatrixFields;
    if (!context.isEmpty())
        m_rows << QString() << context;
    m_rows << QString();
    for (const HandoffFields::FieldInfo &info : HandoffFields::standardFields())
        if (info.timestamp)
            m_rows << QString::fromLatin1(info.name);
    const QStringList headings = { tr("Fields"), tr("Context fields"), tr("Timestamps") };
    // Section rows and required cells in the palette's shades, with its text on them.
    const QPalette palette = m_table->palette();
    const QColor headingColour = Colours::background(Colours::Tone::Neutral, palette);
    const QColor requiredColour = Colours::background(Colours::Tone::Info, palette);

    m_table->clear();
    m_table->setColumnCount(int(m_stages.size()));
    m_table->setRowCount(int(m_rows.size()));
    QStringList stageNames;
    for (const LifecycleStage &stage : std::as_const(m_stages))
        stageNames << stage.name;
    m_table->setHorizontalHeaderLabels(stageNames);
    int heading = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString &field = m_rows.at(row);
        if (field.isEmpty()) {
            const QString title = headings.at(context.isEmpty() && heading == 1 ? 2 : heading);
            ++heading;
            auto *header = new QTableWidgetItem(title);
            QFont font = header->font();
            font.setBold(true);
            header->setFont(font);
            m_table->setVerticalHeaderItem(row, header);
            for (int column = 0; column < m_stages.size(); ++column) {
                auto *item = new QTableWidgetItem;
                item->setBackground(headingColour);
                item->setFlags(Qt::NoItemFlags);
                m_table->setItem(row, column, item);
            }
            continue;
        }
        m_table->setVerticalHeaderItem(row, new QTableWidgetItem(HandoffFields::label(field)));
        for (int column = 0; column < m_stages.size(); ++column) {
            const bool required = std::any_of(m_requirements.begin(), m_requirements.end(),
                [&](const StageRequirement &r) { return r.stageId == m_stages.at(column).id && r.field == field; });
            auto *item = new QTableWidgetItem(required ? QStringLiteral("✓") : QString());
            item->setTextAlignment(Qt::AlignCenter);
            item->setToolTip(required ? tr("%1 is required from %2 on. Click to drop it.")
                                            .arg(HandoffFields::label(field), m_stages.at(column).name)
                                      : tr("Click to require %1 from %2 on.")
                                            .arg(HandoffFields::label(field), m_stages.at(column).name));
            if (required) {
                item->setBackground(requiredColour);
                item->setForeground(palette.color(QPalette::Text));
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_table->setItem(row, column, item);
        }
    }
}

} // namespace baton
