// Tests of the metrics (DESIGN.md section 5): the score formulas against values computed by
// hand, and the metrics engine on a project filled with known responses: per card, stage,
// lane, channel, segment, month and quarter, filters, responses about the journey or about
// deleted cards, rows of an undone import, the cache and its invalidation, distribution,
// heatmap, verbatims, and the query plans that keep it fast.

#include "metrics/metricsengine.h"
#include "metrics/score.h"
#include "project/project.h"
#include "storage/feedbackrepository.h"
#include "storage/metricsrepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Waymark;

namespace {

// Ids of the fixture, kept by Project::create (importMap with keepIds).
constexpr Id J = 1;   // the journey under test
constexpr Id K = 2;   // another journey, whose responses must never count in J
constexpr Id S1 = 11; // stages of J
constexpr Id S2 = 12;
constexpr Id S3 = 13;
constexpr Id SK = 14; // stage of K
constexpr Id L1 = 21; // lanes of J
constexpr Id L2 = 22;
constexpr Id LK = 23;    // lane of K
constexpr Id A = 101;    // touchpoint, S1 x L1
constexpr Id B = 102;    // touchpoint, S1 x L2
constexpr Id C = 103;    // touchpoint, S2 x L1, spans S2 and S3: counts in S2
constexpr Id D = 104;    // note, S3 x L1, no responses
constexpr Id E = 105;    // touchpoint, S3 x L1, no responses
constexpr Id Z = 201;    // touchpoint of K
constexpr Id Gone = 999; // a card that was deleted; its responses stay in the journey

MapData fixtureMap()
{
    MapData map;
    map.title = QStringLiteral("Metrics fixture");
    auto journey = [](Id id, const char *name) {
        MapJourney mj;
        mj.journey.id = id;
        mj.journey.name = QString::fromLatin1(name);
        return mj;
    };
    auto stage = [](Id id, Id journeyId, const char *name, int position) {
        Stage s;
        s.id = id;
        s.journeyId = journeyId;
        s.name = QString::fromLatin1(name);
        s.position = position;
        return s;
    };
    auto lane = [](Id id, Id journeyId, LaneKind kind, const char *name, int position) {
        Lane l;
        l.id = id;
        l.journeyId = journeyId;
        l.kind = kind;
        l.name = QString::fromLatin1(name);
        l.position = position;
        return l;
    };
    auto card = [](Id id, Id journeyId, Id stageId, Id laneId, CardKind kind, const char *title,
                   int position, int span = 1) {
        Card c;
        c.id = id;
        c.journeyId = journeyId;
        c.stageId = stageId;
        c.laneId = laneId;
        c.kind = kind;
        c.title = QString::fromLatin1(title);
        c.position = position;
        c.span = span;
        return c;
    };
    MapJourney j = journey(J, "Journey J");
    j.stages = {stage(S1, J, "Stage 1", 0), stage(S2, J, "Stage 2", 1), stage(S3, J, "Stage 3", 2)};
    j.lanes = {lane(L1, J, LaneKind::Touchpoints, "Touchpoints", 0),
               lane(L2, J, LaneKind::Custom, "Other", 1)};
    j.cards = {card(A, J, S1, L1, CardKind::Touchpoint, "Card A", 0),
               card(B, J, S1, L2, CardKind::Touchpoint, "Card B", 0),
               card(C, J, S2, L1, CardKind::Touchpoint, "Card C", 0, 2),
               card(D, J, S3, L1, CardKind::Note, "Card D", 0),
               card(E, J, S3, L1, CardKind::Touchpoint, "Card E", 1)};
    MapJourney k = journey(K, "Journey K");
    k.stages = {stage(SK, K, "Stage K", 0)};
    k.lanes = {lane(LK, K, LaneKind::Touchpoints, "Touchpoints", 0)};
    k.cards = {card(Z, K, SK, LK, CardKind::Touchpoint, "Card Z", 0)};
    map.journeys = {j, k};
    return map;
}

Feedback response(Id journeyId, Id cardId, Metric metric, std::optional<double> score,
                  const char *date, Channel channel, const char *segment, const char *comment = "",
                  std::optional<double> sentiment = std::nullopt)
{
    Feedback f;
    f.journeyId = journeyId;
    f.cardId = cardId;
    f.metric = metric;
    f.score = score;
    const ScoreScale scale = defaultScale(metric);
    f.scaleMin = scale.min;
    f.scaleMax = scale.max;
    f.date = date ? QDate::fromString(QLatin1String(date), Qt::ISODate) : QDate();
    f.channel = channel;
    f.segment = QString::fromLatin1(segment);
    f.comment = QString::fromLatin1(comment);
    f.sentiment = sentiment;
    return f;
}

// The responses of the fixture. NPS of J by hand:
//   A: 10, 9, 3            -> P 2, D 1, n 3
//   B: 8, 0                -> P 0, D 1, n 2
//   C: 10, 10, 6           -> P 2, D 1, n 3
//   journey-level: 9, 2    -> P 1, D 1, n 2
//   deleted card: 10       -> P 1,      n 1
//   journey J: n 11, P 6, D 4 -> NPS 18.18
QList<Feedback> fixtureResponses()
{
    using enum Channel;
    const Metric N = Metric::Nps;
    return {
        response(J, A, N, 10, "2026-01-15", Web, "Commuter", "Great", 0.8),
        response(J, A, N, 9, "2026-02-03", Web, "Commuter"),
        response(J, A, N, 3, "2026-02-20", Store, "Family", "Awful", -0.7),
        response(J, B, N, 8, "2026-03-31", MobileApp, "Commuter"),
        response(J, B, N, 0, "2026-04-01", MobileApp, "Family", "Bad", -0.3),
        response(J, C, N, 10, "2026-01-01", Web, "Family"),
        response(J, C, N, 10, "2026-05-10", Store, "Commuter", "Good", 0.4),
        response(J, C, N, 6, nullptr, Web, ""),
        response(J, NoId, N, 9, "2026-02-14", Email, "Commuter", "Nice", 0.4),
        response(J, NoId, N, 2, "2026-02-15", Email, "Family"),
        response(J, Gone, N, 10, "2026-06-01", Web, "Commuter"),
        // A comment without a score: counts for sentiment only.
        response(J, B, Metric::None, std::nullopt, "2026-02-01", Web, "Commuter", "Meh", 0.0),
        // CSAT on A: 5, 4, 2 -> 66.7 %; CES on C: 7, 3 -> mean 5, 50 % easy.
        response(J, A, Metric::Csat, 5, "2026-01-10", Web, "Commuter"),
        response(J, A, Metric::Csat, 4, "2026-01-11", Web, "Commuter"),
        response(J, A, Metric::Csat, 2, "2026-01-12", Web, "Family"),
        response(J, C, Metric::Ces, 7, "2026-01-10", Web, "Commuter"),
        response(J, C, Metric::Ces, 3, "2026-01-11", Web, "Family"),
        // An undone import: the rows stay in the file with the journey's id negated, and
        // must count nowhere (three detractors would move every NPS above).
        response(-J, A, N, 0, "2026-01-15", Web, "Commuter", "Hidden", -0.9),
        response(-J, A, N, 0, "2026-01-15", Web, "Commuter"),
        response(-J, NoId, N, 0, "2026-01-15", Web, "Commuter"),
        // Journey K.
        response(K, Z, N, 0, "2026-01-15", Web, "Commuter", "Other journey", 0.9),
    };
}

bool addResponses(Project &project, QList<Feedback> rows)
{
    Transaction tx(project.document());
    FeedbackRepository repository(project.document());
    return tx.isActive() && repository.insertFeedback(&rows) && tx.commit();
}

std::unique_ptr<Project> makeFixture(const QString &path)
{
    DocumentError error;
    std::unique_ptr<Project> project = Project::create(path, fixtureMap(), &error);
    if (!project) {
        qWarning("%s", qPrintable(error.message));
        return nullptr;
    }
    if (!addResponses(*project, fixtureResponses())) {
        qWarning("%s", qPrintable(project->document().lastError()));
        return nullptr;
    }
    return project;
}

ScoreTally tallyOf(Metric metric, const QList<double> &scores, int scaleMin, int scaleMax)
{
    ScoreTally t;
    for (double s : scores)
        t.addScore(metric, s, scaleMin, scaleMax);
    return t;
}

bool near(std::optional<double> actual, double expected, double tolerance = 1e-9)
{
    return actual && std::abs(*actual - expected) <= tolerance;
}

QString show(std::optional<double> v)
{
    return v ? QString::number(*v, 'g', 12) : QStringLiteral("none");
}

constexpr double NoValue = std::numeric_limits<double>::quiet_NaN();

} // namespace

