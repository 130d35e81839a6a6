// Edit > Preferences: the language is stored (for the next start) and the theme is stored and applied;
// Cancel stores nothing; the languages offered are the ones Baton ships.

#include "settings.h"
#include "settingsdialog.h"
#include "theme.h"
#include "translations.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QStandardPaths>
#include <QTest>

using namespace baton;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    static QComboBox *combo(SettingsDialog &dialog, const char *name)
    {
        return dialog.findChild<QComboBox *>(QString::fromLatin1(name));
    }
    static QString storedLanguage()
    {
        // Read the file as the next start would, not through Settings.
        QSettings().sync();
        return QSettings(QSettings().fileName(), QSettings().format()).value(QStringLiteral("ui/language")).toString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BatonTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_settingsdialog"));
    }

    void init() { QSettings().clear(); }

    void cleanup()
    {
        Theme::apply(ThemeChoice::System);
        QSettings().clear();
    }

    void offersTheShippedLanguages()
    {
        const auto languages = SettingsDialog::languages();
        QStringList codes;
        for (const auto &[code, label] : languages)
            codes << code;
        QCOMPARE(codes, (QStringList { QString(), "en", "de", "fr", "es" }));
        // Every language besides English has its compiled translation embedded.
        const QStringList shipped = availableLanguages();
        for (const QString &code : codes.mid(2))
            QVERIFY2(shipped.contains(code), qPrintable(code));
        QCOMPARE(languages.at(2).second, QStringLiteral("Deutsch"));
        QCOMPARE(languages.at(3).second, QStringLiteral("Français"));
        QCOMPARE(languages.at(4).second, QStringLiteral("Español"));
    }

    void storesTheChosenLanguage_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("stored");
        QTest::newRow("German") << "Deutsch" << "de";
        QTest::newRow("French") << "Français" << "fr";
        QTest::newRow("Spanish") << "Español" << "es";
        QTest::newRow("English") << "English" << "en";
    }

    void storesTheChosenLanguage()
    {
        QFETCH(QString, label);
        QFETCH(QString, stored);
        SettingsDialog dialog;
        QComboBox *language = combo(dialog, "Language");
        QVERIFY(language);
        QCOMPARE(language->currentIndex(), 0); // System when nothing is stored
        QVERIFY(!dialog.languageChanged());
        language->setCurrentIndex(language->findText(label));
        QVERIFY(dialog.languageChanged());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(storedLanguage(), stored);
        QCOMPARE(Settings::language().get(), stored);

        // Opened again, the dialog shows what is stored; choosing System stores "" (follow the locale).
        SettingsDialog again;
        QCOMPARE(combo(again, "Language")->currentText(), label);
        combo(again, "Language")->setCurrentIndex(0);
        again.accept();
        QCOMPARE(storedLanguage(), QString());
    }

    void cancelStoresNothing()
    {
        Settings::language().set(QStringLiteral("fr"));
        SettingsDialog dialog;
        QCOMPARE(combo(dialog, "Language")->currentData().toString(), QStringLiteral("fr"));
        combo(dialog, "Language")->setCurrentIndex(combo(dialog, "Language")->findData(QStringLiteral("de")));
        combo(dialog, "Theme")->setCurrentIndex(combo(dialog, "Theme")->findData(QStringLiteral("dark")));
        dialog.reject();
        QCOMPARE(storedLanguage(), QStringLiteral("fr"));
        QCOMPARE(Theme::stored(), ThemeChoice::System);
        QVERIFY(!Theme::isDark(QApplication::palette()));
    }

    void saysTheLanguageAppliesOnRestart()
    {
        SettingsDialog dialog;
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("RestartNote"));
        QVERIFY(note);
        QVERIFY(note->text().contains(QStringLiteral("next start")));
        QVERIFY(!note->font().bold());
        combo(dialog, "Language")->setCurrentIndex(2);
        QVERIFY(note->font().bold()); // stands out once a restart is needed
    }

    void storesAndAppliesTheTheme()
    {
        SettingsDialog dialog;
        QComboBox *theme = combo(dialog, "Theme");
        QCOMPARE(theme->currentData().toString(), QStringLiteral("system"));
        theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
        dialog.accept();
        QCOMPARE(Theme::stored(), ThemeChoice::Dark);
        QVERIFY(Theme::isDark(QApplication::palette()));
        SettingsDialog again;
        QCOMPARE(combo(again, "Theme")->currentData().toString(), QStringLiteral("dark"));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
