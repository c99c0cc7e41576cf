// CX management in the model: goals, the improvement plan, review comments and sign-offs,
// personas, deleting cards that carry attachments, the future state of a journey. Every
// command makes a redo/undo round trip in memory and in the file; review mode refuses
// structure edits and allows comments; a read-only file refuses both.

#include "testutil.h"

#include "commands/editcommand.h"
#include "commands/insertcommand.h"
#include "commands/plancommands.h"
#include "commands/removecommand.h"
#include "commands/setsettingcommand.h"
#include "io/jsonmapreader.h"
#include "io/personapicture.h"
#include "metrics/businessimpact.h"
#include "metrics/goalprogress.h"
#include "metrics/metricsengine.h"
#include "project/journeycomparison.h"
#include "storage/feedbackrepository.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Waymark;
using namespace TestUtil;

namespace {

enum class Op {
    AddGoal,
    EditGoal,
    RemoveGoal,
    AddAction,
    EditAction,
    RemoveAction,
    RemoveTwoActions,
    MoveAction,
    CreateActionFromCard,
    RemoveCardsKeep,
    RemoveCardsDelete,
    RemoveCardsWithoutAttachments,
    AddPersona,
    EditPersona,
    RemovePersona,
    DuplicateJourney,
    DuplicateAsFutureState,
    AddComment,
    AddReply,
    EditComment,
    ResolveComment,
    ReopenComment,
    RemoveThread,
    RemoveReply,
    AddSignoff,
    RemoveSignoff,
};

Card cardTitled(const Project &p, const QString &title)
{
    for (const Journey &j : p.journeys()) {
        for (const Card &c : p.cards(j.id)) {
            if (c.title == title)
                return c;
        }
    }
    return {};
}

} // namespace

class tst_Plan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void removeCardsKeep();
    void removeCardsDelete();
    void removeGoalRestoresActionLinks();
    void actionLifecycle();
    void createActionFromCard();
    void commentLifecycle();
    void signoffOutdatedByChange();
    void reviewModeLocking();
    void readOnlyRefusesBoth();
    void duplicateAsFutureState();
    void compareJourneys();
    void removePersonaRestoresJourneys();
    void personaPicture();
    void staleIdsAreRefused();
    void parseDue_data();
    void parseDue();
    void goalProgress_data();
    void goalProgress();
    void sampleProject();
    void businessImpact();

private:
    std::unique_ptr<Project> openFixture(QTemporaryDir &dir, bool readOnly = false);

    QTemporaryDir m_dir;
    QString m_fixture;
};

// The sample journey with a persona, and on it: three goals (journey, stage, card), four
// actions (two on the financing pain point, one also on the delivery pain point, one on no
// card), a comment thread with a reply on the financing card, a comment on a stage, a
// resolved comment on the journey, and a sign-off.
void tst_Plan::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_fixture = m_dir.filePath(QStringLiteral("fixture.waymark"));
    MapData map = templateMap(Templates::sampleName());
    QVERIFY(!map.journeys.isEmpty());
    map.goals.clear();
    map.actions.clear();
    map.comments.clear();
    map.signoffs.clear();
    map.personas.clear();
    map.journeys[0].journey.personaId = NoId;
    for (qsizetype i = map.journeys.size() - 1; i > 0; --i)
        map.journeys.removeAt(i);
    Persona persona;
    persona.id = 1;
    persona.name = QStringLiteral("Commuter");
    persona.color = color("#225588");
    persona.segments = {QStringLiteral("Commuter")};
    map.personas.append(persona);
    map.journeys[0].journey.personaId = 1;
    std::unique_ptr<Project> project = createProject(m_fixture, map);
    QVERIFY(project);
    Project &p = *project;
    const Id j = p.journeys().first().id;
    const Card financing = cardTitled(p, QStringLiteral("Financing approval takes three days"));
    const Card delivery = cardTitled(p, QStringLiteral("Delivery slot changed twice"));
    QVERIFY(financing.id != NoId && delivery.id != NoId);

    Goal journeyGoal;
    journeyGoal.journeyId = j;
    journeyGoal.scope = TargetKind::Journey;
    journeyGoal.targetId = j;
    journeyGoal.metric = Metric::Nps;
    journeyGoal.target = 40;
    journeyGoal.due = QStringLiteral("2027-Q2");
    journeyGoal.title = QStringLiteral("NPS 40");
    QVERIFY(p.insertGoal(&journeyGoal));
    Goal stageGoal = journeyGoal;
    stageGoal.id = NoId;
    stageGoal.scope = TargetKind::Stage;
    stageGoal.targetId = financing.stageId;
    stageGoal.metric = Metric::Ces;
    stageGoal.target = 5;
    stageGoal.title = QStringLiteral("Easy purchase");
    QVERIFY(p.insertGoal(&stageGoal));
    Goal cardGoal = journeyGoal;
    cardGoal.id = NoId;
    cardGoal.scope = TargetKind::Card;
    cardGoal.targetId = financing.id;
    cardGoal.metric = Metric::Csat;
    cardGoal.target = 80;
    cardGoal.title = QStringLiteral("Financing CSAT");
    QVERIFY(p.insertGoal(&cardGoal));

    Action a1;
    a1.journeyId = j;
    a1.title = QStringLiteral("Instant financing decision");
    a1.owner = QStringLiteral("Finance");
    a1.status = ActionStatus::InProgress;
    a1.due = QDate(2026, 3, 31);
    a1.cardIds = {financing.id};
    a1.goalIds = {cardGoal.id, journeyGoal.id};
    QVERIFY(p.insertAction(&a1, 0));
    Action a2 = a1;
    a2.id = NoId;
    a2.title = QStringLiteral("Delivery and financing in one call");
    a2.status = ActionStatus::Planned;
    a2.cardIds = {financing.id, delivery.id};
    a2.goalIds = {stageGoal.id};
    QVERIFY(p.insertAction(&a2, 1));
    Action a3 = a1;
    a3.id = NoId;
    a3.title = QStringLiteral("Club rides every month");
    a3.status = ActionStatus::Idea;
    a3.cardIds.clear();
    a3.goalIds.clear();
    QVERIFY(p.insertAction(&a3, 2));
    Action a4 = a3;
    a4.id = NoId;
    a4.title = QStringLiteral("Delivery tracking");
    a4.status = ActionStatus::Done;
    a4.cardIds = {delivery.id};
    QVERIFY(p.insertAction(&a4, 3));

    Comment thread;
    thread.targetKind = TargetKind::Card;
    thread.targetId = financing.id;
    thread.author = QStringLiteral("Maria");
    thread.text = QStringLiteral("Is three days confirmed by data?");
    QVERIFY(p.insertComment(&thread));
    Comment reply;
    reply.parentId = thread.id;
    reply.author = QStringLiteral("Tom");
    reply.text = QStringLiteral("Yes: 40 tickets last quarter.");
    QVERIFY(p.insertComment(&reply));
    Comment onStage;
    onStage.targetKind = TargetKind::Stage;
    onStage.targetId = financing.stageId;
    onStage.author = QStringLiteral("Maria");
    onStage.text = QStringLiteral("Split this stage?");
    QVERIFY(p.insertComment(&onStage));
    Comment resolved;
    resolved.targetKind = TargetKind::Journey;
    resolved.targetId = j;
    resolved.author = QStringLiteral("Sam");
    resolved.text = QStringLiteral("Add the persona.");
    resolved.resolved = true;
    resolved.resolvedBy = QStringLiteral("Sam");
    resolved.resolvedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    QVERIFY(p.insertComment(&resolved));
    Signoff signoff;
    signoff.name = QStringLiteral("Head of CX");
    signoff.note = QStringLiteral("Fine for Q1");
    QVERIFY(p.insertSignoff(&signoff));
    QCOMPARE(p.goals().size(), 3);
    QCOMPARE(p.actions().size(), 4);
    QCOMPARE(p.comments().size(), 4);
    QCOMPARE(p.signoffs().size(), 1);
}

std::unique_ptr<Project> tst_Plan::openFixture(QTemporaryDir &dir, bool readOnly)
{
    const QString path = dir.filePath(QStringLiteral("project.waymark"));
    if (!QFile::copy(m_fixture, path))
        return nullptr;
    DocumentError error;
    Document::OpenOptions options;
    if (readOnly)
        options.access = Document::Access::ReadOnly;
    std::unique_ptr<Project> project = Project::open(path, options, &error);
    if (!project)
        qWarning("%s", qPrintable(error.message));
    return project;
}

