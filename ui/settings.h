#pragma once

// Typed access to the user's persistent settings, so keys and defaults live in one place.

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace baton {

template <typename T>
class SettingValue
{
public:
    SettingValue(QString key, T fallback = T()) : m_key(std::move(key)), m_default(std::move(fallback)) { }
    T get() const { return QSettings().value(m_key, QVariant::fromValue(m_default)).template value<T>(); }
    void set(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    operator T() const { return get(); }

private:
    QString m_key;
    T m_default;
};

namespace Settings {
inline SettingValue<QStringList> recentWorkspaces() { return { QStringLiteral("workspace/recent") }; }
inline SettingValue<QString> lastWorkspace() { return { QStringLiteral("workspace/last") }; }
inline SettingValue<QString> lastPage() { return { QStringLiteral("window/page"), QStringLiteral("overview") }; }
inline SettingValue<QByteArray> windowGeometry() { return { QStringLiteral("window/geometry") }; }
inline SettingValue<QByteArray> windowState() { return { QStringLiteral("window/state") }; }
inline SettingValue<QByteArray> splitterState() { return { QStringLiteral("window/splitter") }; }
// Empty = follow the system locale.
inline SettingValue<QString> language() { return { QStringLiteral("ui/language") }; }
// "system", "light" or "dark" (see theme.h).
inline SettingValue<QString> theme() { return { QStringLiteral("ui/theme"), QStringLiteral("system") }; }

constexpr int MaxRecent = 8;
void addRecentWorkspace(const QString &path);
void removeRecentWorkspace(const QString &path);
} // namespace Settings

} // namespace baton
