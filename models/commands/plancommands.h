#pragma once

// Commands of CX management: goals, the improvement plan, review comments and sign-offs,
// personas, deleting cards that carry any of these, and the future state of a journey.
//
// Structure edits (refused in review mode):
//     AddGoalCommand(project, goal[, index])          = InsertCommand<Goal>   (insertcommand.h)
//     EditGoalCommand(project, after)                 = EditCommand<Goal>     (editcommand.h)
//     RemoveGoalCommand(project, goalId)
//     AddActionCommand(project, action[, index])      = InsertCommand<Action>
//     EditActionCommand(project, after)               = EditCommand<Action>
//     RemoveActionCommand(project, actionIds)
//     MoveActionCommand(project, actionId, toIndex)
//     CreateActionFromCardCommand(project, cardId)
//     RemoveCardsCommand(project, cardIds, AttachmentPolicy)
//     AddPersonaCommand / EditPersonaCommand (insertcommand.h, editcommand.h)
//     RemovePersonaCommand(project, personaId)
//     DuplicateJourneyCommand(project, journeyId, newName, asFutureState)
// Review edits (allowed in review mode, refused on a read-only file):
//     AddCommentCommand, EditCommentCommand, ResolveCommentCommand, RemoveCommentCommand,
//     AddSignoffCommand, RemoveSignoffCommand

#include "addjourneycommand.h"
#include "editcommand.h"
#include "insertcommand.h"
#include "project/editcategory.h"
#include "project/project.h"

#include <QCoreApplication>
#include <QHash>
#include <QUndoCommand>

namespace Waymark {

// Removes a goal. Links of actions to it are soft references (Project::removeGoal), so undo
// puts the goal back under its id and the actions that named it are linked again.
class RemoveGoalCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::RemoveGoalCommand)

public:
    RemoveGoalCommand(Project &project, Id goalId, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Project &m_project;
    Goal m_goal;
};

// Removes actions of the improvement plan; undo puts them back at their places.
class RemoveActionCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::RemoveActionCommand)

public:
    RemoveActionCommand(Project &project, const QList<Id> &actionIds,
                        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Project &m_project;
    QList<Id> m_ids;
    QList<Action> m_removed; // as they were, with their index in the plan (position)
};

// Moves an action to another place in the plan (the table's order; the board sorts by it
// within each status column).
class MoveActionCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::MoveActionCommand)

public:
    MoveActionCommand(Project &project, Id actionId, int toIndex, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Project &m_project;
    Id m_id;
    int m_fromIndex;
    int m_toIndex;
};

// Turns a pain point (or any card) into an action in one gesture: an action titled after the
// card, with status Idea, in the card's journey, linked to the card and to the goals about
// the card, added at the end of the plan.
class CreateActionFromCardCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::CreateActionFromCardCommand)

public:
    CreateActionFromCardCommand(Project &project, Id cardId, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // The new action's id once the command has run.
    Id createdId() const { return m_action.id; }

private:
    Project &m_project;
    Action m_action;
};

// What happens to what is attached to cards that are deleted (Project::attachedToCards).
//  Keep:   actions stay in the plan, without their links to the deleted cards; comment
//          threads pinned to a deleted card move to the card's stage; goals about a deleted
//          card become goals about its stage.
//  Delete: comment threads pinned to the cards and goals about them are deleted; actions
//          lose their links to the cards, and an action that was linked to deleted cards
//          only is deleted too (it would be about nothing left on the map).
// Losing a link does not change an action's updatedAt (it is not an edit of the action).
// Either way undo restores the cards, their connections and every attached object exactly
// (same ids, texts, links, plan order and times).
enum class AttachmentPolicy { Keep, Delete };

// Deletes cards with their connections and deals with their attachments (see
// AttachmentPolicy). Cards without attachments: the same as RemoveCommand(Kind::Card).
class RemoveCardsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::RemoveCardsCommand)

