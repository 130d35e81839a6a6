#pragma once

// How Baton looks: the Fusion style with the platform's palette, or a light or dark palette the user
// chose (View > Theme, Preferences); and the application icon.

#include <QCoreApplication>
#include <QIcon>
#include <QPalette>

namespace baton {

enum class ThemeChoice { System, Light, Dark };

class Theme
{
    Q_DECLARE_TR_FUNCTIONS(baton::Theme)
public:
    static QList<ThemeChoice> choices() { return { ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark }; }
    // The user-facing name: "System", "Light", "Dark".
    static QString label(ThemeChoice choice);
    // The value stored in the settings: "system", "light", "dark".
    static QString key(ThemeChoice choice);
    static ThemeChoice fromKey(const QString &key); // unknown keys mean System

    // The choice stored in the settings, and storing one (Settings::theme()).
    static ThemeChoice stored();
    static void store(ThemeChoice choice);

    // Makes `choice` the application's look: the Fusion style (which, unlike some native styles, draws
    // with whatever palette it is given; Baton corrects two of its details, see theme.cpp) and the palette. System
    // takes the platform's palette, so a desktop in dark mode gives a dark Baton, and later changes of the desktop's
    // palette still apply.
    static void apply(ThemeChoice choice);

    // The name of the style Baton draws with: "Fusion" (inside the proxy style that corrects it).
    static QString styleName();

    static QPalette lightPalette();
    static QPalette darkPalette();
    // Whether `palette` is dark (light text on a dark window): pages use it for colours of their own,
    // charts for their theme.
    static bool isDark(const QPalette &palette);

    // The application icon in every size from 16 to 512 pixels, so that it is sharp at any scale factor.
    static QIcon applicationIcon();
};

} // namespace baton
