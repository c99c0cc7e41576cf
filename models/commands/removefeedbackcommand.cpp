#include "removefeedbackcommand.h"

#include "project/project.h"
#include "storage/feedbackqueryrepository.h"

#include <QSet>

namespace Waymark {

RemoveFeedbackCommand::RemoveFeedbackCommand(Project &project, const QList<Id> &ids,
                                             QUndoCommand *parent)
    : QUndoCommand(tr("Delete %n response(s)", nullptr, int(ids.size())), parent)
    , m_project(project)
    , m_ids(ids)
{}

void RemoveFeedbackCommand::redo()
{
    Document &document = m_project.document();
    FeedbackQueryRepository repo(document);
    Transaction tx(document);
    QList<Feedback> removed;
    if (!tx.isActive() || !repo.remove(m_ids, &removed) || !tx.commit()) {
        setObsolete(true);
        return;
    }
    // The rows as they are now (the first time, and again after an undo put them back).
    m_removed = removed;
    notify(m_removed);
}

void RemoveFeedbackCommand::undo()
{
    Document &document = m_project.document();
    FeedbackQueryRepository repo(document);
    Transaction tx(document);
    bool ok = tx.isActive();
    for (qsizetype i = 0; ok && i < m_removed.size(); ++i) {
        Feedback row = m_removed.at(i);
        ok = repo.insert(&row);
    }
    if (!ok || !tx.commit()) {
        setObsolete(true);
        return;
    }
    notify(m_removed);
}

void RemoveFeedbackCommand::notify(const QList<Feedback> &rows)
{
    QSet<Id> journeys;
    for (const Feedback &row : rows)
        journeys.insert(row.journeyId);
    for (Id journeyId : std::as_const(journeys))
        m_project.notifyFeedbackChanged(journeyId);
}

} // namespace Waymark
