#pragma once

// Edits a cell by choosing one of a fixed list of values (a recycle play, a play kind) from a combo box.

#include <QStyledItemDelegate>

namespace baton {

class ChoiceDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ChoiceDelegate(QObject *parent = nullptr) : QStyledItemDelegate(parent) { }

    // Labels with the value each stands for (stored with Qt::EditRole).
    void setChoices(const QList<std::pair<QString, QVariant>> &choices) { m_choices = choices; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QList<std::pair<QString, QVariant>> m_choices;
};

} // namespace baton
