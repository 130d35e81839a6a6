#include "colours.h"

#include "theme.h"

#include <QWidget>

namespace baton::Colours {

namespace {

struct Shades
{
    QColor background;
    QColor text;
    QColor border;
};

// Light: pastel fills under dark text, dark hues for text. Dark: deep fills under light text, light hues for
// text. Every text colour reads at 4.5:1 or better on its palette's window and base (tst_theme checks).
Shades shades(Tone tone, bool dark)
{
    switch (tone) {
    case Tone::Good:
        return dark ? Shades { QColor(0x23, 0x44, 0x2c), QColor(0x6f, 0xcf, 0x8a), QColor(0x3f, 0x8a, 0x55) }
                    : Shades { QColor(0xdf, 0xf1, 0xdc), QColor(0x18, 0x74, 0x3a), QColor(0x8c, 0xc7, 0x9a) };
    case Tone::Caution:
        return dark ? Shades { QColor(0x4d, 0x3b, 0x12), QColor(0xe5, 0xb5, 0x51), QColor(0x9a, 0x74, 0x24) }
                    : Shades { QColor(0xfb, 0xe3, 0xb8), QColor(0x8a, 0x5c, 0x00), QColor(0xe0, 0xb2, 0x5c) };
    case Tone::Bad:
        return dark ? Shades { QColor(0x55, 0x26, 0x26), QColor(0xff, 0x8a, 0x80), QColor(0xa8, 0x46, 0x46) }
                    : Shades { QColor(0xf4, 0xc7, 0xc7), QColor(0xb0, 0x20, 0x20), QColor(0xd9, 0x48, 0x0f) };
    case Tone::Info:
        return dark ? Shades { QColor(0x1d, 0x3a, 0x5c), QColor(0x8c, 0xc4, 0xff), QColor(0x4a, 0x7f, 0xb5) }
                    : Shades { QColor(0xd3, 0xe8, 0xfb), QColor(0x0b, 0x3d, 0x6b), QColor(0x4a, 0x7f, 0xb5) };
    case Tone::Neutral:
        break;
    }
    return {};
}

} // namespace

QColor mix(const QColor &a, const QColor &b, double amount)
{
    const auto blend = [amount](double x, double y) { return x + (y - x) * amount; };
    return QColor::fromRgbF(float(blend(a.redF(), b.redF())), float(blend(a.greenF(), b.greenF())),
        float(blend(a.blueF(), b.blueF())));
}

QColor background(Tone tone, const QPalette &palette)
{
    const bool dark = Theme::isDark(palette);
    if (tone == Tone::Neutral)
        return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), dark ? 0.12 : 0.06);
    return shades(tone, dark).background;
}

QColor text(Tone tone, const QPalette &palette)
{
    if (tone == Tone::Neutral)
        return muted(palette);
    return shades(tone, Theme::isDark(palette)).text;
}

QColor border(Tone tone, const QPalette &palette)
{
    if (tone == Tone::Neutral)
        return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.45);
    return shades(tone, Theme::isDark(palette)).border;
}

QColor muted(const QPalette &palette)
{
    // The placeholder colour may be the text colour made translucent; blended onto the window it is opaque,
    // which rich text and painters need.
    const QColor placeholder = palette.color(QPalette::PlaceholderText);
    return mix(palette.color(QPalette::Window), QColor(placeholder.rgb()), placeholder.alphaF());
}

QString css(const QColor &colour)
{
    return colour.name(QColor::HexRgb);
}

void setTextTone(QWidget *widget, Tone tone)
{
    QPalette palette = widget->palette();
    const QColor colour = text(tone, palette);
    palette.setColor(QPalette::WindowText, colour);
    palette.setColor(QPalette::Text, colour);
    widget->setPalette(palette);
}

} // namespace baton::Colours
