#pragma once

#include "domain/card.h"

#include <QList>

namespace Waymark {

class Document;

// Cards and the connections between them.
class CardRepository
{
public:
    explicit CardRepository(Document &document)
        : m_document(document)
    {}

    bool loadCards(QList<Card> *cards);
    bool loadConnections(QList<Connection> *connections);

    // Inserts with the given id when it is set (undo of a delete), else assigns one.
    bool insertCard(Card *card);
    bool updateCard(const Card &card);
    bool removeCard(Id id);
    // Writes the positions of the cards of one cell, in order.
    bool setPositions(const QList<Id> &orderedIds);

    bool insertConnection(Connection *connection);
    bool updateConnection(const Connection &connection);
    bool removeConnection(Id id);

private:
    Document &m_document;
};

} // namespace Waymark
