#include "dateparser.h"

#include <QDateTime>

namespace baton {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads 1..maxDigits digits at *pos; returns -1 when there are none.
int readNumber(QByteArrayView text, qsizetype *pos, int maxDigits, int *digits = nullptr)
{
    int value = 0;
    int count = 0;
    while (*pos < text.size() && count < maxDigits && isDigit(text[*pos])) {
        value = value * 10 + (text[*pos] - '0');
        ++*pos;
        ++count;
    }
    if (digits)
        *digits = count;
    return count == 0 ? -1 : value;
}

QByteArrayView trimmed(QByteArrayView text)
{
    qsizetype from = 0;
    qsizetype to = text.size();
    while (from < to && (text[from] == ' ' || text[from] == '\t'))
        ++from;
    while (to > from && (text[to - 1] == ' ' || text[to - 1] == '\t' || text[to - 1] == '\r' || text[to - 1] == '\n'))
        --to;
    return text.sliced(from, to - from);
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

int expandYear(int year, int digits)
{
    if (digits == 2)
        return year < 70 ? 2000 + year : 1900 + year;
    return year;
}

} // namespace

DateParser::DateParser(DateFormat format, const QTimeZone &zone)
    : m_format(format), m_zone(zone.isValid() ? zone : QTimeZone::utc())
{
    m_utc = m_zone == QTimeZone::utc() || m_zone.id() == "UTC" || m_zone.id() == "Etc/UTC";
}

QString DateParser::formatName(DateFormat format)
{
    switch (format) {
    case DateFormat::Auto:
        return QStringLiteral("auto");
    case DateFormat::Iso:
        return QStringLiteral("iso");
    case DateFormat::Ymd:
        return QStringLiteral("ymd");
    case DateFormat::Mdy:
        return QStringLiteral("mdy");
    case DateFormat::Dmy:
        return QStringLiteral("dmy");
    case DateFormat::Epoch:
        return QStringLiteral("epoch");
    case DateFormat::EpochMs:
        return QStringLiteral("epoch_ms");
    }
    return {};
}

QStringList DateParser::formatNames()
{
    return { QStringLiteral("auto"), QStringLiteral("iso"), QStringLiteral("ymd"), QStringLiteral("mdy"),
        QStringLiteral("dmy"), QStringLiteral("epoch"), QStringLiteral("epoch_ms") };
}

std::optional<DateFormat> DateParser::formatFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key.isEmpty())
        return DateFormat::Auto;
    for (DateFormat format : { DateFormat::Auto, DateFormat::Iso, DateFormat::Ymd, DateFormat::Mdy, DateFormat::Dmy,
             DateFormat::Epoch, DateFormat::EpochMs })
        if (formatName(format) == key)
            return format;
    return std::nullopt;
}

QString DateParser::formatDescription(DateFormat format)
{
    switch (format) {
    case DateFormat::Auto:
        return QStringLiteral("ISO, YYYYMMDD, M/D/YYYY, D.M.YYYY or D-M-YYYY, with an optional time");
    case DateFormat::Iso:
        return QStringLiteral("YYYY-MM-DD or YYYYMMDD, with an optional time");
    case DateFormat::Ymd:
        return QStringLiteral("YYYYMMDD, with an optional time");
    case DateFormat::Mdy:
        return QStringLiteral("month first: M/D/YYYY, with an optional time");
    case DateFormat::Dmy:
        return QStringLiteral("day first: D/M/YYYY or D.M.YYYY, with an optional time");
    case DateFormat::Epoch:
        return QStringLiteral("seconds since 1970-01-01 UTC");
    case DateFormat::EpochMs:
        return QStringLiteral("milliseconds since 1970-01-01 UTC");
    }
    return {};
}

