#include "editfeedbackcommand.h"

#include "project/project.h"
#include "storage/feedbackqueryrepository.h"

namespace Waymark {

EditFeedbackCommand::EditFeedbackCommand(Project &project, const Feedback &before,
                                         const Feedback &after, QUndoCommand *parent)
    : QUndoCommand(tr("Edit response"), parent)
    , m_project(project)
    , m_before(before)
    , m_after(after)
{}

void EditFeedbackCommand::redo()
{
    write(m_after);
}

void EditFeedbackCommand::undo()
{
    write(m_before);
}

void EditFeedbackCommand::write(const Feedback &value)
{
    Document &document = m_project.document();
    FeedbackQueryRepository repo(document);
    Transaction tx(document);
    if (!tx.isActive() || !repo.update(value) || !tx.commit()) {
        // Nothing was written (the transaction rolled back): drop the step rather than
        // keep one that would undo something that never happened.
        setObsolete(true);
        return;
    }
    m_project.notifyFeedbackChanged(value.journeyId);
}

} // namespace Waymark
