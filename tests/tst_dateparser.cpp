// Reading the dates CRM exports write: each accepted form against an instant worked out by hand, the formats a
// mapping can name for ambiguous columns, time zones (named, offsets, and local times around DST changes), and
// text that is not a date.

#include "instrument/import/dateparser.h"

#include <QDateTime>
#include <QTest>

using namespace baton;

Q_DECLARE_METATYPE(baton::DateFormat)

namespace {

qint64 utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC).toSecsSinceEpoch();
}

} // namespace

class TestDateParser : public QObject
{
    Q_OBJECT

private slots:
    void readsInUtc_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<DateFormat>("format");
        QTest::addColumn<qint64>("instant");
        QTest::addColumn<bool>("dateOnly");
        QTest::addColumn<QString>("pattern");
        const auto A = DateFormat::Auto;
        QTest::newRow("iso date") << "2024-03-14" << A << utc(2024, 3, 14) << true << "YYYY-MM-DD";
        QTest::newRow("iso date-time T") << "2024-03-14T09:41:05" << A << utc(2024, 3, 14, 9, 41, 5) << false << "YYYY-MM-DDTHH:MM:SS";
        QTest::newRow("iso with space") << "2018-02-26 19:58:54" << A << utc(2018, 2, 26, 19, 58, 54) << false << "YYYY-MM-DD HH:MM:SS";
        QTest::newRow("iso Z and ms") << "2024-03-14T16:41:00.000Z" << A << utc(2024, 3, 14, 16, 41) << false << "YYYY-MM-DDTHH:MM:SS.fffZ";
        QTest::newRow("iso +02:00") << "2024-03-14T11:41:00+02:00" << A << utc(2024, 3, 14, 9, 41) << false << "YYYY-MM-DDTHH:MM:SS+HH:MM";
        QTest::newRow("iso -0500") << "2024-03-14 04:41-0500" << A << utc(2024, 3, 14, 9, 41) << false << "YYYY-MM-DD HH:MM+HHMM";
        QTest::newRow("iso +05:30") << "2024-03-14T15:11:00+05:30" << A << utc(2024, 3, 14, 9, 41) << false << "YYYY-MM-DDTHH:MM:SS+HH:MM";
        QTest::newRow("UTC word") << "2024-03-14 09:41 UTC" << A << utc(2024, 3, 14, 9, 41) << false << "YYYY-MM-DD HH:MM UTC";
        QTest::newRow("slashes year first") << "2024/03/14" << A << utc(2024, 3, 14) << true << "YYYY/MM/DD";
        QTest::newRow("yyyymmdd") << "20240314" << A << utc(2024, 3, 14) << true << "YYYYMMDD";
        QTest::newRow("us date") << "3/14/2024" << A << utc(2024, 3, 14) << true << "M/D/YYYY";
        QTest::newRow("us date-time pm") << "3/14/2024 9:41 PM" << A << utc(2024, 3, 14, 21, 41) << false << "M/D/YYYY H:MM AM/PM";
        QTest::newRow("us 12 am is midnight") << "3/14/2024 12:05 AM" << A << utc(2024, 3, 14, 0, 5) << false << "M/D/YYYY HH:MM AM/PM";
        QTest::newRow("us 12 pm is noon") << "3/14/2024 12:05 pm" << A << utc(2024, 3, 14, 12, 5) << false << "M/D/YYYY HH:MM AM/PM";
        QTest::newRow("us 24h") << "03/14/2024 17:02" << A << utc(2024, 3, 14, 17, 2) << false << "M/D/YYYY HH:MM";
        QTest::newRow("two-digit year") << "3/14/24" << A << utc(2024, 3, 14) << true << "M/D/YY";
        QTest::newRow("two-digit year 1999") << "12/31/99" << A << utc(1999, 12, 31) << true << "M/D/YY";
        QTest::newRow("german date") << "14.03.2024" << A << utc(2024, 3, 14) << true << "D.M.YYYY";
        QTest::newRow("german date-time") << "1.2.2024 8:05" << A << utc(2024, 2, 1, 8, 5) << false << "D.M.YYYY H:MM";
        QTest::newRow("day-first dashes") << "01-02-2018" << A << utc(2018, 2, 1) << true << "D-M-YYYY";
        QTest::newRow("surrounding blanks") << "  2024-03-14  " << A << utc(2024, 3, 14) << true << "YYYY-MM-DD";
        QTest::newRow("leap day") << "2024-02-29" << A << utc(2024, 2, 29) << true << "YYYY-MM-DD";
        QTest::newRow("dmy named") << "03/04/2024" << DateFormat::Dmy << utc(2024, 4, 3) << true << "D/M/YYYY";
        QTest::newRow("mdy named") << "03/04/2024" << DateFormat::Mdy << utc(2024, 3, 4) << true << "M/D/YYYY";
        QTest::newRow("mdy with dots") << "03.04.2024" << DateFormat::Mdy << utc(2024, 3, 4) << true << "M.D.YYYY";
        QTest::newRow("iso named") << "2024-03-14" << DateFormat::Iso << utc(2024, 3, 14) << true << "YYYY-MM-DD";
        QTest::newRow("ymd named") << "20240314 10:00" << DateFormat::Ymd << utc(2024, 3, 14, 10) << false << "YYYYMMDD HH:MM";
        QTest::newRow("epoch") << "1710409260" << DateFormat::Epoch << qint64(1710409260) << false << "epoch s";
        QTest::newRow("epoch ms") << "1710409260123" << DateFormat::EpochMs << qint64(1710409260) << false << "epoch ms";
    }
    void readsInUtc()
    {
        QFETCH(QString, text);
        QFETCH(DateFormat, format);
        QFETCH(qint64, instant);
        QFETCH(bool, dateOnly);
        QFETCH(QString, pattern);
        const DateParser parser(format, QTimeZone::utc());
        const auto reading = parser.parse(text);
        QVERIFY2(reading.has_value(), qPrintable(text));
        QCOMPARE(reading->instant, instant);
        QCOMPARE(reading->dateOnly, dateOnly);
        QCOMPARE(reading->pattern, pattern);
    }

    void refusesWhatIsNotADate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<DateFormat>("format");
        const auto A = DateFormat::Auto;
        for (const char *text : { "", "   ", "yesterday", "2024-13-01", "2024-02-30", "2023-02-29", "13/14/2024",
                 "2024-03-14T25:00", "2024-03-14 9:7", "2024-03-14T09:41:00+15:00", "2024-03-14 garbage", "14 Mar 2024",
                 "3/14/2024 13:05 PM", "2024-3", "12345", "2024-03-14T", "99999999" })
            QTest::newRow(text) << QString::fromLatin1(text) << A;
        QTest::newRow("iso refuses us") << "3/14/2024" << DateFormat::Iso;
        QTest::newRow("mdy refuses iso") << "2024-03-14" << DateFormat::Mdy;
        QTest::newRow("dmy refuses month 14") << "03/14/2024" << DateFormat::Dmy;
        QTest::newRow("epoch refuses a date") << "2024-03-14" << DateFormat::Epoch;
    }
    void refusesWhatIsNotADate()
    {
        QFETCH(QString, text);
        QFETCH(DateFormat, format);
        QVERIFY2(!DateParser(format).parse(text).has_value(), qPrintable(text));
    }

    void localTimesUseTheZone()
    {
        const DateParser berlin(DateFormat::Auto, QTimeZone("Europe/Berlin"));
        // Winter: UTC+1; summer: UTC+2.
        QCOMPARE(berlin.parse(QStringLiteral("2024-01-15 10:00"))->instant, utc(2024, 1, 15, 9));
        QCOMPARE(berlin.parse(QStringLiteral("2024-07-15 10:00"))->instant, utc(2024, 7, 15, 8));
        // A date alone is the start of that day there.
        QCOMPARE(berlin.parse(QStringLiteral("2024-07-15"))->instant, utc(2024, 7, 14, 22));
        // The day of the change (31 March 2024, 02:00 -> 03:00): before and after the jump.
        QCOMPARE(berlin.parse(QStringLiteral("2024-03-31 01:30"))->instant, utc(2024, 3, 31, 0, 30));
        QCOMPARE(berlin.parse(QStringLiteral("2024-03-31 03:30"))->instant, utc(2024, 3, 31, 1, 30));
        // An explicit offset wins over the zone.
        QCOMPARE(berlin.parse(QStringLiteral("2024-07-15T10:00:00Z"))->instant, utc(2024, 7, 15, 10));
        // Sao Paulo (no DST since 2019): UTC-3.
        const DateParser saoPaulo(DateFormat::Auto, QTimeZone("America/Sao_Paulo"));
        QCOMPARE(saoPaulo.parse(QStringLiteral("2018-02-26 19:58:54"))->instant, utc(2018, 2, 26, 22, 58, 54));
        const DateParser newYork(DateFormat::Auto, QTimeZone("America/New_York"));
        QCOMPARE(newYork.parse(QStringLiteral("11/3/2024 1:30 AM"))->instant, utc(2024, 11, 3, 5, 30));
        QCOMPARE(newYork.parse(QStringLiteral("11/4/2024 1:30 AM"))->instant, utc(2024, 11, 4, 6, 30));
        // The same parser keeps answering the same after its cache filled.
        QCOMPARE(newYork.parse(QStringLiteral("11/3/2024 1:30 AM"))->instant, utc(2024, 11, 3, 5, 30));
    }

    void days()
    {
        QCOMPARE(*DateParser().parseDay(QByteArrayView("2024-03-14T23:59")), QDate(2024, 3, 14));
        QCOMPARE(*DateParser(DateFormat::Dmy).parseDay(QByteArrayView("14/03/2024")), QDate(2024, 3, 14));
        QVERIFY(!DateParser().parseDay(QByteArrayView("soon")));
    }

    void formatNames()
    {
        for (const QString &name : DateParser::formatNames())
            QCOMPARE(DateParser::formatName(*DateParser::formatFromName(name)), name);
        QVERIFY(!DateParser::formatFromName(QStringLiteral("yyyy-dd")));
        QCOMPARE(*DateParser::formatFromName(QString()), DateFormat::Auto);
    }
};

QTEST_APPLESS_MAIN(TestDateParser)
#include "tst_dateparser.moc"
