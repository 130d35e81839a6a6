#pragma once

// Route: the territory a place belongs to, from the workspace's territory areas. An area that names
// a state/region wins over one that names the whole country; places outside every area have none.
// Country and region codes are compared without case and surrounding blanks.
//
//   TerritoryResolver territories(model.areas);
//   qint64 id = territories.territoryFor("US", "CA");   // 0 = outside every territory

#include "route/coverage.h"

#include <QHash>

namespace baton {

class TerritoryResolver final
{
public:
    TerritoryResolver() = default;
    explicit TerritoryResolver(const QList<TerritoryArea> &areas);

    qint64 territoryFor(const QString &country, const QString &region = {}) const;

private:
    QHash<QString, qint64> m_countries; // "US" -> territory
    QHash<QString, qint64> m_regions; // "US/CA" -> territory
};

} // namespace baton
