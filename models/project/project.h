#pragma once

#include "domain/card.h"
#include "domain/journey.h"
#include "domain/persona.h"
#include "domain/plan.h"
#include "io/mapdata.h"
#include "project/editcategory.h"
#include "storage/document.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QVariant>

#include <functional>
#include <memory>

class QUndoCommand;
class QUndoStack;

namespace Waymark {

// An open project: the document file, its structure mirrored in memory, and the undo stack
// every edit goes through. Readers (scene, panels, CLI) use the const accessors and listen
// to the fine-grained signals; only undo commands call the mutators, which write through a
// repository in a transaction and then update memory and emit. If a write fails (disk
// full, file gone), everything is rolled back, reloaded from the file, and the undo
// history is cleared, so memory and file never disagree.
class Project : public QObject
{
    Q_OBJECT

public:
    ~Project() override;

    static std::unique_ptr<Project> open(const QString &path, const Document::OpenOptions &options,
                                         DocumentError *error);
    // Writes a new project file atomically (built beside the target, then renamed into
    // place) with the given content, and opens it. seed, if given, adds more content (such
    // as the sample's feedback) before the file appears under its name.
    using Seed = std::function<bool(Project &project, QString *error)>;
    static std::unique_ptr<Project> create(const QString &path, const MapData &content,
                                           DocumentError *error, const Seed &seed = {});

    Document &document() { return *m_document; }
    const Document &document() const { return *m_document; }
    QUndoStack *undoStack() const { return m_undoStack.get(); }
    QString filePath() const { return m_document->path(); }

    // Edit locks. Every command is a structure edit (the map, personas, goals, the plan,
    // settings, feedback) or a review edit (comments, replies, resolving, sign-offs: the
    // commands that derive from ReviewCommand, see editcategory.h).
    // - A read-only file refuses both; so does a lock set with setEditLock().
    // - Review mode refuses structure edits and allows review edits.
    // The reasons are sentences for the user (a banner, a status bar).
    bool isEditable() const { return editLockReason().isEmpty(); } // structure edits allowed
    QString editLockReason() const;
    bool canReview() const { return reviewLockReason().isEmpty(); } // review edits allowed
    QString reviewLockReason() const;
    // Locks all edits with a reason (empty: unlocks); a read-only file stays locked.
    void setEditLock(const QString &reason);
    // Review mode: the map cannot be changed, comments and sign-offs can. Entering it
    // clears the undo history, so that Undo cannot change the map behind the reviewer's back.
    bool isReviewMode() const { return m_reviewMode; }
    void setReviewMode(bool on);

    // The only way to change a project: pushes the command on the undo stack (taking
    // ownership). Returns false, and deletes the command, when its category of edits is
    // locked (lastRefusal() then says why) or the write failed.
    bool execute(QUndoCommand *command);
    // Why the last execute() refused its command; empty when it was not refused.
    QString lastRefusal() const { return m_lastRefusal; }

    // Who writes new comments and sign-offs when a command does not name anyone: the
    // system user's name until set (the GUI keeps the user's choice in its settings).
    QString reviewerName() const;
    void setReviewerName(const QString &name) { m_reviewerName = name; }
    static QString systemUserName();

    QString title() const;

    // Journeys, stages and lanes in display order.
    QList<Journey> journeys() const;
    Journey journey(Id id) const { return m_journeys.value(id); }
    bool hasJourney(Id id) const { return m_journeys.contains(id); }
    int journeyIndex(Id id) const { return m_journeyOrder.indexOf(id); }

    QList<Stage> stages(Id journeyId) const;
    QList<Id> stageIds(Id journeyId) const { return m_stageOrder.value(journeyId); }
    Stage stage(Id id) const { return m_stages.value(id); }
    bool hasStage(Id id) const { return m_stages.contains(id); }

    QList<Lane> lanes(Id journeyId) const;
    QList<Id> laneIds(Id journeyId) const { return m_laneOrder.value(journeyId); }
    Lane lane(Id id) const { return m_lanes.value(id); }
    bool hasLane(Id id) const { return m_lanes.contains(id); }

