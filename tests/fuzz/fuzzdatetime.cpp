// Fuzz target: a date or date-time as a CRM export writes it, read by the importer's DateParser in every
// format a mapping can name and in three time zones (UTC; New York, as US exports are; Sao Paulo, the Olist
// preset's zone, whose clocks changed at midnight). Besides "no crash", it checks what dateparser.h promises:
// a reading written back as ISO 8601 UTC or as epoch seconds reads as the same instant; a text that names its
// zone means the same instant whatever the parser's zone; a local time shows that wall time in the zone (the
// earlier one when it occurs twice, just after the jump when the clocks skip it); parseDay reads the same day;
// and a format's forms that another format also lists read the same there.

#include "fuzztargets.h"

#include "instrument/import/dateparser.h"

#include <QDateTime>

#include <optional>

namespace baton::fuzz {

namespace {

constexpr qint64 FirstSecond = -62135596800; // 0001-01-01T00:00:00Z
constexpr qint64 LastSecond = 253402300799; // 9999-12-31T23:59:59Z

const QList<DateFormat> &allFormats()
{
    static const QList<DateFormat> formats = { DateFormat::Auto, DateFormat::Iso, DateFormat::Ymd, DateFormat::Mdy,
        DateFormat::Dmy, DateFormat::Epoch, DateFormat::EpochMs };
    return formats;
}

const QList<QTimeZone> &zones()
{
    static const QList<QTimeZone> list = { QTimeZone::utc(), QTimeZone("America/New_York"),
        QTimeZone("America/Sao_Paulo") };
    return list;
}

bool isEpoch(DateFormat format)
{
    return format == DateFormat::Epoch || format == DateFormat::EpochMs;
}

// An instant as ISO 8601 in UTC, built by hand so that the check does not lean on Qt's own formatting rules.
QByteArray isoUtc(qint64 instant)
{
    const qint64 days = instant >= 0 ? instant / 86400 : -((-instant + 86399) / 86400);
    const qint64 second = instant - days * 86400;
    const QDate date = QDate::fromJulianDay(days + 2440588);
    return QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02dZ", date.year(), date.month(), date.day(),
        int(second / 3600), int(second / 60 % 60), int(second % 60))
        .toLatin1();
}

int offsetAt(const QTimeZone &zone, qint64 instant)
{
    return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(instant, Qt::UTC));
}

// The instant dateparser.h says a local wall time (seconds since the epoch as if it were UTC) stands for in
// `zone`: the earliest instant that shows that wall time, or, when the clocks skip it, the wall time read with
// the offset before the change.
std::optional<qint64> documentedInstant(const QTimeZone &zone, qint64 wall)
{
    const QDateTime from = QDateTime::fromSecsSinceEpoch(wall - 2 * 86400, Qt::UTC);
    const QDateTime to = QDateTime::fromSecsSinceEpoch(wall + 2 * 86400, Qt::UTC);
    QList<int> offsets { offsetAt(zone, from.toSecsSinceEpoch()) };
    const QTimeZone::OffsetDataList transitions = zone.transitions(from, to);
    for (const QTimeZone::OffsetData &transition : transitions)
        offsets << transition.offsetFromUtc;
    std::optional<qint64> earliest;
    for (int offset : std::as_const(offsets)) {
        const qint64 instant = wall - offset;
        if (offsetAt(zone, instant) == offset && (!earliest || instant < *earliest))
            earliest = instant;
    }
    if (earliest)
        return earliest;
    for (const QTimeZone::OffsetData &transition : transitions) {
        const qint64 at = transition.atUtc.toSecsSinceEpoch();
        const int before = offsetAt(zone, at - 1);
        if (transition.offsetFromUtc > before && wall >= at + before && wall < at + transition.offsetFromUtc)
            return wall - before;
    }
    return std::nullopt; // the zone's data say nothing about this time; nothing to compare with
}

