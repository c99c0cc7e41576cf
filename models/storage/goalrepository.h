#pragma once

#include "domain/plan.h"

#include <QList>

namespace Waymark {

class Document;

// Goals of a project (small: loaded whole when a project opens).
class GoalRepository
{
public:
    explicit GoalRepository(Document &document)
        : m_document(document)
    {}

    // In id order.
    bool loadGoals(QList<Goal> *goals);
    // Inserts with the given id when it is set (undo of a delete), else assigns one.
    bool insertGoal(Goal *goal);
    bool updateGoal(const Goal &goal);
    bool removeGoal(Id id);

private:
    Document &m_document;
};

} // namespace Waymark
