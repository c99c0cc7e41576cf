// The feedback import engine (issue 4): every quirk of real survey exports, long and wide
// layouts, touchpoint matching and creation, strict mode, cancel, rejects, undo/redo of an
// import, read-only and busy projects, the sample project and, when they are present, the
// real survey files of ../shared/data. Fixtures are written by the tests; stored rows are
// checked with the sqlite3 C API against values computed by hand.

#include "testutil.h"

#include "commands/importfeedbackcommand.h"
#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "io/feedbackimporter.h"
#include "io/importmapping.h"
#include "io/sha256.h"
#include "storage/feedbackrepository.h"
#include "storage/importrepository.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <atomic>
#include <cmath>
#include <future>

using namespace Waymark;
using namespace TestUtil;

Q_DECLARE_METATYPE(Waymark::ImportMapping)

namespace {

// Ids of the fixture project (kept by Project::create).
constexpr Id JourneyId = 1;
constexpr Id SecondJourneyId = 2;
constexpr Id DiscoveryId = 11;
constexpr Id OfferingId = 12;
constexpr Id PurchaseId = 13;
constexpr Id LoyaltyId = 14;
constexpr Id ActionsLaneId = 21;
constexpr Id TouchpointsLaneId = 22;
constexpr Id ThoughtsLaneId = 23;
constexpr Id CheckoutId = 31;        // touchpoint "Online checkout" in Purchase & Service, web
constexpr Id StoreVisitId = 32;      // touchpoint "Store visit" in Offering, store
constexpr Id DeliveryNoteId = 33;    // action card "Delivery" in Purchase & Service
constexpr Id CheckoutThoughtId = 34; // thought "Online checkout" in Discovery & Choice

Card card(Id id, Id stage, Id lane, CardKind kind, const QString &title, Channel channel,
          int position = 0)
{
    Card c;
    c.id = id;
    c.journeyId = JourneyId;
    c.stageId = stage;
    c.laneId = lane;
    c.kind = kind;
    c.title = title;
    c.channel = channel;
    c.position = position;
    return c;
}

MapData fixtureMap()
{
    MapData map;
    map.title = QStringLiteral("Import fixture");
    MapJourney mj;
    mj.journey.id = JourneyId;
    mj.journey.name = QStringLiteral("Customer journey");
    const QStringList stageNames
        = {QStringLiteral("Discovery & Choice"), QStringLiteral("Offering"),
           QStringLiteral("Purchase & Service"), QStringLiteral("Loyalty")};
    for (int i = 0; i < stageNames.size(); ++i) {
        Stage s;
        s.id = DiscoveryId + i;
        s.journeyId = JourneyId;
        s.name = stageNames.at(i);
        s.position = i;
        mj.stages.append(s);
    }
    const QList<QPair<QString, LaneKind>> lanes
        = {{QStringLiteral("Customer actions"), LaneKind::CustomerActions},
           {QStringLiteral("Touchpoints"), LaneKind::Touchpoints},
           {QStringLiteral("Thoughts"), LaneKind::Thoughts}};
    for (int i = 0; i < lanes.size(); ++i) {
        Lane l;
        l.id = ActionsLaneId + i;
        l.journeyId = JourneyId;
        l.name = lanes.at(i).first;
        l.kind = lanes.at(i).second;
        l.position = i;
        mj.lanes.append(l);
    }
    // By stage, then lane, then position.
    mj.cards = {
        card(CheckoutThoughtId, DiscoveryId, ThoughtsLaneId, CardKind::Thought,
             QStringLiteral("Online checkout"), Channel::None),
        card(StoreVisitId, OfferingId, TouchpointsLaneId, CardKind::Touchpoint,
             QStringLiteral("Store visit"), Channel::Store),
        card(DeliveryNoteId, PurchaseId, ActionsLaneId, CardKind::Action,
             QStringLiteral("Delivery"), Channel::None),
        card(CheckoutId, PurchaseId, TouchpointsLaneId, CardKind::Touchpoint,
             QStringLiteral("Online checkout"), Channel::Web),
    };
    map.journeys.append(mj);

    MapJourney second;
    second.journey.id = SecondJourneyId;
    second.journey.name = QStringLiteral("Returns");
    second.journey.position = 1;
    Stage s;
    s.id = 15;
    s.journeyId = SecondJourneyId;
    s.name = QStringLiteral("Return request");
    second.stages.append(s);
    Lane l;
    l.id = 24;
    l.journeyId = SecondJourneyId;
    l.name = QStringLiteral("Touchpoints");
    l.kind = LaneKind::Touchpoints;
    second.lanes.append(l);
    map.journeys.append(second);
    return map;
}

QString newProject(const QTemporaryDir &dir, const QString &name = QStringLiteral("p.waymark"))
{
    const QString path = dir.filePath(name);
    std::unique_ptr<Project> project = createProject(path, fixtureMap());
    return project ? path : QString();
}

ImportResult importInto(const QString &projectPath, const QString &csvPath,
                        const ImportMapping &mapping)
{
    DocumentError error;
    std::unique_ptr<Document> doc = Document::open(projectPath, {}, &error);
    if (!doc) {
        ImportResult r;
        r.error = error.message;
        return r;
    }
    return FeedbackImporter::run(*doc, csvPath, mapping);
}

// The rows of a query, each row's values joined by ',' and rows by '|'; NULL as "NULL",
// numbers as QString::number writes them ("9", "4.5").
QString sqlRows(const QString &path, const QByteArray &sql)
{
    RawDb db(path, true);
    QStringList rows;
    for (const QVariantList &row : db.rows(sql)) {
        QStringList values;
        for (const QVariant &v : row) {
            if (!v.isValid())
                values.append(QStringLiteral("NULL"));
            else if (v.typeId() == QMetaType::Double)
                values.append(QString::number(v.toDouble()));
            else
                values.append(v.toString());
        }
        rows.append(values.join(QLatin1Char(',')));
    }
    if (!db.error().isEmpty())
        return QStringLiteral("SQL error: ") + db.error();
    return rows.join(QLatin1Char('|'));
}

qint64 count(const QString &path, const char *sql)
{
    return sqlValue(path, sql).toLongLong();
}

ImportMapping longMapping(const QString &score, Metric metric = Metric::Nps)
{
    ImportMapping m;
    m.layout = ImportMapping::Layout::Long;
    m.scoreColumn = score;
    m.metric = metric;
    return m;
}

QByteArray utf16(const QString &text, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom
                                         : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

// A long-format file of n NPS responses on the fixture's touchpoints.
QByteArray longFile(int n)
{
    QByteArray csv = "respondent,date,touchpoint,stage,channel,segment,metric,score,comment\n";
    for (int i = 0; i < n; ++i) {
        csv += QStringLiteral("R%1,2024-%2-%3,%4,%5,web,Commuter,nps,%6,%7\n")
                   .arg(i)
                   .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                   .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                   .arg(i % 3 == 0   ? QStringLiteral("Online checkout")
                        : i % 3 == 1 ? QStringLiteral("Gift wrapping")
                                     : QString())
                   .arg(i % 3 == 1 ? QStringLiteral("Purchase & Service") : QString())
                   .arg(i % 11)
                   .arg(i % 4 ? QStringLiteral("Good service number %1").arg(i) : QString())
                   .toUtf8();
    }
    return csv;
}

ImportMapping longExportMapping()
{
    ImportMapping m = longMapping(QStringLiteral("score"));
    m.respondentColumn = QStringLiteral("respondent");
    m.dateColumn = QStringLiteral("date");
    m.touchpointColumn = QStringLiteral("touchpoint");
    m.stageColumn = QStringLiteral("stage");
    m.channelColumn = QStringLiteral("channel");
    m.segmentColumn = QStringLiteral("segment");
    m.metricColumn = QStringLiteral("metric");
    m.commentColumn = QStringLiteral("comment");
    return m;
}

QString sharedDataDir()
{
    return QDir::cleanPath(QStringLiteral(WAYMARK_SOURCE_DIR "/../shared/data"));
}

} // namespace

class tst_Importer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void standardScales();
    void parseWideColumn_data();
    void parseWideColumn();
    void guess_data();
    void guess();
    void mappingJson();
    void csvWriter_data();
    void csvWriter();
    void sha256Digest();

    void quirks_data();
    void quirks();
    void handComputedScores();
    void warnings();
    void rejectLinesAndFile();
    void longLayoutTouchpoints();
    void noTouchpointCreation();
    void wideLayout();
    void journeyChoice();
    void strictMode();
    void cancel();
    void progress();
    void interruptedIndexRebuild();
    void fileErrors_data();
    void fileErrors();
    void readOnlyProject();
    void lockedProject();
    void busyProject();
    void workerThread();
    void preview();
    void matchTouchpoints();
    void undoRedo();
    void sampleProject();
    void realData();
};

