#include "slafactsbanner.h"

#include "backgroundtask.h"
#include "core/workspace.h"
#include "enforce/slafacts.h"
#include "workspacesession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace baton {

SlaFactsBanner::SlaFactsBanner(WorkspaceSession *session, QWidget *parent) : QFrame(parent), m_session(session)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, QColor(255, 243, 205));
    tinted.setColor(QPalette::WindowText, QColor(90, 60, 0));
    setPalette(tinted);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_text = new QLabel(tr("The SLA policies or calendars changed since the SLA facts of the handoffs were computed: "
                           "the numbers here still use the old ones."),
        this);
    m_text->setWordWrap(true);
    m_button = new QPushButton(tr("Recompute SLA facts"), this);
    m_button->setToolTip(tr("Recomputes target, due instant, routing delay, response time and time to first touch of "
                            "every handoff from the current policies and calendars, in one transaction."));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, &SlaFactsBanner::recompute);
    hide();
}

void SlaFactsBanner::refresh()
{
    Workspace *workspace = m_session->workspace();
    if (!workspace) {
        hide();
        return;
    }
    auto current = SlaFacts::checkAndRecord(*workspace);
    setVisible(current.ok() && !*current);
}

bool SlaFactsBanner::recompute()
{
    Workspace *workspace = m_session->workspace();
    if (!workspace)
        return false;
    const QString path = workspace->path();
    const QString actor = workspace->actor();
    auto done = runInBackground(window(), tr("Recomputing the SLA facts of every handoff…"), [path, actor](TaskControl &control) -> Result<void> {
        // The worker's own connection: connections belong to the thread that opened them.
        auto own = Workspace::open(path);
        if (!own)
            return own.error();
        (*own)->setActor(actor);
        auto summary = SlaFacts::recompute(**own, [&control](qint64 done, qint64 total) {
            control.setProgress(done, total);
            return !control.isCancelled();
        });
        if (!summary)
            return summary.error();
        return {};
    });
    if (!done) {
        if (done.error().kind != Error::Kind::Cancelled)
            emit m_session->errorReported(done.errorMessage());
        return false;
    }
    m_session->notifyDataChanged();
    return true;
}

} // namespace baton
