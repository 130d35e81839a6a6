// The translations are compiled into the build and load (qt_add_translations on Qt 6.4 can silently
// stop embedding them).

#include "translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QTranslator>

using namespace baton;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyShippedLanguageIsEmbedded()
    {
        const QStringList languages = availableLanguages();
        for (const char *language : { "de", "es", "fr" })
            QVERIFY2(languages.contains(QString::fromLatin1(language)), language);
    }

    void germanLoadsAndTranslates()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/baton_de.qm")));
        QVERIFY(!translator.isEmpty());
        const QString text = translator.translate("baton::PageCatalog", "Define");
        QVERIFY(!text.isEmpty());
        QCOMPARE(text, QStringLiteral("Definieren"));
    }

    void installingFollowsTheChosenLanguage()
    {
        QCOMPARE(installTranslations(QStringLiteral("fr")), QStringLiteral("fr"));
        QCOMPARE(QCoreApplication::translate("baton::PageCatalog", "Define"), QStringLiteral("Définir"));
        QCOMPARE(QLocale().language(), QLocale::French);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
