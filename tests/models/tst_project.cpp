// Project: loading templates, order and counts, the fine-grained signals, cell order after
// moves, toMapData, snapshots, write-failure recovery, and the file agreeing with memory
// after every change.

#include "testutil.h"

#include "commands/addjourneycommand.h"
#include "commands/editcommand.h"
#include "commands/insertcommand.h"
#include "commands/movecardcommand.h"
#include "commands/removecommand.h"
#include "commands/reordercommand.h"
#include "commands/setsettingcommand.h"
#include "io/jsonmapreader.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Waymark;
using namespace TestUtil;

namespace {

// Records every signal of a project, in order, as "name(arg,arg)".
class SignalLog : public QObject
{
public:
    explicit SignalLog(Project &p)
    {
        auto add = [this](const QString &entry) {
            m_entries.append(entry);
        };
        auto one = [add](const char *name) {
            return [add, name](Id a) {
                add(QStringLiteral("%1(%2)").arg(QLatin1String(name)).arg(a));
            };
        };
        auto two = [add](const char *name) {
            return [add, name](Id a, Id b) {
                add(QStringLiteral("%1(%2,%3)").arg(QLatin1String(name)).arg(a).arg(b));
            };
        };
        connect(&p, &Project::journeyInserted, this, one("journeyInserted"));
        connect(&p, &Project::journeyRemoved, this, one("journeyRemoved"));
        connect(&p, &Project::journeyChanged, this, one("journeyChanged"));
        connect(&p, &Project::journeysReordered, this,
                [add] { add(QStringLiteral("journeysReordered")); });
        connect(&p, &Project::stageInserted, this, two("stageInserted"));
        connect(&p, &Project::stageRemoved, this, two("stageRemoved"));
        connect(&p, &Project::stageChanged, this, one("stageChanged"));
        connect(&p, &Project::stagesReordered, this, one("stagesReordered"));
        connect(&p, &Project::laneInserted, this, two("laneInserted"));
        connect(&p, &Project::laneRemoved, this, two("laneRemoved"));
        connect(&p, &Project::laneChanged, this, one("laneChanged"));
        connect(&p, &Project::lanesReordered, this, one("lanesReordered"));
        connect(&p, &Project::cardInserted, this, two("cardInserted"));
        connect(&p, &Project::cardRemoved, this, two("cardRemoved"));
        connect(&p, &Project::cardChanged, this, one("cardChanged"));
        connect(&p, &Project::cellChanged, this, [add](Id j, Id s, Id l) {
            add(QStringLiteral("cellChanged(%1,%2,%3)").arg(j).arg(s).arg(l));
        });
        connect(&p, &Project::connectionInserted, this, two("connectionInserted"));
        connect(&p, &Project::connectionRemoved, this, two("connectionRemoved"));
        connect(&p, &Project::connectionChanged, this, one("connectionChanged"));
        connect(&p, &Project::personasChanged, this,
                [add] { add(QStringLiteral("personasChanged")); });
        connect(&p, &Project::settingChanged, this,
                [add](const QString &key) { add(QStringLiteral("settingChanged(%1)").arg(key)); });
        connect(&p, &Project::aboutToReset, this, [add] { add(QStringLiteral("aboutToReset")); });
        connect(&p, &Project::reset, this, [add] { add(QStringLiteral("reset")); });
        connect(&p, &Project::writeFailed, this,
                [add](const QString &) { add(QStringLiteral("writeFailed")); });
    }

    QStringList take() { return std::exchange(m_entries, {}); }

private:
    QStringList m_entries;
};

QString sig(const char *name, Id a)
{
    return QStringLiteral("%1(%2)").arg(QLatin1String(name)).arg(a);
}

QString sig(const char *name, Id a, Id b)
{
    return QStringLiteral("%1(%2,%3)").arg(QLatin1String(name)).arg(a).arg(b);
}

QString sig(const char *name, Id a, Id b, Id c)
{
    return QStringLiteral("%1(%2,%3,%4)").arg(QLatin1String(name)).arg(a).arg(b).arg(c);
}

QList<Id> ids(const QList<Card> &cards)
{
    QList<Id> result;
    for (const Card &c : cards)
        result.append(c.id);
    return result;
}

// Positions in memory are dense and match the order of the cell.
bool cellIsDense(const Project &p, Id stageId, Id laneId)
{
    const QList<Card> cell = p.cellCards(stageId, laneId);
    for (int i = 0; i < cell.size(); ++i) {
        if (cell.at(i).position != i || cell.at(i).stageId != stageId
            || cell.at(i).laneId != laneId)
            return false;
    }
    return true;
}

} // namespace

