#pragma once

#include "project/project.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Waymark {

// Adds several cards at once, with the connections between them (paste, duplicate). Each
// card names its target cell and its index in that cell; the ids of the given cards and
// connections only link them together. The first redo assigns new ids; later redos put
// the cards back under the same ids.
class AddCardsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::AddCardsCommand)

public:
    AddCardsCommand(Project &project, const QList<Card> &cards,
                    const QList<Connection> &connections, const QString &text = {},
                    QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // Ids of the added cards, in the order given (valid after the first redo).
    QList<Id> addedCardIds() const { return m_addedIds; }

private:
    bool insertFresh();

    Project &m_project;
    QList<Card> m_cards;
    QList<Connection> m_connections;
    QList<Id> m_addedIds;
    Project::Snapshot m_snapshot;
};

} // namespace Waymark
