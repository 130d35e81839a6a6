#pragma once

// A grid of check boxes, two per row, one per field name: the contract page's "required to qualify" and
// "Sales receives" choices. Laid out by a grid layout, so it never clips or scrolls.

#include <QWidget>

class QCheckBox;
class QGridLayout;

namespace baton {

class CheckGrid final : public QWidget
{
    Q_OBJECT
public:
    explicit CheckGrid(QWidget *parent = nullptr);

    // One box per name (labelled by HandoffFields::label), checked when in `checked`; names in `checked` that
    // are not in `names` are added.
    void setItems(QStringList names, const QStringList &checked);
    // Adds a box for `name` (checked) or checks the existing one.
    void check(const QString &name);
    QStringList checkedNames() const;

signals:
    void changed();

private:
    QGridLayout *m_layout;
    QList<QCheckBox *> m_boxes;
};

} // namespace baton
