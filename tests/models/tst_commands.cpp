// Undo commands: every command makes a redo/undo/redo round trip in memory and in the file,
// deletes restore under the same ids (so feedback reattaches), edits merge, and locked or
// read-only projects refuse commands.

#include "testutil.h"

#include "commands/addjourneycommand.h"
#include "commands/editcommand.h"
#include "commands/insertcommand.h"
#include "commands/movecardcommand.h"
#include "commands/removecommand.h"
#include "commands/reordercommand.h"
#include "commands/setsettingcommand.h"
#include "storage/feedbackrepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Waymark;
using namespace TestUtil;

namespace {

enum class Op {
    AddJourneyEmpty,
    AddJourneyWithCards,
    RemoveJourney,
    RemoveTwoJourneys,
    RemoveStage,
    RemoveTwoStages,
    RemoveLane,
    RemoveTwoLanes,
    RemoveCard,
    RemoveConnectedCards,
    RemoveConnection,
    RemoveTwoConnections,
    EditJourney,
    EditStage,
    EditLane,
    EditCard,
    EditConnection,
    EditPersona,
    ReorderJourney,
    ReorderStage,
    ReorderLane,
    MoveCardWithinCell,
    MoveCardAcrossCells,
    AddStage,
    AddLane,
    AddCard,
    AddConnection,
    AddPersona,
    SetSetting,
    SetNewSetting,
    RemoveSetting,
    SetTitle,
};

// A command that reports whether it ran and when it is deleted.
class TrackedCommand : public QUndoCommand
{
public:
    TrackedCommand(bool *ran, bool *deleted)
        : QUndoCommand(QStringLiteral("Tracked"))
        , m_ran(ran)
        , m_deleted(deleted)
    {}
    ~TrackedCommand() override { *m_deleted = true; }
    void redo() override { *m_ran = true; }
    void undo() override {}

private:
    bool *m_ran;
    bool *m_deleted;
};

// The connection between two cards of different stages with the most cards in those
// stages, so that removing both stages exercises connections between removed things.
Connection connectionAcrossStages(const Project &p, Id journeyId)
{
    for (const Connection &c : p.connections(journeyId)) {
        if (p.card(c.fromCardId).stageId != p.card(c.toCardId).stageId)
            return c;
    }
    return {};
}

} // namespace

class tst_Commands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void undoOfDeleteKeepsIdsAndFeedback_data();
    void undoOfDeleteKeepsIdsAndFeedback();
    void editMerges_data();
    void editMerges();
    void settingMerges();
    void mergeKeysOfOtherCommands();
    void editLockRefuses();
    void readOnlyProjectRefuses();
    void longHistory();

private:
    std::unique_ptr<Project> openFixture(QTemporaryDir &dir);

    QTemporaryDir m_dir;
    QString m_fixture;
};

void tst_Commands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The sample journey, a second journey and a persona: every kind of object exists.
    m_fixture = m_dir.filePath(QStringLiteral("fixture.waymark"));
    MapData map = sampleJourneyOnly();
    QCOMPARE(map.journeys.size(), 1);
    MapJourney second = templateMap(QStringLiteral("service-blueprint")).journeys.first();
    second.journey.id = 2;
    for (Stage &s : second.stages)
        s.id += 100;
    for (Lane &l : second.lanes)
        l.id += 100;
    map.journeys.append(second);
    Persona persona;
    persona.id = 1;
    persona.name = QStringLiteral("Commuter");
    persona.color = color("#225588");
    map.personas.append(persona);
    map.journeys[0].journey.personaId = 1;
    std::unique_ptr<Project> project = createProject(m_fixture, map);
    QVERIFY(project);
    QCOMPARE(project->journeys().size(), 2);
}

std::unique_ptr<Project> tst_Commands::openFixture(QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("project.waymark"));
    if (!QFile::copy(m_fixture, path))
        return nullptr;
    DocumentError error;
    std::unique_ptr<Project> project = Project::open(path, {}, &error);
    if (!project)
        qWarning("%s", qPrintable(error.message));
    return project;
}

