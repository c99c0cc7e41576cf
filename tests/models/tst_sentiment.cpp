#include "metrics/sentiment.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>
#include <QtConcurrent>
#include <QtTest>

#include <atomic>
#include <memory>
#include <vector>

using namespace Waymark;

Q_DECLARE_METATYPE(Waymark::SentimentAnalyzer::Polarity)

class tst_Sentiment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readmeExamples_data();
    void readmeExamples();
    void rules_data();
    void rules();
    void customerComments_data();
    void customerComments();
    void classify_data();
    void classify();
    void degenerateInput_data();
    void degenerateInput();
    void longComment();
    void concurrentScoring();
    void concurrentConstruction();
    void missingLexicon();
    void throughput();

private:
    static QStringList realisticComments(int count);
};

namespace {

// The README prints 4 decimals.
constexpr double Tolerance = 0.001;

void verifyScore()
{
    QFETCH(QString, text);
    QFETCH(double, expected);
    const double actual = SentimentAnalyzer::instance().score(text);
    QVERIFY2(qAbs(actual - expected) <= Tolerance,
             qPrintable(QStringLiteral("%1 != %2").arg(actual).arg(expected)));
}

} // namespace

void tst_Sentiment::initTestCase()
{
    const SentimentAnalyzer &analyzer = SentimentAnalyzer::instance();
    QVERIFY2(analyzer.isValid(), qPrintable(analyzer.errorString()));
    // 7,520 lines upstream, some tokens listed twice.
    QCOMPARE(analyzer.lexiconSize(), qsizetype(7506));
    // Only single-character emoji can match in VADER.
    QCOMPARE(analyzer.emojiCount(), qsizetype(1212));
}

// The examples and compound scores published in VADER's README.rst.
void tst_Sentiment::readmeExamples_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("expected");

    QTest::newRow("positive") << QStringLiteral("VADER is smart, handsome, and funny.") << 0.8316;
    QTest::newRow("exclamation") << QStringLiteral("VADER is smart, handsome, and funny!")
                                 << 0.8439;
    QTest::newRow("booster") << QStringLiteral("VADER is very smart, handsome, and funny.")
                             << 0.8545;
    QTest::newRow("caps") << QStringLiteral("VADER is VERY SMART, handsome, and FUNNY.") << 0.9227;
    QTest::newRow("caps and exclamations")
        << QStringLiteral("VADER is VERY SMART, handsome, and FUNNY!!!") << 0.9342;
    QTest::newRow("slang boosters")
        << QStringLiteral("VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!") << 0.9469;
    QTest::newRow("not ... nor") << QStringLiteral("VADER is not smart, handsome, nor funny.")
                                 << -0.7424;
    QTest::newRow("plain") << QStringLiteral("The book was good.") << 0.4404;
    QTest::newRow("at least, n't") << QStringLiteral("At least it isn't a horrible book.") << 0.431;
    QTest::newRow("kind of") << QStringLiteral("The book was only kind of good.") << 0.3832;
    QTest::newRow("but") << QStringLiteral("The plot was good, but the characters are "
                                           "uncompelling and the dialog is not great.")
                         << -0.7042;
    QTest::newRow("slang caps") << QStringLiteral("Today SUX!") << -0.5461;
    QTest::newRow("kinda, But, lol")
        << QStringLiteral("Today only kinda sux! But I'll get by, lol") << 0.5249;
    QTest::newRow("emoticons") << QStringLiteral("Make sure you :) or :D today!") << 0.8633;
    QTest::newRow("capitalized negation") << QStringLiteral("Not bad at all") << 0.431;
    // The README prints 0.7003 here; it predates the lexicon's entry for "heart" (3.2),
    // which the name of 💘 ("heart with arrow") now picks up. 0.875 is what
    // vaderSentiment.py computes with the lexicon we ship.
    QTest::newRow("emoji") << QStringLiteral("Catch utf-8 emoji such as such as 💘 and 💋 and 😁")
                           << 0.875;
}

void tst_Sentiment::readmeExamples()
{
    verifyScore();
}

