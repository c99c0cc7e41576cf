// The JSON map format: canonical, byte-identical round trips (also through a project file),
// stable key order, and a sentence for every kind of bad input.

#include "testutil.h"

#include "io/jsonmapreader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Waymark;
using namespace TestUtil;

namespace {

// A small valid map as a user might write it by hand; tests patch parts of it.
QByteArray handWritten(const QByteArray &cards = {}, const QByteArray &extraJourney = {},
                       const QByteArray &connections = {})
{
    QByteArray json = R"({
  "format": "waymark-map",
  "version": 1,
  "title": "Hand made",
  "journeys": [
    {
      "id": "main",
      "name": "Main journey",
      "stages": [ { "id": "stage-a", "name": "Before" }, { "id": "stage-b", "name": "After" } ],
      "lanes": [ { "id": "lane-x", "name": "Touchpoints", "kind": "touchpoints" } ],
      "cards": [
        { "id": "card-one", "stage": "stage-a", "lane": "lane-x", "kind": "touchpoint",
          "title": "First" },
        { "id": "card-two", "stage": "stage-b", "lane": "lane-x", "title": "Second" }
        CARDS
      ],
      "connections": [ { "from": "card-one", "to": "card-two" } CONNECTIONS ]
    }
    EXTRA
  ]
})";
    json.replace("CARDS", cards.isEmpty() ? QByteArray() : ", " + cards);
    json.replace("CONNECTIONS", connections.isEmpty() ? QByteArray() : ", " + connections);
    json.replace("EXTRA", extraJourney.isEmpty() ? QByteArray() : ", " + extraJourney);
    return json;
}

QByteArray card(const QByteArray &fields)
{
    return R"({ "id": "c9", "stage": "stage-a", "lane": "lane-x", )" + fields + " }";
}

