#include "importvalues.h"

#include <QHash>
#include <QLocale>

#include <cmath>
#include <cstdlib>

namespace baton::ImportValues {

std::optional<double> parseNumber(const QString &input, char decimal)
{
    QString text = input.trimmed();
    if (text.isEmpty() || text.size() > 64)
        return std::nullopt;
    // Currency: a symbol or a three-letter code at either end.
    static const QString symbols = QStringLiteral("$€£¥₹");
    while (!text.isEmpty() && symbols.contains(text.front()))
        text.remove(0, 1);
    while (!text.isEmpty() && symbols.contains(text.back()))
        text.chop(1);
    text = text.trimmed();
    if (text.size() > 4 && text.at(3) == u' ' && text.left(3).toUpper() == text.left(3) && text.at(0).isLetter())
        text = text.mid(4).trimmed();
    if (text.size() > 4 && text.at(text.size() - 4) == u' ' && text.right(3).at(0).isLetter())
        text = text.left(text.size() - 4).trimmed();
    QByteArray ascii;
    ascii.reserve(text.size());
    const char thousands = decimal == '.' ? ',' : '.';
    bool seenDecimal = false;
    int digitsSinceGroup = -1; // digits since the last thousands separator, -1 before any
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            ascii += char(c.unicode());
            if (digitsSinceGroup >= 0 && !seenDecimal)
                ++digitsSinceGroup;
        } else if ((c == u'-' || c == u'+') && ascii.isEmpty()) {
            ascii += char(c.unicode());
        } else if (c.unicode() == uchar(decimal) && !seenDecimal) {
            if (digitsSinceGroup >= 0 && digitsSinceGroup != 3)
                return std::nullopt;
            seenDecimal = true;
            ascii += '.';
        } else if ((c.unicode() == uchar(thousands) || c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F) || c == u'\'')
            && !seenDecimal && !ascii.isEmpty() && ascii.back() >= '0' && ascii.back() <= '9') {
            if (digitsSinceGroup >= 0 && digitsSinceGroup != 3)
                return std::nullopt;
            digitsSinceGroup = 0;
        } else if ((c == u'e' || c == u'E') && !ascii.isEmpty() && i + 1 < text.size()) {
            ascii += 'e';
            if (text.at(i + 1) == u'-' || text.at(i + 1) == u'+') {
                ascii += char(text.at(i + 1).unicode());
                ++i;
            }
        } else {
            return std::nullopt;
        }
    }
    if (digitsSinceGroup >= 0 && !seenDecimal && digitsSinceGroup != 3)
        return std::nullopt;
    if (ascii.isEmpty() || ascii == "-" || ascii == "+")
        return std::nullopt;
    char *end = nullptr;
    const double value = std::strtod(ascii.constData(), &end);
    if (end != ascii.constData() + ascii.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<qint64> parseInteger(const QString &text, char decimal)
{
    const auto value = parseNumber(text, decimal);
    if (!value || std::floor(*value) != *value || std::fabs(*value) > 9.0e15)
        return std::nullopt;
    return qint64(*value);
}

QString countryCode(const QString &input)
{
    static const QHash<QString, QString> names = []() {
        QHash<QString, QString> table;
        for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
            const auto territory = QLocale::Territory(t);
            const QString code = QLocale::territoryToCode(territory);
            if (code.size() != 2)
                continue;
            table.insert(QLocale::territoryToString(territory).toLower(), code);
            table.insert(code.toLower(), code);
        }
        // Forms CRM exports use that Qt's English names spell differently.
        const std::pair<const char *, const char *> extra[] = { { "usa", "US" }, { "u.s.", "US" }, { "u.s.a.", "US" },
            { "united states of america", "US" }, { "america", "US" }, { "uk", "GB" }, { "u.k.", "GB" },
            { "great britain", "GB" }, { "england", "GB" }, { "scotland", "GB" }, { "wales", "GB" },
            { "russia", "RU" }, { "south korea", "KR" }, { "korea", "KR" }, { "czech republic", "CZ" },
            { "czechia", "CZ" }, { "turkey", "TR" }, { "türkiye", "TR" }, { "vietnam", "VN" }, { "uae", "AE" },
            { "holland", "NL" }, { "the netherlands", "NL" }, { "hong kong", "HK" }, { "taiwan", "TW" },
            { "ivory coast", "CI" }, { "macau", "MO" }, { "brasil", "BR" }, { "deutschland", "DE" },
            { "españa", "ES" }, { "méxico", "MX" } };
        for (const auto &[name, code] : extra)
            table.insert(QString::fromUtf8(name), QString::fromLatin1(code));
        return table;
    }();
    const QString key = input.trimmed().toLower();
    if (key.isEmpty())
        return {};
    return names.value(key);
}

} // namespace baton::ImportValues
