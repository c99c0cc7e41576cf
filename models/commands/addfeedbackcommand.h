#pragma once

#include "domain/feedback.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Waymark {

class Project;

// Adds one response entered by hand. The first redo assigns its id; later redos put it
// back under the same id.
class AddFeedbackCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::AddFeedbackCommand)

public:
    AddFeedbackCommand(Project &project, const Feedback &response, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // The id of the response once the command has run.
    Id insertedId() const { return m_response.id; }

private:
    Project &m_project;
    Feedback m_response;
};

} // namespace Waymark
