#pragma once

// Instrument/import: reading the dates and date-times that CRM exports write, as instants (seconds since the
// epoch, UTC). Text in, result out, no state but a cache of UTC offsets, so it can be fuzzed on its own.
//
// Formats (DateFormat; a mapping names one per column where the file is ambiguous):
//   auto      ISO 8601 (2024-03-14, 2024-03-14T09:41:00, 2024-03-14 09:41:00.123, with Z, +01:00, +0100 or
//             +01), YYYY/MM/DD, YYYYMMDD, M/D/YYYY (US, as Salesforce and HubSpot write it), D.M.YYYY and
//             D-M-YYYY (day first), each with an optional time H:MM[:SS[.fff]] [AM|PM] [zone]
//   iso       year first only (YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD, YYYYMMDD)
//   ymd       YYYYMMDD only (8 digits, optionally followed by a time)
//   mdy       month first: M/D/YYYY, M-D-YYYY, M.D.YYYY (also two-digit years)
//   dmy       day first:   D/M/YYYY, D-M-YYYY, D.M.YYYY (also two-digit years)
//   epoch     seconds since 1970-01-01 UTC;  epoch_ms  milliseconds since then
// Two-digit years are 2000-2069 for 00-69 and 1970-1999 for 70-99. A date without a time is the start of that
// day; a time without a zone is local time in the parser's time zone (a wall time that the clocks skip is
// read with the offset before the change, so just after the jump; one that occurs twice is the earlier of
// the two). Month names are not read.

#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace baton {

enum class DateFormat { Auto, Iso, Ymd, Mdy, Dmy, Epoch, EpochMs };

struct DateReading
{
    qint64 instant = 0; // seconds since the epoch, UTC
    bool dateOnly = false;
    bool zoned = false; // the text named its own zone or offset
    QString pattern; // how it was read, e.g. "M/D/YYYY H:MM AM/PM" or "YYYY-MM-DD"
};

class DateParser final
{
public:
    explicit DateParser(DateFormat format = DateFormat::Auto, const QTimeZone &zone = QTimeZone::utc());

    // The instant `text` stands for, or nothing when it is not a date in this parser's format.
    std::optional<DateReading> parse(QByteArrayView text) const;
    std::optional<DateReading> parse(const QString &text) const { return parse(QByteArrayView(text.toUtf8())); }
    // Only the calendar day (for owners' active dates), read in the same formats; times are ignored.
    std::optional<QDate> parseDay(QByteArrayView text) const;

    DateFormat format() const { return m_format; }
    const QTimeZone &zone() const { return m_zone; }

    static QString formatName(DateFormat format); // "auto", "iso", ...
    static std::optional<DateFormat> formatFromName(const QString &name);
    static QStringList formatNames();
    // What a format accepts, for the mapping editor.
    static QString formatDescription(DateFormat format);

private:
    // How a text was read, built without allocating (most readings never show it).
    struct Pattern
    {
        char data[48] = {};
        int size = 0;
        void add(char c)
        {
            if (size < int(sizeof(data)))
                data[size++] = c;
        }
        void add(const char *text)
        {
            while (*text)
                add(*text++);
        }
        void add(const Pattern &other)
        {
            for (int i = 0; i < other.size; ++i)
                add(other.data[i]);
        }
        QString toString() const { return QString::fromLatin1(data, size); }
    };
    struct Local
    {
        int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
        bool hasTime = false;
        bool hasOffset = false;
        int offsetSeconds = 0;
        Pattern pattern;
    };
    bool parseLocal(QByteArrayView text, Local *local) const;
    qint64 toInstant(const Local &local) const;

    DateFormat m_format;
    QTimeZone m_zone;
    bool m_utc = true;
    // UTC offset per local day (julian day) when it is the same all day; days with a clock change are not cached.
    mutable QHash<qint64, int> m_dayOffsets;
};

} // namespace baton
