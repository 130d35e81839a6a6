#include "maturitygrid.h"

#include "colours.h"
#include "govern/maturitymatrix.h"
#include "theme.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace baton {

namespace {

    // A cell's look: shaded where the evidence is, outlined (in the team colour) where the team puts itself, on
    // the palette's base colour otherwise. The cell's text keeps the palette's text colour on every shade.
    QString cellStyle(const QPalette &palette, bool evidence, bool team)
    {
        const bool dark = Theme::isDark(palette);
        const QColor plain = dark ? palette.color(QPalette::Base) : QColor(0xfa, 0xfb, 0xfc);
        const QColor shade = MaturityGrid::evidenceColour(palette);
        const QColor plainBorder
            = dark ? Colours::mix(plain, palette.color(QPalette::Text), 0.25) : QColor(0xdd, 0xe1, 0xe6);
        const QColor shadeBorder = dark ? Colours::border(Colours::Tone::Info, palette) : QColor(0x9c, 0xc3, 0xe4);
        return QStringLiteral("QFrame#cell { background: %1; border: %2px solid %3; border-radius: 4px; }")
            .arg(Colours::css(evidence ? shade : plain))
            .arg(team ? 3 : 1)
            .arg(Colours::css(team ? QColor(0xd5, 0x5e, 0x00)
                    : evidence     ? shadeBorder
                                   : plainBorder));
    }

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
            cell->setStyleSheet(cellStyle(palette(), false, false));
            auto *inside = new QVBoxLayout(cell);
            inside->setContentsMargins(8, 6, 8, 6);
            auto *text = new QLabel(MaturityMatrix::cellDescription(dimension, stage), cell);
            text->setWordWrap(true);
            inside->addWidget(text);
            inside->addStretch(1);
            auto *tag = new QLabel(cell);
            QFont bold = tag->font();
            bold.setBold(true);
            tag->setFont(bold);
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
            m_cells.value(key)->setStyleSheet(cellStyle(palette(), evidence, team));
            Colours::setTextTone(m_tags.value(key), Colours::Tone::Info);
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
            text += QStringLiteral("<br>")
                + (d.gap().value_or(0) > 0 ? QStringLiteral("<span style=\"color:%1;\"><b>%2</b><br>%3</span>")
                                                 .arg(Colours::css(teamColour(palette())), team.toHtmlEscaped(),
                                                     tr("rosier than the evidence").toHtmlEscaped())
                                           : team.toHtmlEscaped());
        } else {
            text += QStringLiteral("<br>") + tr("Team: not assessed yet").toHtmlEscaped();
        }
        m_summaries.value(d.dimension)->setText(text);
        m_buttons.value(d.dimension)->setEnabled(editable);
    }
}

QColor MaturityGrid::evidenceColour(const QPalette &palette)
{
    return Theme::isDark(palette) ? Colours::background(Colours::Tone::Info, palette) : QColor(0xd6, 0xe8, 0xf7);
}

QColor MaturityGrid::teamColour(const QPalette &palette)
{
    // The outline's orange, lighter on a dark palette so that text in it stays readable.
    return Theme::isDark(palette) ? QColor(0xf0, 0x8a, 0x4b) : QColor(0xb3, 0x4a, 0x00);
}

QString MaturityGrid::summary(const QString &dimension) const
{
    const QLabel *label = m_summaries.value(dimension);
    return label ? label->text() : QString();
}

} // namespace baton