class tst_Metrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // Formulas.
    void scoreFormulas_data();
    void scoreFormulas();
    void npsGroups();
    void tallySumsCombine();
    void smallSample_data();
    void smallSample();
    void sentimentScore();
    void rounding_data();
    void rounding();

    // Engine.
    void cardScores_data();
    void cardScores();
    void stageAndLaneScores();
    void journeyTotals_data();
    void journeyTotals();
    void breakdown_data();
    void breakdown();
    void breakdownOfSelection();
    void breakdownSentiment();
    void distribution();
    void heatmap();
    void verbatims_data();
    void verbatims();
    void metricsWithData();
    void noFeedback();
    void cacheAndInvalidation();
    void structureChangesNeedNoInvalidation();
    void queryPlans_data();
    void queryPlans();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

void tst_Metrics::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = makeFixture(m_dir.filePath(QStringLiteral("fixture.waymark")));
    QVERIFY(m_project);
    QCOMPARE(m_project->cards(J).size(), 5);
}

// --- Formulas ---------------------------------------------------------------------------

void tst_Metrics::scoreFormulas_data()
{
    QTest::addColumn<int>("metric");
    QTest::addColumn<QList<double>>("scores");
    QTest::addColumn<int>("scaleMin");
    QTest::addColumn<int>("scaleMax");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("percent"); // top-two (CSAT, rating) or easy (CES)
    QTest::addColumn<double>("moe");

    const int nps = int(Metric::Nps);
    const int csat = int(Metric::Csat);
    const int ces = int(Metric::Ces);
    const int rating = int(Metric::Rating);
    // NPS 10,9,9,8,7,6,5,0,10,3: P = 4, D = 4, n = 10 -> 0; p = d = 0.4:
    // MOE = 1.96 * sqrt(0.8 - 0) / sqrt(10) * 100 = 55.4372
    QTest::newRow("nps balanced") << nps << QList<double>{10, 9, 9, 8, 7, 6, 5, 0, 10, 3} << 0 << 10
                                  << 0.0 << 6.7 << NoValue << 55.4372;
    // 10,9,7,6: P 2, D 1, n 4 -> 25; p .5, d .25: 1.96 * sqrt(.75 - .0625) / 2 * 100 = 81.2573
    QTest::newRow("nps positive") << nps << QList<double>{10, 9, 7, 6} << 0 << 10 << 25.0 << 8.0
                                  << NoValue << 81.2573;
    // All promoters: 100, no spread.
    QTest::newRow("nps all promoters")
        << nps << QList<double>{10, 10, 9} << 0 << 10 << 100.0 << (29.0 / 3) << NoValue << 0.0;
    // All detractors: -100.
    QTest::newRow("nps all detractors")
        << nps << QList<double>{0, 6, 3, 1} << 0 << 10 << -100.0 << 2.5 << NoValue << 0.0;
    // Passives only: 0, and no uncertainty about it.
    QTest::newRow("nps passives") << nps << QList<double>{7, 8} << 0 << 10 << 0.0 << 7.5 << NoValue
                                  << 0.0;
    // The scale a row claims does not move NPS's groups.
    QTest::newRow("nps scale unset")
        << nps << QList<double>{9, 6} << 0 << 0 << 0.0 << 7.5 << NoValue << 138.5929;
    // CSAT 1-5: 5,4,3,2,1,4 -> 3 of 6 in 4-5 = 50 %; 1.96 * sqrt(.25 / 6) * 100 = 40.0083;
    // mean 19 / 6.
    QTest::newRow("csat 1-5") << csat << QList<double>{5, 4, 3, 2, 1, 4} << 1 << 5 << 50.0
                              << (19.0 / 6) << 50.0 << 40.0083;
    // 3.5 is not in the top two boxes; 4.0 is.
    QTest::newRow("csat fractional")
        << csat << QList<double>{3.5, 4.0, 4.5, 1.0} << 1 << 5 << 50.0 << 3.25 << 50.0 << 49.0;
    // CSAT 1-10: top two are 9 and 10: 10,9,8,1 -> 50 %; mean 7.
    QTest::newRow("csat 1-10") << csat << QList<double>{10, 9, 8, 1} << 1 << 10 << 50.0 << 7.0
                               << 50.0 << 49.0;
    // Unknown scale (0..0): CSAT's usual 1-5. 4,5,3 -> 66.67 %;
    // 1.96 * sqrt(2/9 / 3) * 100 = 53.3444
    QTest::newRow("csat default scale")
        << csat << QList<double>{4, 5, 3} << 0 << 0 << (200.0 / 3) << 4.0 << (200.0 / 3) << 53.3444;
    // CES 1-7: 7,5,4,1,6 -> mean 4.6; easy (5-7) 3 of 5 = 60 %; squares of deviations
    // 5.76 + .16 + .36 + 12.96 + 1.96 = 21.2, s = sqrt(21.2 / 4) = 2.302173,
    // MOE = 1.96 * s / sqrt(5) = 2.017944.
    QTest::newRow("ces 1-7") << ces << QList<double>{7, 5, 4, 1, 6} << 1 << 7 << 4.6 << 4.6 << 60.0
                             << 2.017944;
    // CES 1-10: easy when (score - 1) / 9 >= 4/6, i.e. 7..10: 7,6,10 -> 2 of 3; mean 23/3;
    // deviations 2/3, -5/3, 7/3: squares 78/9, s = sqrt(78/9/2) = 2.081666,
    // MOE = 1.96 * 2.081666 / sqrt(3) = 2.355627.
    QTest::newRow("ces 1-10") << ces << QList<double>{7, 6, 10} << 1 << 10 << (23.0 / 3)
                              << (23.0 / 3) << (200.0 / 3) << 2.355627;
    // CES 1-5: easy when (score - 1) / 4 >= 4/6: 4 and 5, not 3.
    QTest::newRow("ces 1-5") << ces << QList<double>{3, 4, 5, 5} << 1 << 5 << 4.25 << 4.25 << 75.0
                             << 0.938279;
    // Rating 1-5: 5,4,4,2 -> mean 3.75, top two 75 %; squares 1.5625 + .0625 + .0625 +
    // 3.0625 = 4.75, s = sqrt(4.75 / 3) = 1.258306, MOE = 1.96 * s / 2 = 1.233140.
    QTest::newRow("rating 1-5") << rating << QList<double>{5, 4, 4, 2} << 1 << 5 << 3.75 << 3.75
                                << 75.0 << 1.233140;
    // One response: a mean, no standard deviation, so no margin of error.
    QTest::newRow("ces single") << ces << QList<double>{5} << 1 << 7 << 5.0 << 5.0 << 100.0
                                << NoValue;
    // No responses: no value at all.
    QTest::newRow("nps none") << nps << QList<double>{} << 0 << 10 << NoValue << NoValue << NoValue
                              << NoValue;
    QTest::newRow("csat none") << csat << QList<double>{} << 1 << 5 << NoValue << NoValue << NoValue
                               << NoValue;
}

