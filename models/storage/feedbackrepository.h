#pragma once

#include "domain/feedback.h"

#include <QList>

#include <functional>

namespace Waymark {

class Document;

// Customer feedback rows and the import batches they came from. Feedback is never loaded
// whole: it is written in bulk and read through counts and the metrics engine.
class FeedbackRepository
{
public:
    explicit FeedbackRepository(Document &document)
        : m_document(document)
    {}

    bool insertBatch(ImportBatch *batch);
    bool removeBatch(Id batchId);
    bool loadBatches(QList<ImportBatch> *batches);

    // Inserts rows in the caller's transaction; ids are assigned.
    bool insertFeedback(QList<Feedback> *rows);

    // Responses of existing journeys (and, with journeyId, of that journey only).
    qint64 countFeedback(Id journeyId = NoId);

    // Undo of an import: the batch's responses (and the batch) leave every view but stay in
    // the file, restorable by attachBatch(). They get a negative journey id, which no query
    // of feedback counts and which Document::purgeOrphans deletes when the file is closed.
    bool detachBatch(Id batchId);
    bool attachBatch(Id batchId);

    // One visible response with the names of what it is attached to, for `export --csv`.
    struct ResponseRow
    {
        QString respondent;
        QString date; // yyyy-MM-dd or empty
        QString journey;
        QString stage;
        QString touchpoint;
        QString channel; // stable keys
        QString segment;
        QString metric;
        std::optional<double> score;
        int scaleMin = 0;
        int scaleMax = 0;
        QString comment;
        std::optional<double> sentiment;
        QString source;
        Id batchId = NoId;
    };
    // Visits the responses of the given journeys (of all, in display order, when empty) in
    // the order they were added; visit returns false to stop. Never loads them all at once.
    bool forEachResponse(const QList<Id> &journeyIds,
                         const std::function<bool(const ResponseRow &)> &visit);

private:
    Document &m_document;
};

} // namespace Waymark
