#pragma once

#include "domain/enums.h"

#include <QtGlobal>

#include <QString>

#include <optional>

namespace Waymark {

// What a group of responses adds up to. Sums, not averages, so that groups combine exactly
// (a stage is the sum of its cards, never the average of their scores).
struct ScoreTally
{
    qint64 n = 0;          // responses with a score
    double sum = 0;        // of scores
    double sumSquares = 0; // of scores, for the standard deviation
    qint64 topTwo = 0;     // in the top two points of their scale (CSAT, rating)
    qint64 easy = 0;       // CES: 5..7 on 1..7 (the top three sevenths of other scales)
    qint64 promoters = 0;  // NPS 9..10
    qint64 detractors = 0; // NPS 0..6
    qint64 comments = 0;   // rows with a comment (sentiment known)
    qint64 positive = 0;   // comments with sentiment >= 0.05
    qint64 negative = 0;   // comments with sentiment <= -0.05
    double sentimentSum = 0;

    ScoreTally &operator+=(const ScoreTally &other);
    friend bool operator==(const ScoreTally &, const ScoreTally &) = default;

    // Counts `count` responses with this score, on the scale scaleMin..scaleMax of their rows
    // (an empty scale, such as 0..0, means the metric's usual one: see defaultScale()). What
    // is a promoter, a top-two answer or an easy one is decided here and nowhere else.
    void addScore(Metric metric, double score, int scaleMin, int scaleMax, qint64 count = 1);
    // Counts one comment with its sentiment (-1..1).
    void addComment(double sentiment);

    bool isEmpty() const { return n == 0 && comments == 0; }
};

// The scale a metric is asked on when a response does not say: NPS 0..10, CSAT 1..5,
// CES 1..7, rating 1..5.
struct ScoreScale
{
    int min = 0;
    int max = 0;
};
ScoreScale defaultScale(Metric metric);

// Scores are kept at full precision; what Waymark prints (CLI, GUI, report) has one
// decimal, rounded half away from zero.
double roundToOneDecimal(double value);

// A score as Waymark shows it (DESIGN.md section 5): the headline value of the metric
// with its n, 95 % margin of error and a small-sample flag.
struct Score
{
    Metric metric = Metric::None;
    qint64 n = 0;
    // NPS: -100..100 points; CSAT: % top-two-box; CES: mean; rating: mean. Unset when n == 0.
    std::optional<double> value;
    std::optional<double> mean;
    std::optional<double> topTwoPercent; // CSAT, rating
    std::optional<double> easyPercent;   // CES
    std::optional<double> marginOfError; // in the unit of value (points, %, scale points)
    qint64 promoters = 0;
    qint64 passives = 0;
    qint64 detractors = 0;

    static constexpr qint64 SmallSample = 30;
    bool isSmallSample() const { return n < SmallSample; }

    static Score from(Metric metric, const ScoreTally &tally);
};

// Net sentiment of the comments of a group: % positive - % negative.
struct SentimentScore
{
    qint64 comments = 0;
    std::optional<double> mean; // -1..1
    std::optional<double> positivePercent;
    std::optional<double> negativePercent;
    std::optional<double> net; // -100..100

    static SentimentScore from(const ScoreTally &tally);
};

// A score's value as `waymark-cli stats` and the report print it, so that a reader can
// check one against the other: one decimal, rounded half away from zero, never "-0.0", "+"
// before a positive NPS, " %" after a CSAT; "–" without responses. Not localised.
QString statsText(const Score &score);
// roundToOneDecimal, with -0.0 as 0.0.
double printedValue(double value);

} // namespace Waymark
