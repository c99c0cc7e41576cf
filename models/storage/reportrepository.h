#pragma once

#include "domain/ids.h"
#include "domain/plan.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Waymark {

class Document;

// Read-only queries of the PDF report beyond the metrics engine: a journey's goals and
// improvement plan, and what each import batch contributed to the journey's responses.
// Until the goals and actions features have their own repositories, the report reads the
// tables here; it never writes.
class ReportRepository
{
public:
    explicit ReportRepository(Document &document)
        : m_document(document)
    {}

    // Goals of a journey in the order they were set.
    bool loadGoals(Id journeyId, QList<Goal> *goals);
    // Actions of a journey in plan order, with the cards and goals they are linked to.
    bool loadActions(Id journeyId, QList<Action> *actions);

    // Responses of a journey per import batch (batchId NoId: entered by hand), with the
    // dates of the first and the last of them.
    struct BatchUse
    {
        Id batchId = NoId;
        QString fileName; // of the import batch; empty for responses entered by hand
        QString sha256;
        QString importedAt;      // ISO date and time
        qint64 rowsImported = 0; // by the batch, into any journey
        qint64 responses = 0;
        QDate first;
        QDate last;
    };
    bool loadBatchUse(Id journeyId, QList<BatchUse> *uses);

    QString lastError() const;

private:
    Document &m_document;
};

} // namespace Waymark