void tst_Importer::standardScales()
{
    using Scale = std::pair<double, double>;
    QCOMPARE(ImportMapping::standardScale(Metric::Nps), Scale(0, 10));
    QCOMPARE(ImportMapping::standardScale(Metric::Csat), Scale(1, 5));
    QCOMPARE(ImportMapping::standardScale(Metric::Ces), Scale(1, 7));
    QCOMPARE(ImportMapping::standardScale(Metric::Rating), Scale(1, 5));
    ImportMapping m;
    m.metric = Metric::Ces;
    QCOMPARE(m.effectiveScale(), Scale(1, 7));
    m.scale = Scale(0, 4);
    QCOMPARE(m.effectiveScale(), Scale(0, 4));
    QCOMPARE(m.scaleFor(Metric::Ces), Scale(0, 4));
    QCOMPARE(m.scaleFor(Metric::Nps), Scale(0, 10));
    QCOMPARE(ImportMapping::metricFromText(u" CSAT "), std::optional<Metric>(Metric::Csat));
    QCOMPARE(ImportMapping::metricFromText(u"Net Promoter Score"),
             std::optional<Metric>(Metric::Nps));
    QVERIFY(!ImportMapping::metricFromText(u"none"));
    QVERIFY(!ImportMapping::metricFromText(u""));
    QCOMPARE(ImportMapping::canonicalDateFormat(QStringLiteral("mm/dd/yyyy")),
             QStringLiteral("MM/dd/yyyy"));
    QCOMPARE(ImportMapping::canonicalDateFormat(QStringLiteral("dd/mm/yyyy")),
             QStringLiteral("dd/MM/yyyy"));
    QCOMPARE(ImportMapping::canonicalDateFormat(QStringLiteral("month-year")),
             QStringLiteral("MMMM yyyy"));
    QVERIFY(ImportMapping::canonicalDateFormat(QStringLiteral("yy.dd.MM")).isEmpty());
}

void tst_Importer::parseWideColumn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QString>("touchpoint");
    QTest::newRow("plain") << "Q1=Offering/Store visit" << true << "Q1"
                           << "Offering"
                           << "Store visit";
    QTest::newRow("slash in title") << "Wifi & Connectivity=Purchase & Service/Wifi / connectivity"
                                    << true << "Wifi & Connectivity"
                                    << "Purchase & Service"
                                    << "Wifi / connectivity";
    QTest::newRow("equals after the first") << "A=B=C/D" << true << "A"
                                            << "B=C"
                                            << "D";
    QTest::newRow("spaces") << " Seat Comfort = Purchase & Service / Seat " << true
                            << "Seat Comfort"
                            << "Purchase & Service"
                            << "Seat";
    QTest::newRow("no stage") << "Q2=Store visit" << true << "Q2"
                              << ""
                              << "Store visit";
    QTest::newRow("no equals") << "Q1 Offering/Store" << false << ""
                               << ""
                               << "";
    QTest::newRow("no column") << "=Offering/Store" << false << ""
                               << ""
                               << "";
    QTest::newRow("no touchpoint") << "Q1=Offering/" << false << ""
                                   << ""
                                   << "";
    QTest::newRow("nothing after equals") << "Q1=" << false << ""
                                          << ""
                                          << "";
}

void tst_Importer::parseWideColumn()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, column);
    QFETCH(QString, stage);
    QFETCH(QString, touchpoint);
    QString error = QStringLiteral("untouched");
    const std::optional<ImportMapping::WideColumn> w = ImportMapping::parseWideColumn(text, &error);
    QCOMPARE(w.has_value(), valid);
    if (valid) {
        QCOMPARE(w->column, column);
        QCOMPARE(w->stage, stage);
        QCOMPARE(w->touchpoint, touchpoint);
        QVERIFY(error.isEmpty());
    } else {
        QVERIFY2(isSentence(error), qPrintable(error));
        QVERIFY(!ImportMapping::parseWideColumn(text, nullptr));
    }
}

void tst_Importer::guess_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<bool>("wide");
    QTest::addColumn<QString>("score");
    QTest::addColumn<int>("metric");
    QTest::addColumn<QStringList>("others"); // date, comment, respondent, touchpoint, stage
    auto row = [](const char *name, const QStringList &header, bool wide, const char *score,
                  Metric metric, const QStringList &others) {
        QTest::newRow(name) << header << wide << QString::fromUtf8(score) << int(metric) << others;
    };
    const auto s = [](const char *text) {
        return QString::fromUtf8(text);
    };
    row("nps export", {s("user_id"), s("text"), s("NPS_Score")}, false, "NPS_Score", Metric::Nps,
        {s(""), s("text"), s("user_id"), s(""), s("")});
    row("long export",
        {s("respondent"), s("date"), s("touchpoint"), s("stage"), s("channel"), s("segment"),
         s("metric"), s("score"), s("comment")},
        false, "score", Metric::Nps,
        {s("date"), s("comment"), s("respondent"), s("touchpoint"), s("stage")});
    row("question", {s("Date"), s("How likely are you to recommend us to a friend?"), s("Why?")},
        false, "How likely are you to recommend us to a friend?", Metric::Nps,
        {s("Date"), s("Why?"), s(""), s(""), s("")});
    row("likely to recommend", {s("Likely to recommend (0-10)"), s("Comment")}, false,
        "Likely to recommend (0-10)", Metric::Nps, {s(""), s("Comment"), s(""), s(""), s("")});
    row("csat", {s("Respondent ID"), s("CSAT"), s("Review")}, false, "CSAT", Metric::Csat,
        {s(""), s("Review"), s("Respondent ID"), s(""), s("")});
    row("satisfaction", {s("Overall satisfaction"), s("Submitted at")}, false,
        "Overall satisfaction", Metric::Csat, {s("Submitted at"), s(""), s(""), s(""), s("")});
    row("effort", {s("Customer Effort Score"), s("comments")}, false, "Customer Effort Score",
        Metric::Ces, {s(""), s("comments"), s(""), s(""), s("")});
    row("ces word only", {s("Services"), s("CES")}, false, "CES", Metric::Ces,
        {s(""), s(""), s(""), s(""), s("")});
    row("airline reviews", {s("Date Flown"), s("rating"), s("reviews")}, false, "rating",
        Metric::Rating, {s("Date Flown"), s("reviews"), s(""), s(""), s("")});
    row("wide survey",
        {s("Respondent"), s("Date"), s("Checkout NPS"), s("Delivery NPS"), s("Comment")}, true, "",
        Metric::Nps, {s("Date"), s("Comment"), s("Respondent"), s(""), s("")});
    row("nothing known", {s("a"), s("b")}, false, "", Metric::Nps,
        {s(""), s(""), s(""), s(""), s("")});
}

void tst_Importer::guess()
{
    QFETCH(QStringList, header);
    QFETCH(bool, wide);
    QFETCH(QString, score);
    QFETCH(int, metric);
    QFETCH(QStringList, others);
    const ImportMapping m = ImportMapping::guess(header);
    QCOMPARE(m.layout == ImportMapping::Layout::Wide, wide);
    QCOMPARE(m.scoreColumn, score);
    QCOMPARE(int(m.metric), metric);
    QCOMPARE(m.dateColumn, others.at(0));
    QCOMPARE(m.commentColumn, others.at(1));
    QCOMPARE(m.respondentColumn, others.at(2));
    QCOMPARE(m.touchpointColumn, others.at(3));
    QCOMPARE(m.stageColumn, others.at(4));
    if (wide) {
        QCOMPARE(m.wideColumns.size(), 2);
        QCOMPARE(m.wideColumns.at(0).column, QStringLiteral("Checkout NPS"));
        QCOMPARE(m.wideColumns.at(1).touchpoint, QStringLiteral("Delivery NPS"));
    }
}

void tst_Importer::mappingJson()
{
    ImportMapping m;
    m.layout = ImportMapping::Layout::Wide;
    m.delimiter = QLatin1Char(';');
    m.encoding = "windows-1252";
    m.dateColumn = QStringLiteral("Date Flown");
    m.commentColumn = QStringLiteral("reviews");
    m.segmentColumn = QStringLiteral("Type");
    m.respondentColumn = QStringLiteral("id");
    m.channelColumn = QStringLiteral("Channel");
    m.wideColumns = {{QStringLiteral("Seat"), QStringLiteral("Flight"), QStringLiteral("Seat")},
                     {QStringLiteral("Wifi"), QString(), QStringLiteral("Wifi / net")}};
    m.metric = Metric::Rating;
    m.scale = std::make_pair(1.0, 10.0);
    m.noAnswerValues = {QStringLiteral("0"), QStringLiteral("Don't know")};
    m.dateFormat = QStringLiteral("MMMM yyyy");
    m.source = FeedbackSource::Review;
    m.journey = QStringLiteral("Flying “home”");
    m.createTouchpoints = false;
    m.strict = true;

    const QByteArray json = m.toJson();
    QCOMPARE(m.toJson(), json); // stable
    const std::optional<ImportMapping> back = ImportMapping::fromJson(json);
    QVERIFY(back);
    QCOMPARE(*back, m);
    QCOMPARE(back->toJson(), json);
    // Canonical: keys in a fixed (sorted) order.
    QVERIFY2(json.startsWith("{\"channelColumn\":"), json.constData());
    QVERIFY(json.indexOf("\"wideColumns\"") > json.indexOf("\"version\""));

    const ImportMapping defaults;
    QCOMPARE(*ImportMapping::fromJson(defaults.toJson()), defaults);

    QVERIFY(!ImportMapping::fromJson("not json"));
    QVERIFY(!ImportMapping::fromJson("[]"));
    QVERIFY(!ImportMapping::fromJson(R"({"format":"something-else","version":1})"));
    QByteArray badMetric = json;
    badMetric.replace("\"metric\":\"rating\"", "\"metric\":\"bogus\"");
    QVERIFY(!ImportMapping::fromJson(badMetric));
}

