#pragma once

#include "domain/ids.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace Waymark {

class Document;

// Writes the visible responses of a project as CSV (`waymark-cli export --csv`): UTF-8
// without a byte order mark, RFC 4180 quoting, one response per record, text neutralised
// against spreadsheet formulas (see CsvWriter::neutralized).
class FeedbackExporter
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::FeedbackExporter)

public:
    // respondent, date, journey, stage, touchpoint, channel, segment, metric, score, scale,
    // comment, sentiment, source, batch.
    static QStringList columns();

    // The responses of the given journeys (all when empty), in journey order.
    static bool write(Document &document, const QList<Id> &journeyIds, QIODevice *out,
                      QString *error);
    // Written atomically: a temporary file beside path, renamed into place when complete.
    static bool writeFile(Document &document, const QList<Id> &journeyIds, const QString &path,
                          QString *error);
};

} // namespace Waymark
