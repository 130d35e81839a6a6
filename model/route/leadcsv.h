#pragma once

// Route: a small reader for a CSV file of leads to simulate routing with (it is not the CRM importer).
// RFC 4180 (libcsv), UTF-8, a header row naming the columns (without case, in any order; unknown
// columns are ignored). Only signal_type is required:
//
//   signal_type   the signal type's name (e.g. "Demo request")
//   country       ISO country code (with region: the territory)
//   region        state/region code
//   employees     company size (with revenue: the segment)
//   revenue       annual revenue
//   industry      the industry's name
//   source        the lead source (e.g. "webinar")
//   email         the contact's email (its domain matches an account)
//   company       the company name (matches an account by normalized name)
//   account       the account's id in the CRM (account.external_ref)
//   day           the day the lead arrives, YYYY-MM-DD (default: the workspace's as-of day)
//
// Nothing is dropped: a value that cannot be read is left unknown and reported in `problems`.

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>

namespace baton {

struct LeadRow
{
    int line = 0; // the record's line in the file (the header is line 1)
    QString signalType;
    QString country;
    QString region;
    std::optional<qint64> employees;
    std::optional<double> revenue;
    QString industry;
    QString source;
    QString email;
    QString company;
    QString account;
    QDate day;
};

struct LeadFile
{
    QList<LeadRow> rows;
    QStringList problems;
};

class LeadCsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(baton::LeadCsvReader)
public:
    static QStringList columns();
    static Result<LeadFile> read(const QString &path);
    static Result<LeadFile> parse(const QByteArray &data);
};

} // namespace baton
