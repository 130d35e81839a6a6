#include "territoryresolver.h"

namespace baton {

namespace {

QString code(const QString &text)
{
    return text.trimmed().toUpper();
}

} // namespace

TerritoryResolver::TerritoryResolver(const QList<TerritoryArea> &areas)
{
    for (const TerritoryArea &area : areas) {
        const QString country = code(area.country);
        const QString region = code(area.region);
        if (region.isEmpty())
            m_countries.insert(country, area.territoryId);
        else
            m_regions.insert(country + QLatin1Char('/') + region, area.territoryId);
    }
}

qint64 TerritoryResolver::territoryFor(const QString &country, const QString &region) const
{
    const QString countryCode = code(country);
    if (countryCode.isEmpty())
        return 0;
    const QString regionCode = code(region);
    if (!regionCode.isEmpty()) {
        const auto found = m_regions.constFind(countryCode + QLatin1Char('/') + regionCode);
        if (found != m_regions.cend())
            return *found;
    }
    return m_countries.value(countryCode, 0);
}

} // namespace baton