void tst_Importer::csvWriter_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("neutralized");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << "plain"
                           << "plain"
                           << "plain";
    QTest::newRow("formula") << "=cmd()"
                             << "'=cmd()"
                             << "=cmd()";
    QTest::newRow("plus") << "+1"
                          << "'+1"
                          << "+1";
    QTest::newRow("minus") << "-1+1"
                           << "'-1+1"
                           << "-1+1";
    QTest::newRow("at") << "@SUM(A1)"
                        << "'@SUM(A1)"
                        << "@SUM(A1)";
    QTest::newRow("tab") << "\tx"
                         << "'\tx"
                         << "\tx";
    QTest::newRow("carriage return") << "\rx"
                                     << "'\rx"
                                     << "\"\rx\"";
    QTest::newRow("inside") << "a=b"
                            << "a=b"
                            << "a=b";
    QTest::newRow("empty") << ""
                           << ""
                           << "";
    QTest::newRow("quotes and commas") << "say \"hi\", bye"
                                       << "say \"hi\", bye"
                                       << "\"say \"\"hi\"\", bye\"";
    QTest::newRow("line break") << "a\nb"
                                << "a\nb"
                                << "\"a\nb\"";
}

void tst_Importer::csvWriter()
{
    QFETCH(QString, value);
    QFETCH(QString, neutralized);
    QFETCH(QString, field);
    QCOMPARE(CsvWriter::neutralized(value), neutralized);
    QCOMPARE(CsvWriter::field(value), field);
    // What the writer writes, the reader reads back.
    CsvReader reader;
    QVERIFY(reader.openData(CsvWriter::record({value, QStringLiteral("end")}).toUtf8()));
    QStringList fields;
    QVERIFY(reader.readRow(&fields));
    QCOMPARE(fields, QStringList({value, QStringLiteral("end")}));
}

void tst_Importer::sha256Digest()
{
    // Against QCryptographicHash, at the lengths where padding changes, fed in odd pieces.
    QRandomGenerator random(7);
    for (int length : {0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000, 65543, 1048579}) {
        QByteArray data(length, Qt::Uninitialized);
        for (char &c : data)
            c = char(random.bounded(256));
        Sha256 hash;
        qsizetype pos = 0;
        for (int step = 1; pos < data.size(); step = step * 7 % 131 + 1) {
            const qsizetype n = qMin<qsizetype>(step, data.size() - pos);
            hash.addData(data.constData() + pos, n);
            pos += n;
        }
        QCOMPARE(hash.result(), QCryptographicHash::hash(data, QCryptographicHash::Sha256));
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("f.bin"));
    QVERIFY(writeBytes(file, QByteArray(3 << 20, 'x') + "tail"));
    QCOMPARE(Sha256::fileHex(file), sha256(file));
    QVERIFY(Sha256::fileHex(dir.filePath(QStringLiteral("missing"))).isEmpty());
    qInfo("SHA extensions used: %s", Sha256::usesShaExtensions() ? "yes" : "no");
}

void tst_Importer::quirks_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<ImportMapping>("mapping");
    QTest::addColumn<int>("read");
    QTest::addColumn<int>("imported");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<int>("rejected");
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QString>("expected");

    ImportMapping nps = longMapping(QStringLiteral("nps"));
    nps.respondentColumn = QStringLiteral("id");
    ImportMapping npsComment = nps;
    npsComment.commentColumn = QStringLiteral("comment");
    ImportMapping csat = longMapping(QStringLiteral("csat"), Metric::Csat);
    csat.respondentColumn = QStringLiteral("id");
    csat.commentColumn = QStringLiteral("comment");
    ImportMapping rating = longMapping(QStringLiteral("rating"), Metric::Rating);
    ImportMapping ratingNoAnswer = rating;
    ratingNoAnswer.noAnswerValues = {QStringLiteral("0")};
    ImportMapping dated = longMapping(QStringLiteral("nps"));
    dated.dateColumn = QStringLiteral("date");
    ImportMapping monthFirst = dated;
    monthFirst.dateFormat = QStringLiteral("MM/dd/yyyy");
    ImportMapping flown = rating;
    flown.dateColumn = QStringLiteral("Date Flown");
    ImportMapping metricColumn = longMapping(QStringLiteral("score"));
    metricColumn.metricColumn = QStringLiteral("metric");
    ImportMapping tenPoints = longMapping(QStringLiteral("score"), Metric::Rating);
    tenPoints.scale = std::make_pair(1.0, 10.0);

    const QString accents = QStringLiteral("id,nps,comment\n1,9,Café déjà vu\n2,10,Überzeugend\n");
    const QByteArray comments = "SELECT comment FROM feedback ORDER BY id";

    QTest::newRow("quoted newlines and quotes")
        << QByteArray("id,comment,nps\n1,\"Great\nservice, really\",10\n2,\"Slow "
                      "\"\"checkout\"\"\",3\n3,ok,9\n")
        << npsComment << 3 << 3 << 0 << 0 << comments
        << "Great\nservice, really|Slow \"checkout\"|ok";
    QTest::newRow("BOM and CRLF") << QByteArray("\xEF\xBB\xBFid,nps\r\n1,9\r\n2,10\r\n3,0\r\n")
                                  << nps << 3 << 3 << 0 << 0
                                  << QByteArray("SELECT respondent, score FROM feedback "
                                                "ORDER BY id")
                                  << "1,9|2,10|3,0";
    QTest::newRow("semicolons and decimal commas")
        << QByteArray("id;csat;comment\n1;4,5;bien\n2;3;\"mal; trop lent\"\n") << csat << 2 << 2
        << 0 << 0 << QByteArray("SELECT score, comment FROM feedback ORDER BY id")
        << "4.5,bien|3,mal; trop lent";
    QTest::newRow("tabs") << QByteArray("id\tnps\n1\t7\n2\t8\n") << nps << 2 << 2 << 0 << 0
                          << QByteArray("SELECT sum(score) FROM feedback") << "15";
    QTest::newRow("UTF-16LE with BOM")
        << utf16(accents, QStringConverter::Utf16LE, true) << npsComment << 2 << 2 << 0 << 0
        << comments << "Café déjà vu|Überzeugend";
    QTest::newRow("UTF-16BE without BOM")
        << utf16(accents, QStringConverter::Utf16BE, false) << npsComment << 2 << 2 << 0 << 0
        << comments << "Café déjà vu|Überzeugend";
    QTest::newRow("Windows-1252 accents")
        << QByteArray("id,nps,comment\n1,9,\"Tr\xe8s bien \x96 caf\xe9\"\n2,6,\x93Na ja\x94\n")
        << npsComment << 2 << 2 << 0 << 0 << comments << "Très bien – café|“Na ja”";
    QTest::newRow("blanks and NA")
        << QByteArray("id,nps\n1,\n2,NA\n3,N/A\n4,n/a\n5,-\n6,7\n7, \n") << nps << 7 << 1 << 6 << 0
        << QByteArray("SELECT respondent, score FROM feedback") << "6,7";
    QTest::newRow("floats like 3.0")
        << QByteArray("id,rating\n1,3.0\n2,5.0\n3,1.0\n") << rating << 3 << 3 << 0 << 0
        << QByteArray("SELECT avg(score), min(scale_min), max(scale_max), min(metric) "
                      "FROM feedback")
        << "3,1,5,rating";
    QTest::newRow("0 as no answer")
        << QByteArray("id,rating\n1,0\n2,0.0\n3,4.0\n4, 0 \n") << ratingNoAnswer << 4 << 1 << 3 << 0
        << QByteArray("SELECT score FROM feedback") << "4";
    QTest::newRow("0 without no answer is out of scale")
        << QByteArray("id,rating\n1,0\n2,0.0\n3,4.0\n4, 0 \n") << rating << 4 << 1 << 0 << 3
        << QByteArray("SELECT score FROM feedback") << "4";
    QTest::newRow("month-year dates")
        << QByteArray("Date Flown,rating\nAugust 2023,4\nSeptember 2023,5\njan 2024,3\n"
                      "5 March 2024,2\n\"March 7, 2024\",1\n")
        << flown << 5 << 5 << 0 << 0 << QByteArray("SELECT date FROM feedback ORDER BY id")
        << "2023-08-01|2023-09-01|2024-01-01|2024-03-05|2024-03-07";
    QTest::newRow("duplicates are kept")
        << QByteArray("id,nps\n1,9\n1,9\n2,3\n1,9\n") << nps << 4 << 4 << 0 << 0
        << QByteArray("SELECT count(*) FROM feedback WHERE respondent = '1'") << "3";
    QTest::newRow("out of scale") << QByteArray("id,nps\n1,11\n2,-1\n3,10\n4,10.5\n") << nps << 4
                                  << 1 << 0 << 3 << QByteArray("SELECT respondent FROM feedback")
                                  << "3";
    QTest::newRow("ragged rows") << QByteArray("id,nps,comment\n1,9,good,extra\n2,8\n3\n4,7,fine\n")
                                 << npsComment << 4 << 2 << 0 << 2
                                 << QByteArray("SELECT respondent FROM feedback ORDER BY id")
                                 << "1|4";
    QTest::newRow("ragged rows missing only unmapped columns")
        << QByteArray("id,nps,extra\n1,9\n2,8,x,y\n") << nps << 2 << 2 << 0 << 0
        << QByteArray("SELECT respondent FROM feedback ORDER BY id") << "1|2";
    QTest::newRow("dd/mm inferred")
        << QByteArray("date,nps\n03/04/2023,9\n25/12/2023,10\n") << dated << 2 << 2 << 0 << 0
        << QByteArray("SELECT date FROM feedback ORDER BY id") << "2023-04-03|2023-12-25";
    QTest::newRow("mm/dd inferred")
        << QByteArray("date,nps\n04/03/2023,9\n12/25/2023,10\n") << dated << 2 << 2 << 0 << 0
        << QByteArray("SELECT date FROM feedback ORDER BY id") << "2023-04-03|2023-12-25";
    QTest::newRow("ambiguous is dd/mm")
        << QByteArray("date,nps\n03/04/2023,9\n05/06/2023,10\n") << dated << 2 << 2 << 0 << 0
        << QByteArray("SELECT date FROM feedback ORDER BY id") << "2023-04-03|2023-06-05";
    QTest::newRow("chosen mm/dd") << QByteArray("date,nps\n03/04/2023,9\n13/04/2023,1\n")
                                  << monthFirst << 2 << 1 << 0 << 1
                                  << QByteArray("SELECT date FROM feedback ORDER BY id")
                                  << "2023-03-04";
    QTest::newRow("ISO with time")
        << QByteArray("date,nps\n2023-08-01T10:22:00Z,9\n2023-08-02 08:00,7\n2023-8-3,5\n") << dated
        << 3 << 3 << 0 << 0 << QByteArray("SELECT date FROM feedback ORDER BY id")
        << "2023-08-01|2023-08-02|2023-08-03";
    QTest::newRow("bad and empty dates")
        << QByteArray("date,nps\n2023-02-30,9\nsoon,7\n,5\n") << dated << 3 << 1 << 0 << 2
        << QByteArray("SELECT coalesce(date, 'none'), score FROM feedback") << "none,5";
    QTest::newRow("labelled scores")
        << QByteArray("id,nps\n1,0 - Not at all likely\n2,10 (Extremely likely)\n3,Extremely "
                      "likely\n")
        << nps << 3 << 2 << 0 << 1 << QByteArray("SELECT score FROM feedback ORDER BY id")
        << "0|10";
    QTest::newRow("metric column")
        << QByteArray("metric,score\nnps,9\nCSAT,4\nces,7\nrating,5\nfoo,3\n,8\n") << metricColumn
        << 6 << 5 << 0 << 1
        << QByteArray("SELECT metric, scale_min, scale_max FROM feedback ORDER BY id")
        << "nps,0,10|csat,1,5|ces,1,7|rating,1,5|nps,0,10";
    QTest::newRow("given scale") << QByteArray("id,score\n1,10\n2,7\n3,11\n") << tenPoints << 3 << 2
                                 << 0 << 1
                                 << QByteArray("SELECT score, scale_min, scale_max FROM feedback "
                                               "ORDER BY id")
                                 << "10,1,10|7,1,10";
}

