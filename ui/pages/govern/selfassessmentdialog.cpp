#include "selfassessmentdialog.h"

#include "govern/maturitymatrix.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace baton {

SelfAssessmentDialog::SelfAssessmentDialog(const MaturitySelfAssessment &assessment, QWidget *parent)
    : QDialog(parent), m_assessment(assessment)
{
    setWindowTitle(tr("Self-assessment"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Where does the team think it stands? Baton keeps every self-assessment with its day, and "
                                "shows it next to the stage the evidence supports."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_dimension = new QComboBox(this);
    for (const QString &dimension : MaturityDimension::all())
        m_dimension->addItem(MaturityMatrix::dimensionTitle(dimension), dimension);
    m_dimension->setCurrentIndex(std::max(0, m_dimension->findData(assessment.dimension)));
    form->addRow(tr("Dimension"), m_dimension);
    m_stage = new QComboBox(this);
    for (int stage = 1; stage <= 3; ++stage)
        m_stage->addItem(MaturityMatrix::stageLabel(stage), stage);
    m_stage->setCurrentIndex(std::clamp(assessment.stage, 1, 3) - 1);
    form->addRow(tr("Stage"), m_stage);
    auto *description = new QLabel(this);
    description->setWordWrap(true);
    description->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), description);
    const auto describe = [this, description]() {
        description->setText(MaturityMatrix::cellDescription(m_dimension->currentData().toString(), m_stage->currentData().toInt()));
    };
    connect(m_dimension, &QComboBox::currentIndexChanged, this, describe);
    connect(m_stage, &QComboBox::currentIndexChanged, this, describe);
    describe();
    m_day = new QDateEdit(assessment.assessedOn.isValid() ? assessment.assessedOn : QDate::currentDate(), this);
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("Assessed on"), m_day);
    m_note = new QLineEdit(assessment.note, this);
    m_note->setPlaceholderText(tr("Why the team sees itself there"));
    form->addRow(tr("Note"), m_note);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

MaturitySelfAssessment SelfAssessmentDialog::assessment() const
{
    MaturitySelfAssessment result = m_assessment;
    result.dimension = m_dimension->currentData().toString();
    result.stage = m_stage->currentData().toInt();
    result.assessedOn = m_day->date();
    result.note = m_note->text().trimmed();
    return result;
}

} // namespace baton
