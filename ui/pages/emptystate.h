#pragma once

// What a page shows when no workspace is open: a heading and a sentence saying where to start.

#include <QWidget>

namespace baton {

class EmptyState final : public QWidget
{
    Q_OBJECT
public:
    EmptyState(const QString &heading, const QString &text, QWidget *parent = nullptr);
};

} // namespace baton
