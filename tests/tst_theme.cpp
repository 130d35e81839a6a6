// The theme: the choice persists in the settings, View > Theme applies and stores it, the dark palette is
// dark and readable (contrast computed with the WCAG formula), System gives back the platform's palette,
// and the application icon really loads in every size.

#include "colours.h"
#include "mainwindow.h"
#include "settings.h"
#include "theme.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QListWidget>
#include <QMenuBar>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>

#include <cmath>

using namespace baton;

namespace {

// WCAG 2 relative luminance and contrast ratio, written out from the definition.
double luminance(const QColor &colour)
{
    auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QAction *themeAction(MainWindow &window, const QString &label)
{
    for (QAction *action : window.findChildren<QAction *>())
        if (action->isCheckable() && action->actionGroup() && action->text() == label)
            return action;
    return nullptr;
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BatonTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_theme"));
        QSettings().clear();
    }

    void cleanup()
    {
        Theme::apply(ThemeChoice::System);
        QSettings().clear();
    }

    void keysRoundTrip()
    {
        for (ThemeChoice choice : Theme::choices())
            QCOMPARE(Theme::fromKey(Theme::key(choice)), choice);
        QCOMPARE(Theme::key(ThemeChoice::Dark), QStringLiteral("dark"));
        // A value written by a newer or broken configuration falls back to the system's look.
        QCOMPARE(Theme::fromKey(QStringLiteral("sepia")), ThemeChoice::System);
        QCOMPARE(Theme::fromKey(QString()), ThemeChoice::System);
    }

    void choicePersists()
    {
        QCOMPARE(Theme::stored(), ThemeChoice::System); // nothing stored yet
        Theme::store(ThemeChoice::Dark);
        QSettings().sync();
        // Read back through a separate QSettings on the file, as the next start would.
        QSettings file(QSettings().fileName(), QSettings().format());
        QCOMPARE(file.value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));
        QCOMPARE(Theme::stored(), ThemeChoice::Dark);
        Theme::store(ThemeChoice::Light);
        QCOMPARE(Theme::stored(), ThemeChoice::Light);
    }

    void applyingChangesThePalette()
    {
        Theme::apply(ThemeChoice::System);
        const QPalette system = QApplication::palette();
        QCOMPARE(Theme::styleName().toLower(), QStringLiteral("fusion"));

        Theme::apply(ThemeChoice::Dark);
        QVERIFY(Theme::isDark(QApplication::palette()));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QVERIFY(QApplication::palette().color(QPalette::Text).lightness() > 200);

        Theme::apply(ThemeChoice::Light);
        QVERIFY(!Theme::isDark(QApplication::palette()));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);