void tst_Metrics::scoreFormulas()
{
    QFETCH(int, metric);
    QFETCH(QList<double>, scores);
    QFETCH(int, scaleMin);
    QFETCH(int, scaleMax);
    QFETCH(double, value);
    QFETCH(double, mean);
    QFETCH(double, percent);
    QFETCH(double, moe);

    const Metric m = Metric(metric);
    const Score score = Score::from(m, tallyOf(m, scores, scaleMin, scaleMax));
    QCOMPARE(score.metric, m);
    QCOMPARE(score.n, qint64(scores.size()));
    auto check
        = [](const char *what, std::optional<double> actual, double expected, double tolerance) {
              if (std::isnan(expected))
                  return actual ? QStringLiteral("%1: expected none, got %2")
                                      .arg(QLatin1String(what), show(actual))
                                : QString();
              return near(actual, expected, tolerance)
                         ? QString()
                         : QStringLiteral("%1: expected %2, got %3")
                               .arg(QLatin1String(what), QString::number(expected, 'g', 12),
                                    show(actual));
          };
    QStringList problems;
    problems << check("value", score.value, value, 1e-9) << check("mean", score.mean, mean, 1e-9)
             << check("moe", score.marginOfError, moe, 5e-5);
    if (m == Metric::Ces)
        problems << check("easy", score.easyPercent, percent, 1e-9);
    else if (m == Metric::Csat || m == Metric::Rating)
        problems << check("top two", score.topTwoPercent, percent, 1e-9);
    else
        problems << check("top two", score.topTwoPercent, NoValue, 0)
                 << check("easy", score.easyPercent, NoValue, 0);
    problems.removeAll(QString());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1String("; "))));
}

void tst_Metrics::npsGroups()
{
    const Score s
        = Score::from(Metric::Nps, tallyOf(Metric::Nps, {10, 9, 9, 8, 7, 6, 5, 0, 10, 3}, 0, 10));
    QCOMPARE(s.promoters, 4);
    QCOMPARE(s.passives, 2);
    QCOMPARE(s.detractors, 4);
    // The engine's own MOE formula, written out once more by hand.
    QVERIFY(near(s.marginOfError, 1.96 * std::sqrt(0.8) / std::sqrt(10.0) * 100));
}

void tst_Metrics::tallySumsCombine()
{
    // A group's tally is the sum of its parts' tallies, exactly: the same as one tally of all
    // the responses.
    const QList<double> a = {10, 9, 3};
    const QList<double> b = {8, 0, 6, 6, 10};
    ScoreTally sum = tallyOf(Metric::Nps, a, 0, 10);
    sum += tallyOf(Metric::Nps, b, 0, 10);
    sum.addComment(0.5);
    ScoreTally all = tallyOf(Metric::Nps, a + b, 0, 10);
    all.addComment(0.5);
    QCOMPARE(sum, all);
    QCOMPARE(sum.n, 8);
    QCOMPARE(sum.promoters, 3);
    QCOMPARE(sum.detractors, 4);
    // Not the average of the parts' scores: (33.3 + -40) / 2 would be -3.3.
    QVERIFY(near(Score::from(Metric::Nps, sum).value, -12.5));
}

void tst_Metrics::smallSample_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<bool>("small");
    QTest::newRow("0") << 0 << true;
    QTest::newRow("1") << 1 << true;
    QTest::newRow("29") << 29 << true;
    QTest::newRow("30") << 30 << false;
    QTest::newRow("1000") << 1000 << false;
}

void tst_Metrics::smallSample()
{
    QFETCH(int, n);
    QFETCH(bool, small);
    ScoreTally t;
    t.addScore(Metric::Csat, 4, 1, 5, n);
    const Score s = Score::from(Metric::Csat, t);
    QCOMPARE(s.n, qint64(n));
    QCOMPARE(s.isSmallSample(), small);
    QCOMPARE(bool(s.value), n > 0);
}