// VADER's "tricky sentences" and demo phrases, plus rule corner cases; expected values were
// computed with a transcription of vaderSentiment.py's rules over the shipped lexicon.
void tst_Sentiment::rules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("expected");

    QTest::newRow("never good") << QStringLiteral("Sentiment analysis has never been good.")
                                << -0.3412;
    QTest::newRow("never this good")
        << QStringLiteral("Sentiment analysis has never been this good!") << 0.5672;
    QTest::newRow("shit") << QStringLiteral("Most automated sentiment analysis tools are shit.")
                          << -0.5574;
    QTest::newRow("the shit") << QStringLiteral("With VADER, sentiment analysis is the shit!")
                              << 0.6476;
    QTest::newRow("quite bad") << QStringLiteral("Other sentiment analysis tools can be quite bad.")
                               << -0.5849;
    QTest::newRow("bad ass") << QStringLiteral("On the other hand, VADER is quite bad ass")
                             << 0.802;
    QTest::newRow("badass") << QStringLiteral("VADER is such a badass!") << 0.4003;
    QTest::newRow("without a doubt")
        << QStringLiteral("Without a doubt, excellent idea.") << 0.7013;
    QTest::newRow("most compelling")
        << QStringLiteral("Roger Dodger is one of the most compelling variations on this theme.")
        << 0.2944;
    QTest::newRow("at least") << QStringLiteral(
        "Roger Dodger is at least compelling as a variation on the theme.")
                              << 0.2263;
    QTest::newRow("least") << QStringLiteral(
        "Roger Dodger is one of the least compelling variations on this theme.")
                           << -0.1695;
    QTest::newRow("not such a badass") << QStringLiteral("Not such a badass after all.") << -0.2584;
    QTest::newRow("despite") << QStringLiteral(
        "It was one of the worst movies I've seen, despite good reviews.")
                             << -0.7584;
    QTest::newRow("booster, two exclamations")
        << QStringLiteral("Unbelievably bad acting!!") << -0.6572;
    QTest::newRow("caps booster") << QStringLiteral("VERY poor production.") << -0.6281;
    QTest::newRow("all caps is no emphasis") << QStringLiteral("VERY BAD movie!") << -0.7616;
    QTest::newRow("single word") << QStringLiteral("friends") << 0.4767;
    QTest::newRow("no lexicon word") << QStringLiteral("tear gas") << 0.0;
    QTest::newRow("no before sentiment word") << QStringLiteral("No complaints.") << 0.3089;
    QTest::newRow("question marks") << QStringLiteral("Why is this so slow???") << 0.0;
    QTest::newRow("kind of, late") << QStringLiteral("The product is kind of okay") << 0.1548;
    QTest::newRow("emoji name") << QStringLiteral("Thanks 😊") << 0.836;
    QTest::newRow("emoji with selector") << QStringLiteral("Absolutely love it ❤️") << 0.6697;
}

void tst_Sentiment::rules()
{
    verifyScore();
}

// Feedback as customers write it: only the class matters to net sentiment.
void tst_Sentiment::customerComments_data()
{
    using P = SentimentAnalyzer::Polarity;
    QTest::addColumn<QString>("text");
    QTest::addColumn<P>("expected");

    QTest::newRow("positive") << QStringLiteral("Great service, thank you!") << P::Positive;
    // Phones and word processors write a typographic apostrophe; the negation still counts.
    QTest::newRow("typographic apostrophe")
        << QStringLiteral("I don\u2019t like the new app.") << P::Negative;
    QTest::newRow("positive 2") << QStringLiteral(
        "The agent was friendly and solved my problem quickly.")
                                << P::Positive;
    QTest::newRow("positive 3") << QStringLiteral("Checkout was easy and delivery arrived early.")
                                << P::Positive;
    QTest::newRow("negative") << QStringLiteral("Terrible experience, I waited two hours on hold.")
                              << P::Negative;
    QTest::newRow("negative 2") << QStringLiteral("Worst customer service ever!!!") << P::Negative;
    QTest::newRow("neutral") << QStringLiteral("I ordered a blue jacket in size M.") << P::Neutral;
    QTest::newRow("neutral 2") << QStringLiteral("The parcel arrived on Tuesday.") << P::Neutral;
    QTest::newRow("negated positive")
        << QStringLiteral("The staff were not helpful.") << P::Negative;
    QTest::newRow("negated contraction")
        << QStringLiteral("The refund process wasn't easy.") << P::Negative;
    QTest::newRow("negated negative")
        << QStringLiteral("I don't hate the new layout.") << P::Positive;
    QTest::newRow("intensified") << QStringLiteral("The staff were extremely helpful.")
                                 << P::Positive;
    QTest::newRow("but, negative last")
        << QStringLiteral("The food was good, but the service was awful.") << P::Negative;
    QTest::newRow("but, positive last")
        << QStringLiteral("The wait was long, but the staff were lovely.") << P::Positive;
    QTest::newRow("caps emphasis") << QStringLiteral("I LOVE the new dashboard") << P::Positive;
    QTest::newRow("shouting") << QStringLiteral("THE APP IS BROKEN") << P::Negative;
    QTest::newRow("emoji") << QStringLiteral("Not happy 😡") << P::Negative;
}

