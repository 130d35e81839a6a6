#include "coveragemodeleditor.h"

#include "core/workspace.h"
#include "ownerdialog.h"
#include "route/coverageusage.h"
#include "entitycommand.h"
#include "segmentdialog.h"
#include "teamdialog.h"
#include "territorydialog.h"
#include "workspacesession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace baton {

namespace {

template <typename Entity>
const Entity *findEntity(const QList<Entity> &list, qint64 id)
{
    for (const Entity &entity : list)
        if (entity.id == id)
            return &entity;
    return nullptr;
}

QString areaLabel(const TerritoryArea &area)
{
    return area.region.isEmpty() ? area.country : area.country + QLatin1Char('/') + area.region;
}

QString range(const QString &from, const QString &to)
{
    if (from.isEmpty() && to.isEmpty())
        return {};
    if (to.isEmpty())
        return QCoreApplication::translate("baton::CoverageModelEditor", "%1 or more").arg(from);
    if (from.isEmpty())
        return QCoreApplication::translate("baton::CoverageModelEditor", "up to %1").arg(to);
    return QStringLiteral("%1 – %2").arg(from, to);
}

} // namespace

CoverageModelEditor::CoverageModelEditor(WorkspaceSession *session, QWidget *parent) : QTabWidget(parent), m_session(session)
{
    m_territories = { nullptr, [this]() { editTerritory(0); }, [this](qint64 id) { editTerritory(id); },
        [this](qint64 id) { removeTerritory(id); } };
    m_segments = { nullptr, [this]() { editSegment(0); }, [this](qint64 id) { editSegment(id); },
        [this](qint64 id) { removeSegment(id); } };
    m_industries = { nullptr, [this]() { editIndustry(0); }, [this](qint64 id) { editIndustry(id); },
        [this](qint64 id) { removeIndustry(id); } };
    m_teams = { nullptr, [this]() { editTeam(0); }, [this](qint64 id) { editTeam(id); }, [this](qint64 id) { removeTeam(id); } };
    m_owners = { nullptr, [this]() { editOwner(0); }, [this](qint64 id) { editOwner(id); }, [this](qint64 id) { removeOwner(id); } };
    addTab(buildTab(&m_territories, { tr("Territory"), tr("Countries and regions") }, tr("territory")), tr("Territories"));
    addTab(buildTab(&m_segments, { tr("Segment"), tr("Employees"), tr("Annual revenue") }, tr("segment")), tr("Segments"));
    addTab(buildTab(&m_industries, { tr("Industry") }, tr("industry")), tr("Industries"));
    addTab(buildTab(&m_teams, { tr("Team or queue"), tr("Kind"), tr("Manager"), tr("Members (weight)") }, tr("team or queue")),
        tr("Teams and queues"));
    addTab(buildTab(&m_owners,
               { tr("Owner"), tr("Role"), tr("Team"), tr("Time zone"), tr("Capacity a day"), tr("Active"), tr("Out of office") },
               tr("owner")),
        tr("Owners"));
}

QWidget *CoverageModelEditor::buildTab(Tab *tab, const QStringList &headers, const QString &what)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    tab->table = new QTableWidget(0, int(headers.size()), page);
    tab->table->setHorizontalHeaderLabels(headers);
    tab->table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tab->table->horizontalHeader()->setStretchLastSection(true);
    tab->table->verticalHeader()->hide();
    tab->table->setSelectionBehavior(QAbstractItemView::SelectRows);
    tab->table->setSelectionMode(QAbstractItemView::SingleSelection);
    tab->table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tab->table->setWordWrap(false);
    tab->table->setAccessibleName(headers.first());
    layout->addWidget(tab->table, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add %1…").arg(what), page);
    auto *edit = new QPushButton(tr("Edit…"), page);
    auto *remove = new QPushButton(tr("Remove"), page);
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    const auto selected = [table = tab->table]() {
        const int row = table->currentRow();
        return row >= 0 && table->item(row, 0) ? table->item(row, 0)->data(Qt::UserRole).toLongLong() : qint64(0);
    };
    connect(add, &QPushButton::clicked, this, [tab]() { tab->add(); });
    connect(edit, &QPushButton::clicked, this, [tab, selected]() {
        if (selected())
            tab->edit(selected());
    });
    connect(remove, &QPushButton::clicked, this, [tab, selected]() {
        if (selected())
            tab->remove(selected());
    });
    connect(tab->table, &QTableWidget::cellDoubleClicked, this, [tab, selected]() {
        if (selected())
            tab->edit(selected());
    });
    return page;
}

