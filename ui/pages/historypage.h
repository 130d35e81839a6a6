#pragma once

// Workspace: the history of every configuration change (the audit log), newest first: when, who, what kind
// of thing, which one (by name) and what changed. Filterable by entity and searchable.

#include "core/auditlog.h"
#include "page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTimer;

namespace baton {

class HistoryPage final : public Page
{
    Q_OBJECT
public:
    explicit HistoryPage(WorkspaceSession *session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QComboBox *entityFilter() const { return m_entity; }
    QLineEdit *search() const { return m_search; }
    // Shows only changes to this table ("" = every change).
    void setEntityFilter(const QString &entity);

    // Names of referenced rows, by table and id (AuditLogRepository::rowNames).
    using References = QHash<QString, QHash<qint64, QString>>;
    // How a change reads in the Change column: "Minimum fit: C → B", "Calendar: EMEA → APAC", "Added", "Removed".
    static QString describeChange(const AuditEntry &entry, const References &references = {});

protected:
    void reload() override;

private:
    void load(bool more);
    AuditFilter filter() const;

    QStackedWidget *m_stack = nullptr;
    QComboBox *m_entity = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_more = nullptr;
    QTimer *m_searchDelay = nullptr;
    qint64 m_loaded = 0;
    qint64 m_total = 0;
    bool m_filling = false;
};

} // namespace baton
