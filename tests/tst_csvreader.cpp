// The streaming CSV reader of the importer: RFC 4180 quoting (delimiters, quotes and line breaks inside quoted
// fields), line ends, the byte-order mark, delimiter detection, and the physical line each record starts on.

#include "instrument/import/csvreader.h"

#include <QBuffer>
#include <QTest>

using namespace baton;

namespace {

QList<QStringList> fieldsOf(const QList<CsvRecord> &records)
{
    QList<QStringList> result;
    for (const CsvRecord &record : records)
        result << record.texts();
    return result;
}

QList<int> linesOf(const QList<CsvRecord> &records)
{
    QList<int> result;
    for (const CsvRecord &record : records)
        result << record.line;
    return result;
}

// A device that fails after `limit` bytes, like a file on a disk that goes away.
class FailingDevice final : public QIODevice
{
public:
    FailingDevice(QByteArray data, qint64 limit) : m_data(std::move(data)), m_limit(limit) { open(ReadOnly); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        if (m_pos >= m_limit)
            return -1;
        const qint64 n = std::min({ max, m_limit - m_pos, qint64(m_data.size()) - m_pos });
        memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_limit;
    qint64 m_pos = 0;
};

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void quotedFields()
    {
        const QByteArray data = "id,name,note\n"
                                "1,\"Acme, Inc.\",\"said \"\"hi\"\"\"\n"
                                "2,\"Two\nlines\",plain\n"
                                "3,,\"\"\n";
        auto records = CsvReader::parseAll(data);
        QVERIFY(records.ok());
        const QList<QStringList> expected = { { "id", "name", "note" }, { "1", "Acme, Inc.", "said \"hi\"" },
            { "2", "Two\nlines", "plain" }, { "3", "", "" } };
        QCOMPARE(fieldsOf(*records), expected);
        // Record 3 starts on line 5: the quoted line break of record 2 takes a line.
        QCOMPARE(linesOf(*records), QList<int>({ 1, 2, 3, 5 }));
    }

    void lineNumbersCountQuotedBreaksAndBlankLines_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QList<int>>("lines");
        QTest::newRow("lf") << QByteArray("a\nb\nc\n") << QList<int> { 1, 2, 3 };
        QTest::newRow("crlf") << QByteArray("a\r\nb\r\nc\r\n") << QList<int> { 1, 2, 3 };
        QTest::newRow("no final break") << QByteArray("a\nb") << QList<int> { 1, 2 };
        QTest::newRow("blank lines skipped") << QByteArray("a\n\n  \nb\n\r\nc\n") << QList<int> { 1, 4, 6 };
        QTest::newRow("break in the first field") << QByteArray("h\n\"x\n\ny\",2\nz\n") << QList<int> { 1, 2, 5 };
        QTest::newRow("crlf inside quotes") << QByteArray("h,i\r\n1,\"a\r\nb\"\r\n2,c\r\n") << QList<int> { 1, 2, 4 };
    }
    void lineNumbersCountQuotedBreaksAndBlankLines()
    {
        QFETCH(QByteArray, data);
        QFETCH(QList<int>, lines);
        auto records = CsvReader::parseAll(data, ',');
        QVERIFY(records.ok());
        QCOMPARE(linesOf(*records), lines);
    }

    void byteOrderMarkIsDropped()
    {
        auto records = CsvReader::parseAll(QByteArray("\xEF\xBB\xBFid,name\n1,x\n"));
        QVERIFY(records.ok());
        QCOMPARE(records->first().text(0), QStringLiteral("id"));
    }

    void utf16IsRefused()
    {
        auto records = CsvReader::parseAll(QByteArray("\xFF\xFEi\0d\0", 6));
        QVERIFY(!records.ok());
        QVERIFY(records.errorMessage().contains(QStringLiteral("UTF-8")));
    }

    void delimiterDetection_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<char>("delimiter");
        QTest::newRow("comma") << QByteArray("a,b,c\n") << ',';
        QTest::newRow("semicolon") << QByteArray("a;b;c\n") << ';';
        QTest::newRow("tab") << QByteArray("a\tb\tc\n") << '\t';
        QTest::newRow("semicolons beat a quoted comma") << QByteArray("\"Firma, GmbH\";Ort;Land\n") << ';';
        QTest::newRow("tie is comma") << QByteArray("a,b;c\n") << ',';
    }
    void delimiterDetection()
    {
        QFETCH(QByteArray, line);
        QFETCH(char, delimiter);
        QCOMPARE(CsvReader::detectDelimiter(line), delimiter);
    }

    void semicolonFileIsRead()
    {
        auto records = CsvReader::parseAll(QByteArray("Name;Betrag\n\"Müller; Söhne\";1.234,50\n"));
        QVERIFY(records.ok());
        QCOMPARE(fieldsOf(*records).at(1), QStringList({ QStringLiteral("Müller; Söhne"), QStringLiteral("1.234,50") }));
    }

    void unterminatedQuoteIsMarked()
    {
        auto records = CsvReader::parseAll(QByteArray("a,b\n1,2\n3,\"never closed\n4,5\n"));
        QVERIFY(records.ok());
        QCOMPARE(records->size(), 3);
        QVERIFY(!records->at(1).unterminated);
        QVERIFY(records->at(2).unterminated);
        QCOMPARE(records->at(2).line, 3);
    }

    void recordsAcrossBlocks()
    {
        // Records that straddle the reader's 1 MB blocks, with quoted line breaks, keep their fields and lines.
        QByteArray data = "id,text\n";
        const int count = 30000;
        for (int i = 0; i < count; ++i)
            data += QByteArray::number(i) + ",\"line one, " + QByteArray(i % 50, 'x') + "\nline two\"\n";
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        CsvRecord record;
        QVERIFY(*reader.next(&record));
        int seen = 0;
        for (;;) {
            auto more = reader.next(&record);
            QVERIFY(more.ok());
            if (!*more)
                break;
            QCOMPARE(record.text(0), QString::number(seen));
            QCOMPARE(record.line, 2 + 2 * seen);
            QCOMPARE(record.text(1), QStringLiteral("line one, ") + QString(seen % 50, u'x') + QStringLiteral("\nline two"));
            ++seen;
        }
        QCOMPARE(seen, count);
        QCOMPARE(reader.bytesRead(), qint64(data.size()));
    }

    void readErrorIsReported()
    {
        QByteArray data = "a,b\n";
        for (int i = 0; i < 200000; ++i)
            data += "1,2\n";
        FailingDevice device(data, 300000);
        CsvReader reader(&device);
        CsvRecord record;
        Result<bool> more = true;
        int records = 0;
        while ((more = reader.next(&record)) && *more)
            ++records;
        QVERIFY(!more.ok());
        QCOMPARE(more.error().kind, Error::Kind::Io);
        QVERIFY(records < 200001);
    }
};

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
