#include "theme.h"

#include "settings.h"

#include <QApplication>
#include <QPainter>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOption>

namespace baton {

namespace {

    // Fusion with two corrections:
    // - It outlines check boxes and radio buttons in the window colour made darker, which on a dark palette is as
    //   dark as the base they are filled with: in a list or table an unchecked box disappears. On dark palettes
    //   this style draws that outline again in a colour between the base and the text.
    // - It leaves no room between a push button's label and the arrow of its menu ("Add policy▾"). This style
    //   makes such buttons a little wider and keeps the label that much away from the arrow.
    class BatonStyle final : public QProxyStyle
    {
    public:
        BatonStyle()
            : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
        {
        }

        QSize sizeFromContents(
            ContentsType type, const QStyleOption *option, const QSize &size, const QWidget *widget) const override
        {
            QSize result = QProxyStyle::sizeFromContents(type, option, size, widget);
            if (type == CT_PushButton && hasMenu(option))
                result.rwidth() += MenuArrowGap;
            return result;
        }

        void drawControl(
            ControlElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const override
        {
            if (element == CE_PushButtonLabel && hasMenu(option)) {
                QStyleOptionButton label = *qstyleoption_cast<const QStyleOptionButton *>(option);
                const bool rightToLeft = label.direction == Qt::RightToLeft;
                label.rect.adjust(rightToLeft ? MenuArrowGap : 0, 0, rightToLeft ? 0 : -MenuArrowGap, 0);
                QProxyStyle::drawControl(element, &label, painter, widget);
                return;
            }
            QProxyStyle::drawControl(element, option, painter, widget);
        }

        void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
            const QWidget *widget) const override
        {
            QProxyStyle::drawPrimitive(element, option, painter, widget);
            if ((element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton)
                || !Theme::isDark(option->palette))
                return;
            if ((option->state & State_HasFocus) && (option->state & State_KeyboardFocusChange))
                return; // Fusion has drawn the focus outline in the highlight colour
            const QColor base = option->palette.color(QPalette::Base);
            const QColor text = option->palette.color(QPalette::Text);
            const QColor outline(
                (base.red() + text.red()) / 2, (base.green() + text.green()) / 2, (base.blue() + text.blue()) / 2);
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing, true);
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(outline, 1));
            if (element == PE_IndicatorCheckBox) {
                // The rectangle Fusion draws its frame on.
                painter->translate(0.5, 0.5);
                painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
            } else {
                const QRectF circle = QRectF(option->rect).adjusted(1, 1, -1, -1);
                painter->drawEllipse(circle);
            }
            painter->restore();
        }

    private:
        static constexpr int MenuArrowGap = 8;

        static bool hasMenu(const QStyleOption *option)
        {
            const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option);
            return button && (button->features & QStyleOptionButton::HasMenu);
        }
    };

} // namespace

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
    if (!dynamic_cast<BatonStyle *>(QApplication::style()))
        QApplication::setStyle(new BatonStyle);
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

QString Theme::styleName()
{
    const auto *proxy = qobject_cast<const QProxyStyle *>(QApplication::style());
    return (proxy && proxy->baseStyle() ? proxy->baseStyle() : QApplication::style())->name();
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
