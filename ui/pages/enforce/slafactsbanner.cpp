#include "slafactsbanner.h"

#include "backgroundtask.h"
#include "colours.h"
#include "core/workspace.h"
#include "enforce/slafacts.h"
#include "workspacesession.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace baton {

SlaFactsBanner::SlaFactsBanner(WorkspaceSession *session, QWidget *parent) : QFrame(parent), m_session(session)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    tint();
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

void SlaFactsBanner::tint()
{
    // A caution shade of the page's palette (the parent's: this frame's own palette is the tinted one), with
    // the page's text on it.
    const QPalette page = parentWidget() ? parentWidget()->palette() : QGuiApplication::palette();
    QPalette tinted = page;
    tinted.setColor(QPalette::Window, Colours::background(Colours::Tone::Caution, page));
    tinted.setColor(QPalette::WindowText, page.color(QPalette::Text));
    setPalette(tinted);
}

void SlaFactsBanner::refresh()
{
    tint(); // the page reloads on a new palette
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