    // Cards of a journey ordered by stage, lane and position in the cell.
    QList<Card> cards(Id journeyId) const;
    QList<Id> cellCardIds(Id stageId, Id laneId) const;
    QList<Card> cellCards(Id stageId, Id laneId) const;
    Card card(Id id) const { return m_cards.value(id); }
    bool hasCard(Id id) const { return m_cards.contains(id); }
    int cardCount(Id journeyId = NoId) const;

    QList<Connection> connections(Id journeyId) const;
    // Connections that start or end at the card.
    QList<Connection> connectionsOf(Id cardId) const;
    Connection connection(Id id) const { return m_connections.value(id); }
    bool hasConnection(Id id) const { return m_connections.contains(id); }

    QList<Persona> personas() const { return m_personas; }
    Persona persona(Id id) const;

    QVariant setting(const QString &key) const { return m_settings.value(key); }
    QMap<QString, QVariant> settings() const { return m_settings; }

    // --- Goals, the improvement plan, comments and sign-offs (small: all in memory). ---
    // References between them and to the map are soft: after a card, stage or journey is
    // deleted, what refers to it stays in memory (undo reattaches it) until the file is
    // closed. The lists leave such objects out; the single-object accessors do not.
    bool targetExists(TargetKind kind, Id id) const;

    // Goals in id order; of one journey, or of all journeys (NoId).
    QList<Goal> goals(Id journeyId = NoId) const;
    Goal goal(Id id) const { return m_goals.value(id); }
    bool hasGoal(Id id) const { return m_goals.contains(id); }

    // Actions in plan order; of one journey, or of all (NoId). Their card and goal links
    // may name objects deleted since (soft references): check hasCard()/hasGoal().
    QList<Action> actions(Id journeyId = NoId) const;
    Action action(Id id) const { return m_actions.value(id); }
    bool hasAction(Id id) const { return m_actions.contains(id); }
    int actionIndex(Id id) const { return int(m_actionOrder.indexOf(id)); }
    QList<Action> actionsOfCard(Id cardId) const;
    QList<Action> actionsOfGoal(Id goalId) const;
    // Whether a card has actions that are not done or dropped (the map marks it).
    bool hasOpenActions(Id cardId) const;

    // Comments in id order (first comments and replies); of one journey, or of all (NoId).
    QList<Comment> comments(Id journeyId = NoId) const;
    // The comments pinned to a journey, stage or card, replies included.
    QList<Comment> commentsOn(TargetKind kind, Id targetId) const;
    QList<Comment> replies(Id commentId) const;
    Comment comment(Id id) const { return m_comments.value(id); }
    bool hasComment(Id id) const { return m_comments.contains(id); }

    QList<Signoff> signoffs() const { return m_signoffs.values(); }
    Signoff signoff(Id id) const { return m_signoffs.value(id); }
    bool hasSignoff(Id id) const { return m_signoffs.contains(id); }

    // The fingerprint a sign-off records: the SHA-256 (hex) of the canonical JSON map
    // (writeJsonMap of toMapData()) without its comments and sign-offs. Everything a
    // reviewer signs is in it: settings, personas, journeys with their cards, goals and the
    // improvement plan. Comments and sign-offs are not (commenting after a sign-off does not
    // outdate it), nor is feedback (new responses change the scores, not what was signed).
    QString contentFingerprint() const;
    struct SignoffState
    {
        Signoff signoff;
        bool current = false; // false: the content changed after the sign-off (outdated)
    };
    // Every sign-off, in id order, with whether it is still current.
    QList<SignoffState> signoffStatus() const;

    // What is attached to cards that are about to be deleted (so that the user can be asked
    // what to do with it): actions linked to them, comments pinned to them (replies
    // included), goals about them.
    struct Attachments
    {
        QList<Id> actionIds;
        QList<Id> commentIds;
        QList<Id> goalIds;
        bool isEmpty() const
        {
            return actionIds.isEmpty() && commentIds.isEmpty() && goalIds.isEmpty();
        }
    };
    Attachments attachedToCards(const QList<Id> &cardIds) const;

