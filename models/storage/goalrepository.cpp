#include "goalrepository.h"

#include "sqlhelpers.h"

namespace Waymark {

using namespace Sql;

namespace {

void bindGoalFields(QSqlQuery &q, const Goal &g)
{
    q.addBindValue(g.journeyId);
    q.addBindValue(enumKey(g.scope));
    q.addBindValue(idOrNull(g.targetId));
    q.addBindValue(enumKey(g.metric));
    q.addBindValue(enumKey(g.op));
    q.addBindValue(g.target);
    q.addBindValue(text(g.due));
    q.addBindValue(text(g.title));
}

} // namespace

bool GoalRepository::loadGoals(QList<Goal> *goals)
{
    QSqlQuery q = prepare(
        m_document, QStringLiteral("SELECT id, journey_id, scope, target_id, metric, operator, "
                                   "target, due, title FROM goals ORDER BY id"));
    if (!exec(q, m_document))
        return false;
    while (q.next()) {
        Goal g;
        g.id = q.value(0).toLongLong();
        g.journeyId = q.value(1).toLongLong();
        g.scope = enumFromKey(q.value(2).toString(), TargetKind::Journey);
        g.targetId = q.value(3).toLongLong();
        g.metric = enumFromKey(q.value(4).toString(), Metric::Nps);
        g.op = enumFromKey(q.value(5).toString(), GoalOperator::AtLeast);
        g.target = q.value(6).toDouble();
        g.due = q.value(7).toString();
        g.title = q.value(8).toString();
        goals->append(g);
    }
    return true;
}

bool GoalRepository::insertGoal(Goal *goal)
{
    QSqlQuery q
        = prepare(m_document, QStringLiteral("INSERT INTO goals (id, journey_id, scope, target_id, "
                                             "metric, operator, target, due, title) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(idOrNull(goal->id));
    bindGoalFields(q, *goal);
    if (!exec(q, m_document))
        return false;
    goal->id = q.lastInsertId().toLongLong();
    return true;
}

bool GoalRepository::updateGoal(const Goal &goal)
{
    QSqlQuery q = prepare(
        m_document, QStringLiteral("UPDATE goals SET journey_id = ?, scope = ?, target_id = ?, "
                                   "metric = ?, operator = ?, target = ?, due = ?, title = ? "
                                   "WHERE id = ?"));
    bindGoalFields(q, goal);
    q.addBindValue(goal.id);
    return exec(q, m_document);
}

bool GoalRepository::removeGoal(Id id)
{
    QSqlQuery q = prepare(m_document, QStringLiteral("DELETE FROM goals WHERE id = ?"));
    q.addBindValue(id);
    return exec(q, m_document);
}

} // namespace Waymark