// The sample map with everything of CX management on it: personas with segments and a
// picture, a future-state journey, goals of every scope, an improvement plan, comment
// threads (resolved, with replies) and sign-offs.
MapData planMap()
{
    MapData map = templateMap(QStringLiteral("sample"));
    map.goals.clear();
    map.actions.clear();
    map.comments.clear();
    map.signoffs.clear();
    map.personas.clear();
    while (map.journeys.size() > 1)
        map.journeys.removeLast();
    MapJourney &current = map.journeys.first();
    const Id j = current.journey.id;
    Persona commuter;
    commuter.id = 3;
    commuter.name = QStringLiteral("Commuter Chris");
    commuter.description = QStringLiteral("Rides 12 km to work");
    commuter.goals = QStringLiteral("Arrive on time, dry");
    commuter.frustrations = QStringLiteral("Waiting for repairs");
    commuter.quote = QStringLiteral("„Ich will einfach fahren.“");
    commuter.color = color("#2266aa");
    commuter.picture = QByteArray("\x89PNG\r\n\x1a\n not really", 20);
    commuter.segments = {QStringLiteral("Commuter"), QStringLiteral("E-bike \"pro\"")};
    Persona family = commuter;
    family.id = 5;
    family.name = QStringLiteral("Family rider");
    family.picture.clear();
    family.segments = {QStringLiteral("Family rider")};
    family.position = 1;
    map.personas = {commuter, family};
    current.journey.personaId = 3;

    MapJourney future = current;
    future.journey.id = j + 10;
    future.journey.name = QStringLiteral("Buying a bike, 2027");
    future.journey.state = JourneyState::Future;
    future.journey.sourceJourneyId = j;
    future.journey.position = 1;
    for (Stage &s : future.stages) {
        s.id += 100;
        s.journeyId = future.journey.id;
    }
    for (Lane &l : future.lanes) {
        l.id += 100;
        l.journeyId = future.journey.id;
    }
    for (Card &c : future.cards) {
        c.id += 1000;
        c.stageId += 100;
        c.laneId += 100;
        c.journeyId = future.journey.id;
    }
    for (Connection &c : future.connections) {
        c.id += 1000;
        c.fromCardId += 1000;
        c.toCardId += 1000;
        c.journeyId = future.journey.id;
    }
    future.cards.removeLast();
    future.connections.removeIf([&future](const Connection &c) {
        const auto has = [&future](Id id) {
            return std::any_of(future.cards.cbegin(), future.cards.cend(),
                               [id](const Card &card) { return card.id == id; });
        };
        return !has(c.fromCardId) || !has(c.toCardId);
    });
    const Card pain = current.cards.at(39);
    const Card other = current.cards.at(40);
    map.journeys.append(future); // current is invalid from here
    Goal g1;
    g1.id = 2;
    g1.journeyId = j;
    g1.scope = TargetKind::Journey;
    g1.targetId = j;
    g1.metric = Metric::Nps;
    g1.target = 40;
    g1.due = QStringLiteral("2027-Q2");
    g1.title = QStringLiteral("NPS ≥ 40");
    Goal g2 = g1;
    g2.id = 4;
    g2.scope = TargetKind::Stage;
    g2.targetId = pain.stageId;
    g2.metric = Metric::Ces;
    g2.op = GoalOperator::AtMost;
    g2.target = 0.1 + 0.2; // a double that needs all its digits
    g2.due = QStringLiteral("2027-06");
    g2.title.clear();
    Goal g3 = g1;
    g3.id = 9;
    g3.scope = TargetKind::Card;
    g3.targetId = pain.id;
    g3.metric = Metric::Csat;
    g3.target = 82.5;
    g3.due = QStringLiteral("2027");
    Goal g4 = g1;
    g4.id = 11;
    g4.journeyId = future.journey.id;
    g4.targetId = future.journey.id;
    map.goals = {g1, g2, g3, g4};

    Action a1;
    a1.id = 7;
    a1.journeyId = j;
    a1.title = QStringLiteral("Instant financing decision");
    a1.description = QStringLiteral("Line one\nline two");
    a1.owner = QStringLiteral("Finance");
    a1.status = ActionStatus::InProgress;
    a1.due = QDate(2026, 9, 30);
    a1.impact = QStringLiteral("+10 NPS in Purchase & Service");
    a1.cardIds = {pain.id, other.id};
    a1.goalIds = {2, 9};
    a1.createdAt = QDateTime(QDate(2026, 1, 5), QTime(8, 0, 1), Qt::UTC);
    a1.updatedAt = QDateTime(QDate(2026, 2, 5), QTime(9, 30), Qt::UTC);
    Action a2;
    a2.id = 3;
    a2.journeyId = j;
    a2.title = QStringLiteral("Idea without anything");
    a2.createdAt = a1.createdAt;
    a2.updatedAt = a1.createdAt;
    a2.position = 1;
    Action a3 = a2;
    a3.id = 12;
    a3.journeyId = future.journey.id;
    a3.status = ActionStatus::Dropped;
    a3.position = 2;
    map.actions = {a1, a2, a3};

    Comment thread;
    thread.id = 1;
    thread.journeyId = j;
    thread.targetKind = TargetKind::Card;
    thread.targetId = pain.id;
    thread.author = QStringLiteral("Maria");
    thread.text = QStringLiteral("Is this confirmed?");
    thread.createdAt = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
    thread.resolved = true;
    thread.resolvedBy = QStringLiteral("Tom");
    thread.resolvedAt = QDateTime(QDate(2026, 3, 2), QTime(11, 0), Qt::UTC);
    Comment reply = thread;
    reply.id = 2;
    reply.parentId = 1;
    reply.author = QStringLiteral("Tom");
    reply.text = QStringLiteral("Yes.");
    reply.resolved = false;
    reply.resolvedBy.clear();
    reply.resolvedAt = {};
    Comment onStage = reply;
    onStage.id = 5;
    onStage.parentId = NoId;
    onStage.targetKind = TargetKind::Stage;
    onStage.targetId = pain.stageId;
    Comment onJourney = onStage;
    onJourney.id = 6;
    onJourney.journeyId = future.journey.id;
    onJourney.targetKind = TargetKind::Journey;
    onJourney.targetId = future.journey.id;
    map.comments = {thread, reply, onStage, onJourney};

    Signoff s1;
    s1.id = 1;
    s1.name = QStringLiteral("Head of CX");
    s1.note = QStringLiteral("OK");
    s1.signedAt = QDateTime(QDate(2026, 4, 1), QTime(12, 0), Qt::UTC);
    s1.fingerprint = QStringLiteral("abc123");
    Signoff s2 = s1;
    s2.id = 4;
    s2.note.clear();
    map.signoffs = {s1, s2};
    return map;
}