void tst_Plan::roundTrip_data()
{
    QTest::addColumn<int>("op");
    auto row = [](const char *name, Op op) {
        QTest::newRow(name) << int(op);
    };
    row("AddGoalCommand", Op::AddGoal);
    row("EditGoalCommand", Op::EditGoal);
    row("RemoveGoalCommand", Op::RemoveGoal);
    row("AddActionCommand", Op::AddAction);
    row("EditActionCommand", Op::EditAction);
    row("RemoveActionCommand", Op::RemoveAction);
    row("RemoveActionCommand two", Op::RemoveTwoActions);
    row("MoveActionCommand", Op::MoveAction);
    row("CreateActionFromCardCommand", Op::CreateActionFromCard);
    row("RemoveCardsCommand keep", Op::RemoveCardsKeep);
    row("RemoveCardsCommand delete", Op::RemoveCardsDelete);
    row("RemoveCardsCommand without attachments", Op::RemoveCardsWithoutAttachments);
    row("AddPersonaCommand", Op::AddPersona);
    row("EditPersonaCommand", Op::EditPersona);
    row("RemovePersonaCommand", Op::RemovePersona);
    row("DuplicateJourneyCommand copy", Op::DuplicateJourney);
    row("DuplicateJourneyCommand future state", Op::DuplicateAsFutureState);
    row("AddCommentCommand", Op::AddComment);
    row("AddCommentCommand reply", Op::AddReply);
    row("EditCommentCommand", Op::EditComment);
    row("ResolveCommentCommand resolve", Op::ResolveComment);
    row("ResolveCommentCommand reopen", Op::ReopenComment);
    row("RemoveCommentCommand thread", Op::RemoveThread);
    row("RemoveCommentCommand reply", Op::RemoveReply);
    row("AddSignoffCommand", Op::AddSignoff);
    row("RemoveSignoffCommand", Op::RemoveSignoff);
}

void tst_Plan::roundTrip()
{
    QFETCH(int, op);
    QTemporaryDir dir;
    std::unique_ptr<Project> project = openFixture(dir);
    QVERIFY(project);
    Project &p = *project;
    const Id j = p.journeys().first().id;
    const QList<Goal> goals = p.goals();
    const QList<Action> actions = p.actions();
    const QList<Comment> comments = p.comments();
    const Card financing = cardTitled(p, QStringLiteral("Financing approval takes three days"));
    const Card delivery = cardTitled(p, QStringLiteral("Delivery slot changed twice"));
    const Id thread = comments.at(0).id;
    const Id reply = comments.at(1).id;
    QCOMPARE(p.comment(reply).parentId, thread);

    QUndoCommand *command = nullptr;
    switch (Op(op)) {
    case Op::AddGoal: {
        Goal g;
        g.scope = TargetKind::Card;
        g.targetId = delivery.id;
        g.metric = Metric::Csat;
        g.op = GoalOperator::AtLeast;
        g.target = 75.5;
        g.due = QStringLiteral("2027-06");
        g.title = QStringLiteral("Delivery CSAT");
        command = new AddGoalCommand(p, g);
        break;
    }
    case Op::EditGoal: {
        Goal g = goals.at(1);
        g.target = 5.5;
        g.op = GoalOperator::AtMost;
        g.due = QStringLiteral("2028");
        g.title = QStringLiteral("Easier purchase");
        command = new EditGoalCommand(p, g);
        break;
    }
    case Op::RemoveGoal:
        command = new RemoveGoalCommand(p, goals.at(2).id);
        break;
    case Op::AddAction: {
        Action a;
        a.journeyId = j;
        a.title = QStringLiteral("Fix the size guide");
        a.description = QStringLiteral("Align with the mechanics");
        a.owner = QStringLiteral("Web team");
        a.status = ActionStatus::Planned;
        a.due = QDate(2027, 1, 15);
        a.impact = QStringLiteral("+5 CSAT");
        a.cardIds = {delivery.id};
        a.goalIds = {goals.at(0).id};
        command = new AddActionCommand(p, a, 1);
        break;
    }
    case Op::EditAction: {
        Action a = actions.at(1);
        a.status = ActionStatus::Done;
        a.owner = QStringLiteral("Ops");
        a.cardIds = {delivery.id};
        command = new EditActionCommand(p, a);
        break;
    }
    case Op::RemoveAction:
        command = new RemoveActionCommand(p, {actions.at(1).id});
        break;
    case Op::RemoveTwoActions:
        command
            = new RemoveActionCommand(p, {actions.at(3).id, actions.at(0).id, actions.at(3).id});
        break;
    case Op::MoveAction:
        command = new MoveActionCommand(p, actions.at(0).id, 2);
        break;
    case Op::CreateActionFromCard:
        command = new CreateActionFromCardCommand(p, delivery.id);
        break;
    case Op::RemoveCardsKeep:
        command = new RemoveCardsCommand(p, {financing.id, delivery.id}, AttachmentPolicy::Keep);
        break;
    case Op::RemoveCardsDelete:
        command = new RemoveCardsCommand(p, {financing.id, delivery.id}, AttachmentPolicy::Delete);
        break;
    case Op::RemoveCardsWithoutAttachments:
        command = new RemoveCardsCommand(p, {p.cards(j).at(3).id}, AttachmentPolicy::Delete);
        break;
    case Op::AddPersona: {
        Persona persona;
        persona.name = QStringLiteral("Family rider");
        persona.segments = {QStringLiteral("Family rider")};
        persona.color = color("#aa3300");
        command = new AddPersonaCommand(p, persona);
        break;
    }
    case Op::EditPersona: {
        Persona persona = p.personas().first();
        persona.quote = QStringLiteral("“Just let me ride.”");
        persona.segments = {QStringLiteral("Commuter"), QStringLiteral("Student")};
        command = new EditPersonaCommand(p, persona);
        break;
    }
    case Op::RemovePersona:
        command = new RemovePersonaCommand(p, p.personas().first().id);
        break;
    case Op::DuplicateJourney:
        command = new DuplicateJourneyCommand(p, j, QStringLiteral("Copy"), false);
        break;
    case Op::DuplicateAsFutureState:
        command = new DuplicateJourneyCommand(p, j, {}, true);
        break;
    case Op::AddComment: {
        Comment c;
        c.targetKind = TargetKind::Stage;
        c.targetId = delivery.stageId;
        c.text = QStringLiteral("Where is the returns stage?");
        command = new AddCommentCommand(p, c);
        break;
    }
    case Op::AddReply: {
        Comment c;
        c.parentId = reply; // a reply to a reply joins the thread
        c.author = QStringLiteral("Ana");
        c.text = QStringLiteral("Agreed.");
        command = new AddCommentCommand(p, c);
        break;
    }
    case Op::EditComment:
        command = new EditCommentCommand(p, thread, QStringLiteral("Is it really three days?"));
        break;
    case Op::ResolveComment:
        command = new ResolveCommentCommand(p, reply, true);
        break;
    case Op::ReopenComment:
        command = new ResolveCommentCommand(p, comments.at(3).id, false);
        break;
    case Op::RemoveThread:
        command = new RemoveCommentCommand(p, thread);
        break;
    case Op::RemoveReply:
        command = new RemoveCommentCommand(p, reply);
        break;
    case Op::AddSignoff:
        command = new AddSignoffCommand(p, QStringLiteral("Board"), QStringLiteral("Go"));
        break;
    case Op::RemoveSignoff:
        command = new RemoveSignoffCommand(p, p.signoffs().first().id);
        break;
    }
    QVERIFY(command);
    const QString text = command->text();
    QVERIFY2(!text.trimmed().isEmpty(), "a command needs a text for the Edit menu");

    const MapData before = p.toMapData();
    QVERIFY2(p.execute(command), qPrintable(p.lastRefusal()));
    QCOMPARE(p.undoStack()->count(), 1);
    QCOMPARE(p.undoStack()->undoText(), text);
    const MapData after = p.toMapData();
    QVERIFY2(!(after == before), "the command changed nothing");
    WM_VERIFY_FILE_AGREES(p);
    QVERIFY(p.toMapData() == reopenedMap(p.filePath()));

    for (int round = 0; round < 2; ++round) {
        p.undoStack()->undo();
        QCOMPARE(p.undoStack()->index(), 0);
        WM_COMPARE_MAPS(p.toMapData(), before);
        QVERIFY(p.toMapData() == before);
        QVERIFY(p.toMapData() == reopenedMap(p.filePath()));

        p.undoStack()->redo();
        QCOMPARE(p.undoStack()->index(), 1);
        WM_COMPARE_MAPS(p.toMapData(), after);
        QVERIFY(p.toMapData() == after);
        QVERIFY(p.toMapData() == reopenedMap(p.filePath()));
    }
    QCOMPARE(p.document().transactionDepth(), 0);

    // Closing purges what only undo could have brought back; what exists stays.
    const QString path = p.filePath();
    project.reset();
    QVERIFY(reopenedMap(path) == after);
}

