// The shipped templates: the list, that each loads and is canonical, and the sentence for
// an unknown name.

#include "testutil.h"

#include "io/jsonmapreader.h"

#include <QFile>
#include <QtTest>

using namespace Waymark;
using namespace TestUtil;

class tst_Templates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void list();
    void load_data();
    void load();
    void unknownName_data();
    void unknownName();
};

void tst_Templates::list()
{
    const QList<TemplateInfo> all = Templates::all();
    QStringList names;
    for (const TemplateInfo &info : all) {
        names.append(info.name);
        QVERIFY2(!info.title.isEmpty(), qPrintable(info.name));
        QVERIFY2(!info.description.isEmpty(), qPrintable(info.name));
        QVERIFY(Templates::exists(info.name));
    }
    QCOMPARE(names, QStringList({QStringLiteral("four-stage"), QStringLiteral("ecommerce"),
                                 QStringLiteral("service-blueprint"), QStringLiteral("sample")}));
    QCOMPARE(Templates::defaultName(), QStringLiteral("four-stage"));
    QCOMPARE(names.first(), Templates::defaultName());
    QCOMPARE(Templates::sampleName(), QStringLiteral("sample"));
    QVERIFY(!Templates::exists(QStringLiteral("Four-Stage")));
    QVERIFY(!Templates::exists(QString()));
}

void tst_Templates::load_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("stages");
    QTest::addColumn<int>("lanes");
    QTest::addColumn<int>("cards");
    QTest::addColumn<int>("connections");
    QTest::newRow("four-stage") << QStringLiteral("four-stage") << 4 << 9 << 0 << 0;
    QTest::newRow("ecommerce") << QStringLiteral("ecommerce") << 7 << 8 << 0 << 0;
    QTest::newRow("service-blueprint") << QStringLiteral("service-blueprint") << 4 << 5 << 0 << 0;
    QTest::newRow("sample") << QStringLiteral("sample") << 4 << 9 << 60 << 13;
}

void tst_Templates::load()
{
    QFETCH(QString, name);
    QFETCH(int, stages);
    QFETCH(int, lanes);
    QFETCH(int, cards);
    QFETCH(int, connections);

    MapData map;
    QString error;
    QVERIFY2(Templates::load(name, &map, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(!map.title.isEmpty());
    // The sample has the future state of its journey too.
    QCOMPARE(map.journeys.size(), name == QLatin1String("sample") ? 2 : 1);
    const MapJourney &mj = map.journeys.first();
    QVERIFY(!mj.journey.name.isEmpty());
    QCOMPARE(mj.stages.size(), stages);
    QCOMPARE(mj.lanes.size(), lanes);
    QCOMPARE(mj.cards.size(), cards);
    QCOMPARE(mj.connections.size(), connections);
    for (const Stage &s : mj.stages)
        QVERIFY(!s.name.isEmpty());
    for (const Lane &l : mj.lanes)
        QVERIFY(!l.name.isEmpty());
    if (name == QLatin1String("four-stage") || name == QLatin1String("sample")) {
        QCOMPARE(mj.stages.at(0).name, QStringLiteral("Discovery & Choice"));
        QCOMPARE(mj.stages.at(1).name, QStringLiteral("Offering"));
        QCOMPARE(mj.stages.at(2).name, QStringLiteral("Purchase & Service"));
        QCOMPARE(mj.stages.at(3).name, QStringLiteral("Loyalty"));
    }

    // The shipped file is plain map JSON that reads the same outside Templates::load (no
    // translations are installed in the tests).
    QFile file(QStringLiteral(":/waymark/templates/%1.json").arg(name));
    QVERIFY(file.open(QIODevice::ReadOnly));
    JsonMapReader reader;
    MapData shipped;
    QVERIFY2(reader.read(file.readAll(), &shipped), qPrintable(reader.errorString()));
    QCOMPARE(shipped, map);

    // Loading twice gives the same map.
    MapData again;
    QVERIFY(Templates::load(name, &again, nullptr));
    QCOMPARE(again, map);
}

void tst_Templates::unknownName_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("unknown") << QStringLiteral("five-stage");
    QTest::newRow("empty") << QString();
    QTest::newRow("wrong case") << QStringLiteral("Sample");
    QTest::newRow("path") << QStringLiteral("../templates/sample");
}

void tst_Templates::unknownName()
{
    QFETCH(QString, name);
    MapData map;
    map.title = QStringLiteral("untouched");
    QString error;
    QVERIFY(!Templates::load(name, &map, &error));
    QVERIFY2(isSentence(error), qPrintable(error));
    if (!name.isEmpty())
        QVERIFY2(error.contains(name), qPrintable(error));
    for (const TemplateInfo &info : Templates::all())
        QVERIFY2(error.contains(info.name), qPrintable(error));
    QCOMPARE(map.title, QStringLiteral("untouched"));
    // A null error pointer is fine too.
    QVERIFY(!Templates::load(name, &map, nullptr));
}

QTEST_GUILESS_MAIN(tst_Templates)

#include "tst_templates.moc"
