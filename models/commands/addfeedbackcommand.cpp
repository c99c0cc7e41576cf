#include "addfeedbackcommand.h"

#include "project/project.h"
#include "storage/feedbackqueryrepository.h"

namespace Waymark {

AddFeedbackCommand::AddFeedbackCommand(Project &project, const Feedback &response,
                                       QUndoCommand *parent)
    : QUndoCommand(tr("Add response"), parent)
    , m_project(project)
    , m_response(response)
{}

void AddFeedbackCommand::redo()
{
    Document &document = m_project.document();
    FeedbackQueryRepository repo(document);
    Transaction tx(document);
    Feedback row = m_response;
    if (!tx.isActive() || !repo.insert(&row) || !tx.commit()) {
        setObsolete(true);
        return;
    }
    m_response.id = row.id;
    m_project.notifyFeedbackChanged(m_response.journeyId);
}

void AddFeedbackCommand::undo()
{
    Document &document = m_project.document();
    FeedbackQueryRepository repo(document);
    Transaction tx(document);
    if (!tx.isActive() || !repo.remove({m_response.id}, nullptr) || !tx.commit()) {
        setObsolete(true);
        return;
    }
    m_project.notifyFeedbackChanged(m_response.journeyId);
}

} // namespace Waymark
