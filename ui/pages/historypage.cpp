#include "historypage.h"

#include "colours.h"
#include "contracthtml.h"
#include "core/workspace.h"
#include "define/contractservice.h"
#include "emptystate.h"
#include "govern/maturitymatrix.h"
#include "govern/meetingrecord.h"
#include "instrument/handofffields.h"
#include "map/stagemap.h"
#include "route/routetext.h"
#include "route/rulesetstore.h"
#include "workspacesession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace baton {

namespace {

constexpr int PageSize = 500;

enum Column { WhenColumn, WhoColumn, WhatColumn, WhichColumn, ChangeColumn };

// The tables a reference column points into, so that a change of reference reads by name.
const QHash<QString, QString> &referencedTables()
{
    static const QHash<QString, QString> tables = {
        { QStringLiteral("assign_owner_id"), QStringLiteral("owner") },
        { QStringLiteral("assign_team_id"), QStringLiteral("team") },
        { QStringLiteral("calendar_id"), QStringLiteral("business_calendar") },
        { QStringLiteral("contract_version_id"), QStringLiteral("contract_version") },
        { QStringLiteral("from_stage_id"), QStringLiteral("lifecycle_stage") },
        { QStringLiteral("industry_id"), QStringLiteral("industry") },
        { QStringLiteral("meeting_id"), QStringLiteral("governance_meeting") },
        { QStringLiteral("owner_id"), QStringLiteral("owner") },
        { QStringLiteral("parent_id"), QStringLiteral("account") },
        { QStringLiteral("recycle_play_id"), QStringLiteral("recycle_play") },
        { QStringLiteral("rule_set_id"), QStringLiteral("routing_rule_set") },
        { QStringLiteral("segment_id"), QStringLiteral("segment") },
        { QStringLiteral("signal_type_id"), QStringLiteral("signal_type") },
        { QStringLiteral("sla_policy_id"), QStringLiteral("sla_policy") },
        { QStringLiteral("stage_id"), QStringLiteral("lifecycle_stage") },
        { QStringLiteral("team_id"), QStringLiteral("team") },
        { QStringLiteral("territory_id"), QStringLiteral("territory") },
        { QStringLiteral("to_stage_id"), QStringLiteral("lifecycle_stage") },
    };
    return tables;
}

// A stored key as the pages show it: statuses, tiers, parties, dimensions, actions and field names by their
// labels, flags as yes or no. Other values are returned as they are.
QString label(const QString &entity, const QString &field, const QString &value)
{
    if (field == QLatin1String("status")) {
        if (entity == QLatin1String("action_item"))
            return GovernanceMeetings::statusName(value);
        if (entity == QLatin1String("routing_rule_set") && value == RuleSetStatus::Archived)
            return HistoryPage::tr("Archived");
        return ContractHtml::statusName(value);
    }
    if (field == QLatin1String("intent_tier"))
        return ContractHtml::tierName(value);
    if (field == QLatin1String("party"))
        return ContractService::partyName(value);
    if (field == QLatin1String("dimension"))
        return MaturityMatrix::dimensionTitle(value);
    if (field == QLatin1String("workflow_action"))
        return StageMap::actionLabel(value);
    if (field == QLatin1String("assign_kind"))
        return RouteText::assignKindName(value);
    if (field == QLatin1String("field") || field == QLatin1String("required_attributes")
        || field == QLatin1String("required_context") || field == QLatin1String("fields"))
        return HandoffFields::label(value);
    if (field == QLatin1String("enabled") || field == QLatin1String("active") || field == QLatin1String("is_fallback"))
        return value == QLatin1String("0") ? HistoryPage::tr("no") : HistoryPage::tr("yes");
    return value;
}

// A stored value as people read it: lists without JSON brackets, instants as dates, references by the name
// of the row they point to, keys by their labels, nothing as "—".
QString readable(const QString &entity, const QString &field, const QString &value, bool isNull,
    const HistoryPage::References &references)
{
    if (isNull || value.isEmpty())
        return QStringLiteral("—");
    if (value.startsWith(QLatin1Char('['))) {
        const QJsonDocument document = QJsonDocument::fromJson(value.toUtf8());
        if (document.isArray()) {
            QStringList items;
            for (const QJsonValue &item : document.array())
                items << label(entity, field, item.toVariant().toString());
            return items.isEmpty() ? QStringLiteral("—") : items.join(QStringLiteral(", "));
        }
    }
    bool number = false;
    const qint64 integer = value.toLongLong(&number);
    if (number && field.endsWith(QStringLiteral("_at")))
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(integer).toLocalTime(), QLocale::ShortFormat);
    if (number && referencedTables().contains(field))
        return references.value(referencedTables().value(field)).value(integer, QStringLiteral("#%1").arg(integer));
    return label(entity, field, value);
}

} // namespace

QString HistoryPage::describeChange(const AuditEntry &entry, const References &references)
{
    if (entry.action == QStringLiteral("insert"))
        return tr("Added");
    if (entry.action == QStringLiteral("delete"))
        return tr("Removed");
    const QString field = entry.entity == QStringLiteral("workspace_setting")
        ? AuditLogRepository::settingLabel(entry.field)
        : AuditLogRepository::fieldLabel(entry.field);
    return tr("%1: %2 → %3")
        .arg(field, readable(entry.entity, entry.field, entry.oldValue, entry.oldIsNull, references),
            readable(entry.entity, entry.field, entry.newValue, entry.newIsNull, references));
}

