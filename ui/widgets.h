#pragma once

// Small building blocks shared by pages.

#include <QString>

class QLabel;
class QLayout;
class QWidget;

namespace baton {

// A bold heading, `scale` times the normal font size.
QLabel *makeHeading(const QString &text, QWidget *parent, double scale = 1.4);
// Word-wrapped text centred in a column at most `maxWidth` wide. (A wrapped QLabel added to a layout
// with an alignment flag loses its height-for-width and gets clipped; stretches on both sides do not.)
QLayout *centeredParagraph(QLabel *label, int maxWidth);

} // namespace baton
