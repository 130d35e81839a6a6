#include "segmentdialog.h"

#include "colours.h"

#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <climits>

namespace baton {

SegmentDialog::SegmentDialog(const Segment &segment, QWidget *parent) : QDialog(parent), m_segment(segment)
{
    setWindowTitle(segment.id ? tr("Segment") : tr("New segment"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(segment.name, this);
    const auto field = [this](const QString &text, QValidator *validator) {
        auto *edit = new QLineEdit(text, this);
        edit->setValidator(validator);
        edit->setPlaceholderText(tr("open"));
        return edit;
    };
    m_minEmployees = field(segment.minEmployees ? QString::number(*segment.minEmployees) : QString(), new QIntValidator(0, INT_MAX, this));
    m_maxEmployees = field(segment.maxEmployees ? QString::number(*segment.maxEmployees) : QString(), new QIntValidator(0, INT_MAX, this));
    m_minRevenue = field(segment.minRevenue ? QString::number(*segment.minRevenue, 'f', 0) : QString(), new QDoubleValidator(0, 1e15, 0, this));
    m_maxRevenue = field(segment.maxRevenue ? QString::number(*segment.maxRevenue, 'f', 0) : QString(), new QDoubleValidator(0, 1e15, 0, this));
    const auto range = [this](QLineEdit *from, QLineEdit *to) {
        auto *row = new QHBoxLayout;
        row->addWidget(from);
        row->addWidget(new QLabel(tr("to"), this));
        row->addWidget(to);
        return row;
    };
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Employees:"), range(m_minEmployees, m_maxEmployees));
    form->addRow(tr("Annual revenue:"), range(m_minRevenue, m_maxRevenue));
    layout->addLayout(form);
    m_problem = new QLabel(this);
    Colours::setTextTone(m_problem, Colours::Tone::Bad);
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

Segment SegmentDialog::segment() const
{
    Segment segment = m_segment;
    segment.name = m_name->text().trimmed();
    const auto whole = [](const QLineEdit *edit) {
        return edit->text().trimmed().isEmpty() ? std::optional<qint64>() : std::optional<qint64>(edit->text().toLongLong());
    };
    const auto amount = [](const QLineEdit *edit) {
        return edit->text().trimmed().isEmpty() ? std::optional<double>() : std::optional<double>(edit->text().toDouble());
    };
    segment.minEmployees = whole(m_minEmployees);
    segment.maxEmployees = whole(m_maxEmployees);
    segment.minRevenue = amount(m_minRevenue);
    segment.maxRevenue = amount(m_maxRevenue);
    return segment;
}

void SegmentDialog::accept()
{
    const Segment s = segment();
    QString problem;
    if (s.name.isEmpty())
        problem = tr("Give the segment a name.");
    else if (!s.minEmployees && !s.maxEmployees && !s.minRevenue && !s.maxRevenue)
        problem = tr("Give at least one bound, by employees or by revenue; a segment without bounds holds no company.");
    else if ((s.minEmployees && s.maxEmployees && *s.minEmployees > *s.maxEmployees)
        || (s.minRevenue && s.maxRevenue && *s.minRevenue > *s.maxRevenue))
        problem = tr("A lower bound is above its upper bound.");
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace baton