public:
    RemoveCardsCommand(Project &project, const QList<Id> &cardIds, AttachmentPolicy policy,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    bool apply();
    bool revert();

    Project &m_project;
    QList<Id> m_ids;
    AttachmentPolicy m_policy;
    Project::Snapshot m_cards;       // the cards and their connections
    QList<Action> m_actionsBefore;   // every attached action as it was
    QList<Comment> m_commentsBefore; // attached comments as they were, by id
    QList<Goal> m_goalsBefore;       // attached goals as they were
};

// Removes a persona; journeys that named it lose it. Undo restores both.
class RemovePersonaCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::RemovePersonaCommand)

public:
    RemovePersonaCommand(Project &project, Id personaId, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Project &m_project;
    Id m_id;
    Persona m_persona;
    QList<Id> m_journeys; // journeys that named the persona
};

// Copies a journey with its stages, lanes, cards and connections (not its feedback, goals,
// plan or comments) right after the original. As a future state, the copy's state is
// JourneyState::Future and its sourceJourneyId names the original (the current state), which
// is how the comparison view pairs them (compareJourneys, journeycomparison.h).
class DuplicateJourneyCommand : public AddJourneyCommand
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::DuplicateJourneyCommand)

public:
    DuplicateJourneyCommand(Project &project, Id journeyId, const QString &newName,
                            bool asFutureState, QUndoCommand *parent = nullptr);

    // The copy's id once the command has run.
    Id createdId() const { return journeyId(); }

    void redo() override;

private:
    Project &m_source;
    Id m_sourceId;
    static MapJourney copyOf(const Project &project, Id journeyId, const QString &newName,
                             bool asFutureState);
};

// --- Review edits ------------------------------------------------------------------------

// Adds a comment pinned to a journey, stage or card (targetKind, targetId), or a reply when
// parentId is set (it then takes its thread's target). author and createdAt are filled in
// when empty (Project::reviewerName(), now).
class AddCommentCommand : public QUndoCommand, public ReviewCommand
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::AddCommentCommand)

public:
    AddCommentCommand(Project &project, const Comment &comment, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // The new comment's id once the command has run.
    Id createdId() const { return m_comment.id; }

private:
    Project &m_project;
    Comment m_comment;
};

// Changes the text of a comment or reply.
class EditCommentCommand : public QUndoCommand, public ReviewCommand
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::EditCommentCommand)

public:
    EditCommentCommand(Project &project, Id commentId, const QString &text,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Project &m_project;
    Comment m_before;
    Comment m_after;
};

// Resolves or reopens a thread (its first comment; a reply's id stands for its thread).
// Resolving records who (Project::reviewerName()) and when.
class ResolveCommentCommand : public QUndoCommand, public ReviewCommand
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::ResolveCommentCommand)

public:
    ResolveCommentCommand(Project &project, Id threadId, bool resolved,
                          QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Project &m_project;
    Comment m_before;
    Comment m_after;
};

// Removes a comment with its replies (a whole thread, when given its first comment); undo
// restores all of them under their ids.
class RemoveCommentCommand : public QUndoCommand, public ReviewCommand
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::RemoveCommentCommand)

public:
    RemoveCommentCommand(Project &project, Id commentId, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Project &m_project;
    Id m_id;
    QList<Comment> m_removed; // the comment first, then its replies
};

// Signs the project off: name (empty: Project::reviewerName()), now, a note, and the
// Project::contentFingerprint() of this moment; any later change of the content outdates it
// (Project::signoffStatus()).
class AddSignoffCommand : public QUndoCommand, public ReviewCommand
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::AddSignoffCommand)

public:
    AddSignoffCommand(Project &project, const QString &name, const QString &note,
                      QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // The new sign-off's id once the command has run.
    Id createdId() const { return m_signoff.id; }

private:
    Project &m_project;
    Signoff m_signoff;
};

// Withdraws a sign-off.
class RemoveSignoffCommand : public QUndoCommand, public ReviewCommand
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::RemoveSignoffCommand)

public:
    RemoveSignoffCommand(Project &project, Id signoffId, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Project &m_project;
    Signoff m_signoff;
};

} // namespace Waymark