void tst_Metrics::sentimentScore()
{
    ScoreTally t;
    QVERIFY(!SentimentScore::from(t).net);
    QCOMPARE(SentimentScore::from(t).comments, 0);
    // VADER's cut-offs are inclusive: 0.05 is positive, -0.05 negative, -0.049 neutral.
    for (double s : {0.5, 0.05, 0.0, -0.049, -0.05, -0.9})
        t.addComment(s);
    const SentimentScore s = SentimentScore::from(t);
    QCOMPARE(s.comments, 6);
    QVERIFY(near(s.positivePercent, 100.0 / 3));
    QVERIFY(near(s.negativePercent, 100.0 / 3));
    QVERIFY(near(s.net, 0.0));
    QVERIFY(near(s.mean, (0.5 + 0.05 + 0.0 - 0.049 - 0.05 - 0.9) / 6));
    t.addComment(0.7);
    QVERIFY(near(SentimentScore::from(t).net, 100.0 * (3 - 2) / 7));
}

void tst_Metrics::rounding_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("rounded");
    QTest::newRow("third") << 100.0 / 3 << 33.3;
    QTest::newRow("two thirds") << 200.0 / 3 << 66.7;
    QTest::newRow("half up") << 12.25 << 12.3;
    QTest::newRow("half away from zero") << -12.25 << -12.3;
    QTest::newRow("eighth") << 100.0 / 8 << 12.5;
    QTest::newRow("small") << 0.04 << 0.0;
    QTest::newRow("nps") << 100.0 * 2 / 11 << 18.2;
    QTest::newRow("whole") << 100.0 << 100.0;
    QTest::newRow("negative") << -100.0 * 5 / 7 << -71.4;
}

void tst_Metrics::rounding()
{
    QFETCH(double, value);
    QFETCH(double, rounded);
    QCOMPARE(roundToOneDecimal(value), rounded);
}

// --- Engine -------------------------------------------------------------------------------

void tst_Metrics::cardScores_data()
{
    QTest::addColumn<qint64>("card");
    QTest::addColumn<int>("metric");
    QTest::addColumn<qint64>("n");
    QTest::addColumn<double>("value");

    QTest::newRow("A nps") << A << int(Metric::Nps) << qint64(3) << 100.0 / 3;
    QTest::newRow("B nps") << B << int(Metric::Nps) << qint64(2) << -50.0;
    QTest::newRow("C nps") << C << int(Metric::Nps) << qint64(3) << 100.0 / 3;
    QTest::newRow("D nps") << D << int(Metric::Nps) << qint64(0) << NoValue;
    QTest::newRow("E nps") << E << int(Metric::Nps) << qint64(0) << NoValue;
    QTest::newRow("A csat") << A << int(Metric::Csat) << qint64(3) << 200.0 / 3;
    QTest::newRow("C ces") << C << int(Metric::Ces) << qint64(2) << 5.0;
    QTest::newRow("A ces") << A << int(Metric::Ces) << qint64(0) << NoValue;
    // Z belongs to journey K: asked about J, it has nothing.
    QTest::newRow("Z in J") << Z << int(Metric::Nps) << qint64(0) << NoValue;
}

void tst_Metrics::cardScores()
{
    QFETCH(qint64, card);
    QFETCH(int, metric);
    QFETCH(qint64, n);
    QFETCH(double, value);
    MetricsEngine engine(*m_project);
    MetricFilter filter;
    filter.journeyId = J;
    const Score s = engine.cardScore(card, Metric(metric), filter);
    QCOMPARE(s.n, n);
    if (std::isnan(value))
        QVERIFY2(!s.value, qPrintable(show(s.value)));
    else
        QVERIFY2(near(s.value, value), qPrintable(show(s.value)));
    QVERIFY(engine.lastError().isEmpty());
}

void tst_Metrics::stageAndLaneScores()
{
    MetricsEngine engine(*m_project);
    MetricFilter filter;
    filter.journeyId = J;
    // Stage 1 = A + B: n 5, P 2, D 2 -> 0 (the average of A's 33.3 and B's -50 would be
    // -8.3: stages are sums of responses, never averages of scores).
    const Score s1 = engine.stageScore(S1, Metric::Nps, filter);
    QCOMPARE(s1.n, 5);
    QCOMPARE(s1.promoters, 2);
    QCOMPARE(s1.detractors, 2);
    QVERIFY(near(s1.value, 0.0));
    // C spans stages 2 and 3 and counts in stage 2, where it starts.
    QCOMPARE(engine.stageScore(S2, Metric::Nps, filter).n, 3);
    QCOMPARE(engine.stageScore(S3, Metric::Nps, filter).n, 0);
    QVERIFY(!engine.stageScore(S3, Metric::Nps, filter).value);
    // Without a journey in the filter, the stage's own journey is taken.
    QCOMPARE(engine.stageScore(S1, Metric::Nps, MetricFilter()).n, 5);
    // A stage of another journey is not part of J's figures.
    QCOMPARE(engine.stageScore(SK, Metric::Nps, filter).n, 0);
    // Lanes: L1 = A + C (+ D, E without responses): n 6, P 4, D 2 -> 33.3; L2 = B.
    const Score l1 = engine.laneScore(L1, Metric::Nps, filter);
    QCOMPARE(l1.n, 6);
    QVERIFY(near(l1.value, 100.0 * 2 / 6));
    QCOMPARE(engine.laneScore(L2, Metric::Nps, filter).n, 2);
    QVERIFY(near(engine.laneScore(L2, Metric::Nps, filter).value, -50.0));
}

void tst_Metrics::journeyTotals_data()
{
    QTest::addColumn<qint64>("journey");
    QTest::addColumn<int>("metric");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("segment");
    QTest::addColumn<qint64>("n");
    QTest::addColumn<double>("value");

    const QDate none;
    const int nps = int(Metric::Nps);
    // Cards, journey-level responses and the deleted card's: n 11, P 6, D 4. The undone
    // import's three zeros are not there.
    QTest::newRow("all") << J << nps << none << none << QString() << qint64(11) << 100.0 * 2 / 11;
    // Both ends inclusive: 2026-02-03 .. 2026-03-31 holds A 9, A 3, j 9, j 2, B 8:
    // P 2, D 2 -> 0. B's 0 on 04-01 and C's undated 6 are out.
    QTest::newRow("date range") << J << nps << QDate(2026, 2, 3) << QDate(2026, 3, 31) << QString()
                                << qint64(5) << 0.0;
    QTest::newRow("from only") << J << nps << QDate(2026, 4, 1) << none << QString() << qint64(3)
                               << 100.0 / 3;
    QTest::newRow("to only") << J << nps << none << QDate(2026, 1, 15) << QString() << qint64(2)
                             << 100.0;
    QTest::newRow("empty range") << J << nps << QDate(2026, 3, 1) << QDate(2026, 2, 1) << QString()
                                 << qint64(0) << NoValue;
    // Commuter: A 10, A 9, B 8, C 10, j 9, gone 10: P 5 -> 83.3.
    QTest::newRow("segment") << J << nps << none << none << QStringLiteral("Commuter") << qint64(6)
                             << 500.0 / 6;
    QTest::newRow("segment and dates") << J << nps << QDate(2026, 2, 1) << QDate(2026, 2, 28)
                                       << QStringLiteral("Family") << qint64(2) << -100.0;
    QTest::newRow("unknown segment")
        << J << nps << none << none << QStringLiteral("commuter") << qint64(0) << NoValue;
    QTest::newRow("csat") << J << int(Metric::Csat) << none << none << QString() << qint64(3)
                          << 200.0 / 3;
    QTest::newRow("ces") << J << int(Metric::Ces) << none << none << QString() << qint64(2) << 5.0;
    QTest::newRow("rating") << J << int(Metric::Rating) << none << none << QString() << qint64(0)
                            << NoValue;
    QTest::newRow("other journey") << K << nps << none << none << QString() << qint64(1) << -100.0;
    // The negative id of an undone import selects nothing, nor does a journey that does
    // not exist.
    QTest::newRow("negative journey id")
        << -J << nps << none << none << QString() << qint64(0) << NoValue;
    QTest::newRow("no such journey")
        << qint64(77) << nps << none << none << QString() << qint64(0) << NoValue;
}