// handWritten() with top-level keys added (goals, actions, comments, signoffs).
QByteArray withPlan(const QByteArray &plan)
{
    QByteArray json = handWritten();
    json.chop(1); // the final "}"
    return json + ", " + plan + "}";
}

} // namespace

class tst_JsonMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void throughProject_data();
    void throughProject();
    void keyOrder();
    void awkwardTextSurvives();
    void rejects_data();
    void rejects();
    void planReferencesAreRemapped();
    void handWrittenIdsAreNumbered();
    void connectionWithoutIdGetsOne();
    void readFile();
};

void tst_JsonMap::roundTrip_data()
{
    QTest::addColumn<QString>("source"); // a template name, or "generated"
    for (const TemplateInfo &info : Templates::all())
        QTest::newRow(qPrintable(info.name)) << info.name;
    QTest::newRow("generated 2,000 cards") << QStringLiteral("generated");
    QTest::newRow("personas, future state, goals, plan, comments, sign-offs")
        << QStringLiteral("plan");
}

void tst_JsonMap::roundTrip()
{
    QFETCH(QString, source);
    const MapData map = source == QLatin1String("generated") ? generatedMap(2000, true)
                        : source == QLatin1String("plan")    ? planMap()
                                                             : templateMap(source);
    QVERIFY(!map.journeys.isEmpty());
    const QByteArray json = writeJsonMap(map);
    QVERIFY(json.endsWith("}\n"));
    // The same content always gives the same bytes.
    QCOMPARE(writeJsonMap(map), json);

    JsonMapReader reader;
    MapData read;
    QVERIFY2(reader.read(json, &read), qPrintable(reader.errorString()));
    QVERIFY(reader.errorString().isEmpty());
    WM_COMPARE_MAPS(read, map);
    const QByteArray again = writeJsonMap(read);
    QCOMPARE(again.size(), json.size());
    QVERIFY(again == json);

    // It is valid JSON for any other reader too.
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
}

void tst_JsonMap::throughProject_data()
{
    roundTrip_data();
}

void tst_JsonMap::throughProject()
{
    // export -> new --from-json -> export is exact.
    QFETCH(QString, source);
    const MapData map = source == QLatin1String("generated") ? generatedMap(2000, true)
                        : source == QLatin1String("plan")    ? planMap()
                                                             : templateMap(source);
    const QByteArray json = writeJsonMap(map);
    JsonMapReader reader;
    MapData read;
    QVERIFY2(reader.read(json, &read), qPrintable(reader.errorString()));

    QTemporaryDir dir;
    std::unique_ptr<Project> project
        = createProject(dir.filePath(QStringLiteral("map.waymark")), read);
    QVERIFY(project);
    const MapData exported = project->toMapData();
    WM_COMPARE_MAPS(exported, map);
    const QByteArray again = writeJsonMap(exported);
    QCOMPARE(again.size(), json.size());
    QVERIFY(again == json);

    // And from the file, by a second reader.
    const QString path = project->filePath();
    project.reset();
    QVERIFY(writeJsonMap(reopenedMap(path)) == json);
}

void tst_JsonMap::keyOrder()
{
    const QByteArray json = writeJsonMap(templateMap(QStringLiteral("sample")));
    QVERIFY2(json.startsWith("{\n  \"format\": \"waymark-map\",\n  \"version\": 1,\n  \"title\": "),
             json.left(120).constData());
    // Keys come in a fixed order in every object.
    const auto order = [&json](std::initializer_list<const char *> keys, qsizetype from) {
        qsizetype at = from;
        for (const char *key : keys) {
            const qsizetype next = json.indexOf(QByteArray("\"") + key + "\": ", at);
            if (next < 0)
                return false;
            at = next;
        }
        return true;
    };
    QVERIFY(order({"format", "version", "title", "settings", "personas", "journeys"}, 0));
    const qsizetype journey = json.indexOf("\"journeys\": ");
    QVERIFY(order({"id", "name", "description", "persona", "state", "source", "stages", "lanes",
                   "cards", "connections"},
                  journey));
    const qsizetype firstCard = json.indexOf("\"cards\": ");
    QVERIFY(order({"id", "stage", "lane", "span", "kind", "title", "body", "channel", "owner",
                   "emotion", "evidence", "color"},
                  firstCard));
    const qsizetype firstConnection = json.indexOf("\"connections\": ");
    QVERIFY(order({"id", "from", "to", "kind", "label"}, firstConnection));
    // Two-space indentation, no tabs, LF line ends, UTF-8 text written as is.
    QVERIFY(!json.contains('\t'));
    QVERIFY(!json.contains('\r'));
    QVERIFY(json.contains("\n    {\n      \"id\": \"j1\",\n"));
    QVERIFY(json.contains("\"Discovery & Choice\""));
}