void tst_Plan::removeCardsKeep()
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project = openFixture(dir);
    QVERIFY(project);
    Project &p = *project;
    const Card financing = cardTitled(p, QStringLiteral("Financing approval takes three days"));
    const Card delivery = cardTitled(p, QStringLiteral("Delivery slot changed twice"));
    const Project::Attachments attached = p.attachedToCards({financing.id});
    QCOMPARE(attached.actionIds.size(), 2);
    QCOMPARE(attached.commentIds.size(), 2); // the thread and its reply
    QCOMPARE(attached.goalIds.size(), 1);
    const MapData before = p.toMapData();

    QVERIFY(p.execute(new RemoveCardsCommand(p, {financing.id}, AttachmentPolicy::Keep)));
    QVERIFY(!p.hasCard(financing.id));
    QCOMPARE(p.actions().size(), 4);
    for (Id id : attached.actionIds)
        QVERIFY(!p.action(id).cardIds.contains(financing.id));
    QCOMPARE(p.action(attached.actionIds.at(1)).cardIds, QList<Id>{delivery.id});
    for (Id id : attached.commentIds) {
        QCOMPARE(p.comment(id).targetKind, TargetKind::Stage);
        QCOMPARE(p.comment(id).targetId, financing.stageId);
    }
    QCOMPARE(p.commentsOn(TargetKind::Stage, financing.stageId).size(), 3);
    const Goal goal = p.goal(attached.goalIds.first());
    QCOMPARE(goal.scope, TargetKind::Stage);
    QCOMPARE(goal.targetId, financing.stageId);
    QCOMPARE(p.goals().size(), 3);

    p.undoStack()->undo();
    QVERIFY(p.toMapData() == before);
    QVERIFY(reopenedMap(p.filePath()) == before);
}

void tst_Plan::removeCardsDelete()
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project = openFixture(dir);
    QVERIFY(project);
    Project &p = *project;
    const Card financing = cardTitled(p, QStringLiteral("Financing approval takes three days"));
    const Card delivery = cardTitled(p, QStringLiteral("Delivery slot changed twice"));
    const QList<Action> actions = p.actions();
    const MapData before = p.toMapData();

    QVERIFY(p.execute(new RemoveCardsCommand(p, {financing.id}, AttachmentPolicy::Delete)));
    // The first action was about the financing card only: gone. The second keeps its other
    // card. Comments on the card and the goal about it are gone.
    QVERIFY(!p.hasAction(actions.at(0).id));
    QCOMPARE(p.action(actions.at(1).id).cardIds, QList<Id>{delivery.id});
    QCOMPARE(p.actions().size(), 3);
    QCOMPARE(p.comments().size(), 2);
    QCOMPARE(p.goals().size(), 2);
    QCOMPARE(sqlValue(p.filePath(), "SELECT count(*) FROM comments").toInt(), 2);

    p.undoStack()->undo();
    QVERIFY(p.toMapData() == before);
    QVERIFY(reopenedMap(p.filePath()) == before);
    QCOMPARE(p.actions(), actions);

    // Undo after closing and reopening is gone, but the redo state was written and purged
    // cleanly: deleting again and closing leaves no orphans behind.
    p.undoStack()->redo();
    const QString path = p.filePath();
    project.reset();
    QCOMPARE(sqlValue(path, "SELECT count(*) FROM action_links WHERE target_kind = 'card' AND "
                            "target_id NOT IN (SELECT id FROM cards)")
                 .toInt(),
             0);
}

void tst_Plan::removeGoalRestoresActionLinks()
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project = openFixture(dir);
    QVERIFY(project);
    Project &p = *project;
    const Goal goal = p.goals().at(2); // the card goal, linked from the first action
    const Id action = p.actions().first().id;
    QVERIFY(p.action(action).goalIds.contains(goal.id));
    QCOMPARE(p.actionsOfGoal(goal.id).size(), 1);
    QVERIFY(p.execute(new RemoveGoalCommand(p, goal.id)));
    QVERIFY(!p.hasGoal(goal.id));
    QVERIFY(!p.toMapData().actions.first().goalIds.contains(goal.id));
    p.undoStack()->undo();
    QCOMPARE(p.goal(goal.id), goal);
    QCOMPARE(p.actionsOfGoal(goal.id).size(), 1);
    QVERIFY(reopenedMap(p.filePath()).actions.first().goalIds.contains(goal.id));
}

void tst_Plan::actionLifecycle()
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project = openFixture(dir);
    QVERIFY(project);
    Project &p = *project;
    const Id j = p.journeys().first().id;
    const MapData start = p.toMapData();
    const QDate today(2026, 11, 23);

    Action a;
    a.journeyId = j;
    a.title = QStringLiteral("Call back within a day");
    a.owner = QStringLiteral("Service desk");
    a.due = QDate(2026, 10, 1);
    auto *add = new AddActionCommand(p, a);
    QVERIFY(p.execute(add));
    const Id id = add->insertedId();
    QCOMPARE(p.actionIndex(id), 4);
    QCOMPARE(p.action(id).status, ActionStatus::Idea);
    QVERIFY(p.action(id).createdAt.isValid());
    QVERIFY(p.action(id).isOverdue(today));

    for (ActionStatus status :
         {ActionStatus::Planned, ActionStatus::InProgress, ActionStatus::Done}) {
        Action next = p.action(id);
        next.status = status;
        QVERIFY(p.execute(new EditActionCommand(p, next)));
        QCOMPARE(p.action(id).status, status);
    }
    QVERIFY(!p.action(id).isOverdue(today));
    QVERIFY(!p.action(id).isOpen());
    QVERIFY(p.execute(new MoveActionCommand(p, id, 0)));
    QCOMPARE(p.actions().first().id, id);
    QVERIFY(p.execute(new RemoveActionCommand(p, {id})));
    QVERIFY(!p.hasAction(id));

    // Undo all the way: the status goes back step by step, the plan is as it was.
    p.undoStack()->undo();
    QCOMPARE(p.actions().first().id, id);
    p.undoStack()->undo();
    QCOMPARE(p.actionIndex(id), 4);
    p.undoStack()->undo();
    QCOMPARE(p.action(id).status, ActionStatus::InProgress);
    p.undoStack()->undo();
    p.undoStack()->undo();
    QCOMPARE(p.action(id).status, ActionStatus::Idea);
    p.undoStack()->undo();
    QVERIFY(!p.hasAction(id));
    QVERIFY(p.toMapData() == start);
    QVERIFY(reopenedMap(p.filePath()) == start);
    // And redo all the way.
    while (p.undoStack()->canRedo())
        p.undoStack()->redo();
    QVERIFY(!p.hasAction(id));
    QCOMPARE(p.actions().size(), 4);
}

void tst_Plan::createActionFromCard()
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project = openFixture(dir);
    QVERIFY(project);
    Project &p = *project;
    const Card financing = cardTitled(p, QStringLiteral("Financing approval takes three days"));
    const Card delivery = cardTitled(p, QStringLiteral("Long hold times on the service line"));
    QVERIFY(!p.hasOpenActions(delivery.id));
    auto *command = new CreateActionFromCardCommand(p, delivery.id);
    QVERIFY(p.execute(command));
    const Action created = p.action(command->createdId());
    QCOMPARE(created.title, delivery.title);
    QCOMPARE(created.journeyId, delivery.journeyId);
    QCOMPARE(created.cardIds, QList<Id>{delivery.id});
    QCOMPARE(created.status, ActionStatus::Idea);
    QCOMPARE(p.actionIndex(created.id), 4);
    QVERIFY(p.hasOpenActions(delivery.id));
    QVERIFY(p.undoStack()->undoText().contains(delivery.title));

    // Goals about the card are linked.
    auto *second = new CreateActionFromCardCommand(p, financing.id);
    QVERIFY(p.execute(second));
    QCOMPARE(p.action(second->createdId()).goalIds, QList<Id>{p.goals().at(2).id});
    p.undoStack()->undo();
    p.undoStack()->undo();
    QVERIFY(!p.hasOpenActions(delivery.id));
}

