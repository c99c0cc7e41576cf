#include "feedbackrepository.h"

#include "sqlhelpers.h"

namespace Waymark {

using namespace Sql;

bool FeedbackRepository::insertBatch(ImportBatch *batch)
{
    QSqlQuery q = prepare(m_document,
                          QStringLiteral("INSERT INTO import_batches (id, journey_id, file_name, "
                                         "sha256, imported_at, mapping, rows_read, rows_imported, "
                                         "rows_skipped, rows_rejected) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(idOrNull(batch->id));
    q.addBindValue(idOrNull(batch->journeyId));
    q.addBindValue(text(batch->fileName));
    q.addBindValue(text(batch->sha256));
    q.addBindValue(batch->importedAt.toUTC().toString(Qt::ISODate));
    q.addBindValue(text(batch->mapping));
    q.addBindValue(batch->rowsRead);
    q.addBindValue(batch->rowsImported);
    q.addBindValue(batch->rowsSkipped);
    q.addBindValue(batch->rowsRejected);
    if (!exec(q, m_document))
        return false;
    batch->id = q.lastInsertId().toLongLong();
    return true;
}

bool FeedbackRepository::removeBatch(Id batchId)
{
    QSqlQuery rows = prepare(m_document, QStringLiteral("DELETE FROM feedback WHERE batch_id = ?"));
    rows.addBindValue(batchId);
    QSqlQuery batch = prepare(m_document, QStringLiteral("DELETE FROM import_batches "
                                                         "WHERE id = ?"));
    batch.addBindValue(batchId);
    return exec(rows, m_document) && exec(batch, m_document);
}

bool FeedbackRepository::loadBatches(QList<ImportBatch> *batches)
{
    QSqlQuery q = prepare(m_document,
                          QStringLiteral("SELECT id, journey_id, file_name, sha256, imported_at, "
                                         "mapping, rows_read, rows_imported, rows_skipped, "
                                         "rows_rejected FROM import_batches ORDER BY id"));
    if (!exec(q, m_document))
        return false;
    while (q.next()) {
        ImportBatch b;
        b.id = q.value(0).toLongLong();
        b.journeyId = q.value(1).toLongLong();
        b.fileName = q.value(2).toString();
        b.sha256 = q.value(3).toString();
        b.importedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
        b.mapping = q.value(5).toString();
        b.rowsRead = q.value(6).toInt();
        b.rowsImported = q.value(7).toInt();
        b.rowsSkipped = q.value(8).toInt();
        b.rowsRejected = q.value(9).toInt();
        batches->append(b);
    }
    return true;
}

bool FeedbackRepository::insertFeedback(QList<Feedback> *rows)
{
    QSqlQuery q
        = prepare(m_document, QStringLiteral("INSERT INTO feedback (journey_id, card_id, batch_id, "
                                             "source, channel, segment, respondent, date, metric, "
                                             "score, scale_min, scale_max, comment, sentiment) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (Feedback &f : *rows) {
        q.bindValue(0, f.journeyId);
        q.bindValue(1, idOrNull(f.cardId));
        q.bindValue(2, idOrNull(f.batchId));
        q.bindValue(3, text(enumKey(f.source)));
        q.bindValue(4, text(enumKey(f.channel)));
        q.bindValue(5, text(f.segment));
        q.bindValue(6, text(f.respondent));
        q.bindValue(7, f.date.isValid() ? QVariant(f.date.toString(Qt::ISODate))
                                        : QVariant(QMetaType::fromType<QString>()));
        q.bindValue(8, text(enumKey(f.metric)));
        q.bindValue(9, optionalToVariant(f.score));
        q.bindValue(10, f.scaleMin);
        q.bindValue(11, f.scaleMax);
        q.bindValue(12, text(f.comment));
        q.bindValue(13, optionalToVariant(f.sentiment));
        if (!exec(q, m_document))
            return false;
        f.id = q.lastInsertId().toLongLong();
    }
    return true;
}

qint64 FeedbackRepository::countFeedback(Id journeyId)
{
    QSqlQuery q = prepare(m_document,
                          journeyId == NoId
                              ? QStringLiteral("SELECT count(*) FROM feedback WHERE journey_id IN "
                                               "(SELECT id FROM journeys)")
                              : QStringLiteral("SELECT count(*) FROM feedback "
                                               "WHERE journey_id = ?"));
    if (journeyId != NoId)
        q.addBindValue(journeyId);
    if (!exec(q, m_document) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool FeedbackRepository::detachBatch(Id batchId)
{
    // A batch's rows share its journey: the journey index finds them without an index of
    // their own (which would slow every import down).
    QSqlQuery rows = prepare(m_document, QStringLiteral("UPDATE feedback SET journey_id = "
                                                        "-journey_id WHERE journey_id = "
                                                        "(SELECT journey_id FROM import_batches "
                                                        "WHERE id = ?) AND batch_id = ?"));
    rows.addBindValue(batchId);
    rows.addBindValue(batchId);
    QSqlQuery batch = prepare(m_document, QStringLiteral("UPDATE import_batches SET journey_id = "
                                                         "-journey_id WHERE id = ? "
                                                         "AND journey_id > 0"));
    batch.addBindValue(batchId);
    return exec(rows, m_document) && exec(batch, m_document);
}

bool FeedbackRepository::attachBatch(Id batchId)
{
    QSqlQuery rows = prepare(m_document, QStringLiteral("UPDATE feedback SET journey_id = "
                                                        "-journey_id WHERE journey_id = "
                                                        "(SELECT journey_id FROM import_batches "
                                                        "WHERE id = ?) AND batch_id = ?"));
    rows.addBindValue(batchId);
    rows.addBindValue(batchId);
    QSqlQuery batch = prepare(m_document, QStringLiteral("UPDATE import_batches SET journey_id = "
                                                         "-journey_id WHERE id = ? "
                                                         "AND journey_id < 0"));
    batch.addBindValue(batchId);
    return exec(rows, m_document) && exec(batch, m_document);
}

bool FeedbackRepository::forEachResponse(const QList<Id> &journeyIds,
                                         const std::function<bool(const ResponseRow &)> &visit)
{
    QList<Id> ids = journeyIds;
    if (ids.isEmpty()) {
        QSqlQuery journeys = prepare(m_document, QStringLiteral("SELECT id FROM journeys "
                                                                "ORDER BY position, id"));
        if (!exec(journeys, m_document))
            return false;
        while (journeys.next())
            ids.append(journeys.value(0).toLongLong());
    }
    // One journey at a time, through the feedback_journey index; only positive ids of
    // existing journeys are visible (see detachBatch).
    QSqlQuery q = prepare(m_document,
                          QStringLiteral("SELECT f.respondent, f.date, j.name, s.name, c.title, "
                                         "f.channel, f.segment, f.metric, f.score, f.scale_min, "
                                         "f.scale_max, f.comment, f.sentiment, f.source, "
                                         "f.batch_id FROM feedback f "
                                         "JOIN journeys j ON j.id = f.journey_id "
                                         "LEFT JOIN cards c ON c.id = f.card_id "
                                         "LEFT JOIN stages s ON s.id = c.stage_id "
                                         "WHERE f.journey_id = ? AND f.journey_id > 0 "
                                         "ORDER BY f.id"));
    for (Id journeyId : std::as_const(ids)) {
        q.bindValue(0, journeyId);
        if (!exec(q, m_document))
            return false;
        while (q.next()) {
            ResponseRow r;
            r.respondent = q.value(0).toString();
            r.date = q.value(1).toString();
            r.journey = q.value(2).toString();
            r.stage = q.value(3).toString();
            r.touchpoint = q.value(4).toString();
            r.channel = q.value(5).toString();
            r.segment = q.value(6).toString();
            r.metric = q.value(7).toString();
            r.score = optionalDouble(q.value(8));
            r.scaleMin = q.value(9).toInt();
            r.scaleMax = q.value(10).toInt();
            r.comment = q.value(11).toString();
            r.sentiment = optionalDouble(q.value(12));
            r.source = q.value(13).toString();
            r.batchId = q.value(14).toLongLong();
            if (!visit(r)) {
                q.finish();
                return true;
            }
        }
        q.finish();
    }
    return true;
}

} // namespace Waymark
