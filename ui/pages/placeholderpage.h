#pragma once

#include "page.h"

class QLabel;

namespace baton {

// Stands in for a page that is not built yet and says what it will hold.
class PlaceholderPage final : public Page
{
    Q_OBJECT
public:
    PlaceholderPage(WorkspaceSession *session, const QString &title, const QString &plan, QWidget *parent = nullptr);

protected:
    void reload() override { }
};

} // namespace baton
