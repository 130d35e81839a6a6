#pragma once

// Feedback: rejection reasons and the recycle plays they trigger. The editable catalogue (each reason
// mapped to exactly one play; a reason without one is flagged as a governance gap), which play the
// rejected handoffs went to, and what became of them: did they come back, and did they convert then.

#include "core/result.h"
#include "data/handofffilter.h"
#include "feedback/recycling.h"
#include "pages/page.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QStackedWidget;
class QStandardItemModel;

namespace baton {

class ChoiceDelegate;
class HandoffView;
class PlayCatalogModel;
class ReasonCatalogModel;
class ReportTable;

class RejectionsPage final : public Page
{
    Q_OBJECT
public:
    explicit RejectionsPage(WorkspaceSession *session, QWidget *parent = nullptr);

    ReasonCatalogModel *reasons() const { return m_reasonModel; }
    PlayCatalogModel *plays() const { return m_playModel; }
    const RecyclingReport &report() const { return m_report; }
    QStandardItemModel *outcomes() const { return m_outcomeModel; }
    ReportTable *outcomeTable() const { return m_outcomeTable; }
    HandoffView *handoffs() const { return m_handoffs; }
    QString gapText() const;
    // Shows the rejected handoffs of row `row` of the outcome table (or those that came back from them).
    void showOutcomeRow(int row, bool cameBack);

    void addReason();
    // Refuses a reason that rejections were recorded with (retire it instead).
    Result<void> removeReason(int row);
    void addPlay();
    // The reasons that used the play lose it first (they become governance gaps); one undo restores both.
    Result<void> removePlay(int row);

protected:
    void reload() override;

private:
    QWidget *buildCatalogue();
    QWidget *buildOutcomes();
    void fillOutcomes();

    QStackedWidget *m_stack;
    QLabel *m_gaps;
    QLabel *m_hint;
    ReasonCatalogModel *m_reasonModel;
    PlayCatalogModel *m_playModel;
    ReportTable *m_reasonTable;
    ReportTable *m_playTable;
    ChoiceDelegate *m_playChoice;
    ChoiceDelegate *m_kindChoice;
    QComboBox *m_fromWeek;
    QComboBox *m_toWeek;
    QCheckBox *m_cameBack;
    QStandardItemModel *m_outcomeModel;
    ReportTable *m_outcomeTable;
    HandoffView *m_handoffs;
    RecyclingReport m_report;
    HandoffFilter m_period;
};

} // namespace baton
