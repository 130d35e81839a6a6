#pragma once

// The 5 x 3 maturity matrix as a grid: a row per dimension with its title, the evidence stage and the team's
// self-assessment (marked when the team's view is rosier than the evidence) and a button to record a new
// self-assessment; a cell per stage with its description, shaded where the evidence is and outlined where the
// team puts itself.

#include "govern/maturityevidence.h"

#include <QHash>
#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;

namespace baton {

class MaturityGrid final : public QWidget
{
    Q_OBJECT
public:
    explicit MaturityGrid(QWidget *parent = nullptr);
    void setAssessment(const MaturityAssessment &assessment, bool editable);

    // For tests: the cell of a dimension and stage, and the row's summary text.
    QFrame *cell(const QString &dimension, int stage) const { return m_cells.value(dimension + QString::number(stage)); }
    QString summary(const QString &dimension) const;

    // The shade of the cells the evidence supports, and the colour of text about the team's own view (the
    // cells it picks are outlined in orange), for the palette: the page's legend uses them too.
    static QColor evidenceColour(const QPalette &palette);
    static QColor teamColour(const QPalette &palette);

signals:
    void assessRequested(const QString &dimension);

private:
    QHash<QString, QFrame *> m_cells;
    QHash<QString, QLabel *> m_tags;
    QHash<QString, QLabel *> m_summaries;
    QHash<QString, QPushButton *> m_buttons;
};

} // namespace baton
