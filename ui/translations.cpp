#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace baton {

QStringList availableLanguages()
{
    QStringList languages;
    // The build embeds the compiled .qm files under :/i18n.
    for (const QString &file : QDir(QStringLiteral(":/i18n")).entryList({ QStringLiteral("baton_*.qm") }))
        languages << file.mid(6, file.size() - 9);
    return languages;
}

QString installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *baton = new QTranslator(qApp);
    if (!baton->load(locale, QStringLiteral("baton"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete baton;
        QLocale::setDefault(locale);
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(baton);
    auto *qt = new QTranslator(qApp);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(locale);
    return locale.name().section(QLatin1Char('_'), 0, 0);
}

} // namespace baton
