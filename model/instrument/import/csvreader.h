#pragma once

// Instrument/import: a streaming RFC 4180 reader for CRM exports, on libcsv. It reads any QIODevice in
// blocks, so memory stays the same whatever the file's size, and tells for every record the physical line
// it starts on (quoted fields may hold line breaks, so records and lines differ).
//
//   CsvReader reader(&file);                 // delimiter detected from the first line: , ; or tab
//   CsvRecord record;
//   while (auto more = reader.next(&record); more && *more)
//       qDebug() << record.line << record.text(0);
//
// Accepted: quoted fields with embedded delimiters, quotes ("") and line breaks; CRLF, LF or CR line ends;
// a UTF-8 byte-order mark; blank lines between records (skipped). Fields are UTF-8. Spaces around unquoted
// fields are dropped (libcsv's default). A quote that is never closed makes the rest of the file one record,
// which is returned with `unterminated` set, so the importer can keep it aside instead of losing it.

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QIODevice;

namespace baton {

class CsvRecord final
{
public:
    int line = 0; // the physical line (1-based) on which the record starts
    bool unterminated = false; // the file ended inside a quoted field

    qsizetype size() const { return qsizetype(m_ends.size()); }
    // Field `i` as UTF-8 bytes (empty past the last field); valid until the record is reused.
    QByteArrayView field(qsizetype i) const
    {
        if (i < 0 || i >= size())
            return {};
        const qsizetype from = i == 0 ? 0 : m_ends[size_t(i - 1)];
        return QByteArrayView(m_bytes.constData() + from, m_ends[size_t(i)] - from);
    }
    QString text(qsizetype i) const
    {
        const QByteArrayView bytes = field(i);
        return QString::fromUtf8(bytes.data(), bytes.size());
    }
    QStringList texts() const;
    void clear()
    {
        m_bytes.resize(0);
        m_ends.clear();
        line = 0;
        unterminated = false;
    }

private:
    friend class CsvReader;
    QByteArray m_bytes;
    std::vector<qsizetype> m_ends;
};

class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(baton::CsvReader)
    Q_DISABLE_COPY_MOVE(CsvReader)
public:
    // A record may not grow beyond this (a quote that is never closed in a huge file): the import fails.
    static constexpr qsizetype MaxRecordBytes = 16 * 1024 * 1024;

    // `delimiter` 0 detects it from the first line.
    explicit CsvReader(QIODevice *device, char delimiter = 0);
    ~CsvReader();

    // The next record into *record: true, or false at the end of the input; an error when the device fails,
    // the file is not UTF-8 text (UTF-16) or a record exceeds MaxRecordBytes.
    Result<bool> next(CsvRecord *record);

    // The delimiter in use (known after the first call to next()).
    char delimiter() const { return m_delimiter; }
    // Bytes consumed so far, for progress.
    qint64 bytesRead() const { return m_consumed; }

    // The delimiter of a header line: the most frequent of comma, semicolon and tab outside quotes (comma on a tie).
    static char detectDelimiter(QByteArrayView firstLine);
    // Every record of `data` (tests, fuzzing, small files).
    static Result<QList<CsvRecord>> parseAll(const QByteArray &data, char delimiter = 0);

private:
    struct Parser;
    Result<void> start();
    Result<void> fill();
    void feedLine(const char *data, qsizetype length);
    static void onField(void *data, size_t length, void *self);
    static void onRecord(int terminator, void *self);
    void finishRecord();

    QIODevice *m_device;
    char m_delimiter;
    std::unique_ptr<Parser> m_parser;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_finished = false;
    bool m_started = false;
    qint64 m_consumed = 0;
    int m_line = 0; // the line being fed
    bool m_inRecord = false;
    bool m_tooBig = false;
    CsvRecord m_current;
    std::vector<CsvRecord> m_ready; // complete records not yet returned (usually at most one)
    size_t m_readyHead = 0;
    std::vector<CsvRecord> m_spare; // returned records whose buffers are reused
};

} // namespace baton
