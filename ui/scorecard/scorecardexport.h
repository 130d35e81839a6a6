#pragma once

// File > Export Scorecard…: asks for the week and the page size, then the file; builds the scorecard's data in
// the background (its own connection) and renders the PDF on the GUI thread (charts are graphics items).

#include "core/isoweek.h"
#include "core/result.h"

#include <QDialog>
#include <QPageSize>

class QComboBox;
class QWidget;

namespace baton {

class WorkspaceSession;

class ScorecardExportDialog final : public QDialog
{
    Q_OBJECT
public:
    ScorecardExportDialog(const QList<IsoWeek> &weeks, const IsoWeek &current, QWidget *parent = nullptr);
    IsoWeek week() const;
    QPageSize::PageSizeId pageSize() const;

private:
    QComboBox *m_week;
    QComboBox *m_pageSize;
};

namespace ScorecardExport {
// The whole interaction; returns the file written, empty when cancelled, an error when it failed.
Result<QString> run(QWidget *parent, WorkspaceSession *session);
// Without dialogs: builds and renders the scorecard of `week` to `path` (data in the background).
Result<int> write(QWidget *parent, WorkspaceSession *session, const IsoWeek &week, const QString &path,
    QPageSize::PageSizeId pageSize);
} // namespace ScorecardExport

} // namespace baton