void tst_Plan::commentLifecycle()
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project = openFixture(dir);
    QVERIFY(project);
    Project &p = *project;
    p.setReviewerName(QStringLiteral("Reviewer Rita"));
    const Card card = cardTitled(p, QStringLiteral("Online checkout"));
    const MapData start = p.toMapData();

    Comment c;
    c.targetKind = TargetKind::Card;
    c.targetId = card.id;
    c.text = QStringLiteral("Why two steps?");
    auto *add = new AddCommentCommand(p, c);
    QVERIFY(p.execute(add));
    const Id thread = add->createdId();
    QCOMPARE(p.comment(thread).author, QStringLiteral("Reviewer Rita"));
    QCOMPARE(p.comment(thread).journeyId, card.journeyId);
    QVERIFY(p.comment(thread).createdAt.isValid());

    Comment r;
    r.parentId = thread;
    r.text = QStringLiteral("Legal requires it.");
    r.author = QStringLiteral("Tom");
    auto *reply = new AddCommentCommand(p, r);
    QVERIFY(p.execute(reply));
    QCOMPARE(p.replies(thread).size(), 1);
    QCOMPARE(p.comment(reply->createdId()).targetId, card.id);
    QCOMPARE(p.commentsOn(TargetKind::Card, card.id).size(), 2);

    QVERIFY(p.execute(new EditCommentCommand(p, thread, QStringLiteral("Why two pages?"))));
    QCOMPARE(p.comment(thread).text, QStringLiteral("Why two pages?"));

    QVERIFY(p.execute(new ResolveCommentCommand(p, reply->createdId(), true)));
    QVERIFY(p.comment(thread).resolved);
    QCOMPARE(p.comment(thread).resolvedBy, QStringLiteral("Reviewer Rita"));
    QVERIFY(p.comment(thread).resolvedAt.isValid());

    const QList<Comment> all = p.commentsOn(TargetKind::Card, card.id);
    QVERIFY(p.execute(new RemoveCommentCommand(p, thread)));
    QVERIFY(p.commentsOn(TargetKind::Card, card.id).isEmpty());
    p.undoStack()->undo();
    QCOMPARE(p.commentsOn(TargetKind::Card, card.id), all);
    QCOMPARE(reopenedMap(p.filePath()).comments, p.toMapData().comments);

    p.undoStack()->undo(); // resolve
    QVERIFY(!p.comment(thread).resolved);
    QVERIFY(p.comment(thread).resolvedBy.isEmpty());
    p.undoStack()->undo(); // edit
    QCOMPARE(p.comment(thread).text, QStringLiteral("Why two steps?"));
    p.undoStack()->undo(); // reply
    p.undoStack()->undo(); // comment
    QVERIFY(p.toMapData() == start);
    QVERIFY(reopenedMap(p.filePath()) == start);
}

void tst_Plan::signoffOutdatedByChange()
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project = openFixture(dir);
    QVERIFY(project);
    Project &p = *project;
    // The fixture's sign-off was made before its goals, plan and comments existed? No: it
    // was the last thing added, and comments do not count, so it is current.
    QCOMPARE(p.signoffStatus().size(), 1);
    QVERIFY(p.signoffStatus().first().current);

    auto *signoff = new AddSignoffCommand(p, QStringLiteral("Board"), QStringLiteral("Approved"));
    QVERIFY(p.execute(signoff));
    const Signoff recorded = p.signoff(signoff->createdId());
    QCOMPARE(recorded.fingerprint, p.contentFingerprint());
    QCOMPARE(recorded.name, QStringLiteral("Board"));
    QCOMPARE(recorded.note, QStringLiteral("Approved"));
    QVERIFY(recorded.signedAt.isValid());
    QVERIFY(p.signoffStatus().last().current);

    // A comment does not outdate it.
    Comment c;
    c.targetKind = TargetKind::Journey;
    c.targetId = p.journeys().first().id;
    c.text = QStringLiteral("Signed.");
    QVERIFY(p.execute(new AddCommentCommand(p, c)));
    QVERIFY(p.signoffStatus().last().current);

    // A change of a card, a goal or the plan does; undoing it makes it current again.
    Card card = p.cards(p.journeys().first().id).first();
    card.title = QStringLiteral("Changed after sign-off");
    QVERIFY(p.execute(new EditCardCommand(p, card)));
    QVERIFY(!p.signoffStatus().last().current);
    p.undoStack()->undo();
    QVERIFY(p.signoffStatus().last().current);

    Goal goal = p.goals().first();
    goal.target = 41;
    QVERIFY(p.execute(new EditGoalCommand(p, goal)));
    QVERIFY(!p.signoffStatus().last().current);
    p.undoStack()->undo();

    Action action = p.actions().first();
    action.status = ActionStatus::Done;
    QVERIFY(p.execute(new EditActionCommand(p, action)));
    QVERIFY(!p.signoffStatus().last().current);
    p.undoStack()->undo();
    QVERIFY(p.signoffStatus().last().current);

    // The state survives reopening.
    const QString path = p.filePath();
    project.reset();
    DocumentError error;
    project = Project::open(path, {}, &error);
    QVERIFY2(project, qPrintable(error.message));
    QCOMPARE(project->signoffStatus().size(), 2);
    QVERIFY(project->signoffStatus().last().current);
}

void tst_Plan::reviewModeLocking()
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project = openFixture(dir);
    QVERIFY(project);
    Project &p = *project;
    const Id j = p.journeys().first().id;
    const Card card = cardTitled(p, QStringLiteral("Online checkout"));
    p.setReviewMode(true);
    QVERIFY(!p.isEditable());
    QVERIFY(p.canReview());
    const MapData before = p.toMapData();

    Goal goal = p.goals().first();
    goal.target = 50;
    Action action = p.actions().first();
    action.title = QStringLiteral("Changed");
    const QList<QUndoCommand *> structure = {
        new AddGoalCommand(p, goal),
        new EditGoalCommand(p, goal),
        new RemoveGoalCommand(p, goal.id),
        new AddActionCommand(p, action),
        new EditActionCommand(p, action),
        new RemoveActionCommand(p, {action.id}),
        new MoveActionCommand(p, action.id, 3),
        new CreateActionFromCardCommand(p, card.id),
        new RemoveCardsCommand(p, {card.id}, AttachmentPolicy::Keep),
        new RemovePersonaCommand(p, p.personas().first().id),
        new DuplicateJourneyCommand(p, j, {}, true),
        new RemoveCommand(p, RemoveCommand::Kind::Card, {card.id}),
    };
    for (QUndoCommand *command : structure) {
        const QString text = command->text();
        QVERIFY2(!p.execute(command), qPrintable(text));
        QVERIFY(!p.lastRefusal().isEmpty());
        QVERIFY(isSentence(p.lastRefusal()));
    }
    QVERIFY(p.toMapData() == before);
    QCOMPARE(p.undoStack()->count(), 0);

    Comment c;
    c.targetKind = TargetKind::Card;
    c.targetId = card.id;
    c.text = QStringLiteral("Reviewed.");
    auto *add = new AddCommentCommand(p, c);
    QVERIFY2(p.execute(add), qPrintable(p.lastRefusal()));
    QVERIFY(p.lastRefusal().isEmpty());
    Comment r;
    r.parentId = add->createdId();
    r.text = QStringLiteral("Thanks.");
    QVERIFY(p.execute(new AddCommentCommand(p, r)));
    QVERIFY(p.execute(new EditCommentCommand(p, add->createdId(), QStringLiteral("Reviewed!"))));
    QVERIFY(p.execute(new ResolveCommentCommand(p, add->createdId(), true)));
    QVERIFY(p.execute(new AddSignoffCommand(p, QStringLiteral("Manager"), {})));
    QVERIFY(p.execute(new RemoveCommentCommand(p, add->createdId())));
    // A macro of review commands is a review edit.
    auto *macro = new QUndoCommand(QStringLiteral("Two comments"));
    new AddCommentCommand(p, c, macro);
    new AddCommentCommand(p, c, macro);
    QVERIFY(p.execute(macro));
    QCOMPARE(p.undoStack()->count(), 7);
    // The sign-off made in review mode is current: comments are not content.
    QVERIFY(p.signoffStatus().last().current);
    // Undo of review edits works in review mode.
    while (p.undoStack()->canUndo())
        p.undoStack()->undo();
    QVERIFY(p.toMapData() == before);

    p.setReviewMode(false);
    QVERIFY(p.execute(new EditGoalCommand(p, goal)));
}