void tst_Metrics::journeyTotals()
{
    QFETCH(qint64, journey);
    QFETCH(int, metric);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, segment);
    QFETCH(qint64, n);
    QFETCH(double, value);
    MetricsEngine engine(*m_project);
    const MetricFilter filter{journey, from, to, segment};
    const Score s = engine.total(Metric(metric), filter);
    QCOMPARE(s.n, n);
    if (std::isnan(value))
        QVERIFY2(!s.value, qPrintable(show(s.value)));
    else
        QVERIFY2(near(s.value, value), qPrintable(show(s.value)));
}

void tst_Metrics::breakdown_data()
{
    QTest::addColumn<int>("groupBy");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QList<qint64>>("ns");
    QTest::addColumn<QList<double>>("values");

    using G = MetricsEngine::GroupBy;
    const QDate none;
    // By card: touchpoints and cards with responses in map order (D, a note without
    // responses, is left out; E, a touchpoint, is in with n 0), then the journey-level and
    // deleted card's responses: 9, 2, 10 -> P 2, D 1.
    QTest::newRow("card") << int(G::Card) << none << none
                          << QStringList{QStringLiteral("Card A"), QStringLiteral("Card B"),
                                         QStringLiteral("Card C"), QStringLiteral("Card E"),
                                         QStringLiteral("Not linked to a card")}
                          << QList<qint64>{3, 2, 3, 0, 3}
                          << QList<double>{100.0 / 3, -50.0, 100.0 / 3, NoValue, 100.0 / 3};
    QTest::newRow("stage") << int(G::Stage) << none << none
                           << QStringList{QStringLiteral("Stage 1"), QStringLiteral("Stage 2"),
                                          QStringLiteral("Stage 3")}
                           << QList<qint64>{5, 3, 0} << QList<double>{0.0, 100.0 / 3, NoValue};
    QTest::newRow("lane") << int(G::Lane) << none << none
                          << QStringList{QStringLiteral("Touchpoints"), QStringLiteral("Other")}
                          << QList<qint64>{6, 2} << QList<double>{100.0 * 2 / 6, -50.0};
    // By the response's channel, in the channel list's order: store (A 3, C 10), web (A 10,
    // A 9, C 10, C 6, gone 10), app (B 8, B 0), email (j 9, j 2).
    QTest::newRow("channel") << int(G::Channel) << none << none
                             << QStringList{QStringLiteral("Store"), QStringLiteral("Web"),
                                            QStringLiteral("Mobile app"), QStringLiteral("Email")}
                             << QList<qint64>{2, 5, 2, 2} << QList<double>{0.0, 60.0, -50.0, 0.0};
    // Commuter: A 10, A 9, B 8, C 10, j 9, gone 10; Family: A 3, B 0, C 10, j 2;
    // no segment: C 6, last.
    QTest::newRow("segment") << int(G::Segment) << none << none
                             << QStringList{QStringLiteral("Commuter"), QStringLiteral("Family"),
                                            QStringLiteral("No segment")}
                             << QList<qint64>{6, 4, 1} << QList<double>{500.0 / 6, -50.0, -100.0};
    // Months in time order; the undated response last.
    QTest::newRow("month") << int(G::Month) << none << none
                           << QStringList{QStringLiteral("2026-01"), QStringLiteral("2026-02"),
                                          QStringLiteral("2026-03"), QStringLiteral("2026-04"),
                                          QStringLiteral("2026-05"), QStringLiteral("2026-06"),
                                          QStringLiteral("No date")}
                           << QList<qint64>{2, 4, 1, 1, 1, 1, 1}
                           << QList<double>{100.0, 0.0, 0.0, -100.0, 100.0, 100.0, -100.0};
    // Q1: A 10, C 10, A 9, A 3, j 9, j 2, B 8: P 4, D 2; Q2: B 0, C 10, gone 10.
    QTest::newRow("quarter") << int(G::Quarter) << none << none
                             << QStringList{QStringLiteral("2026-Q1"), QStringLiteral("2026-Q2"),
                                            QStringLiteral("No date")}
                             << QList<qint64>{7, 3, 1}
                             << QList<double>{200.0 / 7, 100.0 / 3, -100.0};
    // A filter applies to every group; months without responses inside the range show
    // empty.
    QTest::newRow("month filtered")
        << int(G::Month) << QDate(2026, 1, 1) << QDate(2026, 6, 30)
        << QStringList{QStringLiteral("2026-01"), QStringLiteral("2026-02"),
                       QStringLiteral("2026-03"), QStringLiteral("2026-04"),
                       QStringLiteral("2026-05"), QStringLiteral("2026-06")}
        << QList<qint64>{2, 4, 1, 1, 1, 1} << QList<double>{100.0, 0.0, 0.0, -100.0, 100.0, 100.0};
    QTest::newRow("stage filtered")
        << int(G::Stage) << QDate(2026, 2, 1) << QDate(2026, 3, 31)
        << QStringList{QStringLiteral("Stage 1"), QStringLiteral("Stage 2"),
                       QStringLiteral("Stage 3")}
        << QList<qint64>{3, 0, 0} << QList<double>{0.0, NoValue, NoValue};
}

