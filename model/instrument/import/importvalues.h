#pragma once

// Instrument/import: reading numbers and countries the way CRM exports write them. Text in, result out.
//
// Numbers: an optional sign, digits with optional thousands separators (',' or ' ' when the decimal separator is
// '.', '.' or ' ' when it is ','), an optional fraction; a currency sign or ISO code before or after is
// ignored ("$12,500.00", "12.500,00 EUR"). Whole numbers also accept a fraction of zeros ("100.0").
// Countries: an ISO 3166-1 alpha-2 code or an English name ("United States", "Germany"),
// stored as the alpha-2 code; a few common short forms (USA, UK) too.

#include <QString>

#include <optional>

namespace baton::ImportValues {

std::optional<double> parseNumber(const QString &text, char decimal = '.');
std::optional<qint64> parseInteger(const QString &text, char decimal = '.');
// The alpha-2 code of a country, or an empty string when the text names none.
QString countryCode(const QString &text);

} // namespace baton::ImportValues
