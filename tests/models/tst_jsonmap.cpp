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
}

void tst_JsonMap::roundTrip()
{
    QFETCH(QString, source);
    const MapData map
        = source == QLatin1String("generated") ? generatedMap(2000, true) : templateMap(source);
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
    const MapData map
        = source == QLatin1String("generated") ? generatedMap(2000, true) : templateMap(source);
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