void tst_Plan::readOnlyRefusesBoth()
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project = openFixture(dir, true);
    QVERIFY(project);
    Project &p = *project;
    QVERIFY(!p.isEditable());
    QVERIFY(!p.canReview());
    QVERIFY(isSentence(p.reviewLockReason()));
    p.setReviewMode(true);
    QVERIFY(!p.canReview());
    const QByteArray before = sha256(p.filePath());
    Comment c;
    c.targetKind = TargetKind::Journey;
    c.targetId = p.journeys().first().id;
    c.text = QStringLiteral("Can I?");
    QVERIFY(!p.execute(new AddCommentCommand(p, c)));
    QCOMPARE(p.lastRefusal(), p.reviewLockReason());
    QVERIFY(!p.execute(new AddSignoffCommand(p, QStringLiteral("Me"), {})));
    QVERIFY(!p.execute(new ResolveCommentCommand(p, p.comments().first().id, true)));
    Goal goal = p.goals().first();
    goal.target = 1;
    QVERIFY(!p.execute(new EditGoalCommand(p, goal)));
    QVERIFY(!p.execute(new RemoveActionCommand(p, {p.actions().first().id})));
    QVERIFY(!p.lastRefusal().isEmpty());
    QCOMPARE(p.comments().size(), 4);
    QCOMPARE(p.signoffs().size(), 1);
    QCOMPARE(sha256(p.filePath()), before);
}

void tst_Plan::duplicateAsFutureState()
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project = openFixture(dir);
    QVERIFY(project);
    Project &p = *project;
    const Id j = p.journeys().first().id;
    const Journey current = p.journey(j);
    auto *command = new DuplicateJourneyCommand(p, j, QStringLiteral("Buying a bike, 2027"), true);
    QVERIFY(p.execute(command));
    const Id future = command->createdId();
    QVERIFY(future != NoId && future != j);
    QCOMPARE(p.journeyIndex(future), p.journeyIndex(j) + 1);
    const Journey copy = p.journey(future);
    QCOMPARE(copy.name, QStringLiteral("Buying a bike, 2027"));
    QCOMPARE(copy.state, JourneyState::Future);
    QCOMPARE(copy.sourceJourneyId, j);
    QCOMPARE(copy.personaId, current.personaId);
    QCOMPARE(p.stages(future).size(), p.stages(j).size());
    QCOMPARE(p.lanes(future).size(), p.lanes(j).size());
    QCOMPARE(p.cardCount(future), p.cardCount(j));
    QCOMPARE(p.connections(future).size(), p.connections(j).size());
    // Not the goals, the plan, the comments or the feedback.
    QVERIFY(p.goals(future).isEmpty());
    QVERIFY(p.actions(future).isEmpty());
    QVERIFY(p.comments(future).isEmpty());
    QCOMPARE(sqlValue(p.filePath(), "SELECT count(*) FROM feedback WHERE journey_id = "
                                        + QByteArray::number(future))
                 .toInt(),
             0);
    // Identical copy: nothing added, removed or changed.
    const JourneyComparison same = Waymark::compareJourneys(p, j, future);
    QCOMPARE(same.added + same.removed + same.changed, 0);
    QCOMPARE(same.unchanged, p.cardCount(j));

    // The future state survives a reopen, named as such.
    const QString path = p.filePath();
    project.reset();
    DocumentError error;
    project = Project::open(path, {}, &error);
    QVERIFY(project);
    QCOMPARE(project->journey(future).sourceJourneyId, j);
    QCOMPARE(project->journey(future).state, JourneyState::Future);

    // A stale journey id is refused without adding anything.
    QVERIFY(!project->execute(new DuplicateJourneyCommand(*project, 9999, {}, true)));
    QCOMPARE(project->journeys().size(), 2);
}

void tst_Plan::compareJourneys()
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project = openFixture(dir);
    QVERIFY(project);
    Project &p = *project;
    const Id j = p.journeys().first().id;
    auto *command = new DuplicateJourneyCommand(p, j, {}, true);
    QVERIFY(p.execute(command));
    const Id future = command->createdId();
    const Stage purchase = p.stages(future).at(2);
    const Id painLane = p.lanes(future).at(4).id;

    // In the future state: financing solved (card removed), delivery changed (emotion and
    // body), a new touchpoint in the same stage; a title that differs only in case and
    // spacing still matches.
    const Card financing = p.cellCards(purchase.id, painLane).at(0);
    QCOMPARE(financing.title, QStringLiteral("Financing approval takes three days"));
    QVERIFY(p.execute(new RemoveCommand(p, RemoveCommand::Kind::Card, {financing.id})));
    Card delivery = p.cellCards(purchase.id, painLane).at(0);
    QCOMPARE(delivery.title, QStringLiteral("Delivery slot changed twice"));
    delivery.body = QStringLiteral("Fixed slots, tracked live");
    delivery.emotion = 1;
    QVERIFY(p.execute(new EditCardCommand(p, delivery)));
    Card hold = p.cellCards(purchase.id, painLane).at(1);
    hold.title = QStringLiteral("  long HOLD times on the   service line ");
    QVERIFY(p.execute(new EditCardCommand(p, hold)));
    Card added;
    added.stageId = purchase.id;
    added.laneId = p.lanes(future).at(1).id;
    added.title = QStringLiteral("Instant credit check");
    added.kind = CardKind::Touchpoint;
    auto *add = new AddCardCommand(p, added);
    QVERIFY(p.execute(add));
    // A stage renamed in the future state still pairs by position.
    Stage loyalty = p.stages(future).at(3);
    loyalty.name = QStringLiteral("Community");
    QVERIFY(p.execute(new EditStageCommand(p, loyalty)));

    const JourneyComparison cmp = Waymark::compareJourneys(p, j, future);
    QCOMPARE(cmp.currentJourneyId, j);
    QCOMPARE(cmp.futureJourneyId, future);
    QCOMPARE(cmp.stages.size(), 4);
    QCOMPARE(cmp.stages.at(3), qMakePair(p.stageIds(j).at(3), loyalty.id));
    QCOMPARE(cmp.removed, 1);
    QCOMPARE(cmp.added, 1);
    QCOMPARE(cmp.changed, 1);
    QCOMPARE(cmp.unchanged, p.cardCount(j) - 2);
    QCOMPARE(cmp.cards.size(), p.cardCount(j) + 1);
    for (const CardComparison &c : cmp.cards) {
        switch (c.change) {
        case CardChange::Removed:
            QCOMPARE(p.card(c.currentCardId).title, financing.title);
            QCOMPARE(c.futureCardId, NoId);
            break;
        case CardChange::Added:
            QCOMPARE(c.futureCardId, add->insertedId());
            QCOMPARE(c.currentCardId, NoId);
            QCOMPARE(c.futureStageId, purchase.id);
            break;
        case CardChange::Changed:
            QCOMPARE(c.futureCardId, delivery.id);
            QCOMPARE(c.fields, (QStringList{QStringLiteral("body"), QStringLiteral("emotion")}));
            break;
        case CardChange::Unchanged:
            QVERIFY(c.fields.isEmpty());
            break;
        }
    }
    // Unknown journeys compare as empty.
    QVERIFY(Waymark::compareJourneys(p, j, 9999).cards.isEmpty());
}

void tst_Plan::removePersonaRestoresJourneys()
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project = openFixture(dir);
    QVERIFY(project);
    Project &p = *project;
    const Id j = p.journeys().first().id;
    const Persona persona = p.personas().first();
    QCOMPARE(p.journey(j).personaId, persona.id);
    QVERIFY(p.execute(new RemovePersonaCommand(p, persona.id)));
    QVERIFY(p.personas().isEmpty());
    QCOMPARE(p.journey(j).personaId, NoId);
    p.undoStack()->undo();
    QCOMPARE(p.personas().first(), persona);
    QCOMPARE(p.journey(j).personaId, persona.id);
    QCOMPARE(reopenedMap(p.filePath()).journeys.first().journey.personaId, persona.id);
}

