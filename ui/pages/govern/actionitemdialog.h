#pragma once

// A new action item of a governance meeting: what is to be done, who owns it and by when.

#include "govern/governance.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace baton {

class ActionItemDialog final : public QDialog
{
    Q_OBJECT
public:
    // `people` are offered as owners (attendees, the workspace's owners); any name may be typed.
    ActionItemDialog(const ActionItem &item, const QStringList &people, QWidget *parent = nullptr);
    ActionItem item() const;

private:
    ActionItem m_item;
    QLineEdit *m_title;
    QComboBox *m_owner;
    QDateEdit *m_due;
};

} // namespace baton
