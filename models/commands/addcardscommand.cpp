#include "addcardscommand.h"

#include <QHash>

namespace Waymark {

AddCardsCommand::AddCardsCommand(Project &project, const QList<Card> &cards,
                                 const QList<Connection> &connections, const QString &text,
                                 QUndoCommand *parent)
    : QUndoCommand(text.isEmpty() ? tr("Add %n card(s)", nullptr, int(cards.size())) : text, parent)
    , m_project(project)
    , m_cards(cards)
    , m_connections(connections)
{}

bool AddCardsCommand::insertFresh()
{
    QHash<Id, Id> ids;
    for (const Card &original : std::as_const(m_cards)) {
        Card card = original;
        card.id = NoId;
        if (!m_project.insertCard(&card, original.position))
            return false;
        ids.insert(original.id, card.id);
        m_addedIds.append(card.id);
    }
    for (const Connection &original : std::as_const(m_connections)) {
        Connection connection = original;
        connection.id = NoId;
        connection.fromCardId = ids.value(original.fromCardId);
        connection.toCardId = ids.value(original.toCardId);
        if (connection.fromCardId == NoId || connection.toCardId == NoId)
            continue;
        if (!m_project.insertConnection(&connection))
            return false;
    }
    m_snapshot = m_project.captureCards(m_addedIds);
    return true;
}

void AddCardsCommand::redo()
{
    if (!m_project.beginChange()) {
        setObsolete(true);
        return;
    }
    const bool ok = m_addedIds.isEmpty() ? insertFresh() : m_project.restore(m_snapshot);
    if (!ok || !m_project.endChange())
        setObsolete(true);
}

void AddCardsCommand::undo()
{
    if (!m_project.beginChange()) {
        setObsolete(true);
        return;
    }
    bool ok = true;
    for (Id id : std::as_const(m_addedIds))
        ok = ok && m_project.removeCard(id);
    if (!ok || !m_project.endChange())
        setObsolete(true);
}

} // namespace Waymark
