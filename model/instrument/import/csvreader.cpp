#include "csvreader.h"

#include <QBuffer>
#include <QIODevice>

#include <csv.h>

#include <cstring>

namespace baton {

namespace {

constexpr qsizetype BlockSize = 1 << 20;

bool isBlank(const char *data, qsizetype length)
{
    for (qsizetype i = 0; i < length; ++i)
        if (data[i] != ' ' && data[i] != '\t' && data[i] != '\r' && data[i] != '\n')
            return false;
    return true;
}

} // namespace

struct CsvReader::Parser
{
    csv_parser parser;
};

QStringList CsvRecord::texts() const
{
    QStringList result;
    result.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        result << text(i);
    return result;
}

CsvReader::CsvReader(QIODevice *device, char delimiter)
    : m_device(device), m_delimiter(delimiter), m_parser(std::make_unique<Parser>())
{
    // Not strict: stray quotes inside unquoted fields are kept as they are, as spreadsheets read them.
    csv_init(&m_parser->parser, 0);
}

CsvReader::~CsvReader()
{
    csv_free(&m_parser->parser);
}

char CsvReader::detectDelimiter(QByteArrayView line)
{
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    bool quoted = false;
    for (char c : line) {
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == ',')
            ++comma;
        else if (c == ';')
            ++semicolon;
        else if (c == '\t')
            ++tab;
        else if (c == '\n')
            break;
    }
    if (semicolon > comma && semicolon >= tab)
        return ';';
    if (tab > comma && tab > semicolon)
        return '\t';
    return ',';
}

Result<void> CsvReader::fill()
{
    // Keep the unread tail, then append a block.
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype had = m_buffer.size();
    m_buffer.resize(had + BlockSize);
    const qint64 got = m_device->read(m_buffer.data() + had, BlockSize);
    if (got < 0) {
        m_buffer.resize(had);
        return fail(tr("Reading the file failed: %1").arg(m_device->errorString()), Error::Kind::Io);
    }
    m_buffer.resize(had + got);
    if (got == 0)
        m_eof = true;
    return {};
}

void CsvReader::onField(void *data, size_t length, void *self)
{
    auto *reader = static_cast<CsvReader *>(self);
    CsvRecord &record = reader->m_current;
    if (!reader->m_inRecord) {
        // A record that starts in the middle of a line (lines ended by a lone CR).
        reader->m_inRecord = true;
        record.line = reader->m_line;
    }
    if (record.m_bytes.size() + qsizetype(length) > MaxRecordBytes) {
        reader->m_tooBig = true;
        return;
    }
    if (length > 0)
        record.m_bytes.append(static_cast<const char *>(data), qsizetype(length));
    record.m_ends.push_back(record.m_bytes.size());
}

void CsvReader::onRecord(int, void *self)
{
    static_cast<CsvReader *>(self)->finishRecord();
}

void CsvReader::finishRecord()
{
    if (m_ready.size() == m_readyHead) {
        m_ready.clear();
        m_readyHead = 0;
    }
    m_ready.push_back(std::move(m_current));
    if (!m_spare.empty()) {
        m_current = std::move(m_spare.back());
        m_spare.pop_back();
    } else {
        m_current = CsvRecord();
    }
    m_current.clear();
    m_inRecord = false;
}

void CsvReader::feedLine(const char *data, qsizetype length)
{
    ++m_line;
    if (!m_inRecord && !isBlank(data, length)) {
        m_inRecord = true;
        m_current.line = m_line;
    }
    csv_parse(&m_parser->parser, data, size_t(length), onField, onRecord, this);
}

Result<void> CsvReader::start()
{
    m_started = true;
    // Enough of the file to see its first line (or all of a short file).
    while (!m_eof && m_buffer.indexOf('\n') < 0 && m_buffer.size() < 64 * 1024)
        BATON_TRY(fill());
    if (m_buffer.startsWith("\xFF\xFE") || m_buffer.startsWith("\xFE\xFF"))
        return fail(tr("The file is UTF-16 text. Save it as UTF-8 CSV (in Excel: CSV UTF-8) and import that."),
            Error::Kind::Invalid);
    if (m_buffer.startsWith("\xEF\xBB\xBF")) {
        m_pos = 3;
        m_consumed = 3;
    }
    if (m_delimiter == 0)
        m_delimiter = detectDelimiter(QByteArrayView(m_buffer).sliced(m_pos));
    csv_set_delim(&m_parser->parser, static_cast<unsigned char>(m_delimiter));
    return {};
}

Result<bool> CsvReader::next(CsvRecord *record)
{
    if (!m_started)
        BATON_TRY(start());
    while (m_readyHead == m_ready.size()) {
        if (m_finished)
            return false;
        if (m_tooBig)
            return fail(tr("The record that starts on line %1 is larger than %2 MB; a quote is probably never "
                           "closed. Check the file around that line.")
                            .arg(m_current.line)
                            .arg(MaxRecordBytes / (1024 * 1024)),
                Error::Kind::Invalid);
        qsizetype end = -1;
        if (m_pos < m_buffer.size()) {
            const void *newline = std::memchr(m_buffer.constData() + m_pos, '\n', size_t(m_buffer.size() - m_pos));
            if (newline)
                end = static_cast<const char *>(newline) - m_buffer.constData() + 1;
        }
        if (end < 0 && !m_eof) {
            BATON_TRY(fill());
            continue;
        }
        if (end < 0) {
            // End of input: the last line (without a line break), then the end of the parse.
            if (m_pos < m_buffer.size()) {
                const qsizetype length = m_buffer.size() - m_pos;
                feedLine(m_buffer.constData() + m_pos, length);
                m_consumed += length;
                m_pos = m_buffer.size();
                continue;
            }
            // libcsv's state 2 is "inside a field"; quoted there means the closing quote never came.
            m_current.unterminated = m_parser->parser.pstate == 2 && m_parser->parser.quoted;
            csv_fini(&m_parser->parser, onField, onRecord, this);
            m_finished = true;
            continue;
        }
        const qsizetype length = end - m_pos;
        feedLine(m_buffer.constData() + m_pos, length);
        m_consumed += length;
        m_pos = end;
    }
    std::swap(*record, m_ready[m_readyHead]);
    // The caller's previous record becomes the buffer the next record is built in.
    m_spare.push_back(std::move(m_ready[m_readyHead]));
    ++m_readyHead;
    return true;
}

Result<QList<CsvRecord>> CsvReader::parseAll(const QByteArray &data, char delimiter)
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, delimiter);
    QList<CsvRecord> records;
    CsvRecord record;
    for (;;) {
        auto more = reader.next(&record);
        if (!more)
            return more.error();
        if (!*more)
            break;
        records << record;
    }
    return records;
}

} // namespace baton