class tst_Project : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromTemplate_data();
    void fromTemplate();
    void sampleContent();
    void stageSignals();
    void laneSignals();
    void cardSignals();
    void connectionSignals();
    void journeySignals();
    void personaAndSettingSignals();
    void cellOrderAfterMoves_data();
    void cellOrderAfterMoves();
    void toMapDataSubset();
    void exportedMapsAreReadable_data();
    void exportedMapsAreReadable();
    void captureAndRestoreKeepIds_data();
    void captureAndRestoreKeepIds();
    void failedWriteReloads();
    void staleIdIsRefused();
    void generatedMapLoads();

private:
    std::unique_ptr<Project> sample(QTemporaryDir &dir);
};

std::unique_ptr<Project> tst_Project::sample(QTemporaryDir &dir)
{
    return createProject(dir.filePath(QStringLiteral("sample.waymark")), sampleJourneyOnly());
}

void tst_Project::fromTemplate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("stageNames");
    QTest::addColumn<int>("laneCount");
    QTest::addColumn<int>("cardCount");
    QTest::addColumn<int>("connectionCount");

    const QStringList fourStages
        = {QStringLiteral("Discovery & Choice"), QStringLiteral("Offering"),
           QStringLiteral("Purchase & Service"), QStringLiteral("Loyalty")};
    QTest::newRow("four-stage") << QStringLiteral("four-stage") << fourStages << 9 << 0 << 0;
    QTest::newRow("ecommerce") << QStringLiteral("ecommerce")
                               << QStringList{QStringLiteral("Awareness"),
                                              QStringLiteral("Browse & Search"),
                                              QStringLiteral("Product page"),
                                              QStringLiteral("Cart & Checkout"),
                                              QStringLiteral("Delivery"),
                                              QStringLiteral("Returns & Support"),
                                              QStringLiteral("Repeat purchase")}
                               << 8 << 0 << 0;
    QTest::newRow("service-blueprint")
        << QStringLiteral("service-blueprint")
        << QStringList{QStringLiteral("Request"), QStringLiteral("Onboarding"),
                       QStringLiteral("Service delivery"), QStringLiteral("Follow-up")}
        << 5 << 0 << 0;
    QTest::newRow("sample") << QStringLiteral("sample") << fourStages << 9 << 60 << 13;
}

void tst_Project::fromTemplate()
{
    QFETCH(QString, name);
    QFETCH(QStringList, stageNames);
    QFETCH(int, laneCount);
    QFETCH(int, cardCount);
    QFETCH(int, connectionCount);

    MapData map;
    QString error;
    QVERIFY2(Templates::load(name, &map, &error), qPrintable(error));
    QTemporaryDir dir;
    const QString path = dir.filePath(name + QStringLiteral(".waymark"));
    DocumentError docError;
    std::unique_ptr<Project> project = Project::create(path, map, &docError);
    QVERIFY2(project, qPrintable(docError.message));
    QVERIFY(project->isEditable());
    QCOMPARE(project->undoStack()->count(), 0);
    QVERIFY(!project->title().isEmpty());

    const QList<Journey> journeys = project->journeys();
    // The sample has the future state of its journey too.
    QCOMPARE(journeys.size(), name == Templates::sampleName() ? 2 : 1);
    const Id j = journeys.first().id;
    QCOMPARE(journeys.first().position, 0);
    QStringList names;
    const QList<Stage> stages = project->stages(j);
    for (int i = 0; i < stages.size(); ++i) {
        names.append(stages.at(i).name);
        QCOMPARE(stages.at(i).position, i);
        QCOMPARE(stages.at(i).journeyId, j);
    }
    QCOMPARE(names, stageNames);
    QCOMPARE(project->stageIds(j).size(), stageNames.size());
    const QList<Lane> lanes = project->lanes(j);
    QCOMPARE(lanes.size(), laneCount);
    for (int i = 0; i < lanes.size(); ++i)
        QCOMPARE(lanes.at(i).position, i);
    QCOMPARE(project->cardCount(j), cardCount);
    QCOMPARE(project->cards(j).size(), cardCount);
    QCOMPARE(project->connections(j).size(), connectionCount);

    // Cards come stage by stage, lane by lane, in cell order with dense positions.
    const QList<Card> cards = project->cards(j);
    for (int i = 1; i < cards.size(); ++i) {
        const Card &a = cards.at(i - 1);
        const Card &b = cards.at(i);
        const auto key = [&](const Card &c) {
            return std::make_tuple(project->stage(c.stageId).position,
                                   project->lane(c.laneId).position, c.position);
        };
        QVERIFY(key(a) < key(b));
    }
    for (Id s : project->stageIds(j)) {
        for (Id l : project->laneIds(j))
            QVERIFY(cellIsDense(*project, s, l));
    }

    // The project holds the template's map exactly, ids included, and so does the file.
    WM_COMPARE_MAPS(project->toMapData(), map);
    WM_VERIFY_FILE_AGREES(*project);
}