void tst_Metrics::breakdown()
{
    QFETCH(int, groupBy);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, labels);
    QFETCH(QList<qint64>, ns);
    QFETCH(QList<double>, values);
    MetricsEngine engine(*m_project);
    const MetricFilter filter{J, from, to, QString()};
    const QList<MetricsEngine::Group> groups
        = engine.breakdown(Metric::Nps, MetricsEngine::GroupBy(groupBy), filter);
    QStringList actualLabels;
    QList<qint64> actualNs;
    for (const MetricsEngine::Group &g : groups) {
        actualLabels.append(g.label);
        actualNs.append(g.score.n);
    }
    QCOMPARE(actualLabels, labels);
    QCOMPARE(actualNs, ns);
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const Score &s = groups.at(i).score;
        if (std::isnan(values.at(i)))
            QVERIFY2(!s.value, qPrintable(labels.at(i)));
        else
            QVERIFY2(near(s.value, values.at(i)),
                     qPrintable(labels.at(i) + QLatin1String(": ") + show(s.value)));
    }
    // Groups that share out every response add up to the journey's total.
    if (MetricsEngine::GroupBy(groupBy) != MetricsEngine::GroupBy::Stage
        && MetricsEngine::GroupBy(groupBy) != MetricsEngine::GroupBy::Lane) {
        qint64 sum = 0;
        for (qint64 n : std::as_const(actualNs))
            sum += n;
        QCOMPARE(sum, engine.total(Metric::Nps, filter).n);
    }
    // Keys: ids for the structure, texts for attributes.
    if (MetricsEngine::GroupBy(groupBy) == MetricsEngine::GroupBy::Stage)
        QCOMPARE(groups.first().key.id, S1);
    if (MetricsEngine::GroupBy(groupBy) == MetricsEngine::GroupBy::Channel)
        QCOMPARE(groups.first().key.text, QStringLiteral("store"));
    if (MetricsEngine::GroupBy(groupBy) == MetricsEngine::GroupBy::Quarter)
        QCOMPARE(groups.first().key.text, QStringLiteral("2026-Q1"));
}

void tst_Metrics::breakdownOfSelection()
{
    MetricsEngine engine(*m_project);
    const MetricFilter filter{J, {}, {}, {}};
    // The trend of one card: A's months 2026-01 (10) and 2026-02 (9, 3).
    QList<MetricsEngine::Group> groups
        = engine.breakdown(Metric::Nps, MetricsEngine::GroupBy::Month, filter, A);
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.at(0).key.text, QStringLiteral("2026-01"));
    QCOMPARE(groups.at(0).score.n, 1);
    QCOMPARE(groups.at(1).score.n, 2);
    QVERIFY(near(groups.at(1).score.value, 0.0));
    // The channels of stage 1's cards (A, B): store A 3, web A 10 A 9, app B 8 B 0.
    groups = engine.breakdown(Metric::Nps, MetricsEngine::GroupBy::Channel, filter, NoId, S1);
    QCOMPARE(groups.size(), 3);
    QCOMPARE(groups.at(0).key.text, QStringLiteral("store"));
    QCOMPARE(groups.at(1).key.text, QStringLiteral("web"));
    QCOMPARE(groups.at(1).score.n, 2);
    QCOMPARE(groups.at(2).key.text, QStringLiteral("app"));
    // By card within a stage: only that stage's cards, no "not linked" group.
    groups = engine.breakdown(Metric::Nps, MetricsEngine::GroupBy::Card, filter, NoId, S1);
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.at(0).key.id, A);
    QCOMPARE(groups.at(1).key.id, B);
}

void tst_Metrics::breakdownSentiment()
{
    MetricsEngine engine(*m_project);
    const MetricFilter filter{J, {}, {}, {}};
    // A group's sentiment: the comments given with its NPS responses. A: "Great" 0.8 and
    // "Awful" -0.7 -> 50 % - 50 % = 0.
    const QList<MetricsEngine::Group> cards
        = engine.breakdown(Metric::Nps, MetricsEngine::GroupBy::Card, filter);
    QCOMPARE(cards.first().key.id, A);
    QCOMPARE(cards.first().sentiment.comments, 2);
    QVERIFY(near(cards.first().sentiment.net, 0.0));
    QVERIFY(near(cards.first().sentiment.mean, 0.05));
    // The journey's sentiment: every comment of J whatever its metric (the comment-only
    // "Meh" included): 0.8, -0.7, -0.3, 0.4, 0.4, 0.0 -> 3 positive, 2 negative of 6.
    // The undone import's and journey K's comments are not there.
    const SentimentScore s = engine.sentiment(filter);
    QCOMPARE(s.comments, 6);
    QVERIFY(near(s.positivePercent, 50.0));
    QVERIFY(near(s.negativePercent, 100.0 / 3));
    QVERIFY(near(s.net, 50.0 - 100.0 / 3));
    // Filters apply: Family's comments are "Awful" and "Bad".
    const SentimentScore family
        = engine.sentiment(MetricFilter{J, {}, {}, QStringLiteral("Family")});
    QCOMPARE(family.comments, 2);
    QVERIFY(near(family.net, -100.0));
    QCOMPARE(engine.sentiment(MetricFilter{J, QDate(2026, 5, 1), {}, {}}).comments, 1);
    QCOMPARE(engine.sentiment(MetricFilter{-J, {}, {}, {}}).comments, 0);
    // Scores asked first (counted without comments) and a breakdown after them agree.
    MetricsEngine fresh(*m_project);
    QCOMPARE(fresh.cardScore(A, Metric::Nps, filter).n, 3);
    QCOMPARE(fresh.breakdown(Metric::Nps, MetricsEngine::GroupBy::Card, filter)
                 .first()
                 .sentiment.comments,
             2);
}

void tst_Metrics::distribution()
{
    MetricsEngine engine(*m_project);
    const MetricFilter filter{J, {}, {}, {}};
    using Counts = QList<QPair<double, qint64>>;
    // Every NPS response of J, by score; the undone import's zeros are not counted.
    QCOMPARE(engine.distribution(Metric::Nps, filter),
             (Counts{{0, 1}, {2, 1}, {3, 1}, {6, 1}, {8, 1}, {9, 2}, {10, 4}}));
    QCOMPARE(engine.distribution(Metric::Nps, filter, A), (Counts{{3, 1}, {9, 1}, {10, 1}}));
    QCOMPARE(engine.distribution(Metric::Csat, filter, A), (Counts{{2, 1}, {4, 1}, {5, 1}}));
    QCOMPARE(engine.distribution(Metric::Nps, filter, E), Counts());
    QCOMPARE(engine.distribution(Metric::Nps, MetricFilter{J, QDate(2026, 2, 1), {}, {}}, A),
             (Counts{{3, 1}, {9, 1}}));
    QCOMPARE(engine.distribution(Metric::Nps, MetricFilter{-J, {}, {}, {}}), Counts());
}