void tst_Commands::roundTrip_data()
{
    QTest::addColumn<int>("op");
    auto row = [](const char *name, Op op) {
        QTest::newRow(name) << int(op);
    };
    row("AddJourneyCommand, empty template", Op::AddJourneyEmpty);
    row("AddJourneyCommand, cards and connections", Op::AddJourneyWithCards);
    row("RemoveCommand journey", Op::RemoveJourney);
    row("RemoveCommand two journeys", Op::RemoveTwoJourneys);
    row("RemoveCommand stage with cards", Op::RemoveStage);
    row("RemoveCommand two connected stages", Op::RemoveTwoStages);
    row("RemoveCommand lane", Op::RemoveLane);
    row("RemoveCommand two lanes", Op::RemoveTwoLanes);
    row("RemoveCommand card", Op::RemoveCard);
    row("RemoveCommand connected cards", Op::RemoveConnectedCards);
    row("RemoveCommand connection", Op::RemoveConnection);
    row("RemoveCommand two connections", Op::RemoveTwoConnections);
    row("EditJourneyCommand", Op::EditJourney);
    row("EditStageCommand", Op::EditStage);
    row("EditLaneCommand", Op::EditLane);
    row("EditCardCommand", Op::EditCard);
    row("EditConnectionCommand", Op::EditConnection);
    row("EditPersonaCommand", Op::EditPersona);
    row("ReorderCommand journey", Op::ReorderJourney);
    row("ReorderCommand stage", Op::ReorderStage);
    row("ReorderCommand lane", Op::ReorderLane);
    row("MoveCardCommand within a cell", Op::MoveCardWithinCell);
    row("MoveCardCommand across cells", Op::MoveCardAcrossCells);
    row("AddStageCommand", Op::AddStage);
    row("AddLaneCommand", Op::AddLane);
    row("AddCardCommand", Op::AddCard);
    row("AddConnectionCommand", Op::AddConnection);
    row("AddPersonaCommand", Op::AddPersona);
    row("SetSettingCommand change", Op::SetSetting);
    row("SetSettingCommand new key", Op::SetNewSetting);
    row("SetSettingCommand remove", Op::RemoveSetting);
    row("SetSettingCommand title", Op::SetTitle);
}

