#include "movecardcommand.h"

namespace Waymark {

MoveCardCommand::MoveCardCommand(Project &project, Id cardId, Id toStageId, Id toLaneId,
                                 int toIndex, QUndoCommand *parent)
    : QUndoCommand(tr("Move card"), parent)
    , m_project(project)
    , m_cardId(cardId)
    , m_toStageId(toStageId)
    , m_toLaneId(toLaneId)
    , m_toIndex(toIndex)
{}

void MoveCardCommand::redo()
{
    // Where the card is now, not when the command was made: in a macro an earlier move
    // may have shifted it.
    const Card card = m_project.card(m_cardId);
    m_fromStageId = card.stageId;
    m_fromLaneId = card.laneId;
    m_fromIndex = card.position;
    if (!m_project.moveCard(m_cardId, m_toStageId, m_toLaneId, m_toIndex))
        setObsolete(true);
}

void MoveCardCommand::undo()
{
    if (!m_project.moveCard(m_cardId, m_fromStageId, m_fromLaneId, m_fromIndex))
        setObsolete(true);
}

} // namespace Waymark