void CoverageModelEditor::fill(QTableWidget *table, const QList<std::pair<qint64, QStringList>> &rows)
{
    const qint64 current = table->currentRow() >= 0 && table->item(table->currentRow(), 0)
        ? table->item(table->currentRow(), 0)->data(Qt::UserRole).toLongLong()
        : 0;
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const auto &[id, texts] = rows.at(r);
        for (int c = 0; c < texts.size(); ++c) {
            auto *item = new QTableWidgetItem(texts.at(c));
            item->setData(Qt::UserRole, id);
            item->setToolTip(texts.at(c));
            table->setItem(r, c, item);
        }
        if (id == current)
            table->selectRow(r);
    }
}

void CoverageModelEditor::setModel(const CoverageModel &model)
{
    m_model = model;
    QList<std::pair<qint64, QStringList>> rows;
    for (const Territory &territory : model.territories) {
        QStringList areas;
        for (const TerritoryArea &area : model.areas)
            if (area.territoryId == territory.id)
                areas << areaLabel(area);
        rows.append({ territory.id, { territory.name, areas.join(QStringLiteral(", ")) } });
    }
    fill(m_territories.table, rows);

    rows.clear();
    const QLocale locale;
    for (const Segment &segment : model.segments) {
        const auto whole = [&](const std::optional<qint64> &v) { return v ? locale.toString(*v) : QString(); };
        const auto money = [&](const std::optional<double> &v) { return v ? locale.toString(*v, 'f', 0) : QString(); };
        rows.append({ segment.id, { segment.name, range(whole(segment.minEmployees), whole(segment.maxEmployees)),
                                      range(money(segment.minRevenue), money(segment.maxRevenue)) } });
    }
    fill(m_segments.table, rows);

    rows.clear();
    for (const Industry &industry : model.industries)
        rows.append({ industry.id, { industry.name } });
    fill(m_industries.table, rows);

    rows.clear();
    for (const Team &team : model.teams) {
        QStringList members;
        for (const TeamMember &member : model.members)
            if (member.teamId == team.id)
                members << QStringLiteral("%1 (%2)").arg(model.ownerName(member.ownerId)).arg(member.weight);
        const QString kind = team.isFallback ? tr("fallback queue") : team.kind == QStringLiteral("queue") ? tr("queue") : tr("team");
        rows.append({ team.id, { team.name, kind, team.managerName, members.join(QStringLiteral(", ")) } });
    }
    fill(m_teams.table, rows);

    rows.clear();
    for (const Owner &owner : model.owners) {
        QString active;
        if (owner.activeFrom.isValid() && owner.activeUntil.isValid())
            active = QStringLiteral("%1 – %2").arg(owner.activeFrom.toString(Qt::ISODate), owner.activeUntil.toString(Qt::ISODate));
        else if (owner.activeFrom.isValid())
            active = tr("since %1").arg(owner.activeFrom.toString(Qt::ISODate));
        else if (owner.activeUntil.isValid())
            active = tr("until %1").arg(owner.activeUntil.toString(Qt::ISODate));
        QStringList away;
        for (const OwnerAbsence &absence : model.absences)
            if (absence.ownerId == owner.id)
                away << QStringLiteral("%1 – %2").arg(absence.startsOn.toString(Qt::ISODate), absence.endsOn.toString(Qt::ISODate));
        rows.append({ owner.id, { owner.name, owner.role, model.teamName(owner.teamId), owner.timeZone,
                                    QString::number(owner.capacityPerDay), active, away.join(QStringLiteral(", ")) } });
    }
    fill(m_owners.table, rows);
}

bool CoverageModelEditor::refuseRemoval(const QString &table, qint64 id, const QString &name)
{
    Workspace *workspace = m_session->workspace();
    if (!workspace)
        return true;
    auto why = CoverageUsage::whyNotRemovable(*workspace, table, id);
    if (!why) {
        QMessageBox::warning(this, tr("Cannot remove"), why.errorMessage());
        return true;
    }
    if (!why->isEmpty()) {
        QMessageBox::information(this, tr("Cannot remove %1").arg(name), *why);
        return true;
    }
    return false;
}