void tst_Metrics::heatmap()
{
    MetricsEngine engine(*m_project);
    const MetricFilter filter{J, {}, {}, {}};
    auto describe = [](const QList<MetricsEngine::Cell> &cells) {
        QStringList out;
        for (const MetricsEngine::Cell &c : cells) {
            out.append(QStringLiteral("%1/%2:%3:%4")
                           .arg(c.stageId)
                           .arg(c.column)
                           .arg(c.score.n)
                           .arg(roundToOneDecimal(c.score.value.value_or(-999))));
        }
        return out;
    };
    // Stage x channel, stages in map order, channels in the channel list's order; only
    // cells with responses. Stage 1: store A 3; web A 10, A 9; app B 8, B 0. Stage 2: store
    // C 10; web C 10, C 6.
    QCOMPARE(describe(engine.heatmap(Metric::Nps, filter)),
             (QStringList{QStringLiteral("11/store:1:-100"), QStringLiteral("11/web:2:100"),
                          QStringLiteral("11/app:2:-50"), QStringLiteral("12/store:1:100"),
                          QStringLiteral("12/web:2:0")}));
    // Stage x lane: the cells' cards.
    QCOMPARE(describe(engine.heatmap(Metric::Nps, filter, true)),
             (QStringList{QStringLiteral("11/21:3:33.3"), QStringLiteral("11/22:2:-50"),
                          QStringLiteral("12/21:3:33.3")}));
    QCOMPARE(describe(engine.heatmap(Metric::Ces, filter, true)),
             (QStringList{QStringLiteral("12/21:2:5")}));
}

void tst_Metrics::verbatims_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("negative");
    QTest::addColumn<qint64>("card");
    QTest::addColumn<qint64>("stage");
    QTest::addColumn<QStringList>("comments");

    // Strongest first; "Good" (0.4, 2026-05-10) and "Nice" (0.4, 2026-02-14) tie and the
    // newer comes first. "Meh" (0.0) is neither; the undone import's "Hidden" (-0.9) and
    // journey K's comment never show.
    QTest::newRow("positive") << 10 << false << NoId << NoId
                              << QStringList{QStringLiteral("Great"), QStringLiteral("Good"),
                                             QStringLiteral("Nice")};
    QTest::newRow("negative") << 10 << true << NoId << NoId
                              << QStringList{QStringLiteral("Awful"), QStringLiteral("Bad")};
    QTest::newRow("limited") << 2 << false << NoId << NoId
                             << QStringList{QStringLiteral("Great"), QStringLiteral("Good")};
    QTest::newRow("card") << 10 << true << B << NoId << QStringList{QStringLiteral("Bad")};
    QTest::newRow("stage positive")
        << 10 << false << NoId << S1 << QStringList{QStringLiteral("Great")};
    QTest::newRow("stage negative")
        << 10 << true << NoId << S1 << QStringList{QStringLiteral("Awful"), QStringLiteral("Bad")};
    QTest::newRow("empty stage") << 10 << true << NoId << S3 << QStringList();
    QTest::newRow("none asked") << 0 << true << NoId << NoId << QStringList();
}

void tst_Metrics::verbatims()
{
    QFETCH(int, count);
    QFETCH(bool, negative);
    QFETCH(qint64, card);
    QFETCH(qint64, stage);
    QFETCH(QStringList, comments);
    MetricsEngine engine(*m_project);
    const QList<MetricsEngine::Verbatim> list
        = engine.verbatims(MetricFilter{J, {}, {}, {}}, count, negative, card, stage);
    QStringList actual;
    for (const MetricsEngine::Verbatim &v : list)
        actual.append(v.comment);
    QCOMPARE(actual, comments);
    if (!list.isEmpty() && list.first().comment == QLatin1String("Great")) {
        QCOMPARE(list.first().cardId, A);
        QCOMPARE(list.first().date, QDate(2026, 1, 15));
        QCOMPARE(list.first().segment, QStringLiteral("Commuter"));
        QCOMPARE(list.first().metric, Metric::Nps);
        QCOMPARE(list.first().score, std::optional<double>(10));
        QCOMPARE(list.first().sentiment, 0.8);
    }
}

void tst_Metrics::metricsWithData()
{
    MetricsEngine engine(*m_project);
    QCOMPARE(engine.metricsWithData(J), (QList<Metric>{Metric::Nps, Metric::Csat, Metric::Ces}));
    QCOMPARE(engine.metricsWithData(K), QList<Metric>{Metric::Nps});
    QCOMPARE(engine.metricsWithData(-J), QList<Metric>());
    // NPS 11 (the undone import's 3 left out), CSAT 3, CES 2; the comment without a score
    // counts nowhere.
    using Counts = QHash<Metric, qint64>;
    QCOMPARE(engine.responseCounts(MetricFilter{J, {}, {}, {}}),
             (Counts{{Metric::Nps, 11}, {Metric::Csat, 3}, {Metric::Ces, 2}}));
    QCOMPARE(engine.responseCounts(MetricFilter{J, {}, {}, QStringLiteral("Family")}),
             (Counts{{Metric::Nps, 4}, {Metric::Csat, 1}, {Metric::Ces, 1}}));
    QCOMPARE(engine.responseCounts(MetricFilter{-J, {}, {}, {}}), Counts());
}

void tst_Metrics::noFeedback()
{
    QTemporaryDir dir;
    DocumentError error;
    std::unique_ptr<Project> project
        = Project::create(dir.filePath(QStringLiteral("empty.waymark")), fixtureMap(), &error);
    QVERIFY2(project, qPrintable(error.message));
    MetricsEngine engine(*project);
    const MetricFilter filter{J, {}, {}, {}};
    for (Metric metric : enumValues<Metric>()) {
        const Score s = engine.total(metric, filter);
        QCOMPARE(s.n, 0);
        QVERIFY(!s.value);
        QVERIFY(!s.marginOfError);
        QVERIFY(s.isSmallSample());
    }
    QVERIFY(!engine.sentiment(filter).net);
    QCOMPARE(engine.breakdown(Metric::Nps, MetricsEngine::GroupBy::Stage, filter).size(), 3);
    QVERIFY(engine.breakdown(Metric::Nps, MetricsEngine::GroupBy::Month, filter).isEmpty());
    QVERIFY(engine.breakdown(Metric::Nps, MetricsEngine::GroupBy::Channel, filter).isEmpty());
    QVERIFY(engine.heatmap(Metric::Nps, filter).isEmpty());
    QVERIFY(engine.distribution(Metric::Nps, filter).isEmpty());
    QVERIFY(engine.verbatims(filter, 5, false).isEmpty());
    QVERIFY(engine.metricsWithData(J).isEmpty());
    QVERIFY(engine.lastError().isEmpty());
}

