#include "importfeedbackcommand.h"

#include "storage/feedbackrepository.h"

namespace Waymark {

ImportFeedbackCommand::ImportFeedbackCommand(Project &project, const ImportResult &result,
                                             QUndoCommand *parent)
    : QUndoCommand(tr("Import %1").arg(result.fileName), parent)
    , m_project(project)
    , m_batchId(result.ok() ? result.batchId : NoId)
    , m_journeyId(result.journeyId)
    , m_cardIds(result.createdCardIds)
{
    // An import that wrote nothing has nothing to undo.
    if (m_batchId == NoId)
        setObsolete(true);
}

void ImportFeedbackCommand::redo()
{
    if (m_batchId == NoId) {
        setObsolete(true);
        return;
    }
    if (!m_adopted) {
        // The rows and cards are in the file already (written by the import's own
        // connection); only memory has to learn about the cards.
        m_adopted = true;
        if (!m_project.adoptCards(m_cardIds))
            setObsolete(true);
        m_project.notifyFeedbackChanged(m_journeyId);
        return;
    }
    FeedbackRepository repo(m_project.document());
    if (!m_project.beginChange()) {
        setObsolete(true);
        return;
    }
    const bool ok = repo.attachBatch(m_batchId) && m_project.restore(m_snapshot);
    if (!ok) {
        m_project.document().rollback();
        setObsolete(true);
        return;
    }
    if (!m_project.endChange())
        setObsolete(true);
    m_project.notifyFeedbackChanged(m_journeyId);
}

void ImportFeedbackCommand::undo()
{
    if (m_batchId == NoId)
        return;
    // Captured now rather than at the import: the cards are exactly as they are in memory
    // at this point of the history (later edits to them have been undone already).
    m_snapshot = m_project.captureCards(m_cardIds);
    FeedbackRepository repo(m_project.document());
    if (!m_project.beginChange()) {
        setObsolete(true);
        return;
    }
    bool ok = repo.detachBatch(m_batchId);
    for (const Card &card : std::as_const(m_snapshot.cards))
        ok = ok && m_project.removeCard(card.id);
    if (!ok) {
        m_project.document().rollback();
        setObsolete(true);
        return;
    }
    if (!m_project.endChange())
        setObsolete(true);
    m_project.notifyFeedbackChanged(m_journeyId);
}

} // namespace Waymark
