#pragma once

#include "domain/feedback.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Waymark {

class Project;

// Deletes responses; undo puts them back under their old ids, with their journey and
// import batch.
class RemoveFeedbackCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::RemoveFeedbackCommand)

public:
    RemoveFeedbackCommand(Project &project, const QList<Id> &ids, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // The responses as they were before the first redo.
    QList<Feedback> removed() const { return m_removed; }

private:
    void notify(const QList<Feedback> &rows);

    Project &m_project;
    QList<Id> m_ids;
    QList<Feedback> m_removed;
};

} // namespace Waymark
