#include "companynames.h"

#include <algorithm>

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

namespace {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == QLatin1Char('_');
}

// Lower case; dots removed; every run of other non-word characters becomes one space; trimmed.
QString words(const QString &text)
{
    const QString lower = text.toLower();
    QString result;
    result.reserve(lower.size());
    bool pendingSpace = false;
    for (const QChar c : lower) {
        if (c == QLatin1Char('.'))
            continue;
        if (isWordCharacter(c)) {
            if (pendingSpace && !result.isEmpty())
                result += QLatin1Char(' ');
            pendingSpace = false;
            result += c;
        } else {
            pendingSpace = true;
        }
    }
    return result;
}

} // namespace

CompanyNameNormalizer::CompanyNameNormalizer(const QStringList &extraSuffixes)
{
    for (const QStringList *list : { &builtInLegalSuffixes(), &extraSuffixes }) {
        for (const QString &suffix : *list) {
            const QString normalized = words(suffix);
            if (normalized.isEmpty())
                continue;
            m_suffixes.insert(normalized);
            m_maxWords = std::max(m_maxWords, int(normalized.count(QLatin1Char(' '))) + 1);
        }
    }
}

QString CompanyNameNormalizer::operator()(const QString &name) const
{
    QString text = words(name);
    // Strip trailing suffixes repeatedly, longest first ("Foo Holding Co Ltd" -> "foo holding"),
    // but never the whole name ("Inc" stays "inc").
    QList<qsizetype> spaces;
    for (qsizetype i = 0; i < text.size(); ++i)
        if (text.at(i) == QLatin1Char(' '))
            spaces << i;
    bool stripped = true;
    while (stripped && !spaces.isEmpty()) {
        stripped = false;
        for (int words = std::min<int>(m_maxWords, int(spaces.size())); words >= 1; --words) {
            const qsizetype cut = spaces.at(spaces.size() - words);
            if (m_suffixes.contains(text.mid(cut + 1))) {
                text.truncate(cut);
                spaces.resize(spaces.size() - words);
                stripped = true;
                break;
            }
        }
    }
    return text;
}

QString normalizeCompanyName(const QString &name, const QStringList &extraSuffixes)
{
    if (extraSuffixes.isEmpty()) {
        static const CompanyNameNormalizer builtIn;
        return builtIn(name);
    }
    return CompanyNameNormalizer(extraSuffixes)(name);
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