void tst_Sentiment::customerComments()
{
    QFETCH(QString, text);
    QFETCH(SentimentAnalyzer::Polarity, expected);
    const SentimentAnalyzer &analyzer = SentimentAnalyzer::instance();
    QCOMPARE(analyzer.polarity(text), expected);
}

void tst_Sentiment::classify_data()
{
    using P = SentimentAnalyzer::Polarity;
    QTest::addColumn<double>("compound");
    QTest::addColumn<P>("expected");

    QTest::newRow("positive threshold") << 0.05 << P::Positive;
    QTest::newRow("just below") << 0.0499 << P::Neutral;
    QTest::newRow("zero") << 0.0 << P::Neutral;
    QTest::newRow("just above") << -0.0499 << P::Neutral;
    QTest::newRow("negative threshold") << -0.05 << P::Negative;
    QTest::newRow("extremes") << -1.0 << P::Negative;
    QTest::newRow("max") << 1.0 << P::Positive;
}

void tst_Sentiment::classify()
{
    QFETCH(double, compound);
    QFETCH(SentimentAnalyzer::Polarity, expected);
    QCOMPARE(SentimentAnalyzer::classify(compound), expected);
}

void tst_Sentiment::degenerateInput_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("  \t\r\n ");
    QTest::newRow("punctuation") << QStringLiteral("!!! ??? ...");
    QTest::newRow("digits") << QStringLiteral("12345 0.5 3/4");
    QTest::newRow("lone surrogate") << QString(QChar(char16_t(0xd83d)));
    QTest::newRow("other script") << QStringLiteral("Обслуживание 服务 サービス");
}

void tst_Sentiment::degenerateInput()
{
    QFETCH(QString, text);
    QCOMPARE(SentimentAnalyzer::instance().score(text), 0.0);
}

void tst_Sentiment::longComment()
{
    QString text;
    const QString sentence = QStringLiteral(
        "The delivery was late but the driver was very friendly, not bad at all!!! 😊 ");
    while (text.size() < 10000)
        text += sentence;
    text.truncate(10000);

    QElapsedTimer timer;
    timer.start();
    const double score = SentimentAnalyzer::instance().score(text);
    qInfo("10,000-character comment scored %.4f in %lld us", score,
          qlonglong(timer.nsecsElapsed() / 1000));
    QVERIFY(score >= -1.0 && score <= 1.0);
    QVERIFY(score > 0.9); // dozens of positive clauses saturate the normalisation

    // The worst case for the "but" rule: thousands of equal non-zero values.
    QString repetitive;
    while (repetitive.size() < 10000)
        repetitive += QStringLiteral("good but ");
    QVERIFY(qAbs(SentimentAnalyzer::instance().score(repetitive)) <= 1.0);
}

void tst_Sentiment::concurrentScoring()
{
    const QStringList comments = realisticComments(2000);
    const SentimentAnalyzer &analyzer = SentimentAnalyzer::instance();
    std::vector<double> expected;
    expected.reserve(comments.size());
    for (const QString &comment : comments)
        expected.push_back(analyzer.score(comment));

    const QList<double> parallel = QtConcurrent::blockingMapped<QList<double>>(
        comments, [&analyzer](const QString &comment) { return analyzer.score(comment); });
    QCOMPARE(parallel.size(), comments.size());
    for (qsizetype i = 0; i < comments.size(); ++i)
        QCOMPARE(parallel.at(i), expected.at(i));

    // The same sentence from several threads at once.
    const QString sentence
        = QStringLiteral("VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!");
    std::atomic<int> mismatches = 0;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back(QThread::create([&] {
            for (int i = 0; i < 20000; ++i) {
                if (analyzer.score(sentence) != 0.9469)
                    ++mismatches;
            }
        }));
        threads.back()->start();
    }
    for (const auto &thread : threads)
        QVERIFY(thread->wait(60000));
    QCOMPARE(mismatches.load(), 0);
}