void tst_Project::sampleContent()
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project = sample(dir);
    QVERIFY(project);
    const Id j = project->journeys().first().id;
    // Every connection joins two cards of the journey.
    for (const Connection &c : project->connections(j)) {
        QVERIFY(project->hasCard(c.fromCardId));
        QVERIFY(project->hasCard(c.toCardId));
        QCOMPARE(c.journeyId, j);
        QVERIFY(project->connectionsOf(c.fromCardId).contains(c));
        QVERIFY(project->connectionsOf(c.toCardId).contains(c));
    }
    QCOMPARE(project->setting(QStringLiteral("client")).toString(),
             QStringLiteral("Kestrel Bikes"));
    QCOMPARE(project->title(), project->toMapData().title);
}

void tst_Project::stageSignals()
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project = sample(dir);
    QVERIFY(project);
    Project &p = *project;
    SignalLog log(p);
    const Id j = p.journeys().first().id;

    QSignalSpy inserted(&p, &Project::stageInserted);
    Stage stage;
    stage.journeyId = j;
    stage.name = QStringLiteral("Onboarding");
    auto *add = new AddStageCommand(p, stage, 1);
    QVERIFY(p.execute(add));
    const Id s = add->insertedId();
    QVERIFY(s != NoId);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(0).value<Id>(), j);
    QCOMPARE(inserted.first().at(1).value<Id>(), s);
    QCOMPARE(log.take(), QStringList{sig("stageInserted", j, s)});
    QCOMPARE(p.stageIds(j).indexOf(s), 1);
    QCOMPARE(p.stage(s).position, 1);
    WM_VERIFY_FILE_AGREES(p);

    Stage renamed = p.stage(s);
    renamed.name = QStringLiteral("Onboarding & Setup");
    renamed.color = color("#123456");
    QSignalSpy changed(&p, &Project::stageChanged);
    QVERIFY(p.execute(new EditStageCommand(p, renamed)));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<Id>(), s);
    QCOMPARE(log.take(), QStringList{sig("stageChanged", s)});
    QCOMPARE(p.stage(s).name, renamed.name);
    WM_VERIFY_FILE_AGREES(p);

    QVERIFY(p.execute(new ReorderCommand(p, ReorderCommand::Kind::Stage, s, 3)));
    QCOMPARE(log.take(), QStringList{sig("stagesReordered", j)});
    QCOMPARE(p.stageIds(j).indexOf(s), 3);
    for (int i = 0; i < p.stages(j).size(); ++i)
        QCOMPARE(p.stages(j).at(i).position, i);
    WM_VERIFY_FILE_AGREES(p);

    QVERIFY(p.execute(new RemoveCommand(p, RemoveCommand::Kind::Stage, {s})));
    QCOMPARE(log.take(), QStringList{sig("stageRemoved", j, s)});
    QVERIFY(!p.hasStage(s));
    WM_VERIFY_FILE_AGREES(p);

    // Undo emits the inverse.
    p.undoStack()->undo();
    QCOMPARE(log.take(), QStringList{sig("stageInserted", j, s)});
    QCOMPARE(p.stageIds(j).indexOf(s), 3);
    WM_VERIFY_FILE_AGREES(p);
}

void tst_Project::laneSignals()
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project = sample(dir);
    QVERIFY(project);
    Project &p = *project;
    SignalLog log(p);
    const Id j = p.journeys().first().id;

    Lane lane;
    lane.journeyId = j;
    lane.kind = LaneKind::Metrics;
    lane.name = QStringLiteral("Scores");
    auto *add = new AddLaneCommand(p, lane, 0);
    QSignalSpy inserted(&p, &Project::laneInserted);
    QVERIFY(p.execute(add));
    const Id l = add->insertedId();
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(0).value<Id>(), j);
    QCOMPARE(inserted.first().at(1).value<Id>(), l);
    QCOMPARE(log.take(), QStringList{sig("laneInserted", j, l)});
    QCOMPARE(p.laneIds(j).first(), l);
    WM_VERIFY_FILE_AGREES(p);

    Lane hidden = p.lane(l);
    hidden.visible = false;
    QVERIFY(p.execute(new EditLaneCommand(p, hidden)));
    QCOMPARE(log.take(), QStringList{sig("laneChanged", l)});
    QVERIFY(!p.lane(l).visible);
    WM_VERIFY_FILE_AGREES(p);

    QVERIFY(p.execute(new ReorderCommand(p, ReorderCommand::Kind::Lane, l, 99)));
    QCOMPARE(log.take(), QStringList{sig("lanesReordered", j)});
    QCOMPARE(p.laneIds(j).last(), l);
    WM_VERIFY_FILE_AGREES(p);

    // Removing a lane with cards takes the cards with it.
    const Id busyLane = p.laneIds(j).at(1);
    int cardsInLane = 0;
    for (Id s : p.stageIds(j))
        cardsInLane += int(p.cellCardIds(s, busyLane).size());
    QVERIFY(cardsInLane > 0);
    const int before = p.cardCount();
    QSignalSpy removed(&p, &Project::laneRemoved);
    QVERIFY(p.execute(new RemoveCommand(p, RemoveCommand::Kind::Lane, {busyLane})));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(0).value<Id>(), j);
    QCOMPARE(removed.first().at(1).value<Id>(), busyLane);
    QCOMPARE(p.cardCount(), before - cardsInLane);
    QVERIFY(log.take().contains(sig("laneRemoved", j, busyLane)));
    WM_VERIFY_FILE_AGREES(p);
}