void tst_Commands::roundTrip()
{
    QFETCH(int, op);
    QTemporaryDir dir;
    std::unique_ptr<Project> project = openFixture(dir);
    QVERIFY(project);
    Project &p = *project;
    const Id j = p.journeys().at(0).id;
    const Id j2 = p.journeys().at(1).id;
    const QList<Id> stages = p.stageIds(j);
    const QList<Id> lanes = p.laneIds(j);
    const QList<Card> cards = p.cards(j);
    const QList<Connection> connections = p.connections(j);
    QVERIFY(connections.size() >= 2);

    QUndoCommand *command = nullptr;
    switch (Op(op)) {
    case Op::AddJourneyEmpty:
        command = new AddJourneyCommand(
            p, templateMap(QStringLiteral("four-stage")).journeys.first(), 1);
        break;
    case Op::AddJourneyWithCards: {
        MapJourney content = p.toMapData({j}).journeys.first();
        content.journey.name = QStringLiteral("Copy");
        command = new AddJourneyCommand(p, content, 0);
        break;
    }
    case Op::RemoveJourney:
        command = new RemoveCommand(p, RemoveCommand::Kind::Journey, {j});
        break;
    case Op::RemoveTwoJourneys:
        command = new RemoveCommand(p, RemoveCommand::Kind::Journey, {j2, j});
        break;
    case Op::RemoveStage:
        command = new RemoveCommand(p, RemoveCommand::Kind::Stage, {stages.at(2)});
        break;
    case Op::RemoveTwoStages: {
        const Connection c = connectionAcrossStages(p, j);
        QVERIFY(c.id != NoId);
        command = new RemoveCommand(p, RemoveCommand::Kind::Stage,
                                    {p.card(c.fromCardId).stageId, p.card(c.toCardId).stageId});
        break;
    }
    case Op::RemoveLane:
        command = new RemoveCommand(p, RemoveCommand::Kind::Lane, {lanes.at(1)});
        break;
    case Op::RemoveTwoLanes:
        command = new RemoveCommand(p, RemoveCommand::Kind::Lane, {lanes.at(4), lanes.at(0)});
        break;
    case Op::RemoveCard:
        command = new RemoveCommand(p, RemoveCommand::Kind::Card, {cards.at(7).id});
        break;
    case Op::RemoveConnectedCards: {
        // Three cards in a chain of connections, plus a card in the same cell as one of them.
        const Connection a = connections.at(0);
        Id third = NoId;
        for (const Connection &c : connections) {
            if (c.fromCardId == a.toCardId)
                third = c.toCardId;
        }
        QVERIFY(third != NoId);
        const Card first = p.card(a.fromCardId);
        QList<Id> victims = {a.toCardId, a.fromCardId, third};
        for (Id neighbour : p.cellCardIds(first.stageId, first.laneId)) {
            if (!victims.contains(neighbour)) {
                victims.append(neighbour);
                break;
            }
        }
        command = new RemoveCommand(p, RemoveCommand::Kind::Card, victims);
        break;
    }
    case Op::RemoveConnection:
        command = new RemoveCommand(p, RemoveCommand::Kind::Connection, {connections.at(1).id});
        break;
    case Op::RemoveTwoConnections:
        command = new RemoveCommand(p, RemoveCommand::Kind::Connection,
                                    {connections.at(3).id, connections.at(0).id});
        break;
    case Op::EditJourney: {
        Journey journey = p.journey(j);
        journey.name = QStringLiteral("Buying a bike, 2027");
        journey.description = QStringLiteral("Future state");
        journey.state = JourneyState::Future;
        journey.personaId = NoId;
        journey.sourceJourneyId = j2;
        command = new EditJourneyCommand(p, journey);
        break;
    }
    case Op::EditStage: {
        Stage stage = p.stage(stages.at(1));
        stage.name = QStringLiteral("Offer & Quote");
        stage.description = QStringLiteral("What we show");
        stage.color = color("#010203");
        stage.hidden = true;
        command = new EditStageCommand(p, stage);
        break;
    }
    case Op::EditLane: {
        Lane lane = p.lane(lanes.at(2));
        lane.name = QStringLiteral("Feelings");
        lane.kind = LaneKind::Custom;
        lane.visible = false;
        command = new EditLaneCommand(p, lane);
        break;
    }
    case Op::EditCard: {
        Card card = cards.at(10);
        card.title = QStringLiteral("New title “quoted”");
        card.body = QStringLiteral("Body\nwith lines");
        card.kind = CardKind::Opportunity;
        card.channel = Channel::Chat;
        card.owner = QStringLiteral("Support team");
        card.emotion = card.emotion == std::optional<int>(2) ? -2 : 2;
        card.evidence = Evidence::Observed;
        card.color = color("#abcdef");
        card.span = 2;
        command = new EditCardCommand(p, card);
        break;
    }
    case Op::EditConnection: {
        Connection c = connections.at(2);
        c.kind = ConnectionKind::Loop;
        c.label = QStringLiteral("retry");
        command = new EditConnectionCommand(p, c);
        break;
    }
    case Op::EditPersona: {
        Persona persona = p.personas().first();
        persona.name = QStringLiteral("Daily commuter");
        persona.goals = QStringLiteral("Arrive dry");
        persona.frustrations = QStringLiteral("Flat tyres");
        persona.quote = QStringLiteral("“I just want it to work.”");
        persona.picture = QByteArray("\x89PNG fake", 9);
        command = new EditPersonaCommand(p, persona);
        break;
    }
    case Op::ReorderJourney:
        command = new ReorderCommand(p, ReorderCommand::Kind::Journey, j, 1);
        break;
    case Op::ReorderStage:
        command = new ReorderCommand(p, ReorderCommand::Kind::Stage, stages.at(0), 2);
        break;
    case Op::ReorderLane:
        command = new ReorderCommand(p, ReorderCommand::Kind::Lane, lanes.at(8), 0);
        break;
    case Op::MoveCardWithinCell: {
        const QList<Id> cell = p.cellCardIds(stages.at(2), lanes.at(1));
        QVERIFY(cell.size() >= 3);
        command = new MoveCardCommand(p, cell.at(0), stages.at(2), lanes.at(1), 2);
        break;
    }
    case Op::MoveCardAcrossCells: {
        const QList<Id> cell = p.cellCardIds(stages.at(2), lanes.at(1));
        command = new MoveCardCommand(p, cell.at(1), stages.at(0), lanes.at(4), 1);
        break;
    }
    case Op::AddStage: {
        Stage stage;
        stage.journeyId = j;
        stage.name = QStringLiteral("Repair");
        stage.color = color("#445566");
        command = new AddStageCommand(p, stage, 2);
        break;
    }
    case Op::AddLane: {
        Lane lane;
        lane.journeyId = j2;
        lane.name = QStringLiteral("Metrics");
        lane.kind = LaneKind::Metrics;
        command = new AddLaneCommand(p, lane, 99);
        break;
    }
    case Op::AddCard: {
        Card card;
        card.stageId = stages.at(2);
        card.laneId = lanes.at(1);
        card.title = QStringLiteral("Test ride");
        card.kind = CardKind::Touchpoint;
        card.channel = Channel::Store;
        card.emotion = 2;
        command = new AddCardCommand(p, card, 1);
        break;
    }
    case Op::AddConnection: {
        Connection c;
        c.fromCardId = cards.at(1).id;
        c.toCardId = cards.at(40).id;
        c.kind = ConnectionKind::Branch;
        c.label = QStringLiteral("maybe");
        command = new AddConnectionCommand(p, c, 0);
        break;
    }
    case Op::AddPersona: {
        Persona persona;
        persona.name = QStringLiteral("Racer");
        persona.description = QStringLiteral("Fast");
        command = new AddPersonaCommand(p, persona, 0);
        break;
    }
    case Op::SetSetting:
        command
            = new SetSettingCommand(p, QStringLiteral("client"), QStringLiteral("Falcon Cycles"));
        break;
    case Op::SetNewSetting:
        command = new SetSettingCommand(p, QStringLiteral("reviewer"), QStringLiteral("Sam"));
        break;
    case Op::RemoveSetting:
        command = new SetSettingCommand(p, QStringLiteral("author"), QVariant());
        break;
    case Op::SetTitle:
        command = new SetSettingCommand(p, QStringLiteral("title"), QStringLiteral("Renamed"));
        break;
    }
    QVERIFY(command);
    const QString text = command->text();
    QVERIFY2(!text.trimmed().isEmpty(),
             "a command without a text cannot be named in the Edit menu");

    const MapData before = p.toMapData();
    const QMap<QString, QVariant> settingsBefore = p.settings();
    QVERIFY(p.execute(command));
    QCOMPARE(p.undoStack()->count(), 1);
    QCOMPARE(p.undoStack()->undoText(), text);
    const MapData after = p.toMapData();
    const QMap<QString, QVariant> settingsAfter = p.settings();
    QVERIFY2(!(after == before), "the command changed nothing");
    WM_VERIFY_FILE_AGREES(p);

    // Twice: the second redo takes a different path in several commands (ids are known).
    for (int round = 0; round < 2; ++round) {
        p.undoStack()->undo();
        QCoreApplication::processEvents();
        QCOMPARE(p.undoStack()->count(), 1);
        QCOMPARE(p.undoStack()->index(), 0);
        WM_COMPARE_MAPS(p.toMapData(), before);
        QCOMPARE(p.settings(), settingsBefore);
        WM_VERIFY_FILE_AGREES(p);

        p.undoStack()->redo();
        QCoreApplication::processEvents();
        QCOMPARE(p.undoStack()->index(), 1);
        WM_COMPARE_MAPS(p.toMapData(), after);
        QCOMPARE(p.settings(), settingsAfter);
        WM_VERIFY_FILE_AGREES(p);
    }
    QCOMPARE(p.document().transactionDepth(), 0);

    // What is on disk survives closing: the orphan purge keeps everything that exists.
    const QString path = p.filePath();
    project.reset();
    WM_COMPARE_MAPS(reopenedMap(path), after);
}