void tst_JsonMap::awkwardTextSurvives()
{
    // Each awkward text as a card title, alone, so that a failure names the text.
    for (const QString &text : awkwardTexts()) {
        MapData map = templateMap(QStringLiteral("four-stage"));
        MapJourney &mj = map.journeys.first();
        Card c;
        c.id = 1;
        c.journeyId = mj.journey.id;
        c.stageId = mj.stages.first().id;
        c.laneId = mj.lanes.first().id;
        c.title = text;
        c.body = text;
        c.owner = text;
        mj.cards.append(c);
        map.title = text;
        map.settings.insert(QStringLiteral("client"), text);
        const QByteArray json = writeJsonMap(map);
        // Control characters are escaped; nothing but newlines between tokens is raw.
        for (char ch : json)
            QVERIFY2(static_cast<unsigned char>(ch) >= 0x20 || ch == '\n',
                     qPrintable(text.left(40)));
        JsonMapReader reader;
        MapData read;
        QVERIFY2(reader.read(json, &read), qPrintable(reader.errorString()));
        QCOMPARE(read.journeys.first().cards.first().title, text);
        QCOMPARE(read.title, text);
        QCOMPARE(read.settings.value(QStringLiteral("client")), text);
        QVERIFY(writeJsonMap(read) == json);
    }
    // Null emotion is written as null, not 0.
    MapData map = generatedMap(12, false);
    QVERIFY(!map.journeys.first().cards.at(5).emotion.has_value());
    QVERIFY(writeJsonMap(map).contains("\"emotion\": null"));
}

