#include "ruledialog.h"

#include "colours.h"
#include "define/contract.h"
#include "pages/contracthtml.h"
#include "routetext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace baton {

namespace {

template <typename Entity>
QList<std::pair<QVariant, QString>> items(const QList<Entity> &entities)
{
    QList<std::pair<QVariant, QString>> list;
    for (const Entity &entity : entities)
        list.append({ entity.id, entity.name });
    return list;
}

QList<QVariant> variants(const QList<qint64> &ids)
{
    QList<QVariant> list;
    for (qint64 id : ids)
        list << id;
    return list;
}

QList<qint64> ids(const QList<QVariant> &values)
{
    QList<qint64> list;
    for (const QVariant &value : values)
        list << value.toLongLong();
    return list;
}

} // namespace

RuleDialog::RuleDialog(const CoverageModel &model, const RoutingRule &rule, bool editable, QWidget *parent)
    : QDialog(parent), m_model(model), m_rule(rule)
{
    setWindowTitle(rule.id ? tr("Routing rule") : tr("New routing rule"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(rule.name, this);
    m_enabled = new QCheckBox(tr("Enabled: the rule takes part in routing"), this);
    m_enabled->setChecked(rule.enabled);
    form->addRow(tr("Name:"), m_name);
    form->addRow(QString(), m_enabled);
    layout->addLayout(form);

    auto *conditions = new QGroupBox(tr("When (leave a list unticked to match every value)"), this);
    auto *grid = new QGridLayout(conditions);
    const RuleConditions &c = rule.conditions;
    m_signals = checkList(items(model.signalTypes), variants(c.signalTypes));
    QList<std::pair<QVariant, QString>> tiers;
    for (const QString &tier : IntentTier::all())
        tiers.append({ tier, ContractHtml::tierName(tier) });
    QList<QVariant> checkedTiers;
    for (const QString &tier : c.intentTiers)
        checkedTiers << tier;
    m_tiers = checkList(tiers, checkedTiers);
    m_territories = checkList(items(model.territories), variants(c.territories));
    m_segments = checkList(items(model.segments), variants(c.segments));
    m_industries = checkList(items(model.industries), variants(c.industries));
    const std::pair<QString, QListWidget *> lists[] = { { tr("Signal types"), m_signals }, { tr("Intent tiers"), m_tiers },
        { tr("Territories"), m_territories }, { tr("Segments"), m_segments }, { tr("Industries"), m_industries } };
    int column = 0;
    for (const auto &[title, list] : lists) {
        auto *label = new QLabel(title, conditions);
        label->setBuddy(list);
        list->setAccessibleName(title);
        grid->addWidget(label, 0, column);
        grid->addWidget(list, 1, column);
        ++column;
    }
    auto *more = new QFormLayout;
    m_sources = new QLineEdit(c.sources.join(QStringLiteral(", ")), conditions);
    m_sources->setPlaceholderText(tr("any source; or e.g. webinar, events"));
    m_accountOwned = new QComboBox(conditions);
    m_accountOwned->addItem(tr("Any lead"));
    m_accountOwned->addItem(tr("Only leads whose account has an owner"));
    m_accountOwned->addItem(tr("Only leads without an account owner"));
    m_accountOwned->setCurrentIndex(!c.accountOwned ? 0 : *c.accountOwned ? 1 : 2);
    more->addRow(tr("Sources:"), m_sources);
    more->addRow(tr("Account:"), m_accountOwned);
    grid->addLayout(more, 2, 0, 1, column);
    layout->addWidget(conditions, 1);

    auto *assignment = new QGroupBox(tr("Assign to"), this);
    auto *assignForm = new QFormLayout(assignment);
    m_kind = new QComboBox(assignment);
    for (const QString &kind : { AssignKind::Pool, AssignKind::Owner, AssignKind::AccountOwner })
        m_kind->addItem(RouteText::assignKindName(kind), kind);
    m_kind->setCurrentIndex(m_kind->findData(rule.assignKind));
    m_team = new QComboBox(assignment);
    for (const Team &team : model.teams)
        m_team->addItem(team.isFallback ? tr("%1 (fallback queue)").arg(team.name) : team.name, team.id);
    m_team->setCurrentIndex(std::max(0, m_team->findData(rule.assignTeamId)));
    m_owner = new QComboBox(assignment);
    for (const Owner &owner : model.owners)
        m_owner->addItem(owner.name, owner.id);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(rule.assignOwnerId)));
    assignForm->addRow(tr("How:"), m_kind);
    assignForm->addRow(tr("Team or queue:"), m_team);
    assignForm->addRow(tr("Owner:"), m_owner);
    layout->addWidget(assignment);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RuleDialog::updateAssignment);
    updateAssignment();

    m_problem = new QLabel(this);
    Colours::setTextTone(m_problem, Colours::Tone::Bad);
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(editable ? QDialogButtonBox::Ok | QDialogButtonBox::Cancel : QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (!editable)
        for (QWidget *widget : std::initializer_list<QWidget *> { m_name, m_enabled, conditions, assignment })
            widget->setEnabled(false);
    resize(860, 560);
}

