#pragma once

// Item delegates for configuration tables (and one for showing counts). By default each keeps the stored value in ValueRole and what
// people read in DisplayRole, so a table shows names while edits carry ids and codes; a model that maps
// values to labels itself can take the value in Qt::EditRole instead (setValueRole).

#include <QStyledItemDelegate>

namespace baton {

constexpr int ValueRole = Qt::UserRole + 10;

// A choice from a fixed list of (label, value); optionally typed with completion (time zones).
class ChoiceDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ChoiceDelegate(QList<std::pair<QString, QVariant>> choices, QObject *parent, bool editable = false);
    explicit ChoiceDelegate(QObject *parent) : ChoiceDelegate({}, parent) { }
    QString labelOf(const QVariant &value) const;
    void setChoices(const QList<std::pair<QString, QVariant>> &choices) { m_choices = choices; }
    // The role the value is read from and written to: ValueRole (with the label written to DisplayRole too)
    // or Qt::EditRole (the model shows the label itself).
    void setValueRole(int role) { m_valueRole = role; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QList<std::pair<QString, QVariant>> m_choices;
    bool m_editable;
    int m_valueRole = ValueRole;
};

// A whole number in [minimum, maximum] with a suffix (" min", " %").
class NumberDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    NumberDelegate(int minimum, int maximum, QString suffix, QObject *parent);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    int m_minimum;
    int m_maximum;
    QString m_suffix;
};

// A time of day as minutes after midnight; for the end of working hours, 00:00 means midnight at the
// end of the day (24:00).
class MinuteOfDayDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    MinuteOfDayDelegate(bool endOfDay, QObject *parent);
    static QString text(int minutes);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    bool m_endOfDay;
};

// Display only: whole numbers with the locale's group separators ("1,000,000"), which item views leave out (they
// give delegates their locale with OmitGroupSeparator). The item keeps the number, so the column sorts by value.
class GroupedNumberDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QString displayText(const QVariant &value, const QLocale &locale) const override;
};

} // namespace baton