    // The whole structure (or some journeys) in the JSON map format's model.
    MapData toMapData(const QList<Id> &journeyIds = {}) const;

    // Everything a removal takes with it, so that undo can put it back under the same ids.
    struct Snapshot
    {
        QList<QPair<Journey, int>> journeys; // with their index
        QList<Stage> stages;
        QList<Lane> lanes;
        QList<Card> cards;
        QList<Connection> connections;
    };
    Snapshot captureJourney(Id journeyId) const;
    Snapshot captureStage(Id stageId) const;
    Snapshot captureLane(Id laneId) const;
    Snapshot captureCards(const QList<Id> &cardIds) const;

    // --- Mutators: called by undo commands only. Each writes in a transaction. ---
    bool insertJourney(Journey *journey, int index);
    bool updateJourney(const Journey &journey);
    bool removeJourney(Id id);
    bool moveJourney(Id id, int toIndex);

    bool insertStage(Stage *stage, int index);
    bool updateStage(const Stage &stage);
    bool removeStage(Id id);
    bool moveStage(Id id, int toIndex);

    bool insertLane(Lane *lane, int index);
    bool updateLane(const Lane &lane);
    bool removeLane(Id id);
    bool moveLane(Id id, int toIndex);

    // Inserts into the card's cell (stageId x laneId) at index.
    bool insertCard(Card *card, int index);
    // Changes content; placement (stage, lane, position) is left as it is.
    bool updateCard(const Card &card);
    bool moveCard(Id id, Id stageId, Id laneId, int index);
    bool removeCard(Id id);

    bool insertConnection(Connection *connection);
    bool updateConnection(const Connection &connection);
    bool removeConnection(Id id);

    bool insertPersona(Persona *persona, int index);
    bool updatePersona(const Persona &persona);
    bool removePersona(Id id);

    bool setSetting(const QString &key, const QVariant &value);

    // A goal of scope Journey gets its journey as target; one of scope Stage or Card gets
    // the journey of its target.
    bool insertGoal(Goal *goal);
    bool updateGoal(const Goal &goal);
    bool removeGoal(Id id);

    // Links are kept sorted and without duplicates. createdAt is set on the first insert
    // when it is invalid; updatedAt is set to now by an update that changes the content and
    // does not set updatedAt itself, unless keepUpdatedAt (commands that restore or replay
    // an exact value: undo, redo after undo).
    bool insertAction(Action *action, int index);
    bool updateAction(const Action &action, bool keepUpdatedAt = false);
    bool removeAction(Id id);
    bool moveAction(Id id, int toIndex);

    // A reply takes the target of the comment it answers and always points to the first
    // comment of its thread. createdAt is set when it is invalid.
    bool insertComment(Comment *comment);
    bool updateComment(const Comment &comment);
    // Removes one comment; RemoveCommentCommand removes a thread (replies first).
    bool removeComment(Id id);

    bool insertSignoff(Signoff *signoff);
    bool removeSignoff(Id id);

    // Feedback is not mirrored in memory; whoever writes it (an import, an edit in the
    // feedback table) says so here, and views and the metrics engine refresh.
    void notifyFeedbackChanged(Id journeyId);
    // Brings cards that another connection wrote (an import on a worker thread) into
    // memory, as if they had been inserted here.
    bool adoptCards(const QList<Id> &cardIds);

    // Puts back what a capture took; ids are kept.
    bool restore(const Snapshot &snapshot);

    // Adds map content (not undoable; for new projects). keepIds keeps the ids of the map.
    bool importMap(const MapData &content, bool keepIds, QString *error);

    // Groups several mutators into one transaction (a command that changes several
    // things); false when the transaction cannot start.
    bool beginChange();
    bool endChange();

Q_SIGNALS:
    void aboutToReset();
    void reset();

    void journeyInserted(Waymark::Id journeyId);
    void journeyRemoved(Waymark::Id journeyId);
    void journeyChanged(Waymark::Id journeyId);
    void journeysReordered();