void tst_Importer::quirks()
{
    QFETCH(QByteArray, csv);
    QFETCH(ImportMapping, mapping);
    QFETCH(int, read);
    QFETCH(int, imported);
    QFETCH(int, skipped);
    QFETCH(int, rejected);
    QFETCH(QByteArray, query);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    const QString project = newProject(dir);
    QVERIFY(!project.isEmpty());
    const QString file = dir.filePath(QStringLiteral("survey.csv"));
    QVERIFY(writeBytes(file, csv));
    const ImportResult r = importInto(project, file, mapping);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.rowsRead, read);
    QCOMPARE(r.responsesImported, imported);
    QCOMPARE(r.skipped, skipped);
    QCOMPARE(r.rejected, rejected);
    QCOMPARE(r.rejects.size(), rejected);
    for (const RejectedRow &reject : r.rejects)
        QVERIFY2(isSentence(reject.reason), qPrintable(reject.reason));
    QCOMPARE(sqlRows(project, query), expected);

    // One batch that records the file and the counts.
    QCOMPARE(sqlRows(project, "SELECT count(*), min(file_name), min(rows_read), "
                              "min(rows_imported), min(rows_skipped), min(rows_rejected), "
                              "min(journey_id) FROM import_batches"),
             QStringLiteral("1,survey.csv,%1,%2,%3,%4,%5")
                 .arg(read)
                 .arg(imported)
                 .arg(skipped)
                 .arg(rejected)
                 .arg(JourneyId));
    QCOMPARE(sqlValue(project, "SELECT sha256 FROM import_batches").toByteArray(), sha256(file));
    QCOMPARE(count(project, "SELECT count(*) FROM feedback WHERE batch_id = (SELECT id FROM "
                            "import_batches) AND journey_id = 1 AND card_id IS NULL"),
             imported);
    QCOMPARE(r.batchId, sqlValue(project, "SELECT id FROM import_batches").toLongLong());
    QCOMPARE(quickCheck(project), QStringLiteral("ok"));
}

void tst_Importer::handComputedScores()
{
    QTemporaryDir dir;
    const QString project = newProject(dir);
    // NPS by hand: 5 promoters (10, 10, 9, 9, 9), 2 passives (8, 7), 3 detractors (6, 3, 0),
    // one "no answer": NPS = 100 * (5 - 3) / 10 = +20.0.
    const QString npsFile = dir.filePath(QStringLiteral("nps.csv"));
    QVERIFY(writeBytes(npsFile, "id,How likely are you to recommend us?,comment\n"
                                "1,10,Love it\n2,10,\n3,9,Great staff\n4,9,\n5,9,\n6,8,\n"
                                "7,7,ok\n8,6,Too slow\n9,3,Terrible waiting time\n10,0,\n"
                                "11,NA,\n"));
    ImportMapping guessed = ImportMapping::guess(
        {QStringLiteral("id"), QStringLiteral("How likely are you to recommend us?"),
         QStringLiteral("comment")});
    QCOMPARE(guessed.metric, Metric::Nps);
    ImportResult r = importInto(project, npsFile, guessed);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.responsesImported, 10);
    QCOMPARE(r.skipped, 1);
    QCOMPARE(sqlRows(project,
                     "SELECT sum(score >= 9), sum(score BETWEEN 7 AND 8), sum(score <= 6), "
                     "100.0 * (sum(score >= 9) - sum(score <= 6)) / count(*) FROM feedback "
                     "WHERE metric = 'nps' AND journey_id > 0"),
             QStringLiteral("5,2,3,20"));
    // Sentiment only where there is a comment, with the sign a reader expects.
    QCOMPARE(count(project, "SELECT count(*) FROM feedback WHERE comment = '' AND sentiment IS "
                            "NOT NULL"),
             0);
    QCOMPARE(count(project, "SELECT count(*) FROM feedback WHERE comment != '' AND sentiment IS "
                            "NULL"),
             0);
    QVERIFY(sqlValue(project, "SELECT sentiment FROM feedback WHERE comment = 'Love it'").toDouble()
            > 0.05);
    QVERIFY(sqlValue(project, "SELECT sentiment FROM feedback WHERE comment = 'Terrible waiting "
                              "time'")
                .toDouble()
            < -0.05);

    // CSAT by hand: 5, 4, 4, 3, 1 -> top-two-box 3 / 5 = 60 %, mean 17 / 5 = 3.4.
    const QString csatFile = dir.filePath(QStringLiteral("csat.csv"));
    QVERIFY(writeBytes(csatFile, "CSAT\n5\n4\n4\n3\n1\n"));
    r = importInto(project, csatFile, ImportMapping::guess({QStringLiteral("CSAT")}));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(sqlRows(project, "SELECT 100.0 * sum(score >= 4) / count(*), avg(score) "
                              "FROM feedback WHERE metric = 'csat'"),
             QStringLiteral("60,3.4"));
    QCOMPARE(count(project, "SELECT count(*) FROM import_batches"), 2);
}

void tst_Importer::warnings()
{
    QTemporaryDir dir;
    const QString project = newProject(dir);
    const QString file = dir.filePath(QStringLiteral("w.csv"));
    QVERIFY(writeBytes(file, "id,date,nps,channel\n1,03/04/2023,9,web\n1,03/04/2023,9,web\n"
                             "2,05/06/2023,8,carrier pigeon\n3,05/06/2023,7,web,extra\n"));
    ImportMapping m = longMapping(QStringLiteral("nps"));
    m.respondentColumn = QStringLiteral("id");
    m.dateColumn = QStringLiteral("date");
    m.channelColumn = QStringLiteral("channel");
    const ImportResult r = importInto(project, file, m);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.responsesImported, 4);
    const QString all = r.warnings.join(QLatin1Char('\n'));
    for (const QString &w : r.warnings)
        QVERIFY2(isSentence(w), qPrintable(w));
    // The date order was a guess: said so.
    QVERIFY2(all.contains(QLatin1String("day/month/year")), qPrintable(all));
    // One ragged row, with its line.
    QVERIFY2(all.contains(QLatin1String("Line 5 has 5 fields where the header has 4")),
             qPrintable(all));
    // One duplicate, first on line 3.
    QVERIFY2(all.contains(QLatin1String("line 3")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("carrier pigeon")), qPrintable(all));
    QCOMPARE(sqlRows(project, "SELECT channel FROM feedback ORDER BY id"),
             QStringLiteral("web|web|other|web"));
}

