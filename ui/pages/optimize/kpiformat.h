#pragma once

// How the Feedback and Optimize pages write numbers: in the user's locale, "–" where there is no value.

#include <QLocale>
#include <QString>

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

} // namespace baton::KpiFormat