void tst_Plan::personaPicture()
{
    QTemporaryDir dir;
    QByteArray png;
    QString error;

    // Not an image.
    const QString text = dir.filePath(QStringLiteral("notes.png"));
    QVERIFY(writeBytes(text, "This is not a picture, whatever its name says.\n"));
    QVERIFY(!PersonaPicture::fromFile(text, &png, &error));
    QVERIFY2(isSentence(error), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("notes.png")));
    QVERIFY(png.isEmpty());

    // Missing.
    error.clear();
    QVERIFY(!PersonaPicture::fromFile(dir.filePath(QStringLiteral("gone.jpg")), &png, &error));
    QVERIFY2(isSentence(error), qPrintable(error));

    // 50 MB and more: refused before reading (a sparse file).
    const QString big = dir.filePath(QStringLiteral("huge.jpg"));
    {
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(PersonaPicture::MaxFileBytes + 1));
    }
    error.clear();
    QVERIFY(!PersonaPicture::fromFile(big, &png, &error));
    QVERIFY2(isSentence(error), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("50 MB")));

    // A large picture is scaled down to 512 pixels on its longer side, as PNG.
    QImage image(2000, 1000, QImage::Format_RGB32);
    image.fill(QColor(10, 120, 200));
    const QString photo = dir.filePath(QStringLiteral("photo.jpg"));
    QVERIFY(image.save(photo, "JPEG"));
    error.clear();
    QVERIFY2(PersonaPicture::fromFile(photo, &png, &error), qPrintable(error));
    QVERIFY(png.startsWith("\x89PNG"));
    QImage stored;
    QVERIFY(stored.loadFromData(png, "PNG"));
    QCOMPARE(stored.size(), QSize(512, 256));

    // A small one keeps its size.
    QImage small(40, 60, QImage::Format_ARGB32);
    small.fill(Qt::transparent);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(small.save(&buffer, "PNG"));
    QVERIFY(PersonaPicture::fromData(bytes, QStringLiteral("paste"), &png, &error));
    QVERIFY(stored.loadFromData(png, "PNG"));
    QCOMPARE(stored.size(), QSize(40, 60));

    // A header claiming a gigantic image (a decompression bomb) is refused by its size.
    QByteArray bomb = bytes;
    // PNG IHDR width and height are big-endian at offsets 16 and 20.
    const char huge[8] = {0, 0, 0x4e, 0x20, 0, 0, 0x4e, 0x20}; // 20000 x 20000
    bomb.replace(16, 8, QByteArray(huge, 8));
    error.clear();
    QVERIFY(!PersonaPicture::fromData(bomb, QStringLiteral("bomb.png"), &png, &error));
    QVERIFY2(isSentence(error), qPrintable(error));
}

void tst_Plan::staleIdsAreRefused()
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project = openFixture(dir);
    QVERIFY(project);
    Project &p = *project;
    const MapData before = p.toMapData();
    QVERIFY(!p.execute(new RemoveGoalCommand(p, 9999)));
    QVERIFY(!p.execute(new MoveActionCommand(p, 9999, 0)));
    QVERIFY(!p.execute(new CreateActionFromCardCommand(p, 9999)));
    QVERIFY(!p.execute(new EditCommentCommand(p, 9999, QStringLiteral("x"))));
    QVERIFY(!p.execute(new ResolveCommentCommand(p, 9999, true)));
    QVERIFY(!p.execute(new RemoveCommentCommand(p, 9999)));
    QVERIFY(!p.execute(new RemoveSignoffCommand(p, 9999)));
    QVERIFY(!p.execute(new RemovePersonaCommand(p, 9999)));
    Comment orphan;
    orphan.targetKind = TargetKind::Card;
    orphan.targetId = 9999;
    QVERIFY(!p.execute(new AddCommentCommand(p, orphan)));
    QVERIFY(p.toMapData() == before);
    QCOMPARE(p.document().transactionDepth(), 0);
}

void tst_Plan::parseDue_data()
{
    QTest::addColumn<QString>("due");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::newRow("quarter") << "2027-Q2" << QDate(2027, 4, 1) << QDate(2027, 6, 30);
    QTest::newRow("quarter 4") << " 2026-q4 " << QDate(2026, 10, 1) << QDate(2026, 12, 31);
    QTest::newRow("month") << "2027-06" << QDate(2027, 6, 1) << QDate(2027, 6, 30);
    QTest::newRow("february") << "2028-02" << QDate(2028, 2, 1) << QDate(2028, 2, 29);
    QTest::newRow("year") << "2027" << QDate(2027, 1, 1) << QDate(2027, 12, 31);
    QTest::newRow("month 13") << "2027-13" << QDate() << QDate();
    QTest::newRow("quarter 5") << "2027-Q5" << QDate() << QDate();
    QTest::newRow("words") << "Q2 2027" << QDate() << QDate();
    QTest::newRow("empty") << "" << QDate() << QDate();
}

void tst_Plan::parseDue()
{
    QFETCH(QString, due);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QDate from;
    QDate to;
    QCOMPARE(GoalProgressCalculator::parseDue(due, &from, &to), first.isValid());
    if (first.isValid()) {
        QCOMPARE(from, first);
        QCOMPARE(to, last);
    }
}

// One data set, computed by hand. NPS responses (scale 0..10) of the sample journey; the
// latest is 2026-06-30, so the reporting period is 2026-04-02..2026-06-30 (90 days) and the
// previous period 2026-01-02..2026-04-01.
//   "Online checkout" (C), reporting period: 10 10 9 9 9 8 7 6 3 0
//       promoters 5, detractors 3: NPS = 100 * (5 - 3) / 10 = 20, n = 10
//       margin = 1.96 * sqrt((0.5 + 0.3) - (0.5 - 0.3)^2) / sqrt(10) = 54.03 points
//   C, previous period: 10 9 8 8 7 7 6 5 4 2: promoters 2, detractors 4: NPS = -20
//       trend = 20 - (-20) = +40 per 90 days
//   "Search ads & comparison sites" (D, stage Discovery & Choice), reporting period:
//       9 9 9 9: NPS = 100, n = 4, margin = 0 (p = 1, d = 0); nothing before
//   "Instagram ride stories" (E): one response, 0 on 2025-12-01 (before both periods)
//   Journey, reporting period: C + D = 14 responses, promoters 9, detractors 3:
//       NPS = 100 * 6 / 14 = 42.857; margin = 1.96 * sqrt(12/14 - (6/14)^2) / sqrt(14)
//       = 1.96 * sqrt(0.857143 - 0.183673) / 3.741657 = 42.99 points
//   Journey, previous period: C only: -20 (n = 10)
// Today is 2026-07-15.
void tst_Plan::goalProgress_data()
{
    QTest::addColumn<int>("scope"); // 0 journey, 1 stage of D, 2 card C, 3 card D, 4 card E
    QTest::addColumn<int>("metric");
    QTest::addColumn<int>("op");
    QTest::addColumn<double>("target");
    QTest::addColumn<QString>("due");
    QTest::addColumn<int>("status");
    QTest::addColumn<double>("current"); // NaN: no data
    QTest::addColumn<int>("n");
    QTest::addColumn<double>("trend"); // NaN: none
    QTest::addColumn<QString>("ruleSays");

    const double none = std::numeric_limits<double>::quiet_NaN();
    const int nps = int(Metric::Nps);
    const int atLeast = int(GoalOperator::AtLeast);
    const int atMost = int(GoalOperator::AtMost);
    // 42.857 >= 40: met.
    QTest::newRow("journey on track")
        << 0 << nps << atLeast << 40.0 << "2027-Q2" << int(GoalStatus::OnTrack) << 600.0 / 14 << 14
        << 600.0 / 14 + 20 << "at or above the target of 40.0";
    // 20 < 40; projected 20 + 40 * (365 / 90) = 182.2 >= 40.
    QTest::newRow("card improving")
        << 2 << nps << atLeast << 40.0 << "2027-Q2" << int(GoalStatus::AtRisk) << 20.0 << 10 << 40.0
        << "at this pace it reaches the target by 2027-Q2";
    // 20 < 40 and 2026-Q1 ended before 2026-07-15.
    QTest::newRow("card past due")
        << 2 << nps << atLeast << 40.0 << "2026-Q1" << int(GoalStatus::OffTrack) << 20.0 << 10
        << 40.0 << "the due period 2026-Q1 has ended";
    // 100 > 50 (at most); no previous responses; margin 0 < gap 50.
    QTest::newRow("card at most, no trend")
        << 3 << nps << atMost << 50.0 << "2027" << int(GoalStatus::OffTrack) << 100.0 << 4 << none
        << "no earlier responses to show a trend";
    // No CSAT responses at all: no data, not 0.
    QTest::newRow("no responses of the metric")
        << 2 << int(Metric::Csat) << atLeast << 80.0 << "2027" << int(GoalStatus::NoData) << none
        << 0 << none << "There are no CSAT responses";
    // The stage of D: 100 >= 95; small sample; no due period.
    QTest::newRow("stage on track, small sample")
        << 1 << nps << atLeast << 95.0 << "" << int(GoalStatus::OnTrack) << 100.0 << 4 << none
        << "Fewer than 30 responses";
    // Due 2026-09: 92 days from 2026-06-30 to 2026-09-30; 20 + 40 * 92 / 90 = 60.89 >= 60.
    QTest::newRow("projection just reaches")
        << 2 << nps << atLeast << 60.0 << "2026-09" << int(GoalStatus::AtRisk) << 20.0 << 10 << 40.0
        << "at this pace";
    // 60.89 < 75 and gap 55 > margin 54.03.
    QTest::newRow("projection short, gap beyond margin")
        << 2 << nps << atLeast << 75.0 << "2026-09" << int(GoalStatus::OffTrack) << 20.0 << 10
        << 40.0 << "it does not reach the target by 2026-09";
    // 60.89 < 70 but gap 50 <= margin 54.03.
    QTest::newRow("within the margin of error")
        << 2 << nps << atLeast << 70.0 << "2026-09" << int(GoalStatus::AtRisk) << 20.0 << 10 << 40.0
        << "within the margin of error (±54.0)";
    // E's only response is older than the reporting period.
    QTest::newRow("only old responses")
        << 4 << nps << atLeast << 0.0 << "2027" << int(GoalStatus::NoData) << none << 0 << none
        << "in the reporting period";
    // No deadline: 42.857 < 50, gap 7.1 <= margin 42.99.
    QTest::newRow("unparsable due, within margin")
        << 0 << nps << atLeast << 50.0 << "someday" << int(GoalStatus::AtRisk) << 600.0 / 14 << 14
        << 600.0 / 14 + 20 << "within the margin of error (±43.0)";
}