    void stageInserted(Waymark::Id journeyId, Waymark::Id stageId);
    void stageRemoved(Waymark::Id journeyId, Waymark::Id stageId);
    void stageChanged(Waymark::Id stageId);
    void stagesReordered(Waymark::Id journeyId);

    void laneInserted(Waymark::Id journeyId, Waymark::Id laneId);
    void laneRemoved(Waymark::Id journeyId, Waymark::Id laneId);
    void laneChanged(Waymark::Id laneId);
    void lanesReordered(Waymark::Id journeyId);

    void cardInserted(Waymark::Id journeyId, Waymark::Id cardId);
    void cardRemoved(Waymark::Id journeyId, Waymark::Id cardId);
    void cardChanged(Waymark::Id cardId);
    // The membership or order of a cell changed.
    void cellChanged(Waymark::Id journeyId, Waymark::Id stageId, Waymark::Id laneId);

    void connectionInserted(Waymark::Id journeyId, Waymark::Id connectionId);
    void connectionRemoved(Waymark::Id journeyId, Waymark::Id connectionId);
    void connectionChanged(Waymark::Id connectionId);

    void personasChanged();

    void goalInserted(Waymark::Id journeyId, Waymark::Id goalId);
    void goalRemoved(Waymark::Id journeyId, Waymark::Id goalId);
    void goalChanged(Waymark::Id goalId);

    void actionInserted(Waymark::Id journeyId, Waymark::Id actionId);
    void actionRemoved(Waymark::Id journeyId, Waymark::Id actionId);
    void actionChanged(Waymark::Id actionId);
    void actionsReordered();

    void commentInserted(Waymark::Id journeyId, Waymark::Id commentId);
    void commentRemoved(Waymark::Id journeyId, Waymark::Id commentId);
    void commentChanged(Waymark::Id commentId);

    // A sign-off was added or removed.
    void signoffsChanged();
    // Something the content fingerprint covers changed: sign-offs may be outdated now.
    void contentChanged();
    // Responses of a journey were added, changed or removed (NoId: of any journey).
    void feedbackChanged(Waymark::Id journeyId);
    void settingChanged(const QString &key);
    void editLockChanged();

    // A write failed; the project was reloaded from its file. message is a sentence.
    void writeFailed(const QString &message);

private:
    explicit Project(std::unique_ptr<Document> document);
    bool load(QString *error);
    void clearMemory();
    bool fail();
    bool reject();
    void recoverIfFailed();
    void reindexStages(Id journeyId);
    void reindexLanes(Id journeyId);
    void reindexCell(Id stageId, Id laneId);
    void forgetCard(Id cardId);
    void forgetConnection(Id connectionId);
    void forgetStage(Id stageId);
    void forgetLane(Id laneId);
    void invalidateContent();
    using CellKey = QPair<Id, Id>;

    std::unique_ptr<Document> m_document;
    std::unique_ptr<QUndoStack> m_undoStack;
    QString m_lockReason;
    QString m_lastRefusal;
    QString m_reviewerName;
    bool m_reviewMode = false;
    bool m_failed = false;
    bool m_rejected = false;
    QString m_failure;

    QList<Id> m_journeyOrder;
    QHash<Id, Journey> m_journeys;
    QHash<Id, QList<Id>> m_stageOrder; // by journey
    QHash<Id, Stage> m_stages;
    QHash<Id, QList<Id>> m_laneOrder; // by journey
    QHash<Id, Lane> m_lanes;
    QHash<CellKey, QList<Id>> m_cells; // card ids by (stage, lane), in order
    QHash<Id, Card> m_cards;
    QHash<Id, Connection> m_connections;
    QList<Persona> m_personas;
    QMap<QString, QVariant> m_settings;
    QMap<Id, Goal> m_goals; // QMap: in id order
    QList<Id> m_actionOrder;
    QHash<Id, Action> m_actions;
    QMap<Id, Comment> m_comments;
    QMap<Id, Signoff> m_signoffs;
    mutable QString m_fingerprint; // cache; empty when the content changed
};

} // namespace Waymark