void tst_Metrics::cacheAndInvalidation()
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project = makeFixture(dir.filePath(QStringLiteral("cache.waymark")));
    QVERIFY(project);
    MetricsEngine engine(*project);
    QSignalSpy changed(&engine, &MetricsEngine::changed);
    const MetricFilter filter{J, {}, {}, {}};
    QCOMPARE(engine.total(Metric::Nps, filter).n, 11);
    QCOMPARE(engine.breakdown(Metric::Nps, MetricsEngine::GroupBy::Month, filter).size(), 7);
    QCOMPARE(engine.distribution(Metric::Nps, filter, A).size(), 3);
    QCOMPARE(engine.verbatims(filter, 10, false).size(), 3);

    // A write the engine was not told about: cached figures stay as they were (which shows
    // that they are cached)...
    QVERIFY(addResponses(*project, {response(J, A, Metric::Nps, 10, "2026-07-01", Channel::Web,
                                             "Commuter", "Superb", 0.95)}));
    QCOMPARE(engine.total(Metric::Nps, filter).n, 11);
    QCOMPARE(engine.cardScore(A, Metric::Nps, filter).n, 3);
    QCOMPARE(changed.count(), 0);

    // ... until the project says that feedback changed.
    project->notifyFeedbackChanged(J);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(engine.total(Metric::Nps, filter).n, 12);
    QCOMPARE(engine.cardScore(A, Metric::Nps, filter).n, 4);
    QCOMPARE(engine.breakdown(Metric::Nps, MetricsEngine::GroupBy::Month, filter).size(), 8);
    QCOMPARE(engine.distribution(Metric::Nps, filter, A).size(), 3);
    QCOMPARE(engine.distribution(Metric::Nps, filter, A).last(), (QPair<double, qint64>(10, 2)));
    QCOMPARE(engine.verbatims(filter, 10, false).first().comment, QStringLiteral("Superb"));

    // A reset (the project reloaded from its file) drops everything too.
    QVERIFY(addResponses(*project,
                         {response(J, NoId, Metric::Nps, 0, "2026-07-02", Channel::Web, "")}));
    QCOMPARE(engine.total(Metric::Nps, filter).n, 12);
    Q_EMIT project->reset();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(engine.total(Metric::Nps, filter).n, 13);

    // invalidate() by hand.
    engine.invalidate();
    QCOMPARE(changed.count(), 3);
}

void tst_Metrics::structureChangesNeedNoInvalidation()
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project = makeFixture(dir.filePath(QStringLiteral("move.waymark")));
    QVERIFY(project);
    MetricsEngine engine(*project);
    QSignalSpy changed(&engine, &MetricsEngine::changed);
    const MetricFilter filter{J, {}, {}, {}};
    QCOMPARE(engine.stageScore(S1, Metric::Nps, filter).n, 5);
    QCOMPARE(engine.stageScore(S2, Metric::Nps, filter).n, 3);

    // B moves to stage 2: rollups follow the map at once, from the same cached tallies.
    QVERIFY(project->moveCard(B, S2, L2, 0));
    QCOMPARE(engine.stageScore(S1, Metric::Nps, filter).n, 3);
    QCOMPARE(engine.stageScore(S2, Metric::Nps, filter).n, 5);
    QCOMPARE(engine.laneScore(L2, Metric::Nps, filter).n, 2);

    // C is deleted: it leaves its stage, but its responses stay in the journey's total, in
    // the "not linked" group.
    QVERIFY(project->removeCard(C));
    QCOMPARE(engine.stageScore(S2, Metric::Nps, filter).n, 2);
    QCOMPARE(engine.total(Metric::Nps, filter).n, 11);
    const QList<MetricsEngine::Group> cards
        = engine.breakdown(Metric::Nps, MetricsEngine::GroupBy::Card, filter);
    QCOMPARE(cards.last().key.id, NoId);
    QCOMPARE(cards.last().score.n, 6);
    QCOMPARE(changed.count(), 0);
}

void tst_Metrics::queryPlans_data()
{
    QTest::addColumn<int>("statement");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QString>("segment");
    using S = MetricsRepository::Statement;
    for (const auto &[name, statement] :
         {std::pair{"card tallies", S::CardTallies},
          std::pair{"card score tallies", S::CardScoreTallies},
          std::pair{"comment tally", S::CommentTally},
          std::pair{"response counts", S::ResponseCounts},
          std::pair{"attribute tallies", S::AttributeTallies},
          std::pair{"distribution", S::Distribution}, std::pair{"comments", S::Comments}}) {
        QTest::addRow("%s", name) << int(statement) << QDate() << QString();
        QTest::addRow("%s, filtered", name)
            << int(statement) << QDate(2026, 2, 1) << QStringLiteral("Commuter");
    }
}

void tst_Metrics::queryPlans()
{
    QFETCH(int, statement);
    QFETCH(QDate, from);
    QFETCH(QString, segment);
    MetricsRepository repository(m_project->document());
    MetricsRepository::Query query;
    query.journeyId = J;
    query.metric = Metric::Nps;
    query.from = from;
    query.to = from.isValid() ? from.addMonths(2) : QDate();
    query.segment = segment;
    const auto s = MetricsRepository::Statement(statement);
    const QStringList plan = repository.queryPlan(s, query);
    const QString text = plan.join(QLatin1Char('\n'));
    QVERIFY2(repository.lastError().isEmpty(), qPrintable(repository.lastError()));
    // The responses are read from the covering index alone, searched by journey (and
    // metric), never by a scan of the table.
    QVERIFY2(text.contains(QLatin1String("SEARCH feedback USING COVERING INDEX feedback_journey "
                                         "(journey_id=?")),
             qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("SCAN feedback")), qPrintable(text));
    // The aggregates run in the index's order: no row is sorted. (The distribution sorts only
    // its per-card groups, the comments only the top few.)
    if (s == MetricsRepository::Statement::CardTallies
        || s == MetricsRepository::Statement::CardScoreTallies
        || s == MetricsRepository::Statement::AttributeTallies) {
        QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("(journey_id=? AND metric=?)")), qPrintable(text));
    }
    if (s == MetricsRepository::Statement::Comments)
        QVERIFY2(text.contains(QLatin1String("INTEGER PRIMARY KEY")), qPrintable(text));
    if (s == MetricsRepository::Statement::CommentTally
        || s == MetricsRepository::Statement::ResponseCounts)
        QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")), qPrintable(text));
}

QTEST_GUILESS_MAIN(tst_Metrics)

#include "tst_metrics.moc"
