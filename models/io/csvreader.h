#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;

namespace Waymark {

// Streaming reader for delimited text files as survey tools export them: RFC 4180 quoting
// (delimiters, quotes and newlines inside quoted fields), CRLF or LF, a byte order mark,
// UTF-8, UTF-16 (LE/BE, with or without BOM) and Windows-1252/Latin-1, detected or chosen.
// The delimiter (comma, semicolon, tab or pipe) is sniffed from the first lines unless
// given. Rows are returned as they are; checking their length is the caller's job. Lines
// without any character are skipped (exports often end with several of them).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::CsvReader)

public:
    struct Options
    {
        QChar delimiter;                    // null: sniff
        QByteArray encoding;                // empty: detect; else "UTF-8", "UTF-16LE", "UTF-16BE",
                                            // "windows-1252" or "ISO-8859-1" (case-insensitive)
        qsizetype maxFieldLength = 1 << 20; // longer fields are an error, not a crash
    };

    CsvReader();
    explicit CsvReader(const Options &options);
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Opens a file or in-memory data; detects encoding and delimiter. False with
    // errorString() when the file cannot be read or the encoding is unknown.
    bool open(const QString &path);
    bool openData(const QByteArray &data);

    // Reads the next record into fields. False at the end of the data or on an error
    // (then errorString() is set, e.g. a quote that is never closed).
    bool readRow(QStringList *fields);

    QChar delimiter() const;
    // The encoding in use, as one of the names accepted in Options::encoding.
    QByteArray encoding() const;
    bool hadByteOrderMark() const;

    // 1-based physical line on which the last record returned started.
    qint64 lineNumber() const;
    // Fraction of the input consumed, 0..1, for progress bars.
    double progress() const;
    bool hasError() const;
    QString errorString() const;

    // The delimiter that best explains a sample of decoded text (',' when unsure).
    static QChar sniffDelimiter(QStringView sample);
    // The encoding of raw bytes: BOM first, then UTF-8 validity, then uchardet.
    static QByteArray detectEncoding(const QByteArray &sample);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Waymark
