#include "checkgrid.h"

#include "instrument/handofffields.h"

#include <QCheckBox>
#include <QGridLayout>

namespace baton {

namespace {
constexpr int Columns = 2;
} // namespace

CheckGrid::CheckGrid(QWidget *parent) : QWidget(parent), m_layout(new QGridLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setHorizontalSpacing(16);
    m_layout->setVerticalSpacing(2);
}

void CheckGrid::setItems(QStringList names, const QStringList &checked)
{
    for (const QString &name : checked)
        if (!names.contains(name))
            names << name;
    qDeleteAll(m_boxes);
    m_boxes.clear();
    for (const QString &name : std::as_const(names)) {
        auto *box = new QCheckBox(HandoffFields::label(name), this);
        box->setProperty("field", name);
        box->setToolTip(name);
        box->setChecked(checked.contains(name));
        connect(box, &QCheckBox::toggled, this, &CheckGrid::changed);
        m_layout->addWidget(box, int(m_boxes.size()) / Columns, int(m_boxes.size()) % Columns);
        box->show(); // a layout shows new children only later, from the event loop

        m_boxes << box;
    }
}

void CheckGrid::check(const QString &name)
{
    for (QCheckBox *box : std::as_const(m_boxes))
        if (box->property("field").toString() == name) {
            box->setChecked(true);
            return;
        }
    QStringList names;
    QStringList checked = checkedNames();
    for (QCheckBox *box : std::as_const(m_boxes))
        names << box->property("field").toString();
    names << name;
    checked << name;
    setItems(names, checked);
    emit changed();
}

QStringList CheckGrid::checkedNames() const
{
    QStringList names;
    for (QCheckBox *box : m_boxes)
        if (box->isChecked())
            names << box->property("field").toString();
    return names;
}

} // namespace baton
