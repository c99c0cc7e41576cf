#include "cardrepository.h"

#include "sqlhelpers.h"

namespace Waymark {

using namespace Sql;

bool CardRepository::loadCards(QList<Card> *cards)
{
    QSqlQuery q = prepare(m_document,
                          QStringLiteral("SELECT id, journey_id, stage_id, lane_id, span, "
                                         "position, kind, title, body, channel, owner, emotion, "
                                         "evidence, color FROM cards "
                                         "ORDER BY stage_id, lane_id, position, id"));
    if (!exec(q, m_document))
        return false;
    while (q.next()) {
        Card c;
        c.id = q.value(0).toLongLong();
        c.journeyId = q.value(1).toLongLong();
        c.stageId = q.value(2).toLongLong();
        c.laneId = q.value(3).toLongLong();
        c.span = qBound(1, q.value(4).toInt(), MaxCardSpan);
        c.position = q.value(5).toInt();
        c.kind = enumFromKey(q.value(6).toString(), CardKind::Note);
        c.title = q.value(7).toString();
        c.body = q.value(8).toString();
        c.channel = enumFromKey(q.value(9).toString(), Channel::Other);
        c.owner = q.value(10).toString();
        c.emotion = optionalInt(q.value(11));
        if (c.emotion)
            c.emotion = qBound(MinEmotion, *c.emotion, MaxEmotion);
        c.evidence = enumFromKey(q.value(12).toString(), Evidence::Assumed);
        c.color = colorFromText(q.value(13).toString());
        cards->append(c);
    }
    return true;
}

bool CardRepository::loadConnections(QList<Connection> *connections)
{
    QSqlQuery q = prepare(m_document,
                          QStringLiteral("SELECT id, journey_id, from_card, to_card, kind, label "
                                         "FROM connections ORDER BY id"));
    if (!exec(q, m_document))
        return false;
    while (q.next()) {
        Connection c;
        c.id = q.value(0).toLongLong();
        c.journeyId = q.value(1).toLongLong();
        c.fromCardId = q.value(2).toLongLong();
        c.toCardId = q.value(3).toLongLong();
        c.kind = enumFromKey(q.value(4).toString(), ConnectionKind::Flow);
        c.label = q.value(5).toString();
        connections->append(c);
    }
    return true;
}

namespace {

void bindCardFields(QSqlQuery &q, const Card &card)
{
    q.addBindValue(card.journeyId);
    q.addBindValue(card.stageId);
    q.addBindValue(card.laneId);
    q.addBindValue(card.span);
    q.addBindValue(card.position);
    q.addBindValue(text(enumKey(card.kind)));
    q.addBindValue(text(card.title));
    q.addBindValue(text(card.body));
    q.addBindValue(text(enumKey(card.channel)));
    q.addBindValue(text(card.owner));
    q.addBindValue(optionalToVariant(card.emotion));
    q.addBindValue(text(enumKey(card.evidence)));
    q.addBindValue(colorToText(card.color));
}

} // namespace

bool CardRepository::insertCard(Card *card)
{
    QSqlQuery q = prepare(m_document,
                          QStringLiteral("INSERT INTO cards (id, journey_id, stage_id, lane_id, "
                                         "span, position, kind, title, body, channel, owner, "
                                         "emotion, evidence, color) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(idOrNull(card->id));
    bindCardFields(q, *card);
    if (!exec(q, m_document))
        return false;
    card->id = q.lastInsertId().toLongLong();
    return true;
}

bool CardRepository::updateCard(const Card &card)
{
    QSqlQuery q
        = prepare(m_document, QStringLiteral("UPDATE cards SET journey_id = ?, stage_id = ?, "
                                             "lane_id = ?, span = ?, position = ?, kind = ?, "
                                             "title = ?, body = ?, channel = ?, owner = ?, "
                                             "emotion = ?, evidence = ?, color = ? WHERE id = ?"));
    bindCardFields(q, card);
    q.addBindValue(card.id);
    return exec(q, m_document);
}

bool CardRepository::removeCard(Id id)
{
    QSqlQuery q = prepare(m_document, QStringLiteral("DELETE FROM cards WHERE id = ?"));
    q.addBindValue(id);
    return exec(q, m_document);
}

bool CardRepository::setPositions(const QList<Id> &orderedIds)
{
    QSqlQuery q = prepare(m_document, QStringLiteral("UPDATE cards SET position = ? "
                                                     "WHERE id = ? AND position != ?"));
    for (int i = 0; i < orderedIds.size(); ++i) {
        q.bindValue(0, i);
        q.bindValue(1, orderedIds.at(i));
        q.bindValue(2, i);
        if (!exec(q, m_document))
            return false;
    }
    return true;
}

bool CardRepository::insertConnection(Connection *connection)
{
    QSqlQuery q
        = prepare(m_document, QStringLiteral("INSERT INTO connections (id, journey_id, from_card, "
                                             "to_card, kind, label) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(idOrNull(connection->id));
    q.addBindValue(connection->journeyId);
    q.addBindValue(connection->fromCardId);
    q.addBindValue(connection->toCardId);
    q.addBindValue(text(enumKey(connection->kind)));
    q.addBindValue(text(connection->label));
    if (!exec(q, m_document))
        return false;
    connection->id = q.lastInsertId().toLongLong();
    return true;
}

bool CardRepository::updateConnection(const Connection &connection)
{
    QSqlQuery q = prepare(m_document, QStringLiteral("UPDATE connections SET kind = ?, label = ? "
                                                     "WHERE id = ?"));
    q.addBindValue(text(enumKey(connection.kind)));
    q.addBindValue(text(connection.label));
    q.addBindValue(connection.id);
    return exec(q, m_document);
}

bool CardRepository::removeConnection(Id id)
{
    QSqlQuery q = prepare(m_document, QStringLiteral("DELETE FROM connections WHERE id = ?"));
    q.addBindValue(id);
    return exec(q, m_document);
}

} // namespace Waymark
