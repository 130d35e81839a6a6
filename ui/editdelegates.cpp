#include "editdelegates.h"

#include <QComboBox>
#include <QCompleter>
#include <QSpinBox>
#include <QTimeEdit>

namespace baton {

ChoiceDelegate::ChoiceDelegate(QList<std::pair<QString, QVariant>> choices, QObject *parent, bool editable)
    : QStyledItemDelegate(parent), m_choices(std::move(choices)), m_editable(editable)
{
}

QString ChoiceDelegate::labelOf(const QVariant &value) const
{
    for (const auto &[label, choice] : m_choices)
        if (choice == value)
            return label;
    return value.toString();
}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *box = new QComboBox(parent);
    for (const auto &[label, value] : m_choices)
        box->addItem(label, value);
    if (m_editable) {
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->completer()->setFilterMode(Qt::MatchContains);
        box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    } else {
        // One click opens the list and one more chooses: the edit is committed as soon as a value is picked.
        connect(box, &QComboBox::activated, this, [this, box]() { emit const_cast<ChoiceDelegate *>(this)->commitData(box); });
    }
    return box;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *box = static_cast<QComboBox *>(editor);
    box->setCurrentIndex(std::max(0, box->findData(index.data(m_valueRole))));
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *box = static_cast<QComboBox *>(editor);
    // Typed text counts only when it is one of the choices.
    int chosen = box->currentIndex();
    if (m_editable) {
        const int typed = box->findText(box->currentText(), Qt::MatchFixedString);
        if (typed < 0)
            return;
        chosen = typed;
    }
    if (chosen < 0)
        return;
    if (m_valueRole == Qt::EditRole) {
        if (box->itemData(chosen) != index.data(Qt::EditRole))
            model->setData(index, box->itemData(chosen), Qt::EditRole);
        return;
    }
    // Both roles in one call, so that a view reports one change with both already set.
    model->setItemData(index, { { Qt::DisplayRole, box->itemText(chosen) }, { m_valueRole, box->itemData(chosen) } });
}

NumberDelegate::NumberDelegate(int minimum, int maximum, QString suffix, QObject *parent)
    : QStyledItemDelegate(parent), m_minimum(minimum), m_maximum(maximum), m_suffix(std::move(suffix))
{
}

QWidget *NumberDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(m_minimum, m_maximum);
    spin->setSuffix(m_suffix);
    return spin;
}

void NumberDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<QSpinBox *>(editor)->setValue(index.data(ValueRole).toInt());
}

void NumberDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *spin = static_cast<QSpinBox *>(editor);
    spin->interpretText();
    model->setItemData(index, { { Qt::DisplayRole, spin->text() }, { ValueRole, spin->value() } });
}

MinuteOfDayDelegate::MinuteOfDayDelegate(bool endOfDay, QObject *parent) : QStyledItemDelegate(parent), m_endOfDay(endOfDay) { }

QString MinuteOfDayDelegate::text(int minutes)
{
    return QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QWidget *MinuteOfDayDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *edit = new QTimeEdit(parent);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    if (m_endOfDay)
        edit->setToolTip(tr("00:00 ends the hours at midnight, the end of the day"));
    return edit;
}

void MinuteOfDayDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const int minutes = index.data(ValueRole).toInt() % (24 * 60);
    static_cast<QTimeEdit *>(editor)->setTime(QTime(minutes / 60, minutes % 60));
}

void MinuteOfDayDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const QTime time = static_cast<QTimeEdit *>(editor)->time();
    int minutes = time.hour() * 60 + time.minute();
    if (m_endOfDay && minutes == 0)
        minutes = 24 * 60;
    model->setItemData(index, { { Qt::DisplayRole, text(minutes) }, { ValueRole, minutes } });
}

QString GroupedNumberDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    // The views hand delegates their locale with OmitGroupSeparator set.
    QLocale grouped = locale;
    grouped.setNumberOptions(locale.numberOptions() & ~QLocale::NumberOptions(QLocale::OmitGroupSeparator));
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::LongLong:
        return grouped.toString(value.toLongLong());
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return grouped.toString(value.toULongLong());
    default:
        return QStyledItemDelegate::displayText(value, locale);
    }
}

} // namespace baton
