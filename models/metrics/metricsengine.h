#pragma once

#include "domain/ids.h"
#include "domain/persona.h"
#include "score.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Waymark {

class Project;

// Which responses a figure is about.
struct MetricFilter
{
    Id journeyId = NoId; // required
    QDate from;          // inclusive; invalid = open
    QDate to;            // inclusive; invalid = open
    QString segment;     // empty = all
    // Responses of any of these segments (a persona's, Persona::segments); empty = all.
    // Combines with segment (both must hold).
    // (A default member initializer: positional aggregate initialisations that leave it
    // out stay warning-free.)
    QStringList segments = {};
    friend bool operator==(const MetricFilter &, const MetricFilter &) = default;
};

// The segments that stand for a persona in filters: its segments, or its name when it lists
// none (personas are often named after their segment).
QStringList personaSegments(const Persona &persona);

// A group in a breakdown: a card, stage or lane id, or a channel key, a segment, or a
// period ("2026-03", "2026-Q1").
struct GroupKey
{
    Id id = NoId;
    QString text;
    friend bool operator==(const GroupKey &, const GroupKey &) = default;
};

// NPS, CSAT, CES, rating and sentiment of a project's feedback, per card, stage, lane,
// channel, journey, segment, month and quarter. Always computed from the raw responses by
// indexed SQL aggregates (through MetricsRepository), never from averages; results are
// cached until the project's feedback or structure changes. Used by the map, the panels,
// the report and `waymark-cli stats`.
class MetricsEngine : public QObject
{
    Q_OBJECT

public:
    enum class GroupBy { Card, Stage, Lane, Channel, Segment, Month, Quarter };

    explicit MetricsEngine(Project &project, QObject *parent = nullptr);

    Score total(Metric metric, const MetricFilter &filter);
    SentimentScore sentiment(const MetricFilter &filter);

    struct Group
    {
        GroupKey key;
        QString label; // card title, stage name, channel label, period...
        Score score;
        SentimentScore sentiment;
    };
    // Groups in display order (stages and lanes in map order, periods in time order, the
    // months or quarters without responses between the first and the last included).
    // By card: the touchpoints and every other card with responses, in map order, then one
    // group (key NoId) for responses about the journey or about deleted cards. A group's
    // sentiment is that of the comments given with the group's responses of this metric.
    // cardId or stageId restrict the breakdown to the responses of one card or of the cards
    // of one stage (e.g. the trend of a selected touchpoint).
    QList<Group> breakdown(Metric metric, GroupBy groupBy, const MetricFilter &filter,
                           Id cardId = NoId, Id stageId = NoId);

    // The score of one card / stage / lane. filter.journeyId may be left NoId: the journey
    // the card, stage or lane belongs to is taken.
    Score cardScore(Id cardId, Metric metric, const MetricFilter &filter);
    Score stageScore(Id stageId, Metric metric, const MetricFilter &filter);
    Score laneScore(Id laneId, Metric metric, const MetricFilter &filter);

    // How many responses of each score value (e.g. NPS 0..10) there are.
    QList<QPair<double, qint64>> distribution(Metric metric, const MetricFilter &filter,
                                              Id cardId = NoId);

    // Stage x channel (or stage x lane) matrix for the heatmap.
    struct Cell
    {
        Id stageId = NoId;
        QString column; // channel key, or lane id as text
        Score score;
    };
    QList<Cell> heatmap(Metric metric, const MetricFilter &filter, bool byLane = false);

    // The most positive (sentiment >= 0.05) or most negative (<= -0.05) comments of any
    // metric, strongest first, newest first among equals; optionally of one card or of the
    // cards of one stage.
    struct Verbatim
    {
        Id feedbackId = NoId;
        Id cardId = NoId;
        QDate date;
        QString segment;
        QString comment;
        double sentiment = 0;
        std::optional<double> score;
        Metric metric = Metric::None;
    };
    QList<Verbatim> verbatims(const MetricFilter &filter, int count, bool mostNegative,
                              Id cardId = NoId, Id stageId = NoId);

    // Which metrics have any responses in the journey (for choosing a default).
    QList<Metric> metricsWithData(Id journeyId);
    // How many scored responses of each metric the filter selects (for choosing the most
    // frequent metric without computing every score); metrics without any are left out.
    QHash<Metric, qint64> responseCounts(const MetricFilter &filter);

    // Drops cached results (also done automatically on project changes).
    void invalidate();

    // Why the last figure came out empty when the file could not be read; empty otherwise.
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    // Cached figures were dropped: views showing scores should ask again.
    void changed();

private:
    Project &m_project;
    // Per-card tallies by (metric, filter); stage/lane/journey totals are sums of them.
    struct CardTallies
    {
        QHash<Id, ScoreTally> byCard;
        ScoreTally unassigned;     // responses about the journey, not a card
        bool withComments = false; // comment fields counted (they cost a second aggregate)
    };
    const CardTallies &cardTallies(Metric metric, const MetricFilter &filter,
                                   bool withComments = false);
    // The same per value of a response attribute (channel key, segment, month "2026-03").
    enum class Attribute { Channel, Segment, Month };
    const QHash<QString, CardTallies> &attributeTallies(Metric metric, Attribute attribute,
                                                        const MetricFilter &filter);
    // Which of a journey's tallies a figure adds up: null for all (responses about the
    // journey and about deleted cards included), else the ids of the cards.
    std::optional<QList<Id>> selection(Id journeyId, Id cardId, Id stageId) const;
    ScoreTally sum(const CardTallies &tallies, const std::optional<QList<Id>> &cards) const;
    QList<Group> periodGroups(Metric metric, const QHash<QString, CardTallies> &byMonth,
                              const std::optional<QList<Id>> &cards, bool quarters) const;
    Group makeGroup(GroupKey key, const QString &label, Metric metric,
                    const ScoreTally &tally) const;

    QHash<QString, CardTallies> m_cache;
    QHash<QString, QHash<QString, CardTallies>> m_attributeCache;
    QHash<QString, QList<QPair<double, qint64>>> m_distributionCache;
    QHash<QString, QList<Verbatim>> m_verbatimCache;
    QHash<QString, ScoreTally> m_commentCache;
    QString m_lastError;
};

} // namespace Waymark
