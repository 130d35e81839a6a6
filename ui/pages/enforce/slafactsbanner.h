#pragma once

// A warning strip shown while the SLA facts stored with the handoffs were computed from other policies
// or calendars than the current ones (SlaFacts), with the button that recomputes them in the background.

#include <QFrame>

class QLabel;
class QPushButton;

namespace baton {

class WorkspaceSession;

class SlaFactsBanner final : public QFrame
{
    Q_OBJECT
public:
    explicit SlaFactsBanner(WorkspaceSession *session, QWidget *parent = nullptr);
    // Checks the workspace and shows or hides the strip.
    void refresh();
    // Recomputes with a progress dialog; true when it finished.
    bool recompute();

private:
    void tint();
    WorkspaceSession *m_session;
    QLabel *m_text;
    QPushButton *m_button;
};

} // namespace baton
