#pragma once

#include "domain/enums.h"
#include "domain/ids.h"
#include "metrics/score.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace Waymark {

class Document;

// The SQL of the metrics engine: sufficient statistics (ScoreTally) of the visible responses
// of one journey, computed from the raw feedback rows in one pass over the covering index
// feedback_journey (journey_id, metric, card_id, score, scale_min, scale_max, sentiment,
// date, channel, segment), never from stored averages. Bound prepared statements on the
// document's own connection, finalised before returning so that no read lock outlives a
// call. Rows whose journey_id is not the (positive) journey asked for are never counted:
// an undone import leaves its rows with a negative journey id.
class MetricsRepository
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::MetricsRepository)

public:
    explicit MetricsRepository(Document &document)
        : m_document(document)
    {}

    // Which responses: one journey and metric, optionally a date range (inclusive, ISO dates)
    // and a segment.
    struct Query
    {
        Id journeyId = NoId;
        Metric metric = Metric::None;
        QDate from;
        QDate to;
        QString segment;           // empty: all
        QStringList segments = {}; // any of these (a persona's); empty: all
    };

    // A response attribute to group by besides the card.
    enum class Attribute { Channel, Segment, Month };

    // Tallies per card_id; key NoId holds the responses about the journey itself.
    using CardTallies = QHash<Id, ScoreTally>;

    // One SQL aggregate, grouped in the index's order (card, score, scale) so that SQLite
    // streams it without sorting. Counting the comments and their sentiment nearly doubles
    // its cost (about 70 ms -> 125 ms for 400,000 responses), so they are counted only when
    // withComments is set.
    bool cardTallies(const Query &query, CardTallies *byCard, bool withComments = true);

    // The comments of the journey (any metric; query.metric is ignored), restricted to some
    // cards when cardIds is given: only the comment fields of the tally are set.
    bool commentTally(const Query &query, const QList<Id> *cardIds, ScoreTally *tally);

    // Tallies per attribute value ("web", "Commuter", "2026-03"; "" when unset or, for
    // months, when the date is missing or malformed) and card.
    bool attributeTallies(const Query &query, Attribute attribute,
                          QHash<QString, CardTallies> *byValue);

    // How many responses have each score, in score order. cardIds restricts to those cards
    // (null: every response of the journey, about a card or not).
    bool distribution(const Query &query, const QList<Id> *cardIds,
                      QList<QPair<double, qint64>> *counts);

    struct CommentRow
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
    // The most positive (sentiment >= 0.05) or most negative (<= -0.05) comments of any
    // metric, strongest first, newest first among equals. query.metric is ignored.
    bool comments(const Query &query, int count, bool mostNegative, const QList<Id> *cardIds,
                  QList<CommentRow> *rows);

    // Scored responses per metric (query.metric is ignored); one pass over the journey's
    // part of the index, grouped in its order.
    bool responseCounts(const Query &query, QHash<Metric, qint64> *counts);

    // Metrics with at least one scored response in the journey, in declaration order.
    bool metricsWithData(Id journeyId, QList<Metric> *metrics);
    // The date of the journey's latest scored response of a metric (invalid when none has a
    // date): where goal progress anchors its reporting period.
    bool latestDate(Id journeyId, Metric metric, QDate *date);

    // EXPLAIN QUERY PLAN of the statements above, one line per plan step, for the tests
    // that keep them on the covering index.
    enum class Statement {
        CardTallies,
        CardScoreTallies, // without comments
        AttributeTallies,
        Distribution,
        Comments,
        CommentTally,
        ResponseCounts
    };
    QStringList queryPlan(Statement statement, const Query &query);

    QString lastError() const { return m_lastError; }

private:
    bool fail(const QString &message);

    Document &m_document;
    QString m_lastError;
};

} // namespace Waymark