void tst_JsonMap::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("not JSON") << QByteArray("{ \"format\": \"waymark-map\", ")
                              << QStringList{QStringLiteral("JSON")};
    QTest::newRow("binary garbage")
        << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << QStringList{QStringLiteral("JSON")};
    QTest::newRow("JSON array") << QByteArray("[ { \"format\": \"waymark-map\" } ]")
                                << QStringList{QStringLiteral("object")};
    QTest::newRow("wrong format") << QByteArray(R"({ "format": "waymark-mop", "version": 1 })")
                                  << QStringList{QStringLiteral("waymark-map")};
    QTest::newRow("version 2") << QByteArray(R"({ "format": "waymark-map", "version": 2 })")
                               << QStringList{QStringLiteral("newer"), QStringLiteral("2")};
    QTest::newRow("no version") << QByteArray(R"({ "format": "waymark-map" })")
                                << QStringList{QStringLiteral("version")};
    QTest::newRow("duplicate card ids")
        << handWritten(R"({ "id": "card-one", "stage": "stage-a", "lane": "lane-x" })")
        << QStringList{QStringLiteral("card-one"), QStringLiteral("twice")};
    QTest::newRow("duplicate stage ids across journeys")
        << handWritten({}, R"({ "id": "other", "name": "Other",
                               "stages": [ { "id": "stage-a", "name": "Again" } ] })")
        << QStringList{QStringLiteral("stage-a")};
    QTest::newRow("card on a stage of another journey")
        << handWritten({}, R"({ "id": "other", "name": "Other",
              "stages": [ { "id": "s-other", "name": "Theirs" } ],
              "lanes": [ { "id": "l-other", "name": "Theirs" } ],
              "cards": [ { "id": "c-other", "stage": "stage-a", "lane": "l-other" } ] })")
        << QStringList{QStringLiteral("c-other"), QStringLiteral("stage-a"),
                       QStringLiteral("other")};
    QTest::newRow("card on a stage that does not exist")
        << handWritten(R"({ "id": "c9", "stage": "nowhere", "lane": "lane-x" })")
        << QStringList{QStringLiteral("c9"), QStringLiteral("nowhere")};
    QTest::newRow("connection to a card of another journey")
        << handWritten({}, R"({ "id": "other", "name": "Other",
              "stages": [ { "id": "s-other", "name": "Theirs" } ],
              "lanes": [ { "id": "l-other", "name": "Theirs" } ],
              "cards": [ { "id": "c-other", "stage": "s-other", "lane": "l-other" } ],
              "connections": [ { "id": "x7", "from": "c-other", "to": "card-one" } ] })")
        << QStringList{QStringLiteral("x7"), QStringLiteral("card-one")};
    QTest::newRow("unknown card kind")
        << handWritten(card(R"("kind": "banana")"))
        << QStringList{QStringLiteral("c9"), QStringLiteral("banana"), QStringLiteral("kind")};
    QTest::newRow("unknown lane kind")
        << handWritten({}, R"({ "id": "other", "name": "Other",
              "lanes": [ { "id": "l-odd", "name": "Odd", "kind": "swimming" } ] })")
        << QStringList{QStringLiteral("l-odd"), QStringLiteral("swimming")};
    QTest::newRow("emotion 5") << handWritten(card(R"("emotion": 5)"))
                               << QStringList{QStringLiteral("c9"), QStringLiteral("emotion")};
    QTest::newRow("emotion 1.5") << handWritten(card(R"("emotion": 1.5)"))
                                 << QStringList{QStringLiteral("c9"), QStringLiteral("emotion")};
    QTest::newRow("span 0") << handWritten(card(R"("span": 0)"))
                            << QStringList{QStringLiteral("c9"), QStringLiteral("span")};
    QTest::newRow("colour red") << handWritten(card(R"("color": "red")"))
                                << QStringList{QStringLiteral("c9"), QStringLiteral("color")};
    QTest::newRow("text where a number is expected")
        << handWritten(card(R"("span": "two")"))
        << QStringList{QStringLiteral("c9"), QStringLiteral("span")};
    QTest::newRow("number where text is expected")
        << handWritten(card(R"("title": 42)"))
        << QStringList{QStringLiteral("c9"), QStringLiteral("title")};
    QTest::newRow("stage without a name")
        << handWritten({}, R"({ "id": "other", "name": "Other",
                               "stages": [ { "id": "nameless" } ] })")
        << QStringList{QStringLiteral("nameless"), QStringLiteral("name")};
    QTest::newRow("journey that is not an object")
        << QByteArray(R"({ "format": "waymark-map", "version": 1, "journeys": [ 3 ] })")
        << QStringList{QStringLiteral("journey")};
    QTest::newRow("cards that are not a list")
        << QByteArray(R"({ "format": "waymark-map", "version": 1,
                           "journeys": [ { "id": "j1", "name": "J", "cards": {} } ] })")
        << QStringList{QStringLiteral("j1"), QStringLiteral("cards")};
    QTest::newRow("goal of an unknown journey")
        << withPlan(R"("goals": [ { "id": "g1", "journey": "nope", "scope": "journey" } ])")
        << QStringList{QStringLiteral("g1"), QStringLiteral("nope")};
    QTest::newRow("goal without a journey")
        << withPlan(R"("goals": [ { "id": "g1", "scope": "journey" } ])")
        << QStringList{QStringLiteral("g1"), QStringLiteral("journey")};
    QTest::newRow("goal on a card of another journey")
        << withPlan(R"("goals": [ { "id": "g1", "journey": "main", "scope": "card",
                                    "target": "card-404" } ])")
        << QStringList{QStringLiteral("g1"), QStringLiteral("card-404")};
    QTest::newRow("goal on a stage given as a card")
        << withPlan(R"("goals": [ { "id": "g1", "journey": "main", "scope": "card",
                                    "target": "stage-a" } ])")
        << QStringList{QStringLiteral("g1"), QStringLiteral("stage-a")};
    QTest::newRow("goal with an unknown metric")
        << withPlan(R"("goals": [ { "id": "g1", "journey": "main", "metric": "happiness" } ])")
        << QStringList{QStringLiteral("g1"), QStringLiteral("happiness")};
    QTest::newRow("goal value as text")
        << withPlan(R"("goals": [ { "id": "g1", "journey": "main", "value": "forty" } ])")
        << QStringList{QStringLiteral("g1"), QStringLiteral("value")};
    QTest::newRow("duplicate goal ids")
        << withPlan(R"("goals": [ { "id": "g1", "journey": "main" },
                                  { "id": "g1", "journey": "main" } ])")
        << QStringList{QStringLiteral("g1"), QStringLiteral("twice")};
    QTest::newRow("action linked to an unknown card")
        << withPlan(R"("actions": [ { "id": "a1", "journey": "main", "cards": [ "c77" ] } ])")
        << QStringList{QStringLiteral("a1"), QStringLiteral("c77")};
    QTest::newRow("action linked to an unknown goal")
        << withPlan(R"("actions": [ { "id": "a1", "journey": "main", "goals": [ "g77" ] } ])")
        << QStringList{QStringLiteral("a1"), QStringLiteral("g77")};
    QTest::newRow("action links not a list")
        << withPlan(R"("actions": [ { "id": "a1", "journey": "main", "cards": "card-one" } ])")
        << QStringList{QStringLiteral("a1"), QStringLiteral("cards")};
    QTest::newRow("action with an unknown status")
        << withPlan(R"("actions": [ { "id": "a1", "journey": "main", "status": "someday" } ])")
        << QStringList{QStringLiteral("a1"), QStringLiteral("someday")};
    QTest::newRow("action due 31 February")
        << withPlan(R"("actions": [ { "id": "a1", "journey": "main", "due": "2027-02-31" } ])")
        << QStringList{QStringLiteral("a1"), QStringLiteral("due")};
    QTest::newRow("action with a malformed time")
        << withPlan(R"("actions": [ { "id": "a1", "journey": "main", "created": "yesterday" } ])")
        << QStringList{QStringLiteral("a1"), QStringLiteral("created")};
    QTest::newRow("reply to an unknown comment")
        << withPlan(R"("comments": [ { "id": "m1", "journey": "main", "parent": "m0" } ])")
        << QStringList{QStringLiteral("m1"), QStringLiteral("m0")};
    QTest::newRow("reply to itself")
        << withPlan(R"("comments": [ { "id": "m1", "journey": "main", "parent": "m1" } ])")
        << QStringList{QStringLiteral("m1")};
    QTest::newRow("reply to a reply")
        << withPlan(R"("comments": [ { "id": "m1", "journey": "main" },
                                     { "id": "m2", "journey": "main", "parent": "m1" },
                                     { "id": "m3", "journey": "main", "parent": "m2" } ])")
        << QStringList{QStringLiteral("reply")};
    QTest::newRow("comment on a stage of no journey")
        << withPlan(R"("comments": [ { "id": "m1", "journey": "main", "scope": "stage",
                                       "target": "stage-z" } ])")
        << QStringList{QStringLiteral("m1"), QStringLiteral("stage-z")};
    QTest::newRow("comment resolved as text")
        << withPlan(R"("comments": [ { "id": "m1", "journey": "main", "resolved": "yes" } ])")
        << QStringList{QStringLiteral("m1"), QStringLiteral("resolved")};
    QTest::newRow("sign-off that is not an object")
        << withPlan(R"("signoffs": [ "approved" ])") << QStringList{QStringLiteral("sign-off")};
    QTest::newRow("persona segments not texts")
        << QByteArray(R"({ "format": "waymark-map", "version": 1,
                           "personas": [ { "id": "p1", "name": "P", "segments": [ 1 ] } ] })")
        << QStringList{QStringLiteral("p1"), QStringLiteral("segments")};
    QTest::newRow("unknown persona") << QByteArray(R"({ "format": "waymark-map", "version": 1,
                           "journeys": [ { "id": "j1", "name": "J", "persona": "p404" } ] })")
                                     << QStringList{QStringLiteral("j1"), QStringLiteral("p404")};
}

