#pragma once

// Edits a segment: a band by employee count and/or annual revenue. Bounds are inclusive; an empty
// bound is open. A company is placed by employees when both the band and the company have them.

#include "route/coverage.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace baton {

class SegmentDialog final : public QDialog
{
    Q_OBJECT
public:
    SegmentDialog(const Segment &segment, QWidget *parent = nullptr);
    Segment segment() const;
    void accept() override;

private:
    Segment m_segment;
    QLineEdit *m_name;
    QLineEdit *m_minEmployees;
    QLineEdit *m_maxEmployees;
    QLineEdit *m_minRevenue;
    QLineEdit *m_maxRevenue;
    QLabel *m_problem;
};

} // namespace baton
