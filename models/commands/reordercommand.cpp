#include "reordercommand.h"

namespace Waymark {

ReorderCommand::ReorderCommand(Project &project, Kind kind, Id id, int toIndex,
                               QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_kind(kind)
    , m_id(id)
    , m_toIndex(toIndex)
{
    switch (kind) {
    case Kind::Journey:
        setText(tr("Move journey"));
        m_fromIndex = project.journey(id).position;
        break;
    case Kind::Stage:
        setText(tr("Move stage"));
        m_fromIndex = project.stage(id).position;
        break;
    case Kind::Lane:
        setText(tr("Move lane"));
        m_fromIndex = project.lane(id).position;
        break;
    }
}

bool ReorderCommand::moveTo(int index)
{
    switch (m_kind) {
    case Kind::Journey:
        return m_project.moveJourney(m_id, index);
    case Kind::Stage:
        return m_project.moveStage(m_id, index);
    case Kind::Lane:
        return m_project.moveLane(m_id, index);
    }
    return false;
}

void ReorderCommand::redo()
{
    if (!moveTo(m_toIndex))
        setObsolete(true);
}

void ReorderCommand::undo()
{
    if (!moveTo(m_fromIndex))
        setObsolete(true);
}

} // namespace Waymark