void tst_JsonMap::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, mentions);
    JsonMapReader reader;
    MapData map;
    map.title = QStringLiteral("untouched");
    QVERIFY(!reader.read(json, &map));
    const QString error = reader.errorString();
    QVERIFY2(isSentence(error), qPrintable(error));
    for (const QString &word : mentions)
        QVERIFY2(error.contains(word),
                 qPrintable(QStringLiteral("“%1” not in: %2").arg(word, error)));
    // No partial result.
    QCOMPARE(map.title, QStringLiteral("untouched"));
    QVERIFY(map.journeys.isEmpty());

    // The reader is reusable: a good map after a bad one reads fine.
    QVERIFY2(reader.read(handWritten(), &map), qPrintable(reader.errorString()));
    QVERIFY(reader.errorString().isEmpty());
}

void tst_JsonMap::planReferencesAreRemapped()
{
    // Hand-written ids are numbered afresh; the plan's references follow, and a project made
    // from the map exports them consistently.
    const QByteArray json = withPlan(R"(
      "goals": [ { "id": "nps-goal", "journey": "main", "scope": "stage", "target": "stage-b",
                   "metric": "nps", "operator": "at_least", "value": 40, "due": "2027-Q2" } ],
      "actions": [ { "id": "fix-it", "journey": "main", "title": "Fix",
                     "cards": [ "card-two", "card-one", "card-two" ], "goals": [ "nps-goal" ],
                     "status": "planned", "due": "2027-01-31" } ],
      "comments": [ { "id": "first", "journey": "main", "scope": "card", "target": "card-two",
                      "text": "Why?" },
                    { "id": "answer", "journey": "main", "scope": "card", "target": "card-two",
                      "parent": "first", "text": "Because." } ],
      "signoffs": [ { "id": "ok", "name": "Sam", "signed": "2026-11-23T10:00:00+01:00" } ])");
    JsonMapReader reader;
    MapData map;
    QVERIFY2(reader.read(json, &map), qPrintable(reader.errorString()));
    QCOMPARE(map.goals.size(), 1);
    const MapJourney &mj = map.journeys.first();
    QCOMPARE(map.goals.first().targetId, mj.stages.at(1).id);
    QCOMPARE(map.goals.first().journeyId, mj.journey.id);
    const Action a = map.actions.first();
    QCOMPARE(a.cardIds, (QList<Id>{mj.cards.at(0).id, mj.cards.at(1).id}));
    QCOMPARE(a.goalIds, QList<Id>{map.goals.first().id});
    QCOMPARE(a.due, QDate(2027, 1, 31));
    QCOMPARE(a.status, ActionStatus::Planned);
    QCOMPARE(map.comments.at(1).parentId, map.comments.at(0).id);
    QCOMPARE(map.comments.at(0).targetId, mj.cards.at(1).id);
    QCOMPARE(map.signoffs.first().signedAt, QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));

    QTemporaryDir dir;
    std::unique_ptr<Project> project
        = createProject(dir.filePath(QStringLiteral("plan.waymark")), map);
    QVERIFY(project);
    const QByteArray exported = writeJsonMap(project->toMapData());
    MapData again;
    QVERIFY2(reader.read(exported, &again), qPrintable(reader.errorString()));
    QVERIFY(writeJsonMap(again) == exported);
    QCOMPARE(again.actions.first().cardIds.size(), 2);
    QCOMPARE(again.comments.size(), 2);
    // Goal values are written as the shortest text that reads back exactly.
    QVERIFY(exported.contains("\"value\": 40,"));
    QVERIFY(writeJsonMap(planMap()).contains("\"value\": 0.30000000000000004,"));
}

