#include "kpifilterbar.h"

#include "core/isoweek.h"
#include "optimize/kpidimension.h"
#include "tilelayout.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace baton {

namespace {

QComboBox *makeCombo(const QString &accessibleName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(9);
    return combo;
}

void fillEntities(QComboBox *combo, const QString &all, const QHash<qint64, QString> &names)
{
    combo->clear();
    combo->addItem(all);
    QList<std::pair<QString, qint64>> sorted;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        sorted.append({ it.value(), it.key() });
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
    for (const auto &[name, id] : sorted)
        combo->addItem(name, id);
}

void fillTexts(QComboBox *combo, const QString &all, const QStringList &values)
{
    combo->clear();
    combo->addItem(all);
    for (const QString &value : values)
        combo->addItem(value, value);
}

template <typename T>
QVariant single(const QList<T> &list)
{
    return list.size() == 1 ? QVariant::fromValue(list.first()) : QVariant();
}

} // namespace

KpiFilterBar::KpiFilterBar(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    // The weeks and the five dimensions as tiles: one row on a wide window, more on a narrow one.
    auto *tiles = new QWidget(this);
    auto *row = new TileLayout(tiles);
    row->setContentsMargins(0, 0, 0, 0);
    m_fromWeek = makeCombo(tr("From week"), this);
    m_toWeek = makeCombo(tr("To week"), this);
    m_fromWeek->setMinimumContentsLength(8);
    m_toWeek->setMinimumContentsLength(8);
    m_segment = makeCombo(tr("Segment"), this);
    m_source = makeCombo(tr("Source"), this);
    m_campaign = makeCombo(tr("Campaign / offer"), this);
    m_campaign->setMinimumContentsLength(14);
    m_signal = makeCombo(tr("Signal type"), this);
    m_team = makeCombo(tr("Team"), this);
    auto *weeks = new QWidget(tiles);
    auto *weeksRow = new QHBoxLayout(weeks);
    weeksRow->setContentsMargins(0, 0, 8, 0);
    weeksRow->addWidget(new QLabel(tr("Weeks"), weeks));
    weeksRow->addWidget(m_fromWeek, 1);
    weeksRow->addWidget(new QLabel(tr("to"), weeks));
    weeksRow->addWidget(m_toWeek, 1);
    row->addWidget(weeks);
    for (QComboBox *combo : { m_segment, m_source, m_campaign, m_signal, m_team })
        row->addWidget(combo);
    layout->addWidget(tiles);
    auto *summaryRow = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clear = new QPushButton(tr("Clear filters"), this);
    m_clear->setAccessibleName(tr("Clear every filter and drill-down"));
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_clear);
    layout->addLayout(summaryRow);

    for (QComboBox *combo : { m_fromWeek, m_toWeek, m_segment, m_source, m_campaign, m_signal, m_team })
        connect(combo, &QComboBox::currentIndexChanged, this, [this]() {
            if (m_updating)
                return;
            readCombos();
            updateSummary();
            emit filterChanged(m_filter);
        });
    connect(m_clear, &QPushButton::clicked, this, [this]() {
        setFilter({});
        emit filterChanged(m_filter);
    });
    updateSummary();
}

void KpiFilterBar::setOptions(const QList<int> &weeks, const NameLookup &names, const QStringList &sources, const QStringList &campaigns)
{
    m_updating = true;
    m_names = names;
    m_fromWeek->clear();
    m_toWeek->clear();
    m_fromWeek->addItem(tr("first"));
    m_toWeek->addItem(tr("last"));
    for (int week : weeks) {
        const QString label = IsoWeek::fromCode(week).label();
        m_fromWeek->addItem(label, week);
        m_toWeek->addItem(label, week);
    }
    fillEntities(m_segment, tr("All segments"), names.segments);
    fillTexts(m_source, tr("All sources"), sources);
    fillTexts(m_campaign, tr("All campaigns"), campaigns);
    fillEntities(m_signal, tr("All signal types"), names.signalTypes);
    fillEntities(m_team, tr("All teams"), names.teams);
    m_updating = false;
    setFilter(m_filter);
}

