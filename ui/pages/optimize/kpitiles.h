#pragma once

// The headline KPIs of the current selection as a row of tiles, each with its definition as a tooltip.

#include "optimize/kpitally.h"

#include <QWidget>

class QLabel;

namespace baton {

class KpiTiles final : public QWidget
{
    Q_OBJECT
public:
    explicit KpiTiles(QWidget *parent = nullptr);
    void setFigures(const KpiFigures &figures);
    // The value text of the tile for a definition key ("acceptance_rate"), for tests.
    QString valueText(const QString &key) const;

private:
    struct Tile
    {
        QString key;
        QLabel *value;
        QLabel *detail;
    };
    QList<Tile> m_tiles;
};

} // namespace baton
