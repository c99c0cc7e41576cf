#pragma once

#include "project/project.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Waymark {

// Moves a card to another cell (stage x lane) or to another place in its cell.
class MoveCardCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::MoveCardCommand)

public:
    MoveCardCommand(Project &project, Id cardId, Id toStageId, Id toLaneId, int toIndex,
                    QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Project &m_project;
    Id m_cardId;
    Id m_fromStageId = NoId;
    Id m_fromLaneId = NoId;
    int m_fromIndex = 0;
    Id m_toStageId;
    Id m_toLaneId;
    int m_toIndex;
};

} // namespace Waymark
