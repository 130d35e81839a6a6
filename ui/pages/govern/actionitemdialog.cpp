#include "actionitemdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace baton {

ActionItemDialog::ActionItemDialog(const ActionItem &item, const QStringList &people, QWidget *parent)
    : QDialog(parent), m_item(item)
{
    setWindowTitle(tr("Action item"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_title = new QLineEdit(item.title, this);
    m_title->setPlaceholderText(tr("What is to be done"));
    form->addRow(tr("Action"), m_title);
    m_owner = new QComboBox(this);
    m_owner->setEditable(true);
    m_owner->addItems(people);
    m_owner->setCurrentText(item.ownerName);
    form->addRow(tr("Owner"), m_owner);
    m_due = new QDateEdit(item.dueOn.isValid() ? item.dueOn : QDate::currentDate().addDays(7), this);
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("Due"), m_due);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    const auto check = [this, ok]() {
        ok->setEnabled(!m_title->text().trimmed().isEmpty() && !m_owner->currentText().trimmed().isEmpty());
    };
    connect(m_title, &QLineEdit::textChanged, this, check);
    connect(m_owner, &QComboBox::currentTextChanged, this, check);
    check();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

ActionItem ActionItemDialog::item() const
{
    ActionItem result = m_item;
    result.title = m_title->text().trimmed();
    result.ownerName = m_owner->currentText().trimmed();
    result.dueOn = m_due->date();
    return result;
}

} // namespace baton
