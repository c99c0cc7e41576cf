#include "feedbackexporter.h"

#include "csvwriter.h"
#include "storage/document.h"
#include "storage/feedbackrepository.h"

#include <QIODevice>
#include <QSaveFile>

namespace Waymark {

namespace {

QString number(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 12) : QString();
}

} // namespace

QStringList FeedbackExporter::columns()
{
    return {QStringLiteral("respondent"), QStringLiteral("date"),       QStringLiteral("journey"),
            QStringLiteral("stage"),      QStringLiteral("touchpoint"), QStringLiteral("channel"),
            QStringLiteral("segment"),    QStringLiteral("metric"),     QStringLiteral("score"),
            QStringLiteral("scale"),      QStringLiteral("comment"),    QStringLiteral("sentiment"),
            QStringLiteral("source"),     QStringLiteral("batch")};
}

bool FeedbackExporter::write(Document &document, const QList<Id> &journeyIds, QIODevice *out,
                             QString *error)
{
    QByteArray bytes = CsvWriter::record(columns()).toUtf8();
    bool written = true;
    FeedbackRepository repo(document);
    const bool read
        = repo.forEachResponse(journeyIds, [&](const FeedbackRepository::ResponseRow &r) {
              // Numbers, dates and keys are Waymark's own; only free text can hold a formula.
              const QStringList fields = {
                  CsvWriter::neutralized(r.respondent),
                  r.date,
                  CsvWriter::neutralized(r.journey),
                  CsvWriter::neutralized(r.stage),
                  CsvWriter::neutralized(r.touchpoint),
                  r.channel,
                  CsvWriter::neutralized(r.segment),
                  r.metric,
                  number(r.score),
                  r.scaleMin == 0 && r.scaleMax == 0
                      ? QString()
                      : QStringLiteral("%1-%2").arg(r.scaleMin).arg(r.scaleMax),
                  CsvWriter::neutralized(r.comment),
                  number(r.sentiment),
                  r.source,
                  r.batchId > 0 ? QString::number(r.batchId) : QString(),
              };
              bytes += CsvWriter::record(fields).toUtf8();
              if (bytes.size() >= (1 << 20)) {
                  written = out->write(bytes) == bytes.size();
                  bytes.clear();
              }
              return written;
          });
    if (read && written)
        written = out->write(bytes) == bytes.size();
    if (!read) {
        if (error)
            *error = tr("The responses could not be read: %1.").arg(document.lastError());
        return false;
    }
    if (!written) {
        if (error)
            *error = tr("The responses could not be written: %1.").arg(out->errorString());
        return false;
    }
    return true;
}

bool FeedbackExporter::writeFile(Document &document, const QList<Id> &journeyIds,
                                 const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write “%1”: %2.").arg(path, file.errorString());
        return false;
    }
    if (!write(document, journeyIds, &file, error))
        return false; // QSaveFile discards the temporary file
    if (!file.commit()) {
        if (error)
            *error = tr("Could not write “%1”: %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Waymark