void tst_JsonMap::handWrittenIdsAreNumbered()
{
    JsonMapReader reader;
    MapData map;
    QVERIFY2(reader.read(handWritten(), &map), qPrintable(reader.errorString()));
    QCOMPARE(map.title, QStringLiteral("Hand made"));
    QCOMPARE(map.journeys.size(), 1);
    const MapJourney &mj = map.journeys.first();
    QCOMPARE(mj.journey.id, Id(1));
    QCOMPARE(mj.stages.size(), 2);
    QCOMPARE(mj.stages.at(0).id, Id(1));
    QCOMPARE(mj.stages.at(1).id, Id(2));
    QCOMPARE(mj.lanes.first().id, Id(1));
    QCOMPARE(mj.cards.size(), 2);
    QCOMPARE(mj.cards.at(0).id, Id(1));
    QCOMPARE(mj.cards.at(0).stageId, Id(1));
    QCOMPARE(mj.cards.at(0).kind, CardKind::Touchpoint);
    QCOMPARE(mj.cards.at(1).id, Id(2));
    QCOMPARE(mj.cards.at(1).stageId, Id(2));
    QCOMPARE(mj.cards.at(1).kind, CardKind::Note); // the default
    QVERIFY(!mj.cards.at(1).emotion.has_value());
    QCOMPARE(mj.cards.at(1).span, 1);
    QCOMPARE(mj.lanes.first().kind, LaneKind::Touchpoints);
    QVERIFY(mj.lanes.first().visible);

    // Once written, the ids are canonical and the map round-trips exactly.
    const QByteArray json = writeJsonMap(map);
    QVERIFY(json.contains("\"id\": \"s2\""));
    QVERIFY(json.contains("\"stage\": \"s2\""));
    MapData again;
    QVERIFY(reader.read(json, &again));
    QVERIFY(writeJsonMap(again) == json);

    // A mix of numbered and named ids of one kind is numbered afresh, in order.
    QByteArray mixed = handWritten();
    mixed.replace("\"stage-a\"", "\"s7\"");
    QVERIFY2(reader.read(mixed, &map), qPrintable(reader.errorString()));
    QCOMPARE(map.journeys.first().stages.at(0).id, Id(1));
    QCOMPARE(map.journeys.first().stages.at(1).id, Id(2));
    QCOMPARE(map.journeys.first().cards.at(0).stageId, Id(1));
    // Numbered ids keep their numbers.
    mixed.replace("\"stage-b\"", "\"s3\"");
    QVERIFY2(reader.read(mixed, &map), qPrintable(reader.errorString()));
    QCOMPARE(map.journeys.first().stages.at(0).id, Id(7));
    QCOMPARE(map.journeys.first().stages.at(1).id, Id(3));
    QCOMPARE(map.journeys.first().cards.at(1).stageId, Id(3));
}

