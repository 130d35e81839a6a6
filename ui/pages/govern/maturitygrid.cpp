#include "maturitygrid.h"

#include "govern/maturitymatrix.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace baton {

namespace {

const char *EvidenceStyle = "QFrame#cell { background: #d6e8f7; border: 1px solid #9cc3e4; border-radius: 4px; }";
const char *TeamStyle = "QFrame#cell { background: #fafbfc; border: 3px solid #d55e00; border-radius: 4px; }";
const char *BothStyle = "QFrame#cell { background: #d6e8f7; border: 3px solid #d55e00; border-radius: 4px; }";
const char *PlainStyle = "QFrame#cell { background: #fafbfc; border: 1px solid #dde1e6; border-radius: 4px; }";

} // namespace

MaturityGrid::MaturityGrid(QWidget *parent) : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(6);
    for (int stage = 1; stage <= 3; ++stage) {
        auto *header = new QLabel(QStringLiteral("<b>%1</b><br>%2")
                                      .arg(tr("Stage %1").arg(stage), MaturityMatrix::stageTitle(stage).toHtmlEscaped()),
            this);
        grid->addWidget(header, 0, stage);
        grid->setColumnStretch(stage, 3);
    }
    grid->setColumnStretch(0, 2);
    int row = 1;
    for (const QString &dimension : MaturityDimension::all()) {
        auto *head = new QWidget(this);
        auto *box = new QVBoxLayout(head);
        box->setContentsMargins(0, 2, 0, 2);
        box->setSpacing(2);
        auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(MaturityMatrix::dimensionTitle(dimension).toHtmlEscaped()), head);
        box->addWidget(title);
        auto *summary = new QLabel(head);
        summary->setWordWrap(true);
        summary->setTextFormat(Qt::RichText);
        box->addWidget(summary);
        auto *button = new QPushButton(tr("Self-assess…"), head);
        button->setToolTip(tr("Record the team's own view of this dimension, with a date and a note (undoable)."));
        button->setAccessibleName(tr("Self-assess %1").arg(MaturityMatrix::dimensionTitle(dimension)));
        connect(button, &QPushButton::clicked, this, [this, dimension]() { emit assessRequested(dimension); });
        box->addWidget(button, 0, Qt::AlignLeft);
        box->addStretch(1);
        m_summaries.insert(dimension, summary);
        m_buttons.insert(dimension, button);
        grid->addWidget(head, row, 0);
        for (int stage = 1; stage <= 3; ++stage) {
            auto *cell = new QFrame(this);
            cell->setObjectName(QStringLiteral("cell"));
            cell->setStyleSheet(QString::fromLatin1(PlainStyle));
            auto *inside = new QVBoxLayout(cell);
            inside->setContentsMargins(8, 6, 8, 6);
            auto *text = new QLabel(MaturityMatrix::cellDescription(dimension, stage), cell);
            text->setWordWrap(true);
            text->setStyleSheet(QStringLiteral("color: #222;"));
            inside->addWidget(text);
            inside->addStretch(1);
            auto *tag = new QLabel(cell);
            tag->setStyleSheet(QStringLiteral("color: #0b3d6b; font-weight: bold;"));
            inside->addWidget(tag);
            cell->setToolTip(MaturityMatrix::stageLabel(stage));
            m_cells.insert(dimension + QString::number(stage), cell);
            m_tags.insert(dimension + QString::number(stage), tag);
            grid->addWidget(cell, row, stage);
        }
        ++row;
    }
}

void MaturityGrid::setAssessment(const MaturityAssessment &assessment, bool editable)
{
    for (const DimensionAssessment &d : assessment.dimensions) {
        const int self = d.self ? d.self->stage : 0;
        for (int stage = 1; stage <= 3; ++stage) {
            const QString key = d.dimension + QString::number(stage);
            const bool evidence = d.evidenceStage == stage;
            const bool team = self == stage;
            m_cells.value(key)->setStyleSheet(QString::fromLatin1(evidence && team ? BothStyle
                    : evidence                                                     ? EvidenceStyle
                    : team                                                         ? TeamStyle
                                                                                   : PlainStyle));
            QStringList tags;
            if (evidence)
                tags << tr("EVIDENCE");
            if (team)
                tags << tr("TEAM");
            m_tags.value(key)->setText(tags.join(QStringLiteral(" · ")));
        }
        QString text = tr("Evidence: stage %1").arg(d.evidenceStage);
        if (d.self) {
            const QString team = tr("Team: stage %1 (%2)").arg(d.self->stage).arg(d.self->assessedOn.toString(Qt::ISODate));
            text += QStringLiteral("<br>") + (d.gap().value_or(0) > 0
                    ? QStringLiteral("<span style=\"color:#b34a00;\"><b>%1</b><br>%2</span>")
                          .arg(team.toHtmlEscaped(), tr("rosier than the evidence").toHtmlEscaped())
                    : team.toHtmlEscaped());
        } else {
            text += QStringLiteral("<br>") + tr("Team: not assessed yet").toHtmlEscaped();
        }
        m_summaries.value(d.dimension)->setText(text);
        m_buttons.value(d.dimension)->setEnabled(editable);
    }
}

QString MaturityGrid::summary(const QString &dimension) const
{
    const QLabel *label = m_summaries.value(dimension);
    return label ? label->text() : QString();
}

} // namespace baton
