#pragma once

#include <QString>
#include <QStringList>

namespace Waymark {

// Writes comma-separated text as RFC 4180 describes it (quotes doubled, fields with commas,
// quotes or line breaks quoted, CRLF after each record), which spreadsheets and CsvReader
// read back as it was.
class CsvWriter
{
public:
    static QString field(const QString &value);
    // The fields of one record, with its line break.
    static QString record(const QStringList &fields);

    // Text that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a
    // carriage return) gets a leading single quote, so that opening an export never runs
    // what a customer typed into a comment (CSV injection).
    static QString neutralized(const QString &value);
};

} // namespace Waymark