        // System undoes an explicit choice: the platform's palette again.
        Theme::apply(ThemeChoice::Dark);
        Theme::apply(ThemeChoice::System);
        for (QPalette::ColorRole role : { QPalette::Window, QPalette::WindowText, QPalette::Base, QPalette::Text,
                 QPalette::Highlight, QPalette::Button })
            QCOMPARE(QApplication::palette().color(role), system.color(role));
    }

    void darkPaletteIsReadable_data()
    {
        QTest::addColumn<int>("foreground");
        QTest::addColumn<int>("background");
        QTest::addColumn<double>("minimum");
        // WCAG AA: 4.5:1 for text, 3:1 for disabled text (which need not be read as easily).
        QTest::newRow("text on base") << int(QPalette::Text) << int(QPalette::Base) << 4.5;
        QTest::newRow("window text") << int(QPalette::WindowText) << int(QPalette::Window) << 4.5;
        QTest::newRow("button text") << int(QPalette::ButtonText) << int(QPalette::Button) << 4.5;
        QTest::newRow("placeholder on window") << int(QPalette::PlaceholderText) << int(QPalette::Window) << 4.5;
        QTest::newRow("placeholder on base") << int(QPalette::PlaceholderText) << int(QPalette::Base) << 4.5;
        QTest::newRow("selection") << int(QPalette::HighlightedText) << int(QPalette::Highlight) << 4.5;
        QTest::newRow("tooltip") << int(QPalette::ToolTipText) << int(QPalette::ToolTipBase) << 4.5;
        QTest::newRow("link on base") << int(QPalette::Link) << int(QPalette::Base) << 4.5;
    }

    void darkPaletteIsReadable()
    {
        QFETCH(int, foreground);
        QFETCH(int, background);
        QFETCH(double, minimum);
        const QPalette palette = Theme::darkPalette();
        const double ratio = contrast(palette.color(QPalette::ColorRole(foreground)), palette.color(QPalette::ColorRole(background)));
        QVERIFY2(ratio >= minimum, qPrintable(QString::number(ratio)));
        const double disabled = contrast(palette.color(QPalette::Disabled, QPalette::ColorRole(foreground)),
            palette.color(QPalette::Disabled, QPalette::ColorRole(background)));
        QVERIFY2(disabled >= 3.0, qPrintable(QString::number(disabled)));
    }

    void toneColoursAreReadable_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void toneColoursAreReadable()
    {
        // The colours pages give cells and texts (Colours) read on the palette they are made for: the palette's
        // text on every tone's background, every tone's text on the window and the base (WCAG AA, 4.5:1).
        QFETCH(bool, dark);
        const QPalette palette = dark ? Theme::darkPalette() : Theme::lightPalette();
        using Colours::Tone;
        for (Tone tone : { Tone::Good, Tone::Caution, Tone::Bad, Tone::Info, Tone::Neutral }) {
            const QColor background = Colours::background(tone, palette);
            QVERIFY2(contrast(palette.color(QPalette::Text), background) >= 4.5, qPrintable(background.name()));
            if (tone == Tone::Neutral)
                continue; // its text is the placeholder colour, checked with the palette
            const QColor text = Colours::text(tone, palette);
            for (QPalette::ColorRole role : { QPalette::Window, QPalette::Base })
                QVERIFY2(contrast(text, palette.color(role)) >= 4.5,
                    qPrintable(text.name() + QLatin1Char(' ') + palette.color(role).name()));
        }
        // Dark shades on the dark palette, pastel ones on the light.
        QCOMPARE(Colours::background(Tone::Good, palette).lightness() < 128, dark);
    }

    void uncheckedBoxesShowOnTheDarkPalette()
    {
        // Fusion outlines a check box in the window colour made darker, which on the dark palette is the base
        // colour of a list: an unchecked box in a list vanished. Baton's style draws the outline again.
        Theme::apply(ThemeChoice::Dark);
        QListWidget list;
        list.resize(240, 80);
        auto *item = new QListWidgetItem(QStringLiteral("Lead"), &list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        list.show();
        const QImage image = list.viewport()->grab().toImage();
        const QRect row = list.visualItemRect(item);
        const int base = list.palette().color(QPalette::Base).lightness();
        int lightest = 0;
        // The box sits left of the text: the first 20 pixels of the row hold nothing else.
        for (int y = row.top(); y <= row.bottom(); ++y)
            for (int x = row.left(); x < row.left() + 20; ++x)
                lightest = std::max(lightest, QColor(image.pixel(x, y)).lightness());
        QVERIFY2(lightest > base + 40, qPrintable(QStringLiteral("box %1, base %2").arg(lightest).arg(base)));
    }

    void viewMenuAppliesAndStores()
    {
        {
            MainWindow window;
            QAction *dark = themeAction(window, Theme::label(ThemeChoice::Dark));
            QAction *system = themeAction(window, Theme::label(ThemeChoice::System));
            QVERIFY(dark);
            QVERIFY(system);
            QVERIFY(system->isChecked());
            dark->trigger();
            QCOMPARE(Settings::theme().get(), QStringLiteral("dark"));
            QVERIFY(Theme::isDark(QApplication::palette()));
            // Widgets take the new palette once the change has been delivered.
            QCoreApplication::processEvents();
            QVERIFY(Theme::isDark(window.palette()));
        }
        // The next window shows the stored choice.
        MainWindow again;
        QVERIFY(themeAction(again, Theme::label(ThemeChoice::Dark))->isChecked());
        QVERIFY(!themeAction(again, Theme::label(ThemeChoice::System))->isChecked());
    }

    void applicationIconLoadsInEverySize()
    {
        const QIcon icon = Theme::applicationIcon();
        QVERIFY(!icon.isNull());
        const QList<QSize> sizes = icon.availableSizes();
        for (int size : { 16, 22, 24, 32, 48, 64, 128, 256, 512 }) {
            QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
            // The file behind each size decodes (a missing resource gives a null image).
            const QImage image(QStringLiteral(":/icons/png/baton-%1.png").arg(size));
            QCOMPARE(image.size(), QSize(size, size));
        }
        // At a device pixel ratio of 2 a 32-pixel icon is drawn from the 64-pixel image, not scaled up.
        const QPixmap sharp = icon.pixmap(QSize(32, 32), 2.0);
        QCOMPARE(sharp.size(), QSize(64, 64));
        QCOMPARE(sharp.devicePixelRatio(), 2.0);
        MainWindow window;
        QVERIFY(!window.windowIcon().isNull());
        QCOMPARE(window.windowIcon().pixmap(QSize(256, 256)).size(), QSize(256, 256));
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
