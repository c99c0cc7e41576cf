#include "plancommands.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <limits>

namespace Waymark {

namespace {

QDateTime nowUtc()
{
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
}

QList<Id> uniqueIds(const QList<Id> &ids)
{
    QList<Id> result;
    QSet<Id> seen;
    for (Id id : ids) {
        if (id != NoId && !seen.contains(id)) {
            seen.insert(id);
            result.append(id);
        }
    }
    return result;
}

// Runs a multi-step change in one transaction; marks the command obsolete when it fails.
template<typename F>
void inTransaction(Project &project, QUndoCommand *command, F &&steps)
{
    if (!project.beginChange()) {
        command->setObsolete(true);
        return;
    }
    const bool ok = steps();
    if (!ok || !project.endChange())
        command->setObsolete(true);
}

} // namespace

// --- Goals -------------------------------------------------------------------------------

RemoveGoalCommand::RemoveGoalCommand(Project &project, Id goalId, QUndoCommand *parent)
    : QUndoCommand(tr("Delete goal"), parent)
    , m_project(project)
    , m_goal(project.goal(goalId))
{
    if (!m_goal.title.trimmed().isEmpty())
        setText(tr("Delete goal “%1”").arg(m_goal.title.trimmed()));
}

void RemoveGoalCommand::redo()
{
    m_goal = m_project.goal(m_goal.id);
    if (!m_project.removeGoal(m_goal.id))
        setObsolete(true);
}

void RemoveGoalCommand::undo()
{
    Goal goal = m_goal;
    if (!m_project.insertGoal(&goal))
        setObsolete(true);
}

// --- Actions -----------------------------------------------------------------------------

RemoveActionCommand::RemoveActionCommand(Project &project, const QList<Id> &actionIds,
                                         QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_ids(uniqueIds(actionIds))
{
    setText(tr("Delete %n action(s)", nullptr, int(m_ids.size())));
}

void RemoveActionCommand::redo()
{
    m_removed.clear();
    inTransaction(m_project, this, [this] {
        for (Id id : std::as_const(m_ids)) {
            if (!m_project.hasAction(id))
                continue;
            Action action = m_project.action(id);
            action.position = m_project.actionIndex(id);
            if (!m_project.removeAction(id))
                return false;
            m_removed.append(action);
        }
        return true;
    });
}

void RemoveActionCommand::undo()
{
    inTransaction(m_project, this, [this] {
        // In reverse order of removal, each at the index it had when it was removed.
        for (auto it = m_removed.crbegin(); it != m_removed.crend(); ++it) {
            Action action = *it;
            if (!m_project.insertAction(&action, it->position))
                return false;
        }
        return true;
    });
}

MoveActionCommand::MoveActionCommand(Project &project, Id actionId, int toIndex,
                                     QUndoCommand *parent)
    : QUndoCommand(tr("Move action"), parent)
    , m_project(project)
    , m_id(actionId)
    , m_fromIndex(project.actionIndex(actionId))
    , m_toIndex(toIndex)
{}

void MoveActionCommand::redo()
{
    if (!m_project.moveAction(m_id, m_toIndex))
        setObsolete(true);
}

void MoveActionCommand::undo()
{
    if (!m_project.moveAction(m_id, m_fromIndex))
        setObsolete(true);
}

CreateActionFromCardCommand::CreateActionFromCardCommand(Project &project, Id cardId,
                                                         QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
{
    const Card card = project.card(cardId);
    const QString title = card.title.simplified();
    m_action.journeyId = card.journeyId; // NoId for an unknown card: the insert is refused
    m_action.title = title.isEmpty() ? tr("New action") : title;
    m_action.description = card.body;
    m_action.status = ActionStatus::Idea;
    if (card.id != NoId) {
        m_action.cardIds = {card.id};
        for (const Goal &g : project.goals(card.journeyId)) {
            if (g.scope == TargetKind::Card && g.targetId == card.id)
                m_action.goalIds.append(g.id);
        }
    }
    setText(title.isEmpty() ? tr("Create action from card")
                            : tr("Create action from “%1”").arg(title));
}

void CreateActionFromCardCommand::redo()
{
    Action action = m_action;
    if (!m_project.insertAction(&action, std::numeric_limits<int>::max())) {
        setObsolete(true);
        return;
    }
    m_action = action; // id and times, for the next redo
}

void CreateActionFromCardCommand::undo()
{
    if (!m_project.removeAction(m_action.id))
        setObsolete(true);
}

// --- Cards with attachments ----------------------------------------------------------------

RemoveCardsCommand::RemoveCardsCommand(Project &project, const QList<Id> &cardIds,
                                       AttachmentPolicy policy, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_ids(uniqueIds(cardIds))
    , m_policy(policy)
{
    setText(tr("Delete %n card(s)", nullptr, int(m_ids.size())));
}

void RemoveCardsCommand::redo()
{
    inTransaction(m_project, this, [this] { return apply(); });
}

void RemoveCardsCommand::undo()
{
    inTransaction(m_project, this, [this] { return revert(); });
}

bool RemoveCardsCommand::apply()
{
    // Capture right before removing: the objects may have changed since construction.
    QList<Id> present;
    for (Id id : std::as_const(m_ids)) {
        if (m_project.hasCard(id))
            present.append(id);
    }
    m_cards = m_project.captureCards(present);
    const QSet<Id> removed(present.cbegin(), present.cend());
    QHash<Id, Id> stageOfCard;
    for (const Card &c : std::as_const(m_cards.cards))
        stageOfCard.insert(c.id, c.stageId);

    const Project::Attachments attached = m_project.attachedToCards(present);
    m_actionsBefore.clear();
    m_commentsBefore.clear();
    m_goalsBefore.clear();
    for (Id id : attached.goalIds)
        m_goalsBefore.append(m_project.goal(id));
    for (Id id : attached.commentIds)
        m_commentsBefore.append(m_project.comment(id));
    std::sort(m_commentsBefore.begin(), m_commentsBefore.end(),
              [](const Comment &a, const Comment &b) { return a.id < b.id; });

    for (const Goal &before : std::as_const(m_goalsBefore)) {
        if (m_policy == AttachmentPolicy::Delete) {
            if (!m_project.removeGoal(before.id))
                return false;
        } else {
            Goal g = before;
            g.scope = TargetKind::Stage;
            g.targetId = stageOfCard.value(before.targetId);
            if (!m_project.updateGoal(g))
                return false;
        }
    }

    if (m_policy == AttachmentPolicy::Delete) {
        // Replies first, then the comments they answer.
        for (bool replies : {true, false}) {
            for (const Comment &c : std::as_const(m_commentsBefore)) {
                if ((c.parentId != NoId) == replies && !m_project.removeComment(c.id))
                    return false;
            }
        }
    } else {
        for (const Comment &before : std::as_const(m_commentsBefore)) {
            Comment c = before;
            Id card = before.targetKind == TargetKind::Card ? before.targetId : NoId;
            if (!stageOfCard.contains(card))
                card = m_project.comment(before.parentId).targetId; // a reply's thread
            c.targetKind = TargetKind::Stage;
            c.targetId = stageOfCard.value(card);
            if (c.targetId == NoId)
                continue;
            if (!m_project.updateComment(c))
                return false;
        }
    }

    for (Id id : attached.actionIds) {
        const Action before = m_project.action(id);
        m_actionsBefore.append(before);
        Action after = before;
        after.cardIds.removeIf([&removed](Id card) { return removed.contains(card); });
        const bool linkedToOthers
            = std::any_of(after.cardIds.cbegin(), after.cardIds.cend(),
                          [this](Id card) { return m_project.hasCard(card); });
        if (m_policy == AttachmentPolicy::Delete && !linkedToOthers) {
            m_actionsBefore.last().position = m_project.actionIndex(id);
            if (!m_project.removeAction(id))
                return false;
            continue;
        }
        // Losing the link to a deleted card is not an edit of the action: its updatedAt
        // stays (which also makes every redo write the same action).
        if (!m_project.updateAction(after, true))
            return false;
    }

    for (Id id : std::as_const(present)) {
        if (!m_project.removeCard(id))
            return false;
    }
    return true;
}

bool RemoveCardsCommand::revert()
{
    if (!m_project.restore(m_cards))
        return false;
    // Actions: deleted ones back in reverse order of removal, at their indexes; the others
    // get their links and times back.
    for (auto it = m_actionsBefore.crbegin(); it != m_actionsBefore.crend(); ++it) {
        Action action = *it;
        if (m_project.hasAction(action.id)) {
            if (!m_project.updateAction(action, true))
                return false;
        } else if (!m_project.insertAction(&action, it->position)) {
            return false;
        }
    }
    if (m_policy == AttachmentPolicy::Delete) {
        for (bool replies : {false, true}) {
            for (const Comment &before : std::as_const(m_commentsBefore)) {
                Comment c = before;
                if ((c.parentId != NoId) == replies && !m_project.insertComment(&c))
                    return false;
            }
        }
        for (const Goal &before : std::as_const(m_goalsBefore)) {
            Goal g = before;
            if (!m_project.insertGoal(&g))
                return false;
        }
    } else {
        for (const Comment &before : std::as_const(m_commentsBefore)) {
            if (m_project.hasComment(before.id) && !m_project.updateComment(before))
                return false;
        }
        for (const Goal &before : std::as_const(m_goalsBefore)) {
            if (!m_project.updateGoal(before))
                return false;
        }
    }
    return true;
}

// --- Personas ----------------------------------------------------------------------------

RemovePersonaCommand::RemovePersonaCommand(Project &project, Id personaId, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_id(personaId)
{
    const QString name = project.persona(personaId).name.simplified();
    setText(name.isEmpty() ? tr("Delete persona") : tr("Delete persona “%1”").arg(name));
}

void RemovePersonaCommand::redo()
{
    m_persona = m_project.persona(m_id);
    m_journeys.clear();
    for (const Journey &j : m_project.journeys()) {
        if (j.personaId == m_id)
            m_journeys.append(j.id);
    }
    if (!m_project.removePersona(m_id))
        setObsolete(true);
}

void RemovePersonaCommand::undo()
{
    inTransaction(m_project, this, [this] {
        Persona persona = m_persona;
        if (!m_project.insertPersona(&persona, m_persona.position))
            return false;
        for (Id id : std::as_const(m_journeys)) {
            Journey j = m_project.journey(id);
            j.personaId = m_id;
            if (!m_project.updateJourney(j))
                return false;
        }
        return true;
    });
}

// --- Future state ------------------------------------------------------------------------

DuplicateJourneyCommand::DuplicateJourneyCommand(Project &project, Id journeyId,
                                                 const QString &newName, bool asFutureState,
                                                 QUndoCommand *parent)
    : AddJourneyCommand(project, copyOf(project, journeyId, newName, asFutureState),
                        project.journeyIndex(journeyId) + 1,
                        asFutureState
                            ? tr("Create future state of “%1”").arg(project.journey(journeyId).name)
                            : tr("Duplicate journey “%1”").arg(project.journey(journeyId).name),
                        parent)
    , m_source(project)
    , m_sourceId(journeyId)
{}

void DuplicateJourneyCommand::redo()
{
    if (journeyId() == NoId && !m_source.hasJourney(m_sourceId)) {
        m_source.removeJourney(m_sourceId); // refused: there is nothing to copy
        setObsolete(true);
        return;
    }
    AddJourneyCommand::redo();
}

MapJourney DuplicateJourneyCommand::copyOf(const Project &project, Id journeyId,
                                           const QString &newName, bool asFutureState)
{
    MapJourney copy;
    if (!project.hasJourney(journeyId))
        return copy; // redo() refuses to run
    copy = project.toMapData({journeyId}).journeys.value(0);
    const QString name = newName.simplified();
    if (!name.isEmpty())
        copy.journey.name = name;
    else if (asFutureState)
        copy.journey.name = tr("%1 (future state)").arg(copy.journey.name);
    else
        copy.journey.name = tr("%1 (copy)").arg(copy.journey.name);
    if (asFutureState) {
        copy.journey.state = JourneyState::Future;
        copy.journey.sourceJourneyId = journeyId;
    }
    return copy;
}

// --- Comments ----------------------------------------------------------------------------

AddCommentCommand::AddCommentCommand(Project &project, const Comment &comment, QUndoCommand *parent)
    : QUndoCommand(comment.parentId != NoId ? tr("Reply to comment") : tr("Add comment"), parent)
    , m_project(project)
    , m_comment(comment)
{}

void AddCommentCommand::redo()
{
    Comment comment = m_comment;
    if (!m_project.insertComment(&comment)) {
        setObsolete(true);
        return;
    }
    m_comment = comment; // id, author, time: the next redo restores exactly this
}

void AddCommentCommand::undo()
{
    if (!m_project.removeComment(m_comment.id))
        setObsolete(true);
}

EditCommentCommand::EditCommentCommand(Project &project, Id commentId, const QString &text,
                                       QUndoCommand *parent)
    : QUndoCommand(tr("Edit comment"), parent)
    , m_project(project)
    , m_before(project.comment(commentId))
    , m_after(m_before)
{
    m_after.text = text;
}

void EditCommentCommand::redo()
{
    if (!m_project.updateComment(m_after))
        setObsolete(true);
}

void EditCommentCommand::undo()
{
    if (!m_project.updateComment(m_before))
        setObsolete(true);
}

ResolveCommentCommand::ResolveCommentCommand(Project &project, Id threadId, bool resolved,
                                             QUndoCommand *parent)
    : QUndoCommand(resolved ? tr("Resolve comment") : tr("Reopen comment"), parent)
    , m_project(project)
{
    Comment thread = project.comment(threadId);
    if (thread.parentId != NoId && project.hasComment(thread.parentId))
        thread = project.comment(thread.parentId);
    m_before = thread;
    m_after = thread;
    m_after.resolved = resolved;
    if (resolved && !thread.resolved) {
        m_after.resolvedBy = project.reviewerName();
        m_after.resolvedAt = nowUtc();
    }
}

void ResolveCommentCommand::redo()
{
    if (!m_project.updateComment(m_after))
        setObsolete(true);
}

void ResolveCommentCommand::undo()
{
    if (!m_project.updateComment(m_before))
        setObsolete(true);
}

RemoveCommentCommand::RemoveCommentCommand(Project &project, Id commentId, QUndoCommand *parent)
    : QUndoCommand(project.comment(commentId).parentId != NoId ? tr("Delete reply")
                                                               : tr("Delete comment"),
                   parent)
    , m_project(project)
    , m_id(commentId)
{}

void RemoveCommentCommand::redo()
{
    m_removed.clear();
    if (!m_project.hasComment(m_id)) {
        m_project.removeComment(m_id); // refused: the comment is gone
        setObsolete(true);
        return;
    }
    m_removed.append(m_project.comment(m_id));
    const QList<Comment> replies = m_project.replies(m_id);
    m_removed += replies;
    inTransaction(m_project, this, [this, &replies] {
        for (auto it = replies.crbegin(); it != replies.crend(); ++it) {
            if (!m_project.removeComment(it->id))
                return false;
        }
        return m_project.removeComment(m_id);
    });
}

void RemoveCommentCommand::undo()
{
    inTransaction(m_project, this, [this] {
        for (const Comment &removed : std::as_const(m_removed)) {
            Comment c = removed;
            if (!m_project.insertComment(&c))
                return false;
        }
        return true;
    });
}

// --- Sign-offs ---------------------------------------------------------------------------

AddSignoffCommand::AddSignoffCommand(Project &project, const QString &name, const QString &note,
                                     QUndoCommand *parent)
    : QUndoCommand(tr("Sign off project"), parent)
    , m_project(project)
{
    m_signoff.name = name.trimmed();
    m_signoff.note = note;
}

void AddSignoffCommand::redo()
{
    Signoff signoff = m_signoff;
    if (!m_project.insertSignoff(&signoff)) {
        setObsolete(true);
        return;
    }
    m_signoff = signoff; // id, time and fingerprint of the first redo
}

void AddSignoffCommand::undo()
{
    if (!m_project.removeSignoff(m_signoff.id))
        setObsolete(true);
}

RemoveSignoffCommand::RemoveSignoffCommand(Project &project, Id signoffId, QUndoCommand *parent)
    : QUndoCommand(tr("Withdraw sign-off"), parent)
    , m_project(project)
    , m_signoff(project.signoff(signoffId))
{
    m_signoff.id = signoffId;
}

void RemoveSignoffCommand::redo()
{
    if (!m_project.removeSignoff(m_signoff.id))
        setObsolete(true);
}

void RemoveSignoffCommand::undo()
{
    Signoff signoff = m_signoff;
    if (!m_project.insertSignoff(&signoff))
        setObsolete(true);
}

} // namespace Waymark