bool DateParser::parseLocal(QByteArrayView input, Local *local) const
{
    const QByteArrayView text = trimmed(input);
    if (text.isEmpty() || text.size() > 64)
        return false;
    qsizetype pos = 0;
    int digits = 0;
    const int first = readNumber(text, &pos, 8, &digits);
    if (first < 0)
        return false;
    Pattern datePattern;
    if (digits == 8) {
        // YYYYMMDD
        if (m_format != DateFormat::Auto && m_format != DateFormat::Iso && m_format != DateFormat::Ymd)
            return false;
        local->year = first / 10000;
        local->month = first / 100 % 100;
        local->day = first % 100;
        datePattern.add("YYYYMMDD");
    } else if (digits == 4) {
        // Year first: YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD
        if (m_format == DateFormat::Mdy || m_format == DateFormat::Dmy || m_format == DateFormat::Ymd)
            return false;
        if (pos >= text.size())
            return false;
        const char separator = text[pos];
        if (separator != '-' && separator != '/' && separator != '.')
            return false;
        ++pos;
        local->year = first;
        local->month = readNumber(text, &pos, 2);
        if (pos >= text.size() || text[pos] != separator)
            return false;
        ++pos;
        local->day = readNumber(text, &pos, 2);
        datePattern.add("YYYY");
        datePattern.add(separator);
        datePattern.add("MM");
        datePattern.add(separator);
        datePattern.add("DD");
    } else if (digits <= 2) {
        // A/B/YYYY: month or day first by the format; in auto, '/' is month first (US), '.' and '-' day first.
        if (m_format == DateFormat::Iso || m_format == DateFormat::Ymd)
            return false;
        if (pos >= text.size())
            return false;
        const char separator = text[pos];
        if (separator != '-' && separator != '/' && separator != '.')
            return false;
        ++pos;
        const int second = readNumber(text, &pos, 2);
        if (second < 0 || pos >= text.size() || text[pos] != separator)
            return false;
        ++pos;
        int yearDigits = 0;
        const int year = readNumber(text, &pos, 4, &yearDigits);
        if (year < 0 || (yearDigits != 4 && yearDigits != 2))
            return false;
        const bool monthFirst = m_format == DateFormat::Mdy || (m_format == DateFormat::Auto && separator == '/');
        local->year = expandYear(year, yearDigits);
        local->month = monthFirst ? first : second;
        local->day = monthFirst ? second : first;
        datePattern.add(monthFirst ? 'M' : 'D');
        datePattern.add(separator);
        datePattern.add(monthFirst ? 'D' : 'M');
        datePattern.add(separator);
        datePattern.add(yearDigits == 2 ? "YY" : "YYYY");
    } else {
        return false;
    }
    if (local->month < 1 || local->month > 12 || local->day < 1 || local->year < 1 || local->year > 9999
        || !QDate::isValid(local->year, local->month, local->day))
        return false;

    // The time, after 'T' or blanks.
    Pattern timePattern;
    if (pos < text.size() && (text[pos] == 'T' || text[pos] == ' ' || text[pos] == 't')) {
        const bool isoT = text[pos] != ' ';
        while (pos < text.size() && (text[pos] == ' ' || text[pos] == 'T' || text[pos] == 't'))
            ++pos;
        int hourDigits = 0;
        local->hour = readNumber(text, &pos, 2, &hourDigits);
        if (local->hour < 0 || pos >= text.size() || text[pos] != ':')
            return false;
        ++pos;
        int minuteDigits = 0;
        local->minute = readNumber(text, &pos, 2, &minuteDigits);
        if (local->minute < 0 || minuteDigits != 2)
            return false;
        timePattern.add(isoT ? 'T' : ' ');
        timePattern.add(hourDigits == 1 ? "H:MM" : "HH:MM");
        if (pos < text.size() && text[pos] == ':') {
            ++pos;
            int secondDigits = 0;
            local->second = readNumber(text, &pos, 2, &secondDigits);
            if (local->second < 0 || secondDigits != 2)
                return false;
            timePattern.add(":SS");
            if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
                ++pos;
                int fraction = 0;
                if (readNumber(text, &pos, 9, &fraction) < 0)
                    return false;
                while (pos < text.size() && isDigit(text[pos]))
                    ++pos; // finer than nanoseconds: ignored
                timePattern.add(".fff");
            }
        }
        local->hasTime = true;
        // AM/PM
        qsizetype look = pos;
        while (look < text.size() && text[look] == ' ')
            ++look;
        if (look + 1 < text.size() && (lower(text[look]) == 'a' || lower(text[look]) == 'p') && lower(text[look + 1]) == 'm'
            && (look + 2 == text.size() || !((text[look + 2] >= 'a' && text[look + 2] <= 'z') || (text[look + 2] >= 'A' && text[look + 2] <= 'Z')))) {
            if (local->hour < 1 || local->hour > 12)
                return false;
            const bool pm = lower(text[look]) == 'p';
            local->hour = local->hour % 12 + (pm ? 12 : 0);
            pos = look + 2;
            timePattern.add(" AM/PM");
        }
        if (local->hour > 23 || local->minute > 59 || local->second > 60)
            return false;
        if (local->second == 60)
            local->second = 59; // a leap second is read as the second before it
        // The zone: Z, +HH:MM, +HHMM, +HH, or UTC/GMT.
        while (pos < text.size() && text[pos] == ' ')
            ++pos;
        if (pos < text.size()) {
            const char c = text[pos];
            if (c == 'Z' || c == 'z') {
                ++pos;
                local->hasOffset = true;
                timePattern.add("Z");
            } else if ((c == '+' || c == '-') && pos + 1 < text.size() && isDigit(text[pos + 1])) {
                const int sign = c == '-' ? -1 : 1;
                ++pos;
                int offsetDigits = 0;
                const int hhmm = readNumber(text, &pos, 4, &offsetDigits);
                int hours = 0;
                int minutes = 0;
                if (offsetDigits == 4) {
                    hours = hhmm / 100;
                    minutes = hhmm % 100;
                    timePattern.add("+HHMM");
                } else if (offsetDigits == 2 || offsetDigits == 1) {
                    hours = hhmm;
                    if (pos < text.size() && text[pos] == ':') {
                        ++pos;
                        int minuteCount = 0;
                        minutes = readNumber(text, &pos, 2, &minuteCount);
                        if (minuteCount != 2)
                            return false;
                        timePattern.add("+HH:MM");
                    } else {
                        timePattern.add("+HH");
                    }
                } else {
                    return false;
                }
                if (hours > 14 || minutes > 59)
                    return false;
                local->hasOffset = true;
                local->offsetSeconds = sign * (hours * 3600 + minutes * 60);
            } else if (text.size() - pos >= 3) {
                const QByteArrayView word = text.sliced(pos, 3);
                if (word.compare("UTC", Qt::CaseInsensitive) == 0 || word.compare("GMT", Qt::CaseInsensitive) == 0) {
                    pos += 3;
                    local->hasOffset = true;
                    timePattern.add(" UTC");
                }
            }
        }
    }
    while (pos < text.size() && text[pos] == ' ')
        ++pos;
    if (pos != text.size())
        return false;
    local->pattern = datePattern;
    local->pattern.add(timePattern);
    return true;
}

