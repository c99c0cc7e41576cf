#pragma once

#include "projectaccess.h"

#include <QUndoCommand>

namespace Waymark {

// Adds one object (stage, lane, card, connection, persona) at an index. The first redo
// assigns its id; later redos put it back under the same id.
template<typename T>
class InsertCommand : public QUndoCommand
{
public:
    InsertCommand(Project &project, const T &value, int index, const QString &text = {},
                  QUndoCommand *parent = nullptr)
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
        m_value.id = value.id;
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

} // namespace Waymark