void KpiFilterBar::select(QComboBox *combo, const QVariant &value)
{
    const int index = value.isValid() ? combo->findData(value) : 0;
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

void KpiFilterBar::setFilter(const HandoffFilter &filter)
{
    m_filter = filter;
    m_updating = true;
    select(m_fromWeek, filter.fromWeek ? QVariant(*filter.fromWeek) : QVariant());
    select(m_toWeek, filter.toWeek ? QVariant(*filter.toWeek) : QVariant());
    select(m_segment, single(filter.segments));
    select(m_source, single(filter.sources));
    select(m_campaign, single(filter.campaigns));
    select(m_signal, single(filter.signalTypes));
    select(m_team, single(filter.teams));
    m_updating = false;
    updateSummary();
}

void KpiFilterBar::readCombos()
{
    const auto id = [](QComboBox *combo) {
        return combo->currentData().isValid() ? QList<qint64> { combo->currentData().toLongLong() } : QList<qint64>();
    };
    const auto text = [](QComboBox *combo) {
        return combo->currentData().isValid() ? QStringList { combo->currentData().toString() } : QStringList();
    };
    m_filter.fromWeek = m_fromWeek->currentData().isValid() ? std::optional(m_fromWeek->currentData().toInt()) : std::nullopt;
    m_filter.toWeek = m_toWeek->currentData().isValid() ? std::optional(m_toWeek->currentData().toInt()) : std::nullopt;
    m_filter.segments = id(m_segment);
    m_filter.sources = text(m_source);
    m_filter.campaigns = text(m_campaign);
    m_filter.signalTypes = id(m_signal);
    m_filter.teams = id(m_team);
}

void KpiFilterBar::updateSummary()
{
    const QString words = describe(m_filter, m_names);
    m_summary->setText(words.isEmpty() ? tr("All handoffs. Click a bar or a point in a chart to narrow the dashboard to it and "
                                            "see the handoffs behind it.")
                                       : tr("Showing: %1").arg(words));
    m_clear->setEnabled(!m_filter.isEmpty());
}

QString KpiFilterBar::describe(const HandoffFilter &f, const NameLookup &names)
{
    QStringList parts;
    if (f.fromWeek && f.toWeek && *f.fromWeek == *f.toWeek)
        parts << tr("week %1").arg(IsoWeek::fromCode(*f.fromWeek).label());
    else if (f.fromWeek || f.toWeek)
        parts << tr("weeks %1 to %2")
                     .arg(f.fromWeek ? IsoWeek::fromCode(*f.fromWeek).label() : tr("first"),
                         f.toWeek ? IsoWeek::fromCode(*f.toWeek).label() : tr("last"));
    const auto entities = [&](KpiDimension dimension, const QList<qint64> &ids, const QHash<qint64, QString> &lookup) {
        if (ids.isEmpty())
            return;
        QStringList labels;
        for (qint64 id : ids)
            labels << lookup.value(id, tr("(deleted)"));
        parts << tr("%1: %2").arg(KpiDimensions::title(dimension), labels.join(QStringLiteral(", ")));
    };
    const auto texts = [&](KpiDimension dimension, const QStringList &values) {
        if (!values.isEmpty())
            parts << tr("%1: %2").arg(KpiDimensions::title(dimension), values.join(QStringLiteral(", ")));
    };
    entities(KpiDimension::Segment, f.segments, names.segments);
    texts(KpiDimension::Source, f.sources);
    texts(KpiDimension::Campaign, f.campaigns);
    entities(KpiDimension::SignalType, f.signalTypes, names.signalTypes);
    entities(KpiDimension::Team, f.teams, names.teams);
    entities(KpiDimension::Owner, f.owners, names.owners);
    entities(KpiDimension::Territory, f.territories, names.territories);
    entities(KpiDimension::RejectionReason, f.rejectionReasons, names.reasons);
    return parts.join(QStringLiteral(" · "));
}

} // namespace baton
