#pragma once

// Colours that carry a meaning (good, caution, bad, information), for the palette in use. In the light
// palette they are the pastel backgrounds and dark text colours Baton always had; in a dark palette they are
// deep shades and light text colours of the same hues, so that the palette's own text stays readable on them
// and they stay readable on the palette's window and base. Pages take them from the widget's palette when
// they fill a view; Page reloads on a palette change, so a new theme reaches them too.

#include <QColor>
#include <QPalette>
#include <QString>

class QWidget;

namespace baton::Colours {

enum class Tone {
    Good, // met, covered, added, follows the convention
    Caution, // draft, only the fallback, running late
    Bad, // breached, no owner, removed, broken
    Info, // selected or required: a highlight without a verdict
    Neutral, // section rows, unmarked cells
};

// A background for a cell, a label or a diagram box; the palette's Text reads on it.
QColor background(Tone tone, const QPalette &palette);
// Text (or a line) in the tone's colour, readable on the palette's Window and Base.
QColor text(Tone tone, const QPalette &palette);
// A border for a box filled with background(tone).
QColor border(Tone tone, const QPalette &palette);
// Secondary text: labels next to values, captions, legends (the palette's placeholder colour).
QColor muted(const QPalette &palette);
// `a` blended towards `b`: 0 gives `a`, 1 gives `b`.
QColor mix(const QColor &a, const QColor &b, double amount);
// "#rrggbb", for rich text.
QString css(const QColor &colour);
// Gives a label (or any widget's text) the tone's text colour for the palette it has now: the problem line of
// a dialog, a verdict.
void setTextTone(QWidget *widget, Tone tone);

} // namespace baton::Colours
