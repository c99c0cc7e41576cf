#include "reportrepository.h"

#include "sqlhelpers.h"

#include <QHash>

namespace Waymark {

using namespace Sql;

bool ReportRepository::loadGoals(Id journeyId, QList<Goal> *goals)
{
    QSqlQuery q = prepare(m_document,
                          QStringLiteral("SELECT id, journey_id, scope, target_id, metric, target, "
                                         "due, title FROM goals WHERE journey_id = ? ORDER BY id"));
    q.addBindValue(journeyId);
    if (!exec(q, m_document))
        return false;
    while (q.next()) {
        Goal g;
        g.id = q.value(0).toLongLong();
        g.journeyId = q.value(1).toLongLong();
        // Untrusted files: unknown keys fall back instead of failing the whole report.
        g.scope = enumFromKey(q.value(2).toString(), TargetKind::Journey);
        g.targetId = q.value(3).isNull() ? NoId : q.value(3).toLongLong();
        g.metric = enumFromKey(q.value(4).toString(), Metric::None);
        g.target = q.value(5).toDouble();
        g.due = q.value(6).toString();
        g.title = q.value(7).toString();
        goals->append(g);
    }
    return true;
}

bool ReportRepository::loadActions(Id journeyId, QList<Action> *actions)
{
    QSqlQuery q = prepare(
        m_document, QStringLiteral("SELECT id, journey_id, title, description, owner, status, "
                                   "due, impact, position FROM actions WHERE journey_id = ? "
                                   "ORDER BY position, id"));
    q.addBindValue(journeyId);
    if (!exec(q, m_document))
        return false;
    QHash<Id, qsizetype> index;
    while (q.next()) {
        Action a;
        a.id = q.value(0).toLongLong();
        a.journeyId = q.value(1).toLongLong();
        a.title = q.value(2).toString();
        a.description = q.value(3).toString();
        a.owner = q.value(4).toString();
        a.status = enumFromKey(q.value(5).toString(), ActionStatus::Idea);
        a.due = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        a.impact = q.value(7).toString();
        a.position = q.value(8).toInt();
        index.insert(a.id, actions->size());
        actions->append(a);
    }
    if (actions->isEmpty())
        return true;
    QSqlQuery links
        = prepare(m_document, QStringLiteral("SELECT l.action_id, l.target_kind, l.target_id "
                                             "FROM action_links l JOIN actions a "
                                             "ON a.id = l.action_id WHERE a.journey_id = ? "
                                             "ORDER BY l.action_id, l.target_kind, l.target_id"));
    links.addBindValue(journeyId);
    if (!exec(links, m_document))
        return false;
    while (links.next()) {
        const qsizetype i = index.value(links.value(0).toLongLong(), -1);
        if (i < 0)
            continue;
        const QString kind = links.value(1).toString();
        const Id target = links.value(2).toLongLong();
        if (kind == QLatin1String("card"))
            (*actions)[i].cardIds.append(target);
        else if (kind == QLatin1String("goal"))
            (*actions)[i].goalIds.append(target);
    }
    return true;
}

bool ReportRepository::loadBatchUse(Id journeyId, QList<BatchUse> *uses)
{
    // Served by the feedback_journey index (journey_id first, date covered); the batch
    // table is small.
    QSqlQuery q = prepare(
        m_document,
        QStringLiteral("SELECT f.batch_id, COUNT(*), MIN(f.date), MAX(f.date), b.file_name, "
                       "b.sha256, b.imported_at, b.rows_imported FROM feedback f "
                       "LEFT JOIN import_batches b ON b.id = f.batch_id "
                       "WHERE f.journey_id = ? GROUP BY f.batch_id ORDER BY f.batch_id"));
    q.addBindValue(journeyId);
    if (!exec(q, m_document))
        return false;
    while (q.next()) {
        BatchUse use;
        use.batchId = q.value(0).isNull() ? NoId : q.value(0).toLongLong();
        use.responses = q.value(1).toLongLong();
        use.first = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        use.last = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        use.fileName = q.value(4).toString();
        use.sha256 = q.value(5).toString();
        use.importedAt = q.value(6).toString();
        use.rowsImported = q.value(7).toLongLong();
        uses->append(use);
    }
    return true;
}

QString ReportRepository::lastError() const
{
    return m_document.lastError();
}

} // namespace Waymark
