#pragma once

#include "domain/feedback.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Waymark {

class Project;

// Changes one response (score, date, comment, segment, channel, touchpoint) from before to
// after: an edit in the feedback table.
class EditFeedbackCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::EditFeedbackCommand)

public:
    EditFeedbackCommand(Project &project, const Feedback &before, const Feedback &after,
                        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void write(const Feedback &value);

    Project &m_project;
    Feedback m_before;
    Feedback m_after;
};

} // namespace Waymark