void tst_Importer::rejectLinesAndFile()
{
    QTemporaryDir dir;
    const QString project = newProject(dir);
    const QString file = dir.filePath(QStringLiteral("rejects.csv"));
    // Line 2-3 hold one record (a quoted line break), CRLF line ends.
    QVERIFY(writeBytes(file,
                       "id,comment,nps\r\n1,\"two\r\nlines\",9\r\n2,ok,11\r\n3,\"a, b\",abc\r\n"
                       "4,fine,10\r\n"));
    ImportMapping m = longMapping(QStringLiteral("nps"));
    m.respondentColumn = QStringLiteral("id");
    m.commentColumn = QStringLiteral("comment");
    const ImportResult r = importInto(project, file, m);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.rejected, 2);
    QCOMPARE(r.rejects.at(0).line, 4);
    QCOMPARE(r.rejects.at(1).line, 5);
    QVERIFY2(r.rejects.at(0).reason.contains(QLatin1String("outside")),
             qPrintable(r.rejects.at(0).reason));
    QVERIFY2(r.rejects.at(1).reason.contains(QLatin1String("not a number")),
             qPrintable(r.rejects.at(1).reason));
    QCOMPARE(r.header,
             QStringList({QStringLiteral("id"), QStringLiteral("comment"), QStringLiteral("nps")}));

    const QString out = dir.filePath(QStringLiteral("out/rejected.csv"));
    QString error;
    QVERIFY(!FeedbackImporter::writeRejects(out, r.header, r.rejects, &error));
    QVERIFY2(isSentence(error), qPrintable(error));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("out")));
    QVERIFY2(FeedbackImporter::writeRejects(out, r.header, r.rejects, &error), qPrintable(error));
    QCOMPARE(folderEntries(dir.filePath(QStringLiteral("out"))),
             QStringList(QStringLiteral("rejected.csv")));
    CsvReader reader;
    QVERIFY(reader.open(out));
    QCOMPARE(reader.encoding(), QByteArray("UTF-8"));
    QVERIFY(!reader.hadByteOrderMark());
    QStringList fields;
    QVERIFY(reader.readRow(&fields));
    QCOMPARE(fields,
             QStringList({QStringLiteral("line"), QStringLiteral("reason"), QStringLiteral("id"),
                          QStringLiteral("comment"), QStringLiteral("nps")}));
    QVERIFY(reader.readRow(&fields));
    QCOMPARE(fields.size(), 5);
    QCOMPARE(fields.at(0), QStringLiteral("4"));
    QCOMPARE(fields.at(1), r.rejects.at(0).reason);
    QCOMPARE(fields.mid(2),
             QStringList({QStringLiteral("2"), QStringLiteral("ok"), QStringLiteral("11")}));
    QVERIFY(reader.readRow(&fields));
    QCOMPARE(fields.mid(0, 1), QStringList(QStringLiteral("5")));
    QCOMPARE(fields.mid(2),
             QStringList({QStringLiteral("3"), QStringLiteral("a, b"), QStringLiteral("abc")}));
    QVERIFY(!reader.readRow(&fields));
    QVERIFY(!reader.hasError());
}

void tst_Importer::longLayoutTouchpoints()
{
    QTemporaryDir dir;
    const QString project = newProject(dir);
    const QString file = dir.filePath(QStringLiteral("long.csv"));
    QVERIFY(writeBytes(file,
                       "respondent,touchpoint,stage,channel,metric,score\n"
                       "a,  ONLINE   checkout ,,,nps,9\n"        // the touchpoint, not the
                       "b,Delivery,Purchase & Service,,csat,4\n" // thought; any kind
                       "c,Gift wrapping,purchase & service,email,csat,5\n" // created
                       "d,gift  wrapping,,,csat,3\n"                       // the created one
                       "e,Hotline,Nowhere,phone,ces,5\n"                   // unknown stage
                       "f,Hotline,,phone,ces,6\n"                          // no stage to create in
                       "g,,,store,nps,10\n"                                // journey-level
                       "h,Store visit,Offering,app,ces,7\n"));             // row channel wins
    ImportMapping m = longMapping(QStringLiteral("score"));
    m.respondentColumn = QStringLiteral("respondent");
    m.touchpointColumn = QStringLiteral("touchpoint");
    m.stageColumn = QStringLiteral("stage");
    m.channelColumn = QStringLiteral("channel");
    m.metricColumn = QStringLiteral("metric");
    const ImportResult r = importInto(project, file, m);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.rowsRead, 8);
    QCOMPARE(r.responsesImported, 6);
    QCOMPARE(r.rejected, 2);
    QCOMPARE(r.rejects.at(0).line, 6);
    QVERIFY2(r.rejects.at(0).reason.contains(QStringLiteral("“Nowhere”")),
             qPrintable(r.rejects.at(0).reason));
    QCOMPARE(r.rejects.at(1).line, 7);
    QVERIFY2(isSentence(r.rejects.at(1).reason), qPrintable(r.rejects.at(1).reason));
    QCOMPARE(r.createdTouchpoints, QStringList(QStringLiteral("Gift wrapping")));
    QCOMPARE(r.createdCardIds.size(), 1);
    const Id created = r.createdCardIds.first();

    QCOMPARE(sqlRows(project, "SELECT respondent, coalesce(card_id, 'NULL'), channel "
                              "FROM feedback ORDER BY id"),
             QStringLiteral("a,%1,web|b,%2,|c,%3,email|d,%3,email|g,NULL,store|h,%4,app")
                 .arg(CheckoutId)
                 .arg(DeliveryNoteId)
                 .arg(created)
                 .arg(StoreVisitId));
    // In the touchpoints lane of the named stage, after the card already there.
    QCOMPARE(sqlRows(project, QStringLiteral("SELECT journey_id, stage_id, lane_id, kind, title, "
                                             "channel, position FROM cards WHERE id = %1")
                                  .arg(created)
                                  .toUtf8()),
             QStringLiteral("%1,%2,%3,touchpoint,Gift wrapping,email,1")
                 .arg(JourneyId)
                 .arg(PurchaseId)
                 .arg(TouchpointsLaneId));
    // The project opens with the card where it belongs.
    DocumentError error;
    std::unique_ptr<Project> p = Project::open(project, {}, &error);
    QVERIFY2(p, qPrintable(error.message));
    QCOMPARE(p->cellCardIds(PurchaseId, TouchpointsLaneId), QList<Id>({CheckoutId, created}));
}

void tst_Importer::noTouchpointCreation()
{
    QTemporaryDir dir;
    const QString project = newProject(dir);
    const QString file = dir.filePath(QStringLiteral("long.csv"));
    QVERIFY(writeBytes(file, "touchpoint,stage,nps\nOnline checkout,,9\n"
                             "Gift wrapping,Purchase & Service,5\n"));
    ImportMapping m = longMapping(QStringLiteral("nps"));
    m.touchpointColumn = QStringLiteral("touchpoint");
    m.stageColumn = QStringLiteral("stage");
    m.createTouchpoints = false;
    const ImportResult r = importInto(project, file, m);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.responsesImported, 1);
    QCOMPARE(r.rejected, 1);
    QCOMPARE(r.rejects.first().line, 3);
    QVERIFY2(r.rejects.first().reason.contains(QLatin1String("Gift wrapping")),
             qPrintable(r.rejects.first().reason));
    QVERIFY(r.createdCardIds.isEmpty());
    QCOMPARE(count(project, "SELECT count(*) FROM cards"), 4);
}

void tst_Importer::wideLayout()
{
    QTemporaryDir dir;
    const QString project = newProject(dir);
    const QString file = dir.filePath(QStringLiteral("wide.csv"));
    QVERIFY(writeBytes(file, "Respondent,Date,Segment,Checkout,Store visit,Delivery,Comment\n"
                             "r1,2024-01-05,Commuter,9,10,,Great staff and a quick checkout\n"
                             "r2,2024-01-06,Family,3,NA,7,\n"
                             "r3,2024-01-07,Commuter,,,,Nothing to say\n"
                             "r4,someday,Family,5,5,5,x\n"
                             "r5,2024-01-08,Family,5,12,5,x\n"));
    ImportMapping m;
    m.layout = ImportMapping::Layout::Wide;
    m.metric = Metric::Nps;
    m.respondentColumn = QStringLiteral("Respondent");
    m.dateColumn = QStringLiteral("Date");
    m.segmentColumn = QStringLiteral("Segment");
    m.commentColumn = QStringLiteral("Comment");
    for (const char *option :
         {"Checkout=Purchase & Service/Online checkout", "store visit=Offering/Store Visit",
          "Delivery=Purchase & Service/Home delivery"}) {
        const auto w = ImportMapping::parseWideColumn(QString::fromUtf8(option), nullptr);
        QVERIFY(w);
        m.wideColumns.append(*w);
    }
    const ImportResult r = importInto(project, file, m);
    QVERIFY2(r.ok(), qPrintable(r.error));
    // r1: 2 responses, 1 blank; r2: 2, 1 NA; r3: 3 blanks; r4: bad date; r5: 12 > 10.
    QCOMPARE(r.rowsRead, 5);
    QCOMPARE(r.responsesImported, 4);
    QCOMPARE(r.skipped, 5);
    QCOMPARE(r.rejected, 2);
    QCOMPARE(r.rejects.at(0).line, 5);
    QCOMPARE(r.rejects.at(1).line, 6);
    QCOMPARE(r.createdTouchpoints, QStringList(QStringLiteral("Home delivery")));
    const Id delivery = r.createdCardIds.value(0);
    // The row's date, segment, respondent and comment go with every response made from it.
    QCOMPARE(sqlRows(project, "SELECT respondent, date, segment, card_id, score, comment, "
                              "sentiment IS NOT NULL, channel FROM feedback ORDER BY id"),
             QStringLiteral("r1,2024-01-05,Commuter,%1,9,Great staff and a quick checkout,1,web|"
                            "r1,2024-01-05,Commuter,%2,10,Great staff and a quick checkout,1,"
                            "store|"
                            "r2,2024-01-06,Family,%1,3,,0,web|"
                            "r2,2024-01-06,Family,%3,7,,0,")
                 .arg(CheckoutId)
                 .arg(StoreVisitId)
                 .arg(delivery));
    QCOMPARE(sqlRows(project, "SELECT DISTINCT sentiment > 0.05 FROM feedback WHERE respondent "
                              "= 'r1'"),
             QStringLiteral("1"));
    // A rejected row (r5 has a valid Delivery value) creates nothing twice.
    QCOMPARE(count(project, "SELECT count(*) FROM cards WHERE title = 'Home delivery'"), 1);
}