HistoryPage::HistoryPage(WorkspaceSession *session, QWidget *parent) : Page(session, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(new EmptyState(tr("No workspace open"),
        tr("Open a workspace to see every change made to its configuration: who changed what, when, and how."), this));

    auto *content = new QWidget(m_stack);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show"), content));
    m_entity = new QComboBox(content);
    m_entity->setObjectName(QStringLiteral("HistoryEntity"));
    m_entity->setAccessibleName(tr("What kind of thing changed"));
    m_entity->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search = new QLineEdit(content);
    m_search->setPlaceholderText(tr("Search who, which field, old or new value"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the history"));
    m_count = new QLabel(content);
    bar->addWidget(m_entity);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    contentLayout->addLayout(bar);

    m_table = new QTableWidget(0, 5, content);
    m_table->setObjectName(QStringLiteral("HistoryTable"));
    m_table->setHorizontalHeaderLabels({ tr("When"), tr("Who"), tr("What"), tr("Which"), tr("Change") });
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(WhenColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(WhoColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(WhatColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(WhichColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(WhichColumn, 240);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Configuration changes, newest first"));
    contentLayout->addWidget(m_table, 1);
    m_more = new QPushButton(content);
    contentLayout->addWidget(m_more, 0, Qt::AlignHCenter);
    m_stack->addWidget(content);
    layout->addWidget(m_stack);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this]() { load(false); });
    connect(m_entity, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_filling)
            load(false);
    });
    connect(m_more, &QPushButton::clicked, this, [this]() { load(true); });
}

AuditFilter HistoryPage::filter() const
{
    AuditFilter filter;
    const QString entity = m_entity->currentData().toString();
    if (!entity.isEmpty())
        filter.entities = { entity };
    filter.search = m_search->text();
    return filter;
}

void HistoryPage::setEntityFilter(const QString &entity)
{
    m_entity->setCurrentIndex(std::max(0, m_entity->findData(entity)));
}

void HistoryPage::reload()
{
    Workspace *workspace = session()->workspace();
    if (!workspace) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    auto entities = AuditLogRepository(*workspace).entities();
    if (!entities) {
        emit session()->errorReported(entities.errorMessage());
        return;
    }
    const QString current = m_entity->currentData().toString();
    m_filling = true;
    m_entity->clear();
    qint64 all = 0;
    for (const auto &[entity, count] : *entities)
        all += count;
    m_entity->addItem(tr("Every change (%1)").arg(QLocale().toString(all)), QString());
    for (const auto &[entity, count] : *entities)
        m_entity->addItem(tr("%1 (%2)").arg(AuditLogRepository::entityLabel(entity), QLocale().toString(count)), entity);
    m_entity->setCurrentIndex(std::max(0, m_entity->findData(current)));
    m_filling = false;
    load(false);
}

void HistoryPage::load(bool more)
{
    Workspace *workspace = session()->workspace();
    if (!workspace)
        return;
    AuditLogRepository repository(*workspace);
    const AuditFilter currentFilter = filter();
    if (!more) {
        m_table->setRowCount(0);
        m_loaded = 0;
        auto total = repository.count(currentFilter);
        m_total = total ? *total : 0;
    }
    auto entries = repository.list(currentFilter, m_loaded, PageSize);
    if (!entries) {
        emit session()->errorReported(entries.errorMessage());
        return;
    }
    // Row names, one lookup per entity.
    QHash<QString, QList<qint64>> idsByEntity;
    for (const AuditEntry &entry : *entries)
        if (entry.entityId > 0)
            idsByEntity[entry.entity] << entry.entityId;
    QHash<QString, QHash<qint64, QString>> names;
    for (auto it = idsByEntity.cbegin(); it != idsByEntity.cend(); ++it) {
        auto found = repository.rowNames(it.key(), it.value());
        if (found)
            names.insert(it.key(), *found);
    }
    // The rows that changed references point to, one lookup per table they point into.
    QHash<QString, QList<qint64>> referenced;
    for (const AuditEntry &entry : *entries)
        if (entry.action == QStringLiteral("update") && referencedTables().contains(entry.field))
            for (const QString &value : { entry.oldValue, entry.newValue })
                if (const qint64 id = value.toLongLong(); id > 0)
                    referenced[referencedTables().value(entry.field)] << id;
    References references;
    for (auto it = referenced.cbegin(); it != referenced.cend(); ++it) {
        auto found = repository.rowNames(it.key(), it.value());
        if (found)
            references.insert(it.key(), *found);
    }
    const QLocale locale;
    int row = m_table->rowCount();
    m_table->setRowCount(row + int(entries->size()));
    for (const AuditEntry &entry : *entries) {
        const QString which = entry.entity == QStringLiteral("workspace_setting")
            ? AuditLogRepository::settingLabel(entry.field)
            : names.value(entry.entity).value(entry.entityId, QStringLiteral("#%1").arg(entry.entityId));
        const QString change = describeChange(entry, references);
        const QStringList cells = { locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat), entry.actor,
            AuditLogRepository::entityLabel(entry.entity), which, change };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(column == ChangeColumn && entry.action != QStringLiteral("update")
                    ? (entry.action == QStringLiteral("insert") ? entry.newValue : entry.oldValue)
                    : cells.at(column));
            if (column == ChangeColumn && entry.action != QStringLiteral("update"))
                item->setForeground(
                    Colours::text(entry.action == QStringLiteral("insert") ? Colours::Tone::Good : Colours::Tone::Bad,
                        m_table->palette()));
            m_table->setItem(row, column, item);
        }
        ++row;
    }
    m_loaded += entries->size();
    m_count->setText(tr("%1 changes").arg(locale.toString(m_total)));
    m_more->setText(tr("Show %1 more (%2 of %3 shown)")
                        .arg(locale.toString(std::min<qint64>(PageSize, m_total - m_loaded)))
                        .arg(locale.toString(m_loaded), locale.toString(m_total)));
    m_more->setVisible(m_loaded < m_total);
}

} // namespace baton