void tst_Commands::undoOfDeleteKeepsIdsAndFeedback_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("card") << int(RemoveCommand::Kind::Card);
    QTest::newRow("stage") << int(RemoveCommand::Kind::Stage);
    QTest::newRow("lane") << int(RemoveCommand::Kind::Lane);
    QTest::newRow("journey") << int(RemoveCommand::Kind::Journey);
}

void tst_Commands::undoOfDeleteKeepsIdsAndFeedback()
{
    QFETCH(int, kind);
    QTemporaryDir dir;
    std::unique_ptr<Project> project = openFixture(dir);
    QVERIFY(project);
    Project &p = *project;
    const Id j = p.journeys().first().id;
    const Card card = p.cards(j).at(12);

    QList<Feedback> rows(3);
    for (int i = 0; i < rows.size(); ++i) {
        rows[i].journeyId = j;
        rows[i].cardId = card.id;
        rows[i].metric = Metric::Nps;
        rows[i].score = 6 + i;
        rows[i].comment = QStringLiteral("response %1").arg(i);
    }
    {
        FeedbackRepository repo(p.document());
        Transaction tx(p.document());
        QVERIFY(repo.insertFeedback(&rows));
        QVERIFY(tx.commit());
    }
    const QString path = p.filePath();
    const QByteArray feedbackOfCard
        = "SELECT count(*) FROM feedback WHERE card_id = " + QByteArray::number(card.id);
    QCOMPARE(sqlValue(path, feedbackOfCard).toInt(), 3);

    Id target = card.id;
    switch (RemoveCommand::Kind(kind)) {
    case RemoveCommand::Kind::Card:
        break;
    case RemoveCommand::Kind::Stage:
        target = card.stageId;
        break;
    case RemoveCommand::Kind::Lane:
        target = card.laneId;
        break;
    case RemoveCommand::Kind::Journey:
        target = j;
        break;
    case RemoveCommand::Kind::Connection:
        QFAIL("not a container of cards");
    }
    const MapData before = p.toMapData();
    QVERIFY(p.execute(new RemoveCommand(p, RemoveCommand::Kind(kind), {target})));
    QVERIFY(!p.hasCard(card.id));
    // The feedback stays while undo could bring the card back.
    QCOMPARE(sqlValue(path, feedbackOfCard).toInt(), 3);

    p.undoStack()->undo();
    QVERIFY(p.hasCard(card.id));
    QCOMPARE(p.card(card.id), card);
    WM_COMPARE_MAPS(p.toMapData(), before);
    WM_VERIFY_FILE_AGREES(p);
    QCOMPARE(sqlValue(path, feedbackOfCard).toInt(), 3);
    {
        FeedbackRepository repo(p.document());
        QCOMPARE(repo.countFeedback(j), qint64(3));
    }

    // Redo and undo again, then close: the card exists, so nothing is purged.
    p.undoStack()->redo();
    p.undoStack()->undo();
    project.reset();
    QCOMPARE(sqlValue(path, feedbackOfCard).toInt(), 3);

    // Deleting for good (closing without undo) detaches the feedback from the card.
    DocumentError error;
    project = Project::open(path, {}, &error);
    QVERIFY2(project, qPrintable(error.message));
    QVERIFY(project->execute(new RemoveCommand(*project, RemoveCommand::Kind::Card, {card.id})));
    project.reset();
    QCOMPARE(sqlValue(path, feedbackOfCard).toInt(), 0);
    QCOMPARE(sqlValue(path, "SELECT count(*) FROM feedback WHERE card_id IS NULL").toInt(), 3);
}

