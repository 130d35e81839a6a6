#pragma once

// Records (or edits) the team's self-assessment of one maturity dimension: the stage, the day and a note.

#include "govern/governance.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace baton {

class SelfAssessmentDialog final : public QDialog
{
    Q_OBJECT
public:
    SelfAssessmentDialog(const MaturitySelfAssessment &assessment, QWidget *parent = nullptr);
    MaturitySelfAssessment assessment() const;

private:
    MaturitySelfAssessment m_assessment;
    QComboBox *m_dimension;
    QComboBox *m_stage;
    QDateEdit *m_day;
    QLineEdit *m_note;
};

} // namespace baton
