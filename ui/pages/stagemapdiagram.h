#pragma once

// The stage map painted as a diagram: funnel stages left to right in their order, side stages (Nurture,
// Disqualified) in a row below, arrows for the allowed transitions, end states with a double border and
// stages with a warning marked. Clicking a stage selects it.

#include "map/stagemap.h"

#include <QHash>
#include <QWidget>

namespace baton {

class StageMapDiagram final : public QWidget
{
    Q_OBJECT
public:
    explicit StageMapDiagram(QWidget *parent = nullptr);

    void setMap(const StageMap &map);
    void setSelectedStage(qint64 stageId);
    qint64 selectedStage() const { return m_selected; }
    // Where a stage's box is drawn (for tests and tooltips).
    QRectF boxOf(qint64 stageId) const { return m_boxes.value(stageId); }

    QSize sizeHint() const override { return { 900, 300 }; }
    QSize minimumSizeHint() const override { return { 480, 250 }; }

signals:
    void stageClicked(qint64 stageId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void layoutBoxes();
    double boxHeight() const;

    StageMap m_map;
    QHash<qint64, QStringList> m_warnings; // by stage
    QHash<qint64, QRectF> m_boxes;
    qint64 m_selected = 0;
};

} // namespace baton
