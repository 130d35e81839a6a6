#pragma once

// Instrument: the handoffs that break the active contract, the stage map or the data standard. Counts by
// kind of violation, the data-quality score per source and per campaign, the rules broken, and a drill-down
// to the records. The validator runs in a worker thread with its own connection.

#include "instrument/validationreport.h"
#include "page.h"

#include <QPointer>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableWidget;
class QThread;

namespace baton {

class HandoffView;

class ViolationsPage final : public Page
{
    Q_OBJECT
public:
    explicit ViolationsPage(WorkspaceSession *session, QWidget *parent = nullptr);
    ~ViolationsPage() override;

    // The last finished report (nullopt while the first check runs or without a workspace).
    const std::optional<ValidationReport> &report() const { return m_report; }
    HandoffView *handoffs() const { return m_handoffs; }
    // Filters the drill-down; -1 / empty = any.
    void setKindFilter(int kind);
    void setSourceFilter(const QString &source);
    void setCampaignFilter(const QString &campaign);
    void setRuleFilter(int rule);
    // The handoff ids the current filter selects (all of them, before any cap for the table).
    QList<qint64> filteredHandoffIds() const;

signals:
    void validationFinished();

protected:
    void reload() override;

private:
    QWidget *buildContent();
    void startValidation();
    void showReport();
    void fillScores();
    void fillRules();
    void applyFilter();
    void showDefinitions();

    QStackedWidget *m_stack = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_summaryDetail = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_recheck = nullptr;
    QTableWidget *m_kinds = nullptr;
    QSplitter *m_tablesSplitter = nullptr;
    bool m_tablesSized = false; // the splitter has given the tables the widths their first report needed
    QComboBox *m_scoreBy = nullptr;
    QTableWidget *m_scores = nullptr;
    QTableWidget *m_rules = nullptr;
    QComboBox *m_kindFilter = nullptr;
    QComboBox *m_sourceFilter = nullptr;
    QComboBox *m_campaignFilter = nullptr;
    QLabel *m_ruleFilterLabel = nullptr;
    HandoffView *m_handoffs = nullptr;

    std::optional<ValidationReport> m_report;
    int m_rule = -1;
    bool m_filling = false;
    QThread *m_worker = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<std::atomic<qint64>> m_done;
    std::shared_ptr<std::atomic<qint64>> m_total;
};

} // namespace baton