void checkReading(const QByteArray &text, DateFormat format, const QTimeZone &zone, const DateReading &reading,
    const QByteArray &input)
{
    // Written back as ISO 8601 UTC (which every zone and the auto and iso formats read), it is the same instant.
    if (reading.instant >= FirstSecond && reading.instant <= LastSecond) {
        const QByteArray iso = isoUtc(reading.instant);
        for (DateFormat again : { DateFormat::Auto, DateFormat::Iso }) {
            const auto back = DateParser(again, zone).parse(QByteArrayView(iso));
            if (!back || back->instant != reading.instant || !back->zoned)
                violated("a reading written as ISO 8601 UTC reads back as the same instant", input);
        }
        const auto epochMs = DateParser(DateFormat::EpochMs, zone).parse(QByteArrayView(QByteArray::number(reading.instant * 1000)));
        if (!epochMs || epochMs->instant != reading.instant)
            violated("a reading written as epoch milliseconds reads back as the same instant", input);
    }
    const auto epoch = DateParser(DateFormat::Epoch, zone).parse(QByteArrayView(QByteArray::number(reading.instant)));
    if (!epoch || epoch->instant != reading.instant)
        violated("a reading written as epoch seconds reads back as the same instant", input);
    if (isEpoch(format))
        return;

    if (reading.zoned) {
        // The text named its zone: every parser reads the same instant.
        for (const QTimeZone &other : zones()) {
            const auto there = DateParser(format, other).parse(QByteArrayView(text));
            if (!there || there->instant != reading.instant)
                violated("a date-time with its own zone or offset is the same instant in every parser zone", input);
        }
    } else {
        // The wall time is what a UTC parser reads; in the parser's zone it is the instant dateparser.h describes.
        const auto wall = DateParser(format, QTimeZone::utc()).parse(QByteArrayView(text));
        if (!wall)
            violated("a text one zone reads, every zone reads", input);
        if (zone != QTimeZone::utc()) {
            const auto expected = documentedInstant(zone, wall->instant);
            if (expected && *expected != reading.instant)
                violated("a local time is the earliest instant showing it, or just after a jump that skips it", input);
        } else if (reading.instant != wall->instant) {
            violated("a local time in UTC is that time", input);
        }
        const auto day = DateParser(format, zone).parseDay(QByteArrayView(text));
        const QDate wallDay = QDate::fromJulianDay(
            (wall->instant >= 0 ? wall->instant / 86400 : -((-wall->instant + 86399) / 86400)) + 2440588);
        if (!day || *day != wallDay)
            violated("parseDay reads the day that parse reads", input);
    }
    // Forms that two formats both list read the same in both.
    const QString pattern = reading.pattern;
    const auto sameIn = [&](DateFormat other) {
        const auto there = DateParser(other, zone).parse(QByteArrayView(text));
        return there && there->instant == reading.instant && there->pattern == reading.pattern;
    };
    if (format == DateFormat::Ymd && !sameIn(DateFormat::Iso))
        violated("a YYYYMMDD date reads the same as ymd and as iso", input);
    if (format == DateFormat::Iso
        && (pattern.startsWith(QLatin1String("YYYY-MM-DD")) || pattern.startsWith(QLatin1String("YYYY/MM/DD"))
            || pattern.startsWith(QLatin1String("YYYYMMDD")))
        && !sameIn(DateFormat::Auto))
        violated("an ISO date reads the same as iso and as auto", input);
    if (format == DateFormat::Mdy && pattern.startsWith(QLatin1String("M/D/YYYY")) && !sameIn(DateFormat::Auto))
        violated("M/D/YYYY reads the same as mdy and as auto", input);
    if (format == DateFormat::Dmy
        && (pattern.startsWith(QLatin1String("D.M.YYYY")) || pattern.startsWith(QLatin1String("D-M-YYYY")))
        && !sameIn(DateFormat::Auto))
        violated("D.M.YYYY and D-M-YYYY read the same as dmy and as auto", input);
}

} // namespace

int fuzzDateTime(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QTimeZone &zone : zones()) {
        for (DateFormat format : allFormats()) {
            const DateParser parser(format, zone);
            const auto reading = parser.parse(QByteArrayView(input));
            const auto day = parser.parseDay(QByteArrayView(input));
            if (!isEpoch(format) && reading.has_value() != day.has_value())
                violated("parseDay reads a text exactly when parse does", input);
            if (reading)
                checkReading(input, format, zone, *reading, input);
            // The QString overload is what the mapping editor's preview uses; it must agree.
            const auto viaText = parser.parse(QString::fromUtf8(input));
            if (input.isValidUtf8() && viaText.has_value() != reading.has_value())
                violated("parse(QString) agrees with parse(bytes) on UTF-8 text", input);
        }
    }
    return 0;
}

} // namespace baton::fuzz