qint64 DateParser::toInstant(const Local &local) const
{
    const qint64 julian = QDate(local.year, local.month, local.day).toJulianDay();
    const qint64 localSeconds = (julian - 2440588) * 86400 + local.hour * 3600 + local.minute * 60 + local.second;
    if (local.hasOffset)
        return localSeconds - local.offsetSeconds;
    if (m_utc)
        return localSeconds;
    if (auto cached = m_dayOffsets.constFind(julian); cached != m_dayOffsets.constEnd())
        return localSeconds - *cached;
    const QDate day(local.year, local.month, local.day);
    const int atStart = QDateTime(day, QTime(0, 0), m_zone).offsetFromUtc();
    const int atEnd = QDateTime(day.addDays(1), QTime(0, 0), m_zone).offsetFromUtc();
    if (atStart == atEnd && m_dayOffsets.size() < 200000) {
        m_dayOffsets.insert(julian, atStart);
        return localSeconds - atStart;
    }
    // A day with a clock change: the wall time read with the offset before and after the change. Where both are
    // real instants (clocks went back, the hour repeats) the earlier one is taken; where neither is (clocks went
    // forward, the time was skipped) the offset before the change, which lands just after the jump.
    const auto offsetAt = [this](qint64 instant) { return m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(instant, Qt::UTC)); };
    const qint64 before = localSeconds - atStart;
    const qint64 after = localSeconds - atEnd;
    const bool beforeValid = offsetAt(before) == atStart;
    const bool afterValid = offsetAt(after) == atEnd;
    if (beforeValid && afterValid)
        return std::min(before, after);
    if (afterValid)
        return after;
    return before;
}

std::optional<DateReading> DateParser::parse(QByteArrayView input) const
{
    const QByteArrayView text = trimmed(input);
    if (text.isEmpty())
        return std::nullopt;
    if (m_format == DateFormat::Epoch || m_format == DateFormat::EpochMs) {
        qsizetype pos = 0;
        const bool negative = text[0] == '-';
        if (negative)
            ++pos;
        qint64 value = 0;
        int count = 0;
        while (pos < text.size() && isDigit(text[pos]) && count < 16) {
            value = value * 10 + (text[pos] - '0');
            ++pos;
            ++count;
        }
        if (count == 0 || pos != text.size())
            return std::nullopt;
        if (negative)
            value = -value;
        DateReading reading;
        reading.instant = m_format == DateFormat::EpochMs ? value / 1000 : value;
        reading.zoned = true;
        reading.pattern = m_format == DateFormat::EpochMs ? QStringLiteral("epoch ms") : QStringLiteral("epoch s");
        return reading;
    }
    Local local;
    if (!parseLocal(text, &local))
        return std::nullopt;
    DateReading reading;
    reading.instant = toInstant(local);
    reading.dateOnly = !local.hasTime;
    reading.zoned = local.hasOffset;
    reading.pattern = local.pattern.toString();
    return reading;
}

std::optional<QDate> DateParser::parseDay(QByteArrayView text) const
{
    Local local;
    if (m_format == DateFormat::Epoch || m_format == DateFormat::EpochMs) {
        const auto reading = parse(text);
        if (!reading)
            return std::nullopt;
        return QDateTime::fromSecsSinceEpoch(reading->instant, m_zone).date();
    }
    if (!parseLocal(text, &local))
        return std::nullopt;
    return QDate(local.year, local.month, local.day);
}

} // namespace baton
