#pragma once

// How the Feedback and Optimize pages write numbers: in the user's locale, "–" where there is no value.

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <cmath>
#include <optional>

namespace baton::KpiFormat {

inline QString none()
{
    return QStringLiteral("–");
}
inline QString percent(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value * 100.0, 'f', 1) + QStringLiteral(" %") : none();
}
inline QString days(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', 1) : none();
}
inline QString minutes(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', 0) : none();
}
inline QString money(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', 0) : none();
}
inline QString count(const std::optional<double> &value)
{
    return value ? QLocale().toString(qint64(*value)) : none();
}

// Large numbers short, for tight places: 7,267 / 33.6 K / 26.4 M, with the language's own abbreviations
// (German "33,6 Tsd.", "26,4 Mio.").
inline QString compact(double value)
{
    const QLocale locale;
    if (std::abs(value) >= 1e9)
        return QCoreApplication::translate("baton::KpiFormat", "%1 B", "billions, abbreviated")
            .arg(locale.toString(value / 1e9, 'f', 1));
    if (std::abs(value) >= 1e6)
        return QCoreApplication::translate("baton::KpiFormat", "%1 M", "millions, abbreviated")
            .arg(locale.toString(value / 1e6, 'f', 1));
    if (std::abs(value) >= 1e4)
        return QCoreApplication::translate("baton::KpiFormat", "%1 K", "thousands, abbreviated")
            .arg(locale.toString(value / 1e3, 'f', 1));
    return locale.toString(qint64(value));
}

} // namespace baton::KpiFormat