QListWidget *RuleDialog::checkList(const QList<std::pair<QVariant, QString>> &entries, const QList<QVariant> &checked)
{
    auto *list = new QListWidget(this);
    for (const auto &[value, name] : entries) {
        auto *item = new QListWidgetItem(name, list);
        item->setData(Qt::UserRole, value);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(value) ? Qt::Checked : Qt::Unchecked);
    }
    // Values a rule names that no longer exist stay visible (and ticked) until unticked.
    for (const QVariant &value : checked) {
        bool known = false;
        for (const auto &entry : entries)
            known = known || entry.first == value;
        if (!known) {
            auto *item = new QListWidgetItem(tr("(removed #%1)").arg(value.toString()), list);
            item->setData(Qt::UserRole, value);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    }
    list->setMinimumWidth(140);
    return list;
}

QList<QVariant> RuleDialog::checkedValues(const QListWidget *list)
{
    QList<QVariant> values;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            values << list->item(i)->data(Qt::UserRole);
    return values;
}

void RuleDialog::updateAssignment()
{
    const QString kind = m_kind->currentData().toString();
    m_team->setEnabled(kind == AssignKind::Pool);
    m_owner->setEnabled(kind == AssignKind::Owner);
}

RoutingRule RuleDialog::rule() const
{
    RoutingRule rule = m_rule;
    rule.name = m_name->text().trimmed();
    rule.enabled = m_enabled->isChecked();
    RuleConditions &c = rule.conditions;
    c.signalTypes = ids(checkedValues(m_signals));
    c.intentTiers.clear();
    for (const QVariant &tier : checkedValues(m_tiers))
        c.intentTiers << tier.toString();
    c.territories = ids(checkedValues(m_territories));
    c.segments = ids(checkedValues(m_segments));
    c.industries = ids(checkedValues(m_industries));
    c.sources.clear();
    for (const QString &source : m_sources->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!source.trimmed().isEmpty())
            c.sources << source.trimmed();
    const int owned = m_accountOwned->currentIndex();
    c.accountOwned = owned == 0 ? std::nullopt : std::optional<bool>(owned == 1);
    rule.assignKind = m_kind->currentData().toString();
    rule.assignTeamId = rule.assignKind == AssignKind::Pool ? m_team->currentData().toLongLong() : 0;
    rule.assignOwnerId = rule.assignKind == AssignKind::Owner ? m_owner->currentData().toLongLong() : 0;
    return rule;
}

void RuleDialog::accept()
{
    const RoutingRule edited = rule();
    QString problem;
    if (edited.name.isEmpty())
        problem = tr("Give the rule a name that says what it is for.");
    else if (edited.assignKind == AssignKind::Pool && edited.assignTeamId == 0)
        problem = tr("Choose the team or queue whose members take turns.");
    else if (edited.assignKind == AssignKind::Owner && edited.assignOwnerId == 0)
        problem = tr("Choose the owner who gets these leads.");
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace baton
