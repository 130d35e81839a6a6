#include "kpitiles.h"

#include "kpiformat.h"
#include "optimize/kpidefinitions.h"
#include "tilelayout.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace baton {

KpiTiles::KpiTiles(QWidget *parent) : QWidget(parent)
{
    // Nine tiles in one row on a wide window, in two or more on a narrow one.
    auto *layout = new TileLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    const std::pair<const char *, QString> tiles[] = {
        { "handoffs", tr("Handoffs") },
        { "acceptance_rate", tr("Acceptance") },
        { "conversion_rate", tr("Conversion") },
        { "win_rate", tr("Win rate") },
        { "median_days_to_opportunity", tr("Days to opportunity") },
        { "median_days_to_won", tr("Days to won") },
        { "pipeline_per_handoff", tr("Pipeline / handoff") },
        { "sla_compliance", tr("SLA compliance") },
        { "median_minutes_to_first_touch", tr("First touch (min)") },
    };
    for (const auto &[key, title] : tiles) {
        auto *frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setToolTip(KpiDefinitions::tooltip(QString::fromLatin1(key)));
        frame->setAccessibleName(title);
        auto *box = new QVBoxLayout(frame);
        box->setContentsMargins(6, 4, 6, 4);
        box->setSpacing(0);
        auto *name = new QLabel(title, frame);
        name->setForegroundRole(QPalette::PlaceholderText);
        auto *value = new QLabel(KpiFormat::none(), frame);
        QFont font = value->font();
        font.setPointSizeF(font.pointSizeF() * 1.35);
        font.setBold(true);
        value->setFont(font);
        auto *detail = new QLabel(frame);
        detail->setForegroundRole(QPalette::PlaceholderText);
        QFont small = detail->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        detail->setFont(small);
        box->addWidget(name);
        box->addWidget(value);
        box->addWidget(detail);
        layout->addWidget(frame);
        m_tiles << Tile { QString::fromLatin1(key), value, detail };
    }
}

void KpiTiles::setFigures(const KpiFigures &f)
{
    for (Tile &tile : m_tiles) {
        QString value;
        QString detail;
        const auto n = [](qint64 count) { return KpiFormat::compact(double(count)); };
        if (tile.key == QStringLiteral("handoffs")) {
            value = KpiFormat::count(double(f.counts.handoffs));
            detail = tr("open: %1").arg(n(f.counts.handoffs - f.counts.accepted - f.counts.rejected));
        } else if (tile.key == QStringLiteral("acceptance_rate")) {
            value = KpiFormat::percent(f.acceptanceRate);
            detail = tr("rejected: %1").arg(n(f.counts.rejected));
        } else if (tile.key == QStringLiteral("conversion_rate")) {
            value = KpiFormat::percent(f.conversionRate);
            detail = tr("opportunities: %1").arg(n(f.counts.opportunities));
        } else if (tile.key == QStringLiteral("win_rate")) {
            value = KpiFormat::percent(f.winRate);
            detail = tr("won: %1").arg(n(f.counts.won));
        } else if (tile.key == QStringLiteral("median_days_to_opportunity")) {
            value = KpiFormat::days(f.medianDaysToOpportunity);
            detail = tr("p90 %1").arg(KpiFormat::days(f.p90DaysToOpportunity));
        } else if (tile.key == QStringLiteral("median_days_to_won")) {
            value = KpiFormat::days(f.medianDaysToWon);
            detail = tr("p90 %1").arg(KpiFormat::days(f.p90DaysToWon));
        } else if (tile.key == QStringLiteral("pipeline_per_handoff")) {
            value = KpiFormat::money(f.pipelinePerHandoff);
            detail = tr("won: %1").arg(KpiFormat::money(f.wonPerHandoff));
        } else if (tile.key == QStringLiteral("sla_compliance")) {
            value = KpiFormat::percent(f.slaCompliance);
            detail = tr("met: %1 of %2").arg(n(f.counts.slaMet), n(f.counts.slaDecided));
        } else if (tile.key == QStringLiteral("median_minutes_to_first_touch")) {
            value = KpiFormat::minutes(f.medianMinutesToFirstTouch);
            detail = tr("p90 %1").arg(KpiFormat::minutes(f.p90MinutesToFirstTouch));
        }
        tile.value->setText(value);
        tile.detail->setText(detail);
    }
}

QString KpiTiles::valueText(const QString &key) const
{
    for (const Tile &tile : m_tiles)
        if (tile.key == key)
            return tile.value->text();
    return {};
}

} // namespace baton