void tst_Project::cardSignals()
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project = sample(dir);
    QVERIFY(project);
    Project &p = *project;
    SignalLog log(p);
    const Id j = p.journeys().first().id;
    const Id s0 = p.stageIds(j).at(0);
    const Id s1 = p.stageIds(j).at(1);
    const Id l1 = p.laneIds(j).at(1);

    Card card;
    card.stageId = s0;
    card.laneId = l1;
    card.kind = CardKind::Touchpoint;
    card.title = QStringLiteral("Instagram ad");
    card.emotion = 1;
    auto *add = new AddCardCommand(p, card, 1);
    QSignalSpy inserted(&p, &Project::cardInserted);
    QSignalSpy cell(&p, &Project::cellChanged);
    QVERIFY(p.execute(add));
    const Id c = add->insertedId();
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(0).value<Id>(), j);
    QCOMPARE(inserted.first().at(1).value<Id>(), c);
    QCOMPARE(cell.count(), 1);
    QCOMPARE(cell.first().at(0).value<Id>(), j);
    QCOMPARE(cell.first().at(1).value<Id>(), s0);
    QCOMPARE(cell.first().at(2).value<Id>(), l1);
    QCOMPARE(log.take(), QStringList({sig("cardInserted", j, c), sig("cellChanged", j, s0, l1)}));
    QCOMPARE(p.cellCardIds(s0, l1).indexOf(c), 1);
    QCOMPARE(p.card(c).journeyId, j);
    WM_VERIFY_FILE_AGREES(p);

    Card edited = p.card(c);
    edited.title = QStringLiteral("Instagram story");
    edited.emotion = -2;
    QVERIFY(p.execute(new EditCardCommand(p, edited)));
    QCOMPARE(log.take(), QStringList{sig("cardChanged", c)});
    QCOMPARE(p.card(c).emotion, std::optional<int>(-2));
    WM_VERIFY_FILE_AGREES(p);

    QVERIFY(p.execute(new MoveCardCommand(p, c, s1, l1, 0)));
    QCOMPARE(log.take(), QStringList({sig("cardChanged", c), sig("cellChanged", j, s0, l1),
                                      sig("cellChanged", j, s1, l1)}));
    QCOMPARE(p.cellCardIds(s1, l1).first(), c);
    QVERIFY(!p.cellCardIds(s0, l1).contains(c));
    WM_VERIFY_FILE_AGREES(p);

    QVERIFY(p.execute(new MoveCardCommand(p, c, s1, l1, 2)));
    QCOMPARE(log.take(), QStringList({sig("cardChanged", c), sig("cellChanged", j, s1, l1)}));
    WM_VERIFY_FILE_AGREES(p);

    // Removing a card removes its connections first.
    Connection link;
    link.fromCardId = c;
    link.toCardId = p.cellCardIds(s0, l1).first();
    auto *connect = new AddConnectionCommand(p, link, 0);
    QVERIFY(p.execute(connect));
    const Id x = connect->insertedId();
    log.take();
    QVERIFY(p.execute(new RemoveCommand(p, RemoveCommand::Kind::Card, {c})));
    QCOMPARE(log.take(), QStringList({sig("connectionRemoved", j, x), sig("cardRemoved", j, c),
                                      sig("cellChanged", j, s1, l1)}));
    QVERIFY(!p.hasCard(c));
    QVERIFY(!p.hasConnection(x));
    WM_VERIFY_FILE_AGREES(p);
}

