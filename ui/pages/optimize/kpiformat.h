#pragma once

// How the Feedback and Optimize pages write numbers: in the user's locale, "–" where there is no value.

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

// Large numbers short, for tight places: 7,267 / 33.6 K / 26.4 M.
inline QString compact(double value)
{
    const QLocale locale;
    if (std::abs(value) >= 1e9)
        return locale.toString(value / 1e9, 'f', 1) + QStringLiteral(" B");
    if (std::abs(value) >= 1e6)
        return locale.toString(value / 1e6, 'f', 1) + QStringLiteral(" M");
    if (std::abs(value) >= 1e4)
        return locale.toString(value / 1e3, 'f', 1) + QStringLiteral(" K");
    return locale.toString(qint64(value));
}

} // namespace baton::KpiFormat
