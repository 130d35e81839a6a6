#pragma once

// Baton's one convention for reporting failure: functions that can fail return Result<T>,
// which holds either a value or an Error with a message meant for the user.

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace baton {

struct Error
{
    enum class Kind {
        General,
        NotFound,
        NotAWorkspace,
        NewerVersion,
        Corrupt,
        ReadOnly,
        Locked,
        Conflict, // the row changed underneath an edit
        Invalid, // input refused by a rule
        Cancelled,
        Io,
    };
    Kind kind = Kind::General;
    QString message;

    static Error make(Kind kind, QString message) { return Error { kind, std::move(message) }; }
};

template <typename T = void>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) { }
    Result(Error error) : m_state(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

    const Error &error() const { return std::get<Error>(m_state); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    QString errorMessage() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

inline Error fail(QString message, Error::Kind kind = Error::Kind::General)
{
    return Error::make(kind, std::move(message));
}

} // namespace baton

// Propagates the error of an expression returning Result<...> out of the calling function.
#define BATON_TRY(expr)                                                                                                \
    do {                                                                                                               \
        auto batonTryResult_ = (expr);                                                                                 \
        if (!batonTryResult_.ok())                                                                                     \
            return batonTryResult_.error();                                                                            \
    } while (false)
