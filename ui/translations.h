#pragma once

#include <QString>
#include <QStringList>

namespace baton {

// The languages Baton ships besides English, as locale names ("de", "fr", "es").
QStringList availableLanguages();
// Installs Baton's and Qt's translations for `language` (empty = the system locale) on the application
// and makes it the default QLocale. Returns the language actually loaded ("en" when none matched).
QString installTranslations(const QString &language);

} // namespace baton