void tst_JsonMap::connectionWithoutIdGetsOne()
{
    JsonMapReader reader;
    MapData map;
    QVERIFY2(reader.read(handWritten({}, {}, R"({ "id": "x5", "from": "card-two", "to": "card-one",
                                                  "kind": "loop", "label": "back" })"),
                         &map),
             qPrintable(reader.errorString()));
    const QList<Connection> connections = map.journeys.first().connections;
    QCOMPARE(connections.size(), 2);
    // The one without an id comes first in the file and gets the next free number.
    QCOMPARE(connections.at(0).id, Id(6));
    QCOMPARE(connections.at(0).fromCardId, Id(1));
    QCOMPARE(connections.at(0).toCardId, Id(2));
    QCOMPARE(connections.at(0).kind, ConnectionKind::Flow);
    QCOMPARE(connections.at(1).id, Id(5));
    QCOMPARE(connections.at(1).kind, ConnectionKind::Loop);
    QCOMPARE(connections.at(1).label, QStringLiteral("back"));

    // Only connections without ids: numbered from 1.
    QVERIFY(reader.read(handWritten(), &map));
    QCOMPARE(map.journeys.first().connections.first().id, Id(1));

    // A project made from it has them all.
    QTemporaryDir dir;
    QVERIFY(reader.read(handWritten({}, {}, R"({ "from": "card-two", "to": "card-one" })"), &map));
    std::unique_ptr<Project> project
        = createProject(dir.filePath(QStringLiteral("h.waymark")), map);
    QVERIFY(project);
    QCOMPARE(project->connections(project->journeys().first().id).size(), 2);
}

void tst_JsonMap::readFile()
{
    QTemporaryDir dir;
    JsonMapReader reader;
    MapData map;
    QVERIFY(!reader.readFile(dir.filePath(QStringLiteral("missing.json")), &map));
    QVERIFY2(reader.errorString().contains(QStringLiteral("missing.json")),
             qPrintable(reader.errorString()));
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QVERIFY(writeBytes(bad, "[1, 2, 3]"));
    QVERIFY(!reader.readFile(bad, &map));
    QVERIFY2(reader.errorString().contains(QStringLiteral("bad.json")),
             qPrintable(reader.errorString()));
    QVERIFY2(isSentence(reader.errorString()), qPrintable(reader.errorString()));
    const QString good = dir.filePath(QStringLiteral("good.json"));
    const QByteArray json = writeJsonMap(templateMap(QStringLiteral("sample")));
    QVERIFY(writeBytes(good, json));
    QVERIFY2(reader.readFile(good, &map), qPrintable(reader.errorString()));
    QVERIFY(writeJsonMap(map) == json);
}

QTEST_GUILESS_MAIN(tst_JsonMap)

#include "tst_jsonmap.moc"
