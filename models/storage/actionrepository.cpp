#include "actionrepository.h"

#include "sqlhelpers.h"

#include <QHash>

namespace Waymark {

using namespace Sql;

namespace {

void bindActionFields(QSqlQuery &q, const Action &a)
{
    q.addBindValue(a.journeyId);
    q.addBindValue(text(a.title));
    q.addBindValue(text(a.description));
    q.addBindValue(text(a.owner));
    q.addBindValue(enumKey(a.status));
    q.addBindValue(dateOrNull(a.due));
    q.addBindValue(text(a.impact));
    q.addBindValue(a.position);
    q.addBindValue(dateTimeToText(a.createdAt));
    q.addBindValue(dateTimeToText(a.updatedAt));
}

} // namespace

bool ActionRepository::loadActions(QList<Action> *actions)
{
    QSqlQuery q = prepare(
        m_document, QStringLiteral("SELECT id, journey_id, title, description, owner, status, "
                                   "due, impact, position, created_at, updated_at "
                                   "FROM actions ORDER BY position, id"));
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
        a.createdAt = dateTimeFromText(q.value(9).toString());
        a.updatedAt = dateTimeFromText(q.value(10).toString());
        index.insert(a.id, actions->size());
        actions->append(a);
    }
    QSqlQuery links
        = prepare(m_document, QStringLiteral("SELECT action_id, target_kind, target_id "
                                             "FROM action_links ORDER BY action_id, target_id"));
    if (!exec(links, m_document))
        return false;
    while (links.next()) {
        const auto it = index.constFind(links.value(0).toLongLong());
        if (it == index.cend())
            continue;
        Action &a = (*actions)[*it];
        const QString kind = links.value(1).toString();
        const Id target = links.value(2).toLongLong();
        if (kind == QLatin1String("card"))
            a.cardIds.append(target);
        else if (kind == QLatin1String("goal"))
            a.goalIds.append(target);
    }
    return true;
}

bool ActionRepository::writeLinks(const Action &action)
{
    QSqlQuery clear
        = prepare(m_document, QStringLiteral("DELETE FROM action_links WHERE action_id = ?"));
    clear.addBindValue(action.id);
    if (!exec(clear, m_document))
        return false;
    QSqlQuery insert
        = prepare(m_document, QStringLiteral("INSERT OR IGNORE INTO action_links (action_id, "
                                             "target_kind, target_id) VALUES (?, ?, ?)"));
    const auto add = [&](const char *kind, Id target) {
        insert.bindValue(0, action.id);
        insert.bindValue(1, QString::fromLatin1(kind));
        insert.bindValue(2, target);
        return exec(insert, m_document);
    };
    for (Id card : action.cardIds) {
        if (!add("card", card))
            return false;
    }
    for (Id goal : action.goalIds) {
        if (!add("goal", goal))
            return false;
    }
    return true;
}

bool ActionRepository::insertAction(Action *action)
{
    QSqlQuery q = prepare(m_document,
                          QStringLiteral("INSERT INTO actions (id, journey_id, title, description, "
                                         "owner, status, due, impact, position, created_at, "
                                         "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(idOrNull(action->id));
    bindActionFields(q, *action);
    if (!exec(q, m_document))
        return false;
    action->id = q.lastInsertId().toLongLong();
    return writeLinks(*action);
}

bool ActionRepository::updateAction(const Action &action)
{
    QSqlQuery q = prepare(m_document,
                          QStringLiteral("UPDATE actions SET journey_id = ?, title = ?, "
                                         "description = ?, owner = ?, status = ?, due = ?, "
                                         "impact = ?, position = ?, created_at = ?, updated_at = ? "
                                         "WHERE id = ?"));
    bindActionFields(q, action);
    q.addBindValue(action.id);
    return exec(q, m_document) && writeLinks(action);
}

bool ActionRepository::removeAction(Id id)
{
    QSqlQuery links
        = prepare(m_document, QStringLiteral("DELETE FROM action_links WHERE action_id = ?"));
    links.addBindValue(id);
    QSqlQuery q = prepare(m_document, QStringLiteral("DELETE FROM actions WHERE id = ?"));
    q.addBindValue(id);
    return exec(links, m_document) && exec(q, m_document);
}

bool ActionRepository::setPositions(const QList<Id> &orderedIds)
{
    QSqlQuery q = prepare(m_document, QStringLiteral("UPDATE actions SET position = ? WHERE id = ? "
                                                     "AND position != ?"));
    for (int i = 0; i < orderedIds.size(); ++i) {
        q.bindValue(0, i);
        q.bindValue(1, orderedIds.at(i));
        q.bindValue(2, i);
        if (!exec(q, m_document))
            return false;
    }
    return true;
}

} // namespace Waymark