void tst_Importer::journeyChoice()
{
    QTemporaryDir dir;
    const QString project = newProject(dir);
    const QString file = dir.filePath(QStringLiteral("j.csv"));
    QVERIFY(writeBytes(file, "touchpoint,stage,nps\nRefund form,Return request,9\n"));
    ImportMapping m = longMapping(QStringLiteral("nps"));
    m.touchpointColumn = QStringLiteral("touchpoint");
    m.stageColumn = QStringLiteral("stage");
    m.journey = QStringLiteral("returns");
    ImportResult r = importInto(project, file, m);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.journeyId, SecondJourneyId);
    QCOMPARE(sqlRows(project, "SELECT f.journey_id, c.journey_id, c.lane_id FROM feedback f "
                              "JOIN cards c ON c.id = f.card_id"),
             QStringLiteral("2,2,24"));
    m.journey = QStringLiteral("Nope");
    r = importInto(project, file, m);
    QVERIFY(!r.ok());
    QVERIFY2(isSentence(r.error) && r.error.contains(QStringLiteral("“Returns”")),
             qPrintable(r.error));
    QCOMPARE(count(project, "SELECT count(*) FROM import_batches"), 1);
}

void tst_Importer::strictMode()
{
    QTemporaryDir dir;
    const QString project = newProject(dir);
    const QString file = dir.filePath(QStringLiteral("strict.csv"));
    QVERIFY(writeBytes(file, "touchpoint,stage,nps\nGift wrapping,Purchase & Service,9\n"
                             "Online checkout,,42\nOnline checkout,,x\n"));
    ImportMapping m = longMapping(QStringLiteral("nps"));
    m.touchpointColumn = QStringLiteral("touchpoint");
    m.stageColumn = QStringLiteral("stage");
    m.strict = true;
    DocumentError error;
    std::unique_ptr<Document> doc = Document::open(project, {}, &error);
    QVERIFY(doc);
    const QByteArray before = sha256(project);
    const ImportResult r = FeedbackImporter::run(*doc, file, m);
    QVERIFY(!r.ok());
    QVERIFY2(isSentence(r.error), qPrintable(r.error));
    QVERIFY2(r.error.contains(QLatin1String("line 3")), qPrintable(r.error));
    QCOMPARE(r.batchId, NoId);
    QVERIFY(r.createdCardIds.isEmpty());
    QCOMPARE(r.rejected, 2); // every reject is reported, for a rejects file
    QCOMPARE(r.rejects.size(), 2);
    QCOMPARE(sha256(project), before);
    doc.reset();
    QCOMPARE(count(project, "SELECT count(*) FROM feedback"), 0);
    QCOMPARE(count(project, "SELECT count(*) FROM import_batches"), 0);
    QCOMPARE(count(project, "SELECT count(*) FROM cards"), 4);

    // The same file without its bad rows goes in.
    QVERIFY(writeBytes(file, "touchpoint,stage,nps\nGift wrapping,Purchase & Service,9\n"));
    const ImportResult ok = importInto(project, file, m);
    QVERIFY2(ok.ok(), qPrintable(ok.error));
    QCOMPARE(ok.responsesImported, 1);
}

void tst_Importer::cancel()
{
    QTemporaryDir dir;
    const QString project = newProject(dir);
    const QString file = dir.filePath(QStringLiteral("big.csv"));
    QVERIFY(writeBytes(file, longFile(20000)));
    DocumentError error;
    std::unique_ptr<Document> doc = Document::open(project, {}, &error);
    QVERIFY(doc);
    const QByteArray before = sha256(project);
    const QStringList entries = folderEntries(dir.path());

    std::atomic_bool stop = false;
    int calls = 0;
    const ImportResult r = FeedbackImporter::run(
        *doc, file, longExportMapping(),
        [&](double p) {
            ++calls;
            if (p > 0.2)
                stop = true;
        },
        &stop);
    QVERIFY(r.cancelled);
    QVERIFY(!r.ok());
    QVERIFY(calls >= 2);
    QVERIFY(r.rowsRead < 20000); // it stopped midway
    QCOMPARE(r.batchId, NoId);
    QVERIFY(r.createdCardIds.isEmpty());
    // Byte for byte what it was, and nothing left beside it (no journal).
    QCOMPARE(sha256(project), before);
    QCOMPARE(folderEntries(dir.path()), entries);
    QCOMPARE(count(project, "SELECT count(*) FROM cards"), 4);

    // The document is fine for the next import.
    const ImportResult again = FeedbackImporter::run(*doc, file, longExportMapping());
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(again.responsesImported, 20000);
    QCOMPARE(again.createdTouchpoints, QStringList(QStringLiteral("Gift wrapping")));
}

void tst_Importer::progress()
{
    QTemporaryDir dir;
    const QString project = newProject(dir);
    const QString file = dir.filePath(QStringLiteral("big.csv"));
    QVERIFY(writeBytes(file, longFile(12000)));
    DocumentError error;
    std::unique_ptr<Document> doc = Document::open(project, {}, &error);
    QVERIFY(doc);
    // 12000 responses into an empty project: the indexes are built again at the end (see
    // ImportRepository::dropFeedbackIndexes); they must come back exactly as they were.
    const QByteArray indexes = "SELECT name, sql FROM sqlite_schema WHERE type = 'index' "
                               "ORDER BY name";
    const QString indexesBefore = sqlRows(project, indexes);
    QVERIFY(indexesBefore.contains(QLatin1String("feedback_journey")));
    QList<double> values;
    const ImportResult r = FeedbackImporter::run(*doc, file, longExportMapping(),
                                                 [&](double p) { values.append(p); });
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(values.size() >= 10);
    QVERIFY(values.size() < 100); // throttled
    QCOMPARE(values.first(), 0.0);
    QCOMPARE(values.last(), 1.0);
    for (qsizetype i = 1; i < values.size(); ++i)
        QVERIFY(values.at(i) >= values.at(i - 1));
    // 12000 rows: 4000 on the checkout, 4000 on the created card, 4000 journey-level.
    QCOMPARE(sqlRows(project, "SELECT count(*), count(card_id), count(sentiment) FROM feedback"),
             QStringLiteral("12000,8000,9000"));
    QCOMPARE(sqlRows(project, indexes), indexesBefore);
    QCOMPARE(quickCheck(project), QStringLiteral("ok"));
    // The indexes are used again: a lookup by card reads the index, not the table.
    QVERIFY(sqlRows(project, "EXPLAIN QUERY PLAN SELECT count(*) FROM feedback WHERE card_id = 31")
                .contains(QLatin1String("INDEX")));
}

void tst_Importer::interruptedIndexRebuild()
{
    // Cancelling while the indexes are built again stops the statement; the rollback
    // brings the indexes back with everything else.
    QTemporaryDir dir;
    const QString project = newProject(dir);
    const QString file = dir.filePath(QStringLiteral("big.csv"));
    QVERIFY(writeBytes(file, longFile(6000)));
    QVERIFY(importInto(project, file, longExportMapping()).ok());
    const QByteArray indexes = "SELECT name, sql FROM sqlite_schema WHERE type = 'index' "
                               "ORDER BY name";
    const QString indexesBefore = sqlRows(project, indexes);
    DocumentError error;
    std::unique_ptr<Document> doc = Document::open(project, {}, &error);
    QVERIFY(doc);
    const QByteArray before = sha256(project);
    {
        QString connectionError;
        const QString connection = doc->openWorkerConnection(&connectionError);
        QVERIFY2(!connection.isEmpty(), qPrintable(connectionError));
        {
            ImportRepository repo(connection);
            QVERIFY(repo.begin());
            QVERIFY(repo.dropFeedbackIndexes());
            QVERIFY(repo.feedbackIndexesDropped());
            std::atomic_bool stop = true;
            repo.setCancelFlag(&stop);
            QVERIFY(!repo.restoreFeedbackIndexes());
            QVERIFY(repo.lastError().contains(QLatin1String("interrupt")));
            repo.setCancelFlag(nullptr);
            repo.rollback();
        }
        Document::closeConnection(connection);
    }
    QCOMPARE(sha256(project), before);
    doc.reset();
    QCOMPARE(sqlRows(project, indexes), indexesBefore);
    QCOMPARE(count(project, "SELECT count(*) FROM feedback"), 6000);
}

void tst_Importer::fileErrors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<ImportMapping>("mapping");
    QTest::addColumn<QString>("mentions");
    const ImportMapping nps = longMapping(QStringLiteral("nps"));
    ImportMapping missing = nps;
    missing.commentColumn = QStringLiteral("Comment");
    ImportMapping noScore;
    noScore.scoreColumn.clear();
    ImportMapping wideNoColumns;
    wideNoColumns.layout = ImportMapping::Layout::Wide;
    ImportMapping badScale = nps;
    badScale.scale = std::make_pair(5.0, 1.0);
    ImportMapping badFormat = nps;
    badFormat.dateFormat = QStringLiteral("yy/dd");
    ImportMapping badEncoding = nps;
    badEncoding.encoding = "EBCDIC";
    QTest::newRow("empty") << "e.csv" << QByteArray() << nps << "e.csv";
    QTest::newRow("blank lines only") << "e.csv" << QByteArray("\n\r\n\n") << nps << "e.csv";
    QTest::newRow("header only") << "h.csv" << QByteArray("id,nps\n") << nps << "h.csv";
    QTest::newRow("missing column")
        << "m.csv" << QByteArray("id,nps\n1,9\n") << missing << "Comment";
    QTest::newRow("no score column")
        << "s.csv" << QByteArray("id,nps\n1,9\n") << noScore << "score";
    QTest::newRow("wide without columns")
        << "w.csv" << QByteArray("id,nps\n1,9\n") << wideNoColumns << "wide";
    QTest::newRow("bad scale") << "s.csv" << QByteArray("id,nps\n1,9\n") << badScale << "5";
    QTest::newRow("bad date format")
        << "s.csv" << QByteArray("id,nps\n1,9\n") << badFormat << "yy/dd";
    QTest::newRow("unknown encoding")
        << "s.csv" << QByteArray("id,nps\n1,9\n") << badEncoding << "EBCDIC";
    QTest::newRow("unclosed quote")
        << "q.csv" << QByteArray("id,nps\n1,9\n2,\"10\n") << nps << "q.csv";
    QTest::newRow("does not exist") << "" << QByteArray() << nps << "nothere.csv";
    QTest::newRow("a folder") << "folder" << QByteArray() << nps << "folder";
}

