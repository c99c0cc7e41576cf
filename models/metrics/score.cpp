#include "score.h"

#include "sentiment.h"

#include <cmath>

namespace Waymark {

namespace {

// z of a two-sided 95 % confidence interval.
constexpr double Z95 = 1.96;

// NPS groups are defined on its 0..10 scale (DESIGN.md section 5), whatever a row says.
constexpr double PromoterMin = 9;
constexpr double DetractorMax = 6;

double percent(qint64 part, qint64 whole)
{
    // One division, so that exact ratios (1/8 = 12.5 %) stay exact before rounding.
    return 100.0 * double(part) / double(whole);
}

// The sample standard deviation from the sums; nullopt below two responses.
std::optional<double> sampleStandardDeviation(const ScoreTally &t)
{
    if (t.n < 2)
        return std::nullopt;
    const double n = double(t.n);
    // sumSquares - sum^2/n can come out a hair below zero when all scores are equal.
    const double variance = std::max(0.0, (t.sumSquares - t.sum * t.sum / n) / (n - 1));
    return std::sqrt(variance);
}

std::optional<double> marginOfMean(const ScoreTally &t)
{
    const std::optional<double> s = sampleStandardDeviation(t);
    if (!s)
        return std::nullopt;
    return Z95 * *s / std::sqrt(double(t.n));
}

std::optional<double> marginOfProportion(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    const double p = double(part) / double(whole);
    return Z95 * std::sqrt(p * (1 - p) / double(whole)) * 100;
}

} // namespace

ScoreTally &ScoreTally::operator+=(const ScoreTally &other)
{
    n += other.n;
    sum += other.sum;
    sumSquares += other.sumSquares;
    topTwo += other.topTwo;
    easy += other.easy;
    promoters += other.promoters;
    detractors += other.detractors;
    comments += other.comments;
    positive += other.positive;
    negative += other.negative;
    sentimentSum += other.sentimentSum;
    return *this;
}

void ScoreTally::addScore(Metric metric, double score, int scaleMin, int scaleMax, qint64 count)
{
    if (count <= 0 || !std::isfinite(score))
        return;
    if (scaleMax <= scaleMin) {
        const ScoreScale scale = defaultScale(metric);
        scaleMin = scale.min;
        scaleMax = scale.max;
    }
    n += count;
    sum += score * double(count);
    sumSquares += score * score * double(count);
    switch (metric) {
    case Metric::Nps:
        if (score >= PromoterMin)
            promoters += count;
        else if (score <= DetractorMax)
            detractors += count;
        break;
    case Metric::Csat:
    case Metric::Rating:
        // The top two points of the scale: 4 and 5 on 1..5, 9 and 10 on 1..10.
        if (score >= scaleMax - 1)
            topTwo += count;
        break;
    case Metric::Ces:
        // 5..7 on 1..7, i.e. (score - min) / (max - min) >= 4/6; multiplied out so that
        // the boundary is exact.
        if ((score - scaleMin) * 6 >= 4.0 * (scaleMax - scaleMin))
            easy += count;
        break;
    case Metric::None:
        break;
    }
}

void ScoreTally::addComment(double sentiment)
{
    if (!std::isfinite(sentiment))
        return;
    ++comments;
    sentimentSum += sentiment;
    if (sentiment >= SentimentAnalyzer::PositiveThreshold)
        ++positive;
    else if (sentiment <= SentimentAnalyzer::NegativeThreshold)
        ++negative;
}

ScoreScale defaultScale(Metric metric)
{
    switch (metric) {
    case Metric::Nps:
        return {0, 10};
    case Metric::Csat:
        return {1, 5};
    case Metric::Ces:
        return {1, 7};
    case Metric::Rating:
        return {1, 5};
    case Metric::None:
        break;
    }
    return {0, 0};
}

double roundToOneDecimal(double value)
{
    return std::round(value * 10) / 10;
}

double printedValue(double value)
{
    const double rounded = roundToOneDecimal(value);
    return rounded == 0 ? 0.0 : rounded;
}

QString statsText(const Score &score)
{
    if (!score.value)
        return QStringLiteral("–");
    const double v = printedValue(*score.value);
    QString text = QString::number(v, 'f', 1);
    if (score.metric == Metric::Nps && v > 0)
        text.prepend(QLatin1Char('+'));
    if (score.metric == Metric::Csat)
        text += QStringLiteral(" %");
    return text;
}

Score Score::from(Metric metric, const ScoreTally &tally)
{
    Score score;
    score.metric = metric;
    score.n = tally.n;
    if (tally.n <= 0 || metric == Metric::None) {
        score.n = qMax<qint64>(0, tally.n);
        return score;
    }
    const qint64 n = tally.n;
    score.mean = tally.sum / double(n);
    switch (metric) {
    case Metric::Nps: {
        score.promoters = tally.promoters;
        score.detractors = tally.detractors;
        score.passives = n - tally.promoters - tally.detractors;
        const double p = double(tally.promoters) / double(n);
        const double d = double(tally.detractors) / double(n);
        score.value = percent(tally.promoters - tally.detractors, n);
        // Variance of the difference of two proportions of one multinomial sample.
        const double variance = std::max(0.0, (p + d) - (p - d) * (p - d));
        score.marginOfError = Z95 * std::sqrt(variance) / std::sqrt(double(n)) * 100;
        break;
    }
    case Metric::Csat:
        score.topTwoPercent = percent(tally.topTwo, n);
        score.value = score.topTwoPercent;
        score.marginOfError = marginOfProportion(tally.topTwo, n);
        break;
    case Metric::Ces:
        score.value = score.mean;
        score.easyPercent = percent(tally.easy, n);
        score.marginOfError = marginOfMean(tally);
        break;
    case Metric::Rating:
        score.value = score.mean;
        score.topTwoPercent = percent(tally.topTwo, n);
        score.marginOfError = marginOfMean(tally);
        break;
    case Metric::None:
        break;
    }
    return score;
}

SentimentScore SentimentScore::from(const ScoreTally &tally)
{
    SentimentScore s;
    s.comments = qMax<qint64>(0, tally.comments);
    if (tally.comments <= 0)
        return s;
    s.mean = tally.sentimentSum / double(tally.comments);
    s.positivePercent = percent(tally.positive, tally.comments);
    s.negativePercent = percent(tally.negative, tally.comments);
    s.net = *s.positivePercent - *s.negativePercent;
    return s;
}

} // namespace Waymark
