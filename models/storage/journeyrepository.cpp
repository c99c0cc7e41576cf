#include "journeyrepository.h"

#include "sqlhelpers.h"

namespace Waymark {

using namespace Sql;

bool JourneyRepository::loadJourneys(QList<Journey> *journeys)
{
    QSqlQuery q
        = prepare(m_document, QStringLiteral("SELECT id, name, description, persona_id, state, "
                                             "position, source_journey_id FROM journeys "
                                             "ORDER BY position, id"));
    if (!exec(q, m_document))
        return false;
    while (q.next()) {
        Journey j;
        j.id = q.value(0).toLongLong();
        j.name = q.value(1).toString();
        j.description = q.value(2).toString();
        j.personaId = q.value(3).toLongLong();
        j.state = enumFromKey(q.value(4).toString(), JourneyState::Current);
        j.position = q.value(5).toInt();
        j.sourceJourneyId = q.value(6).toLongLong();
        journeys->append(j);
    }
    return true;
}

bool JourneyRepository::loadStages(QList<Stage> *stages)
{
    QSqlQuery q
        = prepare(m_document, QStringLiteral("SELECT id, journey_id, name, description, color, "
                                             "position, hidden FROM stages "
                                             "ORDER BY journey_id, position, id"));
    if (!exec(q, m_document))
        return false;
    while (q.next()) {
        Stage s;
        s.id = q.value(0).toLongLong();
        s.journeyId = q.value(1).toLongLong();
        s.name = q.value(2).toString();
        s.description = q.value(3).toString();
        s.color = colorFromText(q.value(4).toString());
        s.position = q.value(5).toInt();
        s.hidden = q.value(6).toBool();
        stages->append(s);
    }
    return true;
}

bool JourneyRepository::loadLanes(QList<Lane> *lanes)
{
    QSqlQuery q
        = prepare(m_document, QStringLiteral("SELECT id, journey_id, kind, name, position, visible "
                                             "FROM lanes ORDER BY journey_id, position, id"));
    if (!exec(q, m_document))
        return false;
    while (q.next()) {
        Lane l;
        l.id = q.value(0).toLongLong();
        l.journeyId = q.value(1).toLongLong();
        l.kind = enumFromKey(q.value(2).toString(), LaneKind::Custom);
        l.name = q.value(3).toString();
        l.position = q.value(4).toInt();
        l.visible = q.value(5).toBool();
        lanes->append(l);
    }
    return true;
}

bool JourneyRepository::insertJourney(Journey *journey)
{
    QSqlQuery q = prepare(m_document,
                          QStringLiteral("INSERT INTO journeys (id, name, description, persona_id, "
                                         "state, position, source_journey_id) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(idOrNull(journey->id));
    q.addBindValue(text(journey->name));
    q.addBindValue(text(journey->description));
    q.addBindValue(idOrNull(journey->personaId));
    q.addBindValue(text(enumKey(journey->state)));
    q.addBindValue(journey->position);
    q.addBindValue(idOrNull(journey->sourceJourneyId));
    if (!exec(q, m_document))
        return false;
    journey->id = q.lastInsertId().toLongLong();
    return true;
}

bool JourneyRepository::updateJourney(const Journey &journey)
{
    QSqlQuery q
        = prepare(m_document, QStringLiteral("UPDATE journeys SET name = ?, description = ?, "
                                             "persona_id = ?, state = ?, position = ?, "
                                             "source_journey_id = ? WHERE id = ?"));
    q.addBindValue(text(journey.name));
    q.addBindValue(text(journey.description));
    q.addBindValue(idOrNull(journey.personaId));
    q.addBindValue(text(enumKey(journey.state)));
    q.addBindValue(journey.position);
    q.addBindValue(idOrNull(journey.sourceJourneyId));
    q.addBindValue(journey.id);
    return exec(q, m_document);
}

bool JourneyRepository::removeJourney(Id id)
{
    QSqlQuery q = prepare(m_document, QStringLiteral("DELETE FROM journeys WHERE id = ?"));
    q.addBindValue(id);
    return exec(q, m_document);
}

bool JourneyRepository::insertStage(Stage *stage)
{
    QSqlQuery q = prepare(m_document,
                          QStringLiteral("INSERT INTO stages (id, journey_id, name, description, "
                                         "color, position, hidden) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(idOrNull(stage->id));
    q.addBindValue(stage->journeyId);
    q.addBindValue(text(stage->name));
    q.addBindValue(text(stage->description));
    q.addBindValue(colorToText(stage->color));
    q.addBindValue(stage->position);
    q.addBindValue(stage->hidden ? 1 : 0);
    if (!exec(q, m_document))
        return false;
    stage->id = q.lastInsertId().toLongLong();
    return true;
}

bool JourneyRepository::updateStage(const Stage &stage)
{
    QSqlQuery q = prepare(m_document,
                          QStringLiteral("UPDATE stages SET name = ?, description = ?, color = ?, "
                                         "position = ?, hidden = ? WHERE id = ?"));
    q.addBindValue(text(stage.name));
    q.addBindValue(text(stage.description));
    q.addBindValue(colorToText(stage.color));
    q.addBindValue(stage.position);
    q.addBindValue(stage.hidden ? 1 : 0);
    q.addBindValue(stage.id);
    return exec(q, m_document);
}

bool JourneyRepository::removeStage(Id id)
{
    QSqlQuery q = prepare(m_document, QStringLiteral("DELETE FROM stages WHERE id = ?"));
    q.addBindValue(id);
    return exec(q, m_document);
}

bool JourneyRepository::insertLane(Lane *lane)
{
    QSqlQuery q = prepare(m_document,
                          QStringLiteral("INSERT INTO lanes (id, journey_id, kind, name, position, "
                                         "visible) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(idOrNull(lane->id));
    q.addBindValue(lane->journeyId);
    q.addBindValue(text(enumKey(lane->kind)));
    q.addBindValue(text(lane->name));
    q.addBindValue(lane->position);
    q.addBindValue(lane->visible ? 1 : 0);
    if (!exec(q, m_document))
        return false;
    lane->id = q.lastInsertId().toLongLong();
    return true;
}

bool JourneyRepository::updateLane(const Lane &lane)
{
    QSqlQuery q
        = prepare(m_document, QStringLiteral("UPDATE lanes SET kind = ?, name = ?, position = ?, "
                                             "visible = ? WHERE id = ?"));
    q.addBindValue(text(enumKey(lane.kind)));
    q.addBindValue(text(lane.name));
    q.addBindValue(lane.position);
    q.addBindValue(lane.visible ? 1 : 0);
    q.addBindValue(lane.id);
    return exec(q, m_document);
}

bool JourneyRepository::removeLane(Id id)
{
    QSqlQuery q = prepare(m_document, QStringLiteral("DELETE FROM lanes WHERE id = ?"));
    q.addBindValue(id);
    return exec(q, m_document);
}

bool JourneyRepository::setPositions(Table table, const QList<Id> &orderedIds)
{
    QString sql;
    switch (table) {
    case Table::Journeys:
        sql = QStringLiteral("UPDATE journeys SET position = ? WHERE id = ? AND position != ?");
        break;
    case Table::Stages:
        sql = QStringLiteral("UPDATE stages SET position = ? WHERE id = ? AND position != ?");
        break;
    case Table::Lanes:
        sql = QStringLiteral("UPDATE lanes SET position = ? WHERE id = ? AND position != ?");
        break;
    }
    QSqlQuery q = prepare(m_document, sql);
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