void tst_Importer::fileErrors()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, csv);
    QFETCH(ImportMapping, mapping);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const QString project = newProject(dir);
    QString file;
    if (name.isEmpty()) {
        file = dir.filePath(QStringLiteral("nothere.csv"));
    } else if (name == QLatin1String("folder")) {
        file = dir.filePath(name);
        QVERIFY(QDir(dir.path()).mkdir(name));
    } else {
        file = dir.filePath(name);
        QVERIFY(writeBytes(file, csv));
    }
    const QByteArray before = sha256(project);
    const ImportResult r = importInto(project, file, mapping);
    QVERIFY(!r.ok());
    QVERIFY(!r.cancelled);
    QVERIFY2(isSentence(r.error), qPrintable(r.error));
    QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
    QCOMPARE(r.batchId, NoId);
    QCOMPARE(sha256(project), before);
    QCOMPARE(count(project, "SELECT count(*) FROM import_batches"), 0);
}

void tst_Importer::readOnlyProject()
{
    QTemporaryDir dir;
    const QString project = newProject(dir);
    const QString file = dir.filePath(QStringLiteral("f.csv"));
    QVERIFY(writeBytes(file, "nps\n9\n"));
    Document::OpenOptions options;
    options.access = Document::Access::ReadOnly;
    DocumentError error;
    std::unique_ptr<Document> doc = Document::open(project, options, &error);
    QVERIFY(doc);
    const ImportResult r = FeedbackImporter::run(*doc, file, longMapping(QStringLiteral("nps")));
    QVERIFY(!r.ok());
    QVERIFY2(isSentence(r.error) && r.error.contains(QLatin1String("read-only")),
             qPrintable(r.error));
    doc.reset();
    QCOMPARE(count(project, "SELECT count(*) FROM feedback"), 0);
}

void tst_Importer::lockedProject()
{
    // Another Waymark has the file open for writing: a second one cannot import into it.
    QTemporaryDir dir;
    const QString project = newProject(dir);
    DocumentError error;
    std::unique_ptr<Document> first = Document::open(project, {}, &error);
    QVERIFY(first);
    const QString file = dir.filePath(QStringLiteral("f.csv"));
    QVERIFY(writeBytes(file, "nps\n9\n"));
    const ImportResult r = importInto(project, file, longMapping(QStringLiteral("nps")));
    QVERIFY(!r.ok());
    QVERIFY2(isSentence(r.error) && r.error.contains(QLatin1String("in use")), qPrintable(r.error));
    QCOMPARE(count(project, "SELECT count(*) FROM feedback"), 0);
}

void tst_Importer::busyProject()
{
    // Something else holds the write lock of the file for longer than the importer waits.
    QTemporaryDir dir;
    const QString project = newProject(dir);
    const QString file = dir.filePath(QStringLiteral("f.csv"));
    QVERIFY(writeBytes(file, "nps\n9\n"));
    DocumentError error;
    std::unique_ptr<Document> doc = Document::open(project, {}, &error);
    QVERIFY(doc);
    RawDb other(project);
    QVERIFY(other.exec("BEGIN IMMEDIATE"));
    const ImportResult r = FeedbackImporter::run(*doc, file, longMapping(QStringLiteral("nps")));
    QVERIFY(!r.ok());
    QVERIFY2(isSentence(r.error) && r.error.contains(QLatin1String("another program")),
             qPrintable(r.error));
    QVERIFY(other.exec("ROLLBACK"));
    QCOMPARE(count(project, "SELECT count(*) FROM feedback"), 0);
}

void tst_Importer::workerThread()
{
    // The wizard's way: the document stays open (and idle) on this thread, the import runs
    // on another with its own connection.
    QTemporaryDir dir;
    const QString path = newProject(dir);
    const QString file = dir.filePath(QStringLiteral("big.csv"));
    QVERIFY(writeBytes(file, longFile(3000)));
    DocumentError error;
    std::unique_ptr<Project> project = Project::open(path, {}, &error);
    QVERIFY(project);
    const Document &doc = project->document();
    std::future<ImportResult> future = std::async(std::launch::async, [&doc, &file] {
        return FeedbackImporter::run(doc, file, longExportMapping());
    });
    const ImportResult r = future.get();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.responsesImported, 3000);
    FeedbackRepository repo(project->document());
    QCOMPARE(repo.countFeedback(), 3000);
    QCOMPARE(QSqlDatabase::connectionNames().size(), 1); // the worker's is gone
}

void tst_Importer::preview()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("p.csv"));
    QVERIFY(writeBytes(file, "id;nps;comment\n1;9;\"a;b\"\n2;8;c\n3;7;d\n"));
    const FeedbackImporter::Preview p = FeedbackImporter::preview(file, ImportMapping(), 2);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.delimiter, QLatin1Char(';'));
    QCOMPARE(p.encoding, QByteArray("UTF-8"));
    QCOMPARE(p.header,
             QStringList({QStringLiteral("id"), QStringLiteral("nps"), QStringLiteral("comment")}));
    QCOMPARE(p.rows.size(), 2);
    QCOMPARE(p.rows.at(0).at(2), QStringLiteral("a;b"));
    const FeedbackImporter::Preview missing
        = FeedbackImporter::preview(dir.filePath(QStringLiteral("no.csv")), ImportMapping());
    QVERIFY2(isSentence(missing.error), qPrintable(missing.error));
}

void tst_Importer::matchTouchpoints()
{
    QTemporaryDir dir;
    const QString path = newProject(dir);
    const QString file = dir.filePath(QStringLiteral("m.csv"));
    QVERIFY(writeBytes(file, "touchpoint,stage,nps\nonline checkout,,9\nGift wrapping,Purchase & "
                             "Service,9\ngift wrapping,Purchase & Service,9\nHotline,Nowhere,5\n"
                             ",,5\n"));
    ImportMapping m = longMapping(QStringLiteral("nps"));
    m.touchpointColumn = QStringLiteral("touchpoint");
    m.stageColumn = QStringLiteral("stage");
    DocumentError error;
    std::unique_ptr<Document> doc = Document::open(path, {}, &error);
    QVERIFY(doc);
    const FeedbackImporter::TouchpointMatch match
        = FeedbackImporter::matchTouchpoints(*doc, file, m);
    QVERIFY2(match.error.isEmpty(), qPrintable(match.error));
    QCOMPARE(match.existing, QStringList(QStringLiteral("Online checkout")));
    QCOMPARE(match.created.size(), 1);
    QCOMPARE(match.created.first().first, QStringLiteral("Purchase & Service"));
    QCOMPARE(match.created.first().second, QStringLiteral("Gift wrapping"));
    QCOMPARE(match.missingStages, QStringList(QStringLiteral("Nowhere")));
    doc.reset();
    // A dry run.
    QCOMPARE(count(path, "SELECT count(*) FROM cards"), 4);
}

