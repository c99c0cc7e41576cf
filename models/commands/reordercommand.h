#pragma once

#include "project/project.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Waymark {

// Moves a journey, stage or lane to another index among its siblings.
class ReorderCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::ReorderCommand)

public:
    enum class Kind { Journey, Stage, Lane };

    ReorderCommand(Project &project, Kind kind, Id id, int toIndex, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    bool moveTo(int index);

    Project &m_project;
    Kind m_kind;
    Id m_id;
    int m_fromIndex = 0;
    int m_toIndex;
};

} // namespace Waymark