void tst_Project::connectionSignals()
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project = sample(dir);
    QVERIFY(project);
    Project &p = *project;
    SignalLog log(p);
    const Id j = p.journeys().first().id;
    const QList<Card> cards = p.cards(j);

    Connection c;
    c.fromCardId = cards.at(0).id;
    c.toCardId = cards.at(5).id;
    c.kind = ConnectionKind::Branch;
    c.label = QStringLiteral("if in stock");
    auto *add = new AddConnectionCommand(p, c, 0);
    QVERIFY(p.execute(add));
    const Id x = add->insertedId();
    QCOMPARE(log.take(), QStringList{sig("connectionInserted", j, x)});
    QCOMPARE(p.connection(x).journeyId, j);
    WM_VERIFY_FILE_AGREES(p);

    Connection edited = p.connection(x);
    edited.kind = ConnectionKind::Loop;
    edited.label = QStringLiteral("again");
    QSignalSpy changed(&p, &Project::connectionChanged);
    QVERIFY(p.execute(new EditConnectionCommand(p, edited)));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<Id>(), x);
    QCOMPARE(log.take(), QStringList{sig("connectionChanged", x)});
    QCOMPARE(p.connection(x).kind, ConnectionKind::Loop);
    WM_VERIFY_FILE_AGREES(p);

    QVERIFY(p.execute(new RemoveCommand(p, RemoveCommand::Kind::Connection, {x})));
    QCOMPARE(log.take(), QStringList{sig("connectionRemoved", j, x)});
    WM_VERIFY_FILE_AGREES(p);

    // A connection across journeys is refused, and nothing changes.
    QVERIFY(p.execute(
        new AddJourneyCommand(p, templateMap(QStringLiteral("sample")).journeys.first(), 1)));
    const Id other = p.journeys().at(1).id;
    const MapData before = p.toMapData();
    Connection across;
    across.fromCardId = cards.at(0).id;
    across.toCardId = p.cards(other).first().id;
    log.take();
    QVERIFY(!p.execute(new AddConnectionCommand(p, across, 0)));
    QCoreApplication::processEvents();
    for (const QString &entry : log.take())
        QVERIFY2(!entry.startsWith(QLatin1String("connectionInserted")), qPrintable(entry));
    WM_COMPARE_MAPS(p.toMapData(), before);
    WM_VERIFY_FILE_AGREES(p);
}

void tst_Project::journeySignals()
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project = sample(dir);
    QVERIFY(project);
    Project &p = *project;
    SignalLog log(p);
    const Id first = p.journeys().first().id;

    MapJourney content = templateMap(QStringLiteral("four-stage")).journeys.first();
    content.journey.name = QStringLiteral("Future state");
    content.journey.state = JourneyState::Future;
    content.journey.sourceJourneyId = first;
    auto *add = new AddJourneyCommand(p, content, 0);
    QSignalSpy inserted(&p, &Project::journeyInserted);
    QVERIFY(p.execute(add));
    const Id j = add->journeyId();
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(0).value<Id>(), j);
    const QStringList entries = log.take();
    QCOMPARE(entries.first(), sig("journeyInserted", j));
    int stageSignals = 0;
    int laneSignals = 0;
    for (const QString &e : entries) {
        stageSignals += e.startsWith(QStringLiteral("stageInserted(%1,").arg(j));
        laneSignals += e.startsWith(QStringLiteral("laneInserted(%1,").arg(j));
    }
    QCOMPARE(stageSignals, 4);
    QCOMPARE(laneSignals, 9);
    QCOMPARE(p.journeys().first().id, j);
    QCOMPARE(p.journey(j).sourceJourneyId, first);
    QCOMPARE(p.journey(first).position, 1);
    WM_VERIFY_FILE_AGREES(p);

    Journey renamed = p.journey(j);
    renamed.name = QStringLiteral("To-be journey");
    renamed.description = QStringLiteral("What we want");
    QVERIFY(p.execute(new EditJourneyCommand(p, renamed)));
    QCOMPARE(log.take(), QStringList{sig("journeyChanged", j)});
    WM_VERIFY_FILE_AGREES(p);

    QVERIFY(p.execute(new ReorderCommand(p, ReorderCommand::Kind::Journey, j, 1)));
    QCOMPARE(log.take(), QStringList{QStringLiteral("journeysReordered")});
    QCOMPARE(p.journeyIndex(j), 1);
    QCOMPARE(p.journey(j).position, 1);
    QCOMPARE(p.journey(first).position, 0);
    WM_VERIFY_FILE_AGREES(p);

    QSignalSpy removed(&p, &Project::journeyRemoved);
    QVERIFY(p.execute(new RemoveCommand(p, RemoveCommand::Kind::Journey, {j})));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(0).value<Id>(), j);
    QCOMPARE(log.take(), QStringList{sig("journeyRemoved", j)});
    QCOMPARE(p.journeys().size(), 1);
    QVERIFY(p.stageIds(j).isEmpty());
    WM_VERIFY_FILE_AGREES(p);
}