void tst_Importer::undoRedo()
{
    QTemporaryDir dir;
    const QString path = newProject(dir);
    const QString file = dir.filePath(QStringLiteral("Survey June.csv"));
    QVERIFY(writeBytes(file, "touchpoint,stage,nps,comment\nOnline checkout,,9,Nice\n"
                             "Gift wrapping,Purchase & Service,4,Meh\n"
                             "Gift wrapping,Purchase & Service,10,\n"));
    ImportMapping m = longMapping(QStringLiteral("nps"));
    m.touchpointColumn = QStringLiteral("touchpoint");
    m.stageColumn = QStringLiteral("stage");
    m.commentColumn = QStringLiteral("comment");
    DocumentError error;
    std::unique_ptr<Project> project = Project::open(path, {}, &error);
    QVERIFY(project);
    // An earlier import that must stay through all of this.
    const QString earlier = dir.filePath(QStringLiteral("earlier.csv"));
    QVERIFY(writeBytes(earlier, "nps\n7\n"));
    const ImportResult first
        = FeedbackImporter::run(project->document(), earlier, longMapping(QStringLiteral("nps")));
    QVERIFY(first.ok());
    QVERIFY(project->execute(new ImportFeedbackCommand(*project, first)));

    const ImportResult r = FeedbackImporter::run(project->document(), file, m);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.createdCardIds.size(), 1);
    const Id created = r.createdCardIds.first();
    QVERIFY(!project->hasCard(created)); // written by another connection

    QSignalSpy feedbackSpy(project.get(), &Project::feedbackChanged);
    QSignalSpy insertedSpy(project.get(), &Project::cardInserted);
    QVERIFY(project->execute(new ImportFeedbackCommand(*project, r)));
    QCOMPARE(project->undoStack()->undoText(), QStringLiteral("Import Survey June.csv"));
    QVERIFY(project->hasCard(created));
    const Card card = project->card(created);
    QCOMPARE(card.title, QStringLiteral("Gift wrapping"));
    QCOMPARE(card.kind, CardKind::Touchpoint);
    QCOMPARE(project->cellCardIds(PurchaseId, TouchpointsLaneId), QList<Id>({CheckoutId, created}));
    QCOMPARE(insertedSpy.size(), 1);
    QCOMPARE(feedbackSpy.size(), 1);
    QCOMPARE(feedbackSpy.first().first().value<Id>(), JourneyId);
    const auto visible = [&] {
        return count(path, "SELECT count(*) FROM feedback WHERE journey_id > 0");
    };
    FeedbackRepository repo(project->document());
    QCOMPARE(visible(), 4);
    QCOMPARE(repo.countFeedback(), 4);
    WM_VERIFY_FILE_AGREES(*project);

    project->undoStack()->undo();
    QCOMPARE(visible(), 1);
    QCOMPARE(repo.countFeedback(), 1);
    QCOMPARE(repo.countFeedback(JourneyId), 1);
    QVERIFY(!project->hasCard(created));
    QCOMPARE(count(path, "SELECT count(*) FROM cards"), 4);
    QCOMPARE(sqlRows(path, QStringLiteral("SELECT journey_id FROM import_batches WHERE id = %1")
                               .arg(r.batchId)
                               .toUtf8()),
             QStringLiteral("-1"));
    QCOMPARE(feedbackSpy.size(), 2);
    WM_VERIFY_FILE_AGREES(*project);

    project->undoStack()->redo();
    QCOMPARE(visible(), 4);
    QVERIFY(project->hasCard(created));
    QCOMPARE(project->card(created), card);
    QCOMPARE(project->cellCardIds(PurchaseId, TouchpointsLaneId), QList<Id>({CheckoutId, created}));
    QCOMPARE(count(path, QStringLiteral("SELECT count(*) FROM feedback WHERE card_id = %1")
                             .arg(created)
                             .toUtf8()),
             2);
    QCOMPARE(feedbackSpy.size(), 3);
    WM_VERIFY_FILE_AGREES(*project);

    // Undone at closing time: the undone rows are gone from the file for good.
    project->undoStack()->undo();
    project.reset();
    QCOMPARE(count(path, "SELECT count(*) FROM feedback"), 1);
    QCOMPARE(count(path, "SELECT count(*) FROM import_batches"), 1);

    // An import that failed has nothing to undo.
    ImportResult failed;
    failed.error = QStringLiteral("No.");
    project = Project::open(path, {}, &error);
    QVERIFY(project);
    project->execute(new ImportFeedbackCommand(*project, failed));
    QCOMPARE(project->undoStack()->count(), 0);
}

void tst_Importer::sampleProject()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.waymark"));
    MapData map;
    QString error;
    QVERIFY(Templates::load(Templates::sampleName(), &map, &error));
    DocumentError docError;
    std::unique_ptr<Project> project
        = Project::create(path, map, &docError, [](Project &p, QString *seedError) {
              return Templates::seed(Templates::sampleName(), p, seedError);
          });
    QVERIFY2(project, qPrintable(docError.message));
    QFile resource(QStringLiteral(":/waymark/templates/sample-feedback.csv"));
    QVERIFY(resource.open(QIODevice::ReadOnly));
    const QByteArray bytes = resource.readAll();
    const qint64 lines = bytes.count('\n') - 1;
    FeedbackRepository repo(project->document());
    QCOMPARE(repo.countFeedback(), lines);
    project.reset();
    QCOMPARE(sqlRows(path, "SELECT count(*), min(file_name), min(rows_read), min(rows_rejected) "
                           "FROM import_batches"),
             QStringLiteral("1,sample-feedback.csv,%1,0").arg(lines));
    QCOMPARE(sqlValue(path, "SELECT sha256 FROM import_batches").toByteArray(),
             QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const std::optional<ImportMapping> mapping = ImportMapping::fromJson(
        sqlValue(path, "SELECT mapping FROM import_batches").toByteArray());
    QVERIFY(mapping);
    QCOMPARE(mapping->touchpointColumn, QStringLiteral("touchpoint"));
    // Every named touchpoint was found on the sample map; comments have a sentiment.
    QCOMPARE(count(path, "SELECT count(*) FROM feedback f JOIN cards c ON c.id = f.card_id "
                         "WHERE c.kind = 'touchpoint'"),
             count(path, "SELECT count(*) FROM feedback WHERE card_id IS NOT NULL"));
    QCOMPARE(count(path, "SELECT count(*) FROM feedback WHERE (comment = '') != (sentiment IS "
                         "NULL)"),
             0);
    // Nothing created: the sample's 60 cards and the 60 of its future state.
    QCOMPARE(count(path, "SELECT count(*) FROM cards"), 120);
    // All responses are about the current state (the first journey), none about the future.
    QCOMPARE(count(path, "SELECT count(DISTINCT journey_id) FROM feedback"), 1);
    QCOMPARE(count(path, "SELECT min(journey_id) FROM feedback"),
             count(path, "SELECT min(id) FROM journeys"));

    // The sample's feedback names the sample's touchpoints; on another map the seed fails
    // with a sentence and adds nothing.
    const QString other = dir.filePath(QStringLiteral("other.waymark"));
    std::unique_ptr<Project> plain
        = createProject(other, templateMap(QStringLiteral("four-stage")));
    QVERIFY(plain);
    QString seedError;
    QVERIFY(!Templates::seed(Templates::sampleName(), *plain, &seedError));
    QVERIFY2(isSentence(seedError), qPrintable(seedError));
    QVERIFY2(seedError.startsWith(QLatin1String("The sample feedback could not be added")),
             qPrintable(seedError));
    FeedbackRepository plainRepo(plain->document());
    QCOMPARE(plainRepo.countFeedback(), 0);
    QCOMPARE(plain->cardCount(), 0);
}

void tst_Importer::realData()
{
    const QString data = sharedDataDir();
    const QString miro = data + QStringLiteral("/miro_nps_comments.csv");
    const QString ba = data + QStringLiteral("/ba_skytrax_reviews.csv");
    if (!QFileInfo::exists(miro) || !QFileInfo::exists(ba))
        QSKIP("The real survey files of ../shared/data are not here.");

    QTemporaryDir dir;
    const QString project = newProject(dir);
    // NPS export: guessed mapping; 59 comments with line breaks, 15 duplicates kept.
    const FeedbackImporter::Preview p = FeedbackImporter::preview(miro, ImportMapping());
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    const ImportMapping guessed = ImportMapping::guess(p.header);
    QCOMPARE(guessed.scoreColumn, QStringLiteral("NPS_Score"));
    QCOMPARE(guessed.commentColumn, QStringLiteral("text"));
    QCOMPARE(guessed.respondentColumn, QStringLiteral("user_id"));
    ImportResult r = importInto(project, miro, guessed);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.rowsRead, 441);
    QCOMPARE(r.responsesImported, 441);
    QCOMPARE(r.rejected, 0);
    QVERIFY2(r.warnings.join(QLatin1Char(' ')).contains(QLatin1String("exactly: 15 (")),
             qPrintable(r.warnings.join(QLatin1Char(' '))));
    // (306 - 40) / 441 = +60.3
    QCOMPARE(sqlRows(project, "SELECT count(*), sum(score >= 9), sum(score <= 6), "
                              "round(100.0 * (sum(score >= 9) - sum(score <= 6)) / count(*), 1) "
                              "FROM feedback WHERE metric = 'nps'"),
             QStringLiteral("441,306,40,60.3"));

    // Airline reviews: seven 1-5 star columns, "Date Flown" as month and year, blanks.
    ImportMapping wide;
    wide.layout = ImportMapping::Layout::Wide;
    wide.metric = Metric::Rating;
    wide.source = FeedbackSource::Review;
    wide.dateColumn = QStringLiteral("Date Flown");
    wide.commentColumn = QStringLiteral("reviews");
    wide.segmentColumn = QStringLiteral("Type Of Traveller");
    for (const char *column :
         {"Seat Comfort", "Cabin Staff Service", "Food & Beverages", "Ground Service",
          "Value For Money", "Inflight Entertainment", "Wifi & Connectivity"}) {
        const QString c = QString::fromUtf8(column);
        wide.wideColumns.append({c, QStringLiteral("Purchase & Service"), c});
    }
    r = importInto(project, ba, wide);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.rowsRead, 400);
    QCOMPARE(r.rejected, 0);
    // Blanks: Seat 28, Staff 28, Food 74, Ground 15, Value 0, Entertainment 173, Wifi 281.
    QCOMPARE(r.skipped, 599);
    QCOMPARE(r.responsesImported, 7 * 400 - 599);
    QCOMPARE(r.createdTouchpoints.size(), 7);
    // Seat comfort by hand: (102*1 + 64*2 + 90*3 + 71*4 + 45*5) / 372 = 2.712; top two 116.
    QCOMPARE(sqlRows(project, "SELECT count(*), round(avg(f.score), 3), sum(f.score >= 4) "
                              "FROM feedback f JOIN cards c ON c.id = f.card_id "
                              "WHERE c.title = 'Seat Comfort'"),
             QStringLiteral("372,2.712,116"));
    QCOMPARE(count(project, "SELECT count(*) FROM feedback WHERE source = 'review' AND date IS "
                            "NULL"),
             0);
    QCOMPARE(sqlValue(project, "SELECT date FROM feedback WHERE source = 'review' ORDER BY id "
                               "LIMIT 1")
                 .toString(),
             QStringLiteral("2023-08-01"));
}

QTEST_GUILESS_MAIN(tst_Importer)

#include "tst_importer.moc"
