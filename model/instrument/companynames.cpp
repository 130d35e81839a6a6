#include "companynames.h"

#include <QRegularExpression>

namespace baton {

const QStringList &builtInLegalSuffixes()
{
    // Multi-word forms first so that "co kg" is removed before "kg".
    static const QStringList suffixes = { "gmbh co kg", "co kg", "pty ltd", "pvt ltd", "s de rl de cv", "sa de cv",
        "inc", "incorporated", "llc", "llp", "ltd", "limited", "plc", "corp", "corporation", "co", "company", "gmbh",
        "ag", "kg", "ug", "se", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "ab", "as", "asa", "oy", "aps", "kk",
        "ltda", "sl", "pte", "pty", "lda", "sp z oo" };
    return suffixes;
}

const QSet<QString> &builtInFreeMailDomains()
{
    static const QSet<QString> domains = { "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com",
        "msn.com", "yahoo.com", "yahoo.co.uk", "ymail.com", "icloud.com", "me.com", "mac.com", "aol.com", "gmx.de",
        "gmx.net", "gmx.com", "web.de", "t-online.de", "proton.me", "protonmail.com", "mail.com", "zoho.com",
        "yandex.ru", "qq.com", "163.com", "126.com", "naver.com", "uol.com.br", "bol.com.br", "free.fr", "orange.fr",
        "laposte.net", "libero.it", "hotmail.co.uk", "hotmail.fr", "outlook.de" };
    return domains;
}

QString normalizeCompanyName(const QString &name, const QStringList &extraSuffixes)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    // "&" and "and" join words of one name; dots and commas separate suffixes from it.
    QString text = name.toLower();
    text.replace(QLatin1Char('&'), QLatin1Char(' '));
    text.replace(QLatin1Char('.'), QString());
    text.replace(nonWord, QStringLiteral(" "));
    text = text.simplified();
    QStringList suffixes = builtInLegalSuffixes();
    for (const QString &extra : extraSuffixes) {
        QString normalized = extra.toLower();
        normalized.replace(QLatin1Char('.'), QString());
        normalized.replace(nonWord, QStringLiteral(" "));
        suffixes.prepend(normalized.simplified());
    }
    // Strip trailing suffixes repeatedly ("Foo Holding Co Ltd" -> "foo holding").
    bool stripped = true;
    while (stripped) {
        stripped = false;
        for (const QString &suffix : std::as_const(suffixes)) {
            if (suffix.isEmpty())
                continue;
            if (text.endsWith(QLatin1Char(' ') + suffix) && text.size() > suffix.size() + 1) {
                text.chop(suffix.size() + 1);
                text = text.trimmed();
                stripped = true;
                break;
            }
        }
    }
    return text;
}

QString emailDomain(const QString &email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return {};
    return email.mid(at + 1).trimmed().toLower();
}

bool isFreeMailDomain(const QString &domain, const QSet<QString> &extraDomains)
{
    const QString lower = domain.toLower();
    return builtInFreeMailDomains().contains(lower) || extraDomains.contains(lower);
}

} // namespace baton