void tst_Plan::goalProgress()
{
    QFETCH(int, scope);
    QFETCH(int, metric);
    QFETCH(int, op);
    QFETCH(double, target);
    QFETCH(QString, due);
    QFETCH(int, status);
    QFETCH(double, current);
    QFETCH(int, n);
    QFETCH(double, trend);
    QFETCH(QString, ruleSays);

    QTemporaryDir dir;
    MapData map = templateMap(Templates::sampleName());
    map.goals.clear();
    map.actions.clear();
    map.comments.clear();
    map.signoffs.clear();
    std::unique_ptr<Project> project
        = createProject(dir.filePath(QStringLiteral("goals.waymark")), map);
    QVERIFY(project);
    Project &p = *project;
    const Id j = p.journeys().first().id;
    const Card c = cardTitled(p, QStringLiteral("Online checkout"));
    const Card d = cardTitled(p, QStringLiteral("Search ads & comparison sites"));
    const Card e = cardTitled(p, QStringLiteral("Instagram ride stories"));
    QVERIFY(c.id && d.id && e.id);
    QList<Feedback> rows;
    auto add = [&](Id card, const QDate &date, double score) {
        Feedback f;
        f.journeyId = j;
        f.cardId = card;
        f.date = date;
        f.metric = Metric::Nps;
        f.score = score;
        f.scaleMin = 0;
        f.scaleMax = 10;
        rows.append(f);
    };
    // Each period's first nine responses every nine days from its first day, the tenth on
    // its last day (2026-06-30 and 2026-04-01: the boundaries are inclusive).
    const QList<double> now = {10, 10, 9, 9, 9, 8, 7, 6, 3, 0};
    const QList<double> before = {10, 9, 8, 8, 7, 7, 6, 5, 4, 2};
    for (int i = 0; i < 10; ++i) {
        add(c.id, i < 9 ? QDate(2026, 4, 2).addDays(i * 9) : QDate(2026, 6, 30), now.at(i));
        add(c.id, i < 9 ? QDate(2026, 1, 2).addDays(i * 9) : QDate(2026, 4, 1), before.at(i));
    }
    for (int i = 0; i < 4; ++i)
        add(d.id, QDate(2026, 5, 1 + i), 9);
    add(e.id, QDate(2025, 12, 1), 0);
    {
        FeedbackRepository repo(p.document());
        Transaction tx(p.document());
        QVERIFY(repo.insertFeedback(&rows));
        QVERIFY(tx.commit());
    }
    p.notifyFeedbackChanged(j);

    Goal goal;
    goal.journeyId = j;
    goal.metric = Metric(metric);
    goal.op = GoalOperator(op);
    goal.target = target;
    goal.due = due;
    switch (scope) {
    case 0:
        goal.scope = TargetKind::Journey;
        goal.targetId = j;
        break;
    case 1:
        goal.scope = TargetKind::Stage;
        goal.targetId = d.stageId;
        break;
    default:
        goal.scope = TargetKind::Card;
        goal.targetId = scope == 2 ? c.id : scope == 3 ? d.id : e.id;
        break;
    }
    MetricsEngine engine(p);
    GoalProgressCalculator calculator(p, engine);
    const GoalProgress progress = calculator.progress(goal, QDate(2026, 7, 15));
    QVERIFY2(isSentence(progress.rule), qPrintable(progress.rule));
    QVERIFY2(progress.rule.contains(ruleSays), qPrintable(progress.rule));
    QCOMPARE(int(progress.status), status);
    QCOMPARE(progress.n, qint64(n));
    if (std::isnan(current)) {
        QVERIFY(!progress.current);
    } else {
        QVERIFY(progress.current);
        QVERIFY2(qAbs(*progress.current - current) < 1e-9,
                 qPrintable(QString::number(*progress.current)));
    }
    if (std::isnan(trend)) {
        QVERIFY(!progress.trend);
    } else {
        QVERIFY(progress.trend);
        QVERIFY2(qAbs(*progress.trend - trend) < 1e-9,
                 qPrintable(QString::number(*progress.trend)));
    }
    if (Metric(metric) == Metric::Nps) {
        QCOMPARE(progress.periodEnd, QDate(2026, 6, 30));
        QCOMPARE(progress.periodStart, QDate(2026, 4, 2));
    }
}