// Analyzers built on several threads at once (instance() is a function-local static, whose
// initialisation C++ already serialises).
void tst_Sentiment::concurrentConstruction()
{
    const QList<int> runs = {0, 1, 2, 3};
    const QList<double> scores = QtConcurrent::blockingMapped<QList<double>>(runs, [](int) {
        const SentimentAnalyzer analyzer;
        return analyzer.score(u"The book was good.");
    });
    for (const double score : scores)
        QCOMPARE(score, 0.4404);
}

void tst_Sentiment::missingLexicon()
{
    const SentimentAnalyzer analyzer(QStringLiteral(":/waymark/lexicons/no-such-file.txt"),
                                     QString());
    QVERIFY(!analyzer.isValid());
    QVERIFY(analyzer.errorString().contains(QStringLiteral("no-such-file.txt")));
    QCOMPARE(analyzer.score(u"The book was good."), 0.0);

    const SentimentAnalyzer noEmoji(SentimentAnalyzer::defaultLexiconPath(), QString());
    QVERIFY(noEmoji.isValid());
    QCOMPARE(noEmoji.emojiCount(), qsizetype(0));
    QCOMPARE(noEmoji.score(u"😁"), 0.0);
}

// Information only: the importer scores every comment, so this is the number to watch.
void tst_Sentiment::throughput()
{
    const QStringList comments = realisticComments(5000);
    const SentimentAnalyzer &analyzer = SentimentAnalyzer::instance();
    qint64 characters = 0;
    for (const QString &comment : comments)
        characters += comment.size();

    double checksum = 0;
    qint64 scored = 0;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 500) {
        for (const QString &comment : comments)
            checksum += analyzer.score(comment);
        scored += comments.size();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    qInfo("Sentiment throughput: %.0f comments/s on one core (%lld comments, %.1f characters "
          "average, checksum %.2f)",
          double(scored) / seconds, qlonglong(scored), double(characters) / comments.size(),
          checksum);
}

QStringList tst_Sentiment::realisticComments(int count)
{
    static const QStringList openings = {
        QStringLiteral("The agent was"),      QStringLiteral("Delivery was"),
        QStringLiteral("Your app is"),        QStringLiteral("Checkout was"),
        QStringLiteral("The hotline was"),    QStringLiteral("Honestly the staff were"),
        QStringLiteral("The refund process"), QStringLiteral("Overall experience:"),
        QStringLiteral("The new website is"), QStringLiteral("Support"),
    };
    static const QStringList middles = {
        QStringLiteral("very helpful"),
        QStringLiteral("not helpful at all"),
        QStringLiteral("quick and easy"),
        QStringLiteral("way too slow"),
        QStringLiteral("FANTASTIC"),
        QStringLiteral("kind of confusing"),
        QStringLiteral("fine I guess"),
        QStringLiteral("a total disaster"),
        QStringLiteral("friendly"),
        QStringLiteral("never answered my emails"),
        QStringLiteral("great :)"),
        QStringLiteral("awful :("),
        QStringLiteral("ok"),
        QStringLiteral("on time"),
        QStringLiteral("really good 👍"),
        QStringLiteral("broken again 😡"),
    };
    static const QStringList endings = {
        QString(),
        QStringLiteral("."),
        QStringLiteral("!"),
        QStringLiteral("!!!"),
        QStringLiteral(", but the price is too high."),
        QStringLiteral(". Thanks!"),
        QStringLiteral(". Why does it take so long??"),
        QStringLiteral(" and I will not order again."),
        QStringLiteral(", would recommend."),
    };
    QRandomGenerator random(20240601);
    QStringList comments;
    comments.reserve(count);
    for (int i = 0; i < count; ++i) {
        comments.append(openings.at(random.bounded(openings.size())) + u' '
                        + middles.at(random.bounded(middles.size()))
                        + endings.at(random.bounded(endings.size())));
    }
    return comments;
}

QTEST_GUILESS_MAIN(tst_Sentiment)
#include "tst_sentiment.moc"
