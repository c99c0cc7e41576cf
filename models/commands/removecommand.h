#pragma once

#include "project/project.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Waymark {

// Removes journeys, stages, lanes, cards or connections with everything they carry
// (a stage takes its cards, a card its connections). Undo restores all of it under the
// same ids, so feedback, goals and comments that refer to them reattach.
class RemoveCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::RemoveCommand)

public:
    enum class Kind { Journey, Stage, Lane, Card, Connection };

    RemoveCommand(Project &project, Kind kind, const QList<Id> &ids,
                  QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Project &m_project;
    Kind m_kind;
    QList<Id> m_ids;
    QList<Project::Snapshot> m_snapshots;
};

} // namespace Waymark