// The sample project demonstrates everything: personas for the feedback's segments, a
// future-state journey, goals on and off track, a plan in several statuses with an overdue
// action, comments with a reply and a resolved one, and a current sign-off.
void tst_Plan::sampleProject()
{
    QTemporaryDir dir;
    MapData map;
    QString error;
    QVERIFY2(Templates::load(Templates::sampleName(), &map, &error), qPrintable(error));
    DocumentError documentError;
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<Project> project = Project::create(
        dir.filePath(QStringLiteral("sample.waymark")), map, &documentError,
        [](Project &p, QString *e) { return Templates::seed(Templates::sampleName(), p, e); });
    QVERIFY2(project, qPrintable(documentError.message));
    qDebug("sample project created in %lld ms", timer.elapsed());
    Project &p = *project;

    QCOMPARE(p.journeys().size(), 2);
    const Journey current = p.journeys().at(0);
    const Journey future = p.journeys().at(1);
    QCOMPARE(current.state, JourneyState::Current);
    QCOMPARE(future.state, JourneyState::Future);
    QCOMPARE(future.sourceJourneyId, current.id);
    const JourneyComparison cmp = Waymark::compareJourneys(p, current.id, future.id);
    // Three pain points solved and a thought reworded (matched by title: removed and added);
    // three new touchpoints.
    QCOMPARE(cmp.removed, 4);
    QCOMPARE(cmp.added, 4);
    QCOMPARE(cmp.changed, 2); // two emotions in the emotion curve
    // The emotion curves: Offering (Reassured +2, Impatient -1 -> 0) and Purchase & Service
    // (Frustrated -2 -> 0, Relieved 0) rise; the other stages stay.
    QCOMPARE(cmp.emotions.size(), 4);
    QCOMPARE(cmp.emotions.at(0).current, std::optional<double>(0.0)); // (+1 - 1) / 2
    QCOMPARE(cmp.emotions.at(0).future, std::optional<double>(0.0));
    QCOMPARE(cmp.emotions.at(1).current, std::optional<double>(0.5));
    QCOMPARE(cmp.emotions.at(1).future, std::optional<double>(1.0));
    QCOMPARE(cmp.emotions.at(2).current, std::optional<double>(-1.0));
    QCOMPARE(cmp.emotions.at(2).future, std::optional<double>(0.0));
    QCOMPARE(cmp.emotions.at(3).current, std::optional<double>(2.0));

    // Personas cover the segments of the feedback.
    QCOMPARE(p.personas().size(), 3);
    QStringList segments;
    for (const Persona &persona : p.personas())
        segments += persona.segments;
    segments.sort();
    QCOMPARE(segments, (QStringList{QStringLiteral("Commuter"), QStringLiteral("Family rider"),
                                    QStringLiteral("Sport cyclist")}));
    QCOMPARE(p.persona(current.personaId).name, QStringLiteral("Commuter"));
    MetricsEngine engine(p);
    qint64 sum = 0;
    for (const Persona &persona : p.personas()) {
        MetricFilter filter;
        filter.journeyId = current.id;
        filter.segments = personaSegments(persona);
        const qint64 n = engine.total(Metric::Csat, filter).n;
        QVERIFY(n > 0);
        sum += n;
        // The same as the single-segment filter.
        MetricFilter single;
        single.journeyId = current.id;
        single.segment = persona.segments.first();
        QCOMPARE(engine.total(Metric::Csat, single).n, n);
    }
    MetricFilter everyone;
    everyone.journeyId = current.id;
    QCOMPARE(engine.total(Metric::Csat, everyone).n, sum);
    MetricFilter two = everyone;
    two.segments = {QStringLiteral("Commuter"), QStringLiteral("Family rider")};
    MetricFilter third = everyone;
    third.segments = {QStringLiteral("Sport cyclist")};
    QCOMPARE(engine.total(Metric::Csat, two).n + engine.total(Metric::Csat, third).n, sum);
    Persona unnamed;
    unnamed.name = QStringLiteral(" Sport cyclist ");
    QCOMPARE(personaSegments(unnamed), QStringList{QStringLiteral("Sport cyclist")});

    // Business impact assumptions for the current journey.
    QVERIFY(ImpactAssumptions::of(p, current.id).isComplete());
    const BusinessImpact impact = BusinessImpactCalculator::compute(p, engine, current.id);
    QVERIFY(impact.revenueAtRisk && *impact.revenueAtRisk > 0);

    // Goals: the statuses the sample's targets were chosen for.
    const QList<Goal> goals = p.goals();
    QCOMPARE(goals.size(), 4);
    GoalProgressCalculator calculator(p, engine);
    const QDate today(2026, 11, 23);
    QList<GoalStatus> statuses;
    for (const Goal &goal : goals) {
        const GoalProgress progress = calculator.progress(goal, today);
        QVERIFY2(isSentence(progress.rule), qPrintable(progress.rule));
        qDebug("%s: %s", qPrintable(GoalProgressCalculator::statusLabel(progress.status)),
               qPrintable(progress.rule));
        statuses.append(progress.status);
    }
    QVERIFY(statuses.at(0) == GoalStatus::AtRisk || statuses.at(0) == GoalStatus::OffTrack);
    QCOMPARE(statuses.at(1), GoalStatus::OnTrack);
    QCOMPARE(statuses.at(2), GoalStatus::OffTrack);
    QCOMPARE(statuses.at(3), GoalStatus::OnTrack);

    // The plan: six actions in every status, owners, one overdue, cards marked.
    const QList<Action> actions = p.actions();
    QCOMPARE(actions.size(), 6);
    QSet<ActionStatus> seen;
    int overdue = 0;
    for (const Action &a : actions) {
        seen.insert(a.status);
        QVERIFY(!a.owner.isEmpty());
        QVERIFY(!a.cardIds.isEmpty());
        for (Id card : a.cardIds)
            QVERIFY(p.hasCard(card));
        if (a.isOverdue(today))
            ++overdue;
    }
    QCOMPARE(seen.size(), 5);
    QCOMPARE(overdue, 1);
    QVERIFY(p.hasOpenActions(cardTitled(p, QStringLiteral("Financing application")).id));

    // Comments: a thread with a reply, a resolved one, one on the future state.
    const QList<Comment> comments = p.comments();
    QCOMPARE(comments.size(), 4);
    QCOMPARE(p.replies(comments.first().id).size(), 1);
    QVERIFY(std::any_of(comments.cbegin(), comments.cend(),
                        [](const Comment &c) { return c.resolved; }));
    QCOMPARE(p.comments(future.id).size(), 1);

    // The sign-off is current, also after reopening and through the JSON map
    // (export -> new --from-json); a change outdates it.
    QCOMPARE(p.signoffStatus().size(), 1);
    QVERIFY(p.signoffStatus().first().current);
    {
        const QByteArray json = writeJsonMap(p.toMapData());
        JsonMapReader reader;
        MapData read;
        QVERIFY2(reader.read(json, &read), qPrintable(reader.errorString()));
        std::unique_ptr<Project> copy
            = createProject(dir.filePath(QStringLiteral("from-json.waymark")), read);
        QVERIFY(copy);
        QVERIFY(writeJsonMap(copy->toMapData()) == json);
        QVERIFY(copy->signoffStatus().first().current);
        QCOMPARE(copy->contentFingerprint(), p.contentFingerprint());
    }
    const QString path = p.filePath();
    project.reset();
    project = Project::open(path, {}, &documentError);
    QVERIFY(project);
    QVERIFY(project->signoffStatus().first().current);
    Card card = project->cards(current.id).first();
    card.title += QStringLiteral("!");
    QVERIFY(project->execute(new EditCardCommand(*project, card)));
    QVERIFY(!project->signoffStatus().first().current);
}

// Revenue at risk, by hand: 10 NPS responses, 3 detractors (d = 0.3); 10,000 customers at
// 500 a year, 20 % of detractors leave: 10,000 x 0.3 x 0.2 x 500 = 300,000. Margin of the
// share: 1.96 * sqrt(0.3 * 0.7 / 10) = 0.284031, so 10,000 x 0.2 x 500 x (0.3 -+ 0.284031)
// = 15,969 .. 584,031.
void tst_Plan::businessImpact()
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project
        = createProject(dir.filePath(QStringLiteral("impact.waymark")), sampleJourneyOnly());
    QVERIFY(project);
    Project &p = *project;
    const Id j = p.journeys().first().id;
    QVERIFY(p.setSetting(ImpactAssumptions::settingKey(j), QVariant())); // the sample's
    MetricsEngine engine(p);

    BusinessImpact impact = BusinessImpactCalculator::compute(p, engine, j);
    QVERIFY(!impact.detractorShare);
    QVERIFY(!impact.revenueAtRisk);
    QVERIFY2(isSentence(impact.explanation), qPrintable(impact.explanation));

    QList<Feedback> rows;
    for (double score : {10, 10, 9, 9, 8, 8, 7, 6, 3, 0}) {
        Feedback f;
        f.journeyId = j;
        f.metric = Metric::Nps;
        f.score = score;
        f.scaleMax = 10;
        f.date = QDate(2026, 5, 1);
        f.segment = QStringLiteral("Commuter");
        rows.append(f);
    }
    {
        FeedbackRepository repo(p.document());
        Transaction tx(p.document());
        QVERIFY(repo.insertFeedback(&rows));
        QVERIFY(tx.commit());
    }
    p.notifyFeedbackChanged(j);
    impact = BusinessImpactCalculator::compute(p, engine, j);
    QVERIFY(impact.detractorShare);
    QCOMPARE(*impact.detractorShare, 0.3);
    QVERIFY(!impact.revenueAtRisk); // no assumptions yet
    QVERIFY2(isSentence(impact.explanation), qPrintable(impact.explanation));

    ImpactAssumptions a;
    a.customers = 10000;
    a.yearlyValue = 500;
    a.detractorChurn = 0.2;
    QCOMPARE(ImpactAssumptions::fromSetting(a.toSetting()), a);
    QVERIFY(p.execute(new SetSettingCommand(p, ImpactAssumptions::settingKey(j), a.toSetting())));
    QCOMPARE(ImpactAssumptions::of(p, j), a);
    impact = BusinessImpactCalculator::compute(p, engine, j);
    QCOMPARE(impact.responses, qint64(10));
    QCOMPARE(impact.yearlyRevenue, 5000000.0);
    QVERIFY(impact.revenueAtRisk);
    QVERIFY(qAbs(*impact.revenueAtRisk - 300000) < 1e-6);
    QVERIFY(qAbs(*impact.low - 15969) < 1);
    QVERIFY(qAbs(*impact.high - 584031) < 1);
    QVERIFY2(isSentence(impact.explanation), qPrintable(impact.explanation));
    // Per segment (persona): only Commuter responses exist, the same figure.
    MetricFilter commuters;
    commuters.segments = {QStringLiteral("Commuter")};
    QCOMPARE(*BusinessImpactCalculator::compute(p, engine, j, commuters).revenueAtRisk,
             *impact.revenueAtRisk);
    // Undoable, in the JSON map, and robust against bad settings.
    p.undoStack()->undo();
    QVERIFY(!ImpactAssumptions::of(p, j).isComplete());
    QCOMPARE(ImpactAssumptions::fromSetting(QStringLiteral("{\"customers\": -5, \"churn\": 7}")),
             ImpactAssumptions());
    QCOMPARE(ImpactAssumptions::fromSetting(QStringLiteral("garbage")), ImpactAssumptions());
}

QTEST_GUILESS_MAIN(tst_Plan)
#include "tst_plan.moc"
