#include "theme.h"

#include "settings.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace baton {

QString Theme::label(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::System:
        return tr("System");
    case ThemeChoice::Light:
        return tr("Light");
    case ThemeChoice::Dark:
        return tr("Dark");
    }
    return {};
}

QString Theme::key(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::System:
        return QStringLiteral("system");
    case ThemeChoice::Light:
        return QStringLiteral("light");
    case ThemeChoice::Dark:
        return QStringLiteral("dark");
    }
    return {};
}

ThemeChoice Theme::fromKey(const QString &key)
{
    for (ThemeChoice choice : choices())
        if (Theme::key(choice) == key)
            return choice;
    return ThemeChoice::System;
}

ThemeChoice Theme::stored()
{
    return fromKey(Settings::theme().get());
}

void Theme::store(ThemeChoice choice)
{
    Settings::theme().set(key(choice));
}

void Theme::apply(ThemeChoice choice)
{
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    switch (choice) {
    case ThemeChoice::System:
        // A palette with no colours of its own resolves to the platform's (QGuiApplication::setPalette).
        QApplication::setPalette(QPalette());
        break;
    case ThemeChoice::Light:
        QApplication::setPalette(lightPalette());
        break;
    case ThemeChoice::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
}

QPalette Theme::lightPalette()
{
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QPalette palette = fusion->standardPalette();
    delete fusion;
    return palette;
}

QPalette Theme::darkPalette()
{
    // Contrast: text #e8e8e8 on base #1e1f22 and window #2b2d31 is above 11:1; placeholder and disabled
    // text #9a9fa6 / #7d828a stay above 4.5:1 and 3:1 on the window colour.
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabledText(0x7d, 0x82, 0x8a);
    const QColor highlight(0x35, 0x74, 0xd4);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9f, 0xa6));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3d));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x53));
    palette.setColor(QPalette::Midlight, QColor(0x3d, 0x40, 0x45));
    palette.setColor(QPalette::Mid, QColor(0x24, 0x26, 0x29));
    palette.setColor(QPalette::Dark, QColor(0x19, 0x1a, 0x1c));
    palette.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x7f, 0xb0, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9b, 0xff));
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x53));
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, QColor(0xc8, 0xc8, 0xc8));
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    return palette;
}

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QIcon Theme::applicationIcon()
{
    QIcon icon;
    for (int size : { 16, 22, 24, 32, 48, 64, 128, 256, 512 })
        icon.addFile(QStringLiteral(":/icons/png/baton-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace baton
