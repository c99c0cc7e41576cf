#pragma once

#include "domain/plan.h"

#include <QList>

namespace Waymark {

class Document;

// The improvement plan: actions and their links to cards and goals (table action_links).
class ActionRepository
{
public:
    explicit ActionRepository(Document &document)
        : m_document(document)
    {}

    // In plan order (position, then id), each with its links in id order.
    bool loadActions(QList<Action> *actions);
    // Inserts with the given id when it is set (undo of a delete), else assigns one; writes
    // the links too.
    bool insertAction(Action *action);
    // Content and links.
    bool updateAction(const Action &action);
    bool removeAction(Id id);
    // Writes the positions of all actions, in plan order.
    bool setPositions(const QList<Id> &orderedIds);

private:
    bool writeLinks(const Action &action);

    Document &m_document;
};

} // namespace Waymark
