#pragma once

#include "projectaccess.h"

#include <QUndoCommand>

#include <limits>

namespace Waymark {

// Adds one object (stage, lane, card, connection, persona, goal, action) at an index. The first
// redo assigns its id; later redos put it back under the same id.
template<typename T>
class InsertCommand : public QUndoCommand
{
public:
    // An index past the end (the default) appends. Goals have no order: the index is ignored.
    InsertCommand(Project &project, const T &value, int index = std::numeric_limits<int>::max(),
                  const QString &text = {}, QUndoCommand *parent = nullptr)
        : QUndoCommand(text.isEmpty() ? ProjectAccess<T>::insertText() : text, parent)
        , m_project(project)
        , m_value(value)
        , m_index(index)
    {}

    void redo() override
    {
        T value = m_value;
        if (!ProjectAccess<T>::insert(m_project, &value, m_index)) {
            setObsolete(true);
            return;
        }
        // Keep what the project filled in (id, creation time...) so that the next redo
        // after an undo puts back exactly the same object.
        m_value = value;
    }

    void undo() override
    {
        if (!ProjectAccess<T>::remove(m_project, m_value.id))
            setObsolete(true);
    }

    // The id of the object once the command has run.
    Id insertedId() const { return m_value.id; }

private:
    Project &m_project;
    T m_value;
    int m_index;
};

using AddStageCommand = InsertCommand<Stage>;
using AddLaneCommand = InsertCommand<Lane>;
using AddCardCommand = InsertCommand<Card>;
using AddConnectionCommand = InsertCommand<Connection>;
using AddPersonaCommand = InsertCommand<Persona>;
using AddGoalCommand = InsertCommand<Goal>;
using AddActionCommand = InsertCommand<Action>;

} // namespace Waymark