void tst_Commands::editMerges_data()
{
    QTest::addColumn<bool>("sameKey");
    QTest::addColumn<bool>("sameCard");
    QTest::addColumn<bool>("backToStart");
    QTest::addColumn<int>("expectedCount");
    QTest::newRow("same key, same card") << true << true << false << 1;
    QTest::newRow("same key, back to the start") << true << true << true << 0;
    QTest::newRow("same key, other card") << true << false << false << 2;
    QTest::newRow("other key") << false << true << false << 2;
}

void tst_Commands::editMerges()
{
    QFETCH(bool, sameKey);
    QFETCH(bool, sameCard);
    QFETCH(bool, backToStart);
    QFETCH(int, expectedCount);

    QTemporaryDir dir;
    std::unique_ptr<Project> project = openFixture(dir);
    QVERIFY(project);
    Project &p = *project;
    const QList<Card> cards = p.cards(p.journeys().first().id);
    const MapData before = p.toMapData();

    // Typing "Hi!" in a card title: one command per keystroke.
    Card first = cards.at(0);
    const QString original = first.title;
    for (const QString &title :
         {QStringLiteral("H"), QStringLiteral("Hi"), QStringLiteral("Hi!")}) {
        first.title = title;
        QVERIFY(p.execute(new EditCardCommand(p, first, {}, CardTextMergeKey)));
    }
    QCOMPARE(p.undoStack()->count(), 1);
    Card second = sameCard ? first : cards.at(1);
    second.title = backToStart ? original : QStringLiteral("Second edit");
    if (!sameCard && backToStart)
        second.title = cards.at(1).title;
    QVERIFY(p.execute(new EditCardCommand(
        p, second, {}, sameKey ? int(CardTextMergeKey) : int(CardEmotionMergeKey))));
    QCOMPARE(p.undoStack()->count(), expectedCount);
    const MapData after = p.toMapData();
    WM_VERIFY_FILE_AGREES(p);

    while (p.undoStack()->canUndo())
        p.undoStack()->undo();
    WM_COMPARE_MAPS(p.toMapData(), before);
    WM_VERIFY_FILE_AGREES(p);
    while (p.undoStack()->canRedo())
        p.undoStack()->redo();
    WM_COMPARE_MAPS(p.toMapData(), after);
    WM_VERIFY_FILE_AGREES(p);
    if (backToStart)
        WM_COMPARE_MAPS(after, before);

    // Edits without a merge key never merge.
    Stage stage = p.stage(p.stageIds(p.journeys().first().id).first());
    const int count = int(p.undoStack()->count());
    stage.name = QStringLiteral("A");
    QVERIFY(p.execute(new EditStageCommand(p, stage)));
    stage.name = QStringLiteral("B");
    QVERIFY(p.execute(new EditStageCommand(p, stage)));
    QCOMPARE(p.undoStack()->count(), count + 2);
}

