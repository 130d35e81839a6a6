#include "historypage.h"

#include "core/workspace.h"
#include "emptystate.h"
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

// A stored value as people read it: lists without JSON brackets, instants as dates, nothing as "—".
QString readable(const QString &field, const QString &value, bool isNull)
{
    if (isNull || value.isEmpty())
        return QStringLiteral("—");
    if (value.startsWith(QLatin1Char('['))) {
        const QJsonDocument document = QJsonDocument::fromJson(value.toUtf8());
        if (document.isArray()) {
            QStringList items;
            for (const QJsonValue &item : document.array())
                items << item.toVariant().toString();
            return items.isEmpty() ? QStringLiteral("—") : items.join(QStringLiteral(", "));
        }
    }
    bool number = false;
    const qint64 seconds = value.toLongLong(&number);
    if (number && field.endsWith(QStringLiteral("_at")))
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(seconds).toLocalTime(), QLocale::ShortFormat);
    return value;
}

} // namespace

QString HistoryPage::describeChange(const AuditEntry &entry)
{
    if (entry.action == QStringLiteral("insert"))
        return tr("Added");
    if (entry.action == QStringLiteral("delete"))
        return tr("Removed");
    const QString field = entry.entity == QStringLiteral("workspace_setting") ? entry.field : AuditLogRepository::fieldLabel(entry.field);
    return tr("%1: %2 → %3")
        .arg(field, readable(entry.field, entry.oldValue, entry.oldIsNull), readable(entry.field, entry.newValue, entry.newIsNull));
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
    const QLocale locale;
    int row = m_table->rowCount();
    m_table->setRowCount(row + int(entries->size()));
    for (const AuditEntry &entry : *entries) {
        const QString which = entry.entity == QStringLiteral("workspace_setting")
            ? entry.field
            : names.value(entry.entity).value(entry.entityId, QStringLiteral("#%1").arg(entry.entityId));
        const QString change = describeChange(entry);
        const QStringList cells = { locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat), entry.actor,
            AuditLogRepository::entityLabel(entry.entity), which, change };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(column == ChangeColumn && entry.action != QStringLiteral("update")
                    ? (entry.action == QStringLiteral("insert") ? entry.newValue : entry.oldValue)
                    : cells.at(column));
            if (column == ChangeColumn && entry.action != QStringLiteral("update"))
                item->setForeground(entry.action == QStringLiteral("insert") ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xb3, 0x3c, 0x0a));
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
