#pragma once

// Campaign and UTM conventions of the data standard: per field (source, campaign, utm_source, utm_medium,
// utm_campaign) a casing, a pattern and the allowed values, edited in place (undoable), and a box to try a
// value against them.

#include "instrument/datastandard.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace baton {

class Workspace;
class WorkspaceSession;

class UtmConventionsTab final : public QWidget
{
    Q_OBJECT
public:
    explicit UtmConventionsTab(WorkspaceSession *session, QWidget *parent = nullptr);
    void reload(Workspace &workspace);
    QTableWidget *table() const { return m_table; }

private:
    void edited(int row, int column);
    void save(const QString &field, const UtmConvention &after);
    void tryValue();
    void showValuesInUse();

    WorkspaceSession *m_session;
    QTableWidget *m_table = nullptr;
    QComboBox *m_tryField = nullptr;
    QLineEdit *m_tryValue = nullptr;
    QLabel *m_verdict = nullptr;
    QTableWidget *m_values = nullptr;
    QLabel *m_valuesTitle = nullptr;
    QList<UtmConvention> m_conventions;
    bool m_filling = false;
};

} // namespace baton