void tst_Commands::settingMerges()
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project = openFixture(dir);
    QVERIFY(project);
    Project &p = *project;
    const QVariant client = p.setting(QStringLiteral("client"));
    const MapData before = p.toMapData();
    QVERIFY(p.execute(new SetSettingCommand(p, QStringLiteral("client"), QStringLiteral("F"))));
    QVERIFY(p.execute(new SetSettingCommand(p, QStringLiteral("client"), QStringLiteral("Fa"))));
    QCOMPARE(p.undoStack()->count(), 1);
    QVERIFY(p.execute(new SetSettingCommand(p, QStringLiteral("author"), QStringLiteral("Me"))));
    QCOMPARE(p.undoStack()->count(), 2);
    // A setting that is not text is stored as it is.
    QVERIFY(p.execute(new SetSettingCommand(p, QStringLiteral("logo-width"), 120)));
    QCOMPARE(p.setting(QStringLiteral("logo-width")).toInt(), 120);
    WM_VERIFY_FILE_AGREES(p);
    while (p.undoStack()->canUndo())
        p.undoStack()->undo();
    QCOMPARE(p.setting(QStringLiteral("client")), client);
    QVERIFY(p.setting(QStringLiteral("logo-width")).isNull());
    WM_COMPARE_MAPS(p.toMapData(), before);
    WM_VERIFY_FILE_AGREES(p);
}

void tst_Commands::mergeKeysOfOtherCommands()
{
    // MergeKey lists SettingMergeKey beside the edit keys, so an edit may carry it; a
    // setting change followed by such an edit must not merge (or misread the edit).
    QTemporaryDir dir;
    std::unique_ptr<Project> project = openFixture(dir);
    QVERIFY(project);
    Project &p = *project;
    const MapData before = p.toMapData();
    QVERIFY(p.execute(new SetSettingCommand(p, QStringLiteral("client"), QStringLiteral("A"))));
    Stage stage = p.stage(p.stageIds(p.journeys().first().id).first());
    stage.name = QStringLiteral("Renamed");
    QVERIFY(p.execute(new EditStageCommand(p, stage, {}, SettingMergeKey)));
    QCOMPARE(p.undoStack()->count(), 2);
    QVERIFY(p.execute(new SetSettingCommand(p, QStringLiteral("client"), QStringLiteral("B"))));
    QCOMPARE(p.undoStack()->count(), 3);
    while (p.undoStack()->canUndo())
        p.undoStack()->undo();
    WM_COMPARE_MAPS(p.toMapData(), before);
    WM_VERIFY_FILE_AGREES(p);
}