void CoverageModelEditor::editTerritory(qint64 id)
{
    const Territory *existing = findEntity(m_model.territories, id);
    Territory territory = existing ? *existing : Territory {};
    if (!existing)
        for (const Territory &t : m_model.territories)
            territory.position = std::max(territory.position, t.position + 1);
    TerritoryDialog dialog(m_model, territory, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Territory edited = dialog.territory();
    auto *command = new QUndoCommand(existing ? tr("Edit territory %1").arg(edited.name) : tr("Add territory %1").arg(edited.name));
    EntityCommand<Territory> *head = nullptr;
    if (!existing)
        head = EntityCommand<Territory>::add(m_session, edited, command->text(), command);
    else if (edited.name != existing->name)
        EntityCommand<Territory>::update(m_session, *existing, edited, command->text(), command);
    QSet<QString> wanted;
    for (const TerritoryArea &area : dialog.areas())
        wanted.insert(areaLabel(area));
    QSet<QString> kept;
    for (const TerritoryArea &area : m_model.areas)
        if (existing && area.territoryId == existing->id) {
            if (wanted.contains(areaLabel(area)))
                kept.insert(areaLabel(area));
            else
                EntityCommand<TerritoryArea>::remove(m_session, area, command->text(), command);
        }
    for (const TerritoryArea &area : dialog.areas()) {
        if (kept.contains(areaLabel(area)))
            continue;
        auto *child = EntityCommand<TerritoryArea>::add(m_session, area, command->text(), command);
        if (head)
            child->linkTo(&TerritoryArea::territoryId, head);
    }
    if (command->childCount() == 0) {
        delete command;
        return;
    }
    m_session->undoStack()->push(command);
}

void CoverageModelEditor::removeTerritory(qint64 id)
{
    const Territory *territory = findEntity(m_model.territories, id);
    if (!territory || refuseRemoval(Territory::table(), id, territory->name))
        return;
    auto *command = new QUndoCommand(tr("Remove territory %1").arg(territory->name));
    for (const TerritoryArea &area : m_model.areas)
        if (area.territoryId == id)
            EntityCommand<TerritoryArea>::remove(m_session, area, command->text(), command);
    EntityCommand<Territory>::remove(m_session, *territory, command->text(), command);
    m_session->undoStack()->push(command);
}

void CoverageModelEditor::editSegment(qint64 id)
{
    const Segment *existing = findEntity(m_model.segments, id);
    Segment segment = existing ? *existing : Segment {};
    if (!existing)
        for (const Segment &s : m_model.segments)
            segment.position = std::max(segment.position, s.position + 1);
    SegmentDialog dialog(segment, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Segment edited = dialog.segment();
    if (existing)
        m_session->undoStack()->push(EntityCommand<Segment>::update(m_session, *existing, edited, tr("Edit segment %1").arg(edited.name)));
    else
        m_session->undoStack()->push(EntityCommand<Segment>::add(m_session, edited, tr("Add segment %1").arg(edited.name)));
}

void CoverageModelEditor::removeSegment(qint64 id)
{
    const Segment *segment = findEntity(m_model.segments, id);
    if (!segment || refuseRemoval(Segment::table(), id, segment->name))
        return;
    m_session->undoStack()->push(EntityCommand<Segment>::remove(m_session, *segment, tr("Remove segment %1").arg(segment->name)));
}

void CoverageModelEditor::editIndustry(qint64 id)
{
    const Industry *existing = findEntity(m_model.industries, id);
    bool ok = false;
    const QString name = QInputDialog::getText(this, existing ? tr("Rename industry") : tr("New industry"), tr("Name:"),
        QLineEdit::Normal, existing ? existing->name : QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty() || (existing && name == existing->name))
        return;
    for (const Industry &industry : m_model.industries)
        if (industry.name.compare(name, Qt::CaseInsensitive) == 0 && industry.id != id) {
            QMessageBox::information(this, tr("Industry"), tr("There is an industry called %1 already.").arg(industry.name));
            return;
        }
    if (existing) {
        Industry renamed = *existing;
        renamed.name = name;
        m_session->undoStack()->push(EntityCommand<Industry>::update(m_session, *existing, renamed, tr("Rename industry %1").arg(name)));
    } else {
        m_session->undoStack()->push(EntityCommand<Industry>::add(m_session, Industry { 0, 0, name }, tr("Add industry %1").arg(name)));
    }
}

void CoverageModelEditor::removeIndustry(qint64 id)
{
    const Industry *industry = findEntity(m_model.industries, id);
    if (!industry || refuseRemoval(Industry::table(), id, industry->name))
        return;
    m_session->undoStack()->push(EntityCommand<Industry>::remove(m_session, *industry, tr("Remove industry %1").arg(industry->name)));
}

void CoverageModelEditor::editTeam(qint64 id)
{
    const Team *existing = findEntity(m_model.teams, id);
    TeamDialog dialog(m_model, existing ? *existing : Team {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Team edited = dialog.team();
    auto *command = new QUndoCommand(existing ? tr("Edit %1").arg(edited.name) : tr("Add %1").arg(edited.name));
    // Only one fallback queue may exist at a time: the old one gives up the role first.
    if (edited.isFallback && !(existing && existing->isFallback))
        for (const Team &team : m_model.teams)
            if (team.isFallback) {
                Team cleared = team;
                cleared.isFallback = false;
                EntityCommand<Team>::update(m_session, team, cleared, command->text(), command);
            }
    EntityCommand<Team> *head = nullptr;
    if (!existing)
        head = EntityCommand<Team>::add(m_session, edited, command->text(), command);
    else if (edited.values() != existing->values())
        EntityCommand<Team>::update(m_session, *existing, edited, command->text(), command);
    QMap<qint64, int> wanted;
    for (const auto &[owner, weight] : dialog.members())
        wanted.insert(owner, weight);
    for (const TeamMember &member : m_model.members) {
        if (!existing || member.teamId != existing->id)
            continue;
        if (!wanted.contains(member.ownerId)) {
            EntityCommand<TeamMember>::remove(m_session, member, command->text(), command);
        } else {
            if (wanted.value(member.ownerId) != member.weight) {
                TeamMember changed = member;
                changed.weight = wanted.value(member.ownerId);
                EntityCommand<TeamMember>::update(m_session, member, changed, command->text(), command);
            }
            wanted.remove(member.ownerId);
        }
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        auto *child = EntityCommand<TeamMember>::add(m_session, TeamMember { 0, 0, existing ? existing->id : 0, it.key(), it.value() },
            command->text(), command);
        if (head)
            child->linkTo(&TeamMember::teamId, head);
    }
    if (command->childCount() == 0) {
        delete command;
        return;
    }
    m_session->undoStack()->push(command);
}

void CoverageModelEditor::removeTeam(qint64 id)
{
    const Team *team = findEntity(m_model.teams, id);
    if (!team)
        return;
    if (team->isFallback) {
        QMessageBox::information(this, tr("Cannot remove %1").arg(team->name),
            tr("This is the fallback queue, and there must always be one. Make another queue the fallback first."));
        return;
    }
    if (refuseRemoval(Team::table(), id, team->name))
        return;
    auto *command = new QUndoCommand(tr("Remove %1").arg(team->name));
    for (const TeamMember &member : m_model.members)
        if (member.teamId == id)
            EntityCommand<TeamMember>::remove(m_session, member, command->text(), command);
    EntityCommand<Team>::remove(m_session, *team, command->text(), command);
    m_session->undoStack()->push(command);
}

void CoverageModelEditor::editOwner(qint64 id)
{
    const Owner *existing = findEntity(m_model.owners, id);
    OwnerDialog dialog(m_model, existing ? *existing : Owner {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Owner edited = dialog.owner();
    auto *command = new QUndoCommand(existing ? tr("Edit owner %1").arg(edited.name) : tr("Add owner %1").arg(edited.name));
    EntityCommand<Owner> *head = nullptr;
    if (!existing)
        head = EntityCommand<Owner>::add(m_session, edited, command->text(), command);
    else if (edited.values() != existing->values())
        EntityCommand<Owner>::update(m_session, *existing, edited, command->text(), command);
    const QList<OwnerAbsence> absences = dialog.absences();
    for (const OwnerAbsence &absence : m_model.absences) {
        if (!existing || absence.ownerId != existing->id)
            continue;
        const auto kept = std::find_if(absences.begin(), absences.end(), [&](const OwnerAbsence &a) { return a.id == absence.id; });
        if (kept == absences.end())
            EntityCommand<OwnerAbsence>::remove(m_session, absence, command->text(), command);
        else if (kept->values() != absence.values())
            EntityCommand<OwnerAbsence>::update(m_session, absence, *kept, command->text(), command);
    }
    for (const OwnerAbsence &absence : absences)
        if (absence.id == 0) {
            auto *child = EntityCommand<OwnerAbsence>::add(m_session, absence, command->text(), command);
            if (head)
                child->linkTo(&OwnerAbsence::ownerId, head);
        }
    if (head && dialog.joinTeamRotation()) {
        auto *child = EntityCommand<TeamMember>::add(m_session, TeamMember { 0, 0, edited.teamId, 0, 1 }, command->text(), command);
        child->linkTo(&TeamMember::ownerId, head);
    }
    if (command->childCount() == 0) {
        delete command;
        return;
    }
    m_session->undoStack()->push(command);
}

void CoverageModelEditor::removeOwner(qint64 id)
{
    const Owner *owner = findEntity(m_model.owners, id);
    if (!owner || refuseRemoval(Owner::table(), id, owner->name))
        return;
    auto *command = new QUndoCommand(tr("Remove owner %1").arg(owner->name));
    for (const TeamMember &member : m_model.members)
        if (member.ownerId == id)
            EntityCommand<TeamMember>::remove(m_session, member, command->text(), command);
    for (const OwnerAbsence &absence : m_model.absences)
        if (absence.ownerId == id)
            EntityCommand<OwnerAbsence>::remove(m_session, absence, command->text(), command);
    EntityCommand<Owner>::remove(m_session, *owner, command->text(), command);
    m_session->undoStack()->push(command);
}

} // namespace baton