void tst_Project::personaAndSettingSignals()
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project = sample(dir);
    QVERIFY(project);
    Project &p = *project;
    SignalLog log(p);
    const Id j = p.journeys().first().id;

    Persona persona;
    persona.name = QStringLiteral("Weekend rider");
    persona.color = color("#ff8800");
    auto *add = new AddPersonaCommand(p, persona, 0);
    QVERIFY(p.execute(add));
    const Id id = add->insertedId();
    QCOMPARE(log.take(), QStringList{QStringLiteral("personasChanged")});
    QCOMPARE(p.persona(id).name, persona.name);
    WM_VERIFY_FILE_AGREES(p);

    Journey withPersona = p.journey(j);
    withPersona.personaId = id;
    QVERIFY(p.execute(new EditJourneyCommand(p, withPersona)));
    log.take();

    Persona edited = p.persona(id);
    edited.goals = QStringLiteral("Ride more");
    QVERIFY(p.execute(new EditPersonaCommand(p, edited)));
    QCOMPARE(log.take(), QStringList{QStringLiteral("personasChanged")});
    WM_VERIFY_FILE_AGREES(p);

    // Removing a persona clears it from journeys (ON DELETE SET NULL in the file).
    QVERIFY(p.removePersona(id));
    QCOMPARE(log.take(),
             QStringList({sig("journeyChanged", j), QStringLiteral("personasChanged")}));
    QCOMPARE(p.journey(j).personaId, NoId);
    WM_VERIFY_FILE_AGREES(p);

    QSignalSpy setting(&p, &Project::settingChanged);
    QVERIFY(
        p.execute(new SetSettingCommand(p, QStringLiteral("client"), QStringLiteral("Falcon"))));
    QCOMPARE(setting.count(), 1);
    QCOMPARE(setting.first().at(0).toString(), QStringLiteral("client"));
    QCOMPARE(log.take(), QStringList{QStringLiteral("settingChanged(client)")});
    WM_VERIFY_FILE_AGREES(p);
}

void tst_Project::cellOrderAfterMoves_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<bool>("acrossCells");
    QTest::addColumn<QList<int>>("expectedOrder"); // indexes into the original cell

    QTest::newRow("first to last") << 0 << 4 << false << QList<int>{1, 2, 3, 4, 0};
    QTest::newRow("last to first") << 4 << 0 << false << QList<int>{4, 0, 1, 2, 3};
    QTest::newRow("middle down one") << 2 << 3 << false << QList<int>{0, 1, 3, 2, 4};
    QTest::newRow("onto itself") << 1 << 1 << false << QList<int>{0, 1, 2, 3, 4};
    QTest::newRow("beyond the end") << 1 << 42 << false << QList<int>{0, 2, 3, 4, 1};
    QTest::newRow("to another cell, front") << 2 << 0 << true << QList<int>{0, 1, 3, 4};
    QTest::newRow("to another cell, end") << 0 << 99 << true << QList<int>{1, 2, 3, 4};
}

void tst_Project::cellOrderAfterMoves()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(bool, acrossCells);
    QFETCH(QList<int>, expectedOrder);

    QTemporaryDir dir;
    std::unique_ptr<Project> project = sample(dir);
    QVERIFY(project);
    Project &p = *project;
    const Id j = p.journeys().first().id;
    // The busiest cell of the sample (Purchase & Service x Touchpoints) has five cards.
    const Id stage = p.stageIds(j).at(2);
    const Id lane = p.laneIds(j).at(1);
    const QList<Id> original = p.cellCardIds(stage, lane);
    QCOMPARE(original.size(), 5);
    const Id otherStage = p.stageIds(j).at(3);
    const QList<Id> otherOriginal = p.cellCardIds(otherStage, lane);
    const MapData before = p.toMapData();

    const Id moving = original.at(from);
    QVERIFY(p.execute(new MoveCardCommand(p, moving, acrossCells ? otherStage : stage, lane, to)));
    QList<Id> expected;
    for (int i : expectedOrder)
        expected.append(original.at(i));
    QCOMPARE(p.cellCardIds(stage, lane), expected);
    QCOMPARE(ids(p.cellCards(stage, lane)), expected);
    QVERIFY(cellIsDense(p, stage, lane));
    if (acrossCells) {
        QList<Id> other = otherOriginal;
        other.insert(qBound(0, to, int(other.size())), moving);
        QCOMPARE(p.cellCardIds(otherStage, lane), other);
        QVERIFY(cellIsDense(p, otherStage, lane));
        QCOMPARE(p.card(moving).stageId, otherStage);
    }
    WM_VERIFY_FILE_AGREES(p);

    p.undoStack()->undo();
    QCOMPARE(p.cellCardIds(stage, lane), original);
    QCOMPARE(p.cellCardIds(otherStage, lane), otherOriginal);
    WM_COMPARE_MAPS(p.toMapData(), before);
    WM_VERIFY_FILE_AGREES(p);
}

