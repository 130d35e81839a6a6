#pragma once

// Small building blocks shared by pages.

#include <QScrollArea>
#include <QString>

class QLabel;
class QLayout;
class QTableView;
class QWidget;

namespace baton {

// A bold heading, `scale` times the normal font size.
QLabel *makeHeading(const QString &text, QWidget *parent, double scale = 1.4);
// Word-wrapped text centred in a column at most `maxWidth` wide. (A wrapped QLabel added to a layout
// with an alignment flag loses its height-for-width and gets clipped; stretches on both sides do not.)
QLayout *centeredParagraph(QLabel *label, int maxWidth);
// A scroll area that scrolls down, never sideways, and is at least as wide as its widget needs: a splitter
// or layout must not squeeze it below that (whatever is beside it narrows instead of the widget being cut
// off). It follows its widget's needs as the widget's contents change.
class VerticalScrollArea final : public QScrollArea
{
public:
    explicit VerticalScrollArea(QWidget *parent = nullptr);
    QSize minimumSizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

// The width `table` needs to show every column's contents and header without cutting them or scrolling
// sideways: for a splitter to give a table panel its room.
int tableContentsWidth(const QTableView *table);
// Sizes every column to its contents and header, long ones to at most about `maxCharacters` characters (they
// elide beyond): for the first rows a table shows; afterwards the user's widths stand.
void fitColumnsToContents(QTableView *table, int maxCharacters = 30);

} // namespace baton
