#pragma once

#include "io/feedbackimporter.h"
#include "project/project.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Waymark {

// Makes a finished feedback import undoable. The import itself ran before (on a worker
// thread, FeedbackImporter::run); the first redo brings the touchpoints it created into
// memory. Undo takes the batch's responses out of every view (they stay in the file with a
// negative journey id, see FeedbackRepository::detachBatch) and removes the created
// touchpoints; redo puts both back under the same ids.
class ImportFeedbackCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::ImportFeedbackCommand)

public:
    ImportFeedbackCommand(Project &project, const ImportResult &result,
                          QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    Id batchId() const { return m_batchId; }

private:
    Project &m_project;
    Id m_batchId;
    Id m_journeyId;
    QList<Id> m_cardIds;
    Project::Snapshot m_snapshot;
    bool m_adopted = false;
};

} // namespace Waymark