void tst_Project::toMapDataSubset()
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project
        = createProject(dir.filePath(QStringLiteral("two.waymark")), generatedMap(200, false));
    QVERIFY(project);
    const QList<Journey> journeys = project->journeys();
    QCOMPARE(journeys.size(), 2);
    const MapData all = project->toMapData();
    QCOMPARE(all.journeys.size(), 2);
    const MapData second = project->toMapData({journeys.at(1).id});
    QCOMPARE(second.journeys.size(), 1);
    // The second journey is derived from the first; alone, it no longer names its source.
    QCOMPARE(all.journeys.at(1).journey.sourceJourneyId, journeys.at(0).id);
    MapJourney expected = all.journeys.at(1);
    expected.journey.sourceJourneyId = NoId;
    QCOMPARE(second.journeys.first(), expected);
    QCOMPARE(second.title, all.title);
    QCOMPARE(second.settings, all.settings);
    QCOMPARE(second.personas, all.personas);
    const MapData none = project->toMapData({424242});
    QVERIFY(none.journeys.isEmpty());
}

void tst_Project::exportedMapsAreReadable_data()
{
    QTest::addColumn<bool>("removeSource");
    QTest::addColumn<bool>("subset");
    QTest::newRow("whole project") << false << false;
    QTest::newRow("journey without its source journey") << false << true;
    QTest::newRow("after the source journey was deleted") << true << false;
}

void tst_Project::exportedMapsAreReadable()
{
    // A future-state journey refers to the current-state journey it came from; an export
    // that leaves the current state out must still be a map that reads back.
    QFETCH(bool, removeSource);
    QFETCH(bool, subset);
    QTemporaryDir dir;
    std::unique_ptr<Project> project
        = createProject(dir.filePath(QStringLiteral("two.waymark")), generatedMap(60, false));
    QVERIFY(project);
    Project &p = *project;
    const Id current = p.journeys().at(0).id;
    const Id future = p.journeys().at(1).id;
    QCOMPARE(p.journey(future).sourceJourneyId, current);
    if (removeSource) {
        QVERIFY(p.execute(new RemoveCommand(p, RemoveCommand::Kind::Journey, {current})));
        WM_VERIFY_FILE_AGREES(p);
    }
    const MapData map = subset ? p.toMapData({future}) : p.toMapData();
    const QByteArray json = writeJsonMap(map);
    JsonMapReader reader;
    MapData read;
    QVERIFY2(reader.read(json, &read), qPrintable(reader.errorString()));
    QVERIFY(writeJsonMap(read) == json);
    // And a new project can be made from it.
    std::unique_ptr<Project> copy
        = createProject(dir.filePath(QStringLiteral("copy.waymark")), read);
    QVERIFY(copy);
    WM_COMPARE_MAPS(copy->toMapData(), read);
    if (removeSource) {
        // Undo brings the journey back and the reference with it.
        p.undoStack()->undo();
        QCOMPARE(p.toMapData().journeys.at(1).journey.sourceJourneyId, current);
        WM_VERIFY_FILE_AGREES(p);
    }
}

void tst_Project::captureAndRestoreKeepIds_data()
{
    QTest::addColumn<int>("what"); // 0 journey, 1 stage, 2 lane, 3 cards
    QTest::newRow("journey") << 0;
    QTest::newRow("stage with cards and connections") << 1;
    QTest::newRow("lane with cards") << 2;
    QTest::newRow("cards with connections between them") << 3;
}

