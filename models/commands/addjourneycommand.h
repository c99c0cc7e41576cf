#pragma once

#include "io/mapdata.h"
#include "project/project.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Waymark {

// Adds a whole journey (from a template, a duplicate, or an import) with its stages,
// lanes, cards and connections. The ids in `content` are only used to link its parts.
class AddJourneyCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::AddJourneyCommand)

public:
    AddJourneyCommand(Project &project, const MapJourney &content, int index,
                      const QString &text = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    Id journeyId() const { return m_journeyId; }

private:
    bool insertContent();

    Project &m_project;
    MapJourney m_content;
    int m_index;
    Id m_journeyId = NoId;
    Project::Snapshot m_snapshot; // what the first redo created, for later redos
};

} // namespace Waymark