void tst_Commands::editLockRefuses()
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project = openFixture(dir);
    QVERIFY(project);
    Project &p = *project;
    const QByteArray before = sha256(p.filePath());
    QSignalSpy lockChanged(&p, &Project::editLockChanged);
    p.setEditLock(QStringLiteral("The project is in review mode."));
    QCOMPARE(lockChanged.count(), 1);
    QVERIFY(!p.isEditable());
    QCOMPARE(p.editLockReason(), QStringLiteral("The project is in review mode."));

    bool ran = false;
    bool deleted = false;
    QVERIFY(!p.execute(new TrackedCommand(&ran, &deleted)));
    QVERIFY(!ran);
    QVERIFY(deleted);
    const Id j = p.journeys().first().id;
    Stage stage = p.stage(p.stageIds(j).first());
    stage.name = QStringLiteral("Locked out");
    QVERIFY(!p.execute(new EditStageCommand(p, stage)));
    QVERIFY(!p.execute(new RemoveCommand(p, RemoveCommand::Kind::Journey, {j})));
    QCOMPARE(p.undoStack()->count(), 0);
    QCOMPARE(p.journeys().size(), 2);
    QCOMPARE(sha256(p.filePath()), before);

    p.setEditLock({});
    QCOMPARE(lockChanged.count(), 2);
    QVERIFY(p.isEditable());
    ran = deleted = false;
    QVERIFY(p.execute(new TrackedCommand(&ran, &deleted)));
    QVERIFY(ran);
    QVERIFY(!deleted); // the stack owns it now
    QCOMPARE(p.undoStack()->count(), 1);
}

void tst_Commands::readOnlyProjectRefuses()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("project.waymark"));
    QVERIFY(QFile::copy(m_fixture, path));
    const QByteArray before = sha256(path);
    DocumentError error;
    Document::OpenOptions options;
    options.access = Document::Access::ReadOnly;
    std::unique_ptr<Project> project = Project::open(path, options, &error);
    QVERIFY2(project, qPrintable(error.message));
    Project &p = *project;
    QVERIFY(!p.isEditable());
    QVERIFY2(isSentence(p.editLockReason()), qPrintable(p.editLockReason()));
    // Clearing the lock cannot make a read-only file editable.
    p.setEditLock({});
    QVERIFY(!p.isEditable());

    bool ran = false;
    bool deleted = false;
    QVERIFY(!p.execute(new TrackedCommand(&ran, &deleted)));
    QVERIFY(!ran);
    QVERIFY(deleted);
    QVERIFY(!p.execute(new SetSettingCommand(p, QStringLiteral("client"), QStringLiteral("x"))));
    QVERIFY(!p.execute(new RemoveCommand(p, RemoveCommand::Kind::Card,
                                         {p.cards(p.journeys().first().id).first().id})));
    QCOMPARE(p.undoStack()->count(), 0);
    project.reset();
    QCOMPARE(sha256(path), before);
}

void tst_Commands::longHistory()
{
    // Many commands of every kind, then all undone and all redone.
    QTemporaryDir dir;
    std::unique_ptr<Project> project = openFixture(dir);
    QVERIFY(project);
    Project &p = *project;
    const Id j = p.journeys().first().id;
    const MapData start = p.toMapData();

    for (int i = 0; i < 12; ++i) {
        const QList<Id> stages = p.stageIds(j);
        const QList<Id> lanes = p.laneIds(j);
        const QList<Card> cards = p.cards(j);
        Card card;
        card.stageId = stages.at(i % stages.size());
        card.laneId = lanes.at(i % lanes.size());
        card.title = QStringLiteral("Card %1").arg(i);
        QVERIFY(p.execute(new AddCardCommand(p, card, i % 3)));
        QVERIFY(
            p.execute(new MoveCardCommand(p, cards.at(i * 3).id, stages.at((i + 1) % stages.size()),
                                          lanes.at((i * 5) % lanes.size()), i % 2)));
        QVERIFY(
            p.execute(new ReorderCommand(p, ReorderCommand::Kind::Stage,
                                         stages.at(i % stages.size()), (i + 2) % stages.size())));
        QVERIFY(
            p.execute(new RemoveCommand(p, RemoveCommand::Kind::Card, {cards.at(i * 4 + 1).id})));
        Lane lane = p.lane(lanes.at(i % lanes.size()));
        lane.name += QStringLiteral("'");
        QVERIFY(p.execute(new EditLaneCommand(p, lane)));
    }
    const MapData end = p.toMapData();
    WM_VERIFY_FILE_AGREES(p);
    while (p.undoStack()->canUndo())
        p.undoStack()->undo();
    WM_COMPARE_MAPS(p.toMapData(), start);
    WM_VERIFY_FILE_AGREES(p);
    while (p.undoStack()->canRedo())
        p.undoStack()->redo();
    WM_COMPARE_MAPS(p.toMapData(), end);
    WM_VERIFY_FILE_AGREES(p);
}

QTEST_GUILESS_MAIN(tst_Commands)

#include "tst_commands.moc"