void tst_Project::captureAndRestoreKeepIds()
{
    QFETCH(int, what);
    QTemporaryDir dir;
    std::unique_ptr<Project> project = sample(dir);
    QVERIFY(project);
    Project &p = *project;
    const Id j = p.journeys().first().id;
    const MapData before = p.toMapData();

    Project::Snapshot snapshot;
    bool removed = false;
    QVERIFY(p.beginChange());
    switch (what) {
    case 0:
        snapshot = p.captureJourney(j);
        QCOMPARE(snapshot.cards.size(), 60);
        QCOMPARE(snapshot.connections.size(), 13);
        removed = p.removeJourney(j);
        break;
    case 1: {
        // The stage whose cards have the most connections.
        Id best = NoId;
        qsizetype most = -1;
        for (Id s : p.stageIds(j)) {
            const qsizetype n = p.captureStage(s).connections.size();
            if (n > most) {
                most = n;
                best = s;
            }
        }
        snapshot = p.captureStage(best);
        QVERIFY(!snapshot.cards.isEmpty());
        QVERIFY(!snapshot.connections.isEmpty());
        removed = p.removeStage(best);
        break;
    }
    case 2:
        snapshot = p.captureLane(p.laneIds(j).at(1));
        QVERIFY(!snapshot.cards.isEmpty());
        removed = p.removeLane(p.laneIds(j).at(1));
        break;
    case 3: {
        const Connection c = p.connections(j).first();
        snapshot = p.captureCards({c.fromCardId, c.toCardId, c.fromCardId});
        QCOMPARE(snapshot.cards.size(), 2);
        QVERIFY(snapshot.connections.contains(c));
        removed = p.removeCard(c.fromCardId) && p.removeCard(c.toCardId);
        break;
    }
    }
    QVERIFY(removed);
    QVERIFY(p.endChange());
    QVERIFY(!(p.toMapData() == before));
    WM_VERIFY_FILE_AGREES(p);

    QVERIFY(p.restore(snapshot));
    WM_COMPARE_MAPS(p.toMapData(), before);
    WM_VERIFY_FILE_AGREES(p);
    for (const Card &c : snapshot.cards)
        QCOMPARE(p.card(c.id), c);
    for (const Connection &c : snapshot.connections)
        QCOMPARE(p.connection(c.id), c);
}

void tst_Project::failedWriteReloads()
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project = sample(dir);
    QVERIFY(project);
    Project &p = *project;
    const Id j = p.journeys().first().id;
    const Card victim = p.cards(j).at(3);
    QVERIFY(p.execute(new RemoveCommand(p, RemoveCommand::Kind::Card, {victim.id})));

    // Someone else takes the card's id in the file, so undo cannot put the card back.
    const QByteArray sql = "INSERT INTO cards (id, journey_id, stage_id, lane_id, title) VALUES ("
                           + QByteArray::number(victim.id) + ", " + QByteArray::number(j) + ", "
                           + QByteArray::number(victim.stageId) + ", "
                           + QByteArray::number(victim.laneId) + ", 'intruder')";
    QString error;
    QVERIFY2(sqlExec(p.filePath(), sql, &error), qPrintable(error));

    SignalLog log(p);
    QSignalSpy failed(&p, &Project::writeFailed);
    p.undoStack()->undo();
    QCoreApplication::processEvents();
    QCOMPARE(failed.count(), 1);
    QVERIFY2(isSentence(failed.first().at(0).toString()),
             qPrintable(failed.first().at(0).toString()));
    const QStringList entries = log.take();
    QVERIFY(entries.contains(QStringLiteral("aboutToReset")));
    QVERIFY(entries.contains(QStringLiteral("reset")));
    // Memory was reloaded from the file: both show what is really on disk.
    QCOMPARE(p.undoStack()->count(), 0);
    QCOMPARE(p.document().transactionDepth(), 0);
    QCOMPARE(p.card(victim.id).title, QStringLiteral("intruder"));
    WM_VERIFY_FILE_AGREES(p);
    // And the project keeps working.
    Card edited = p.card(victim.id);
    edited.title = QStringLiteral("welcome back");
    QVERIFY(p.execute(new EditCardCommand(p, edited)));
    WM_VERIFY_FILE_AGREES(p);
}

void tst_Project::staleIdIsRefused()
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project = sample(dir);
    QVERIFY(project);
    Project &p = *project;
    const MapData before = p.toMapData();
    Stage ghost;
    ghost.id = 987654;
    ghost.name = QStringLiteral("ghost");
    QVERIFY(!p.execute(new EditStageCommand(p, ghost, ghost)));
    QCoreApplication::processEvents();
    QCOMPARE(p.undoStack()->count(), 0);
    WM_COMPARE_MAPS(p.toMapData(), before);
    WM_VERIFY_FILE_AGREES(p);
}

void tst_Project::generatedMapLoads()
{
    QTemporaryDir dir;
    const MapData map = generatedMap(500, true);
    std::unique_ptr<Project> project
        = createProject(dir.filePath(QStringLiteral("gen.waymark")), map);
    QVERIFY(project);
    QCOMPARE(project->cardCount(), 500);
    WM_COMPARE_MAPS(project->toMapData(), map);
    WM_VERIFY_FILE_AGREES(*project);
}

QTEST_GUILESS_MAIN(tst_Project)

#include "tst_project.moc"
