#pragma once

#include "domain/feedback.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Waymark {

class Document;

// Which responses a feedback table shows, and in which order. Only responses of existing
// journeys are ever visible (an undone import leaves its rows under a negative journey id).
struct FeedbackQuery
{
    // Sort keys. Enumerations sort by their stable key, text case-insensitively (ASCII),
    // touchpoints by title, stages by their position on the map; ties by id.
    enum class Column {
        Id,
        Date,
        Touchpoint,
        Stage,
        Channel,
        Segment,
        Metric,
        Score,
        Comment,
        Sentiment,
        Respondent,
        Source,
    };

    Id journeyId = NoId; // NoId: every journey of the project
    // Responses about these cards; NoId in the list stands for "no touchpoint" (no card,
    // or a card that no longer exists). Empty: any card.
    QList<Id> cardIds;
    Id stageId = NoId; // responses about the cards of this stage
    QString segment;   // a null string: any segment; an empty one: responses without one
    std::optional<Metric> metric;
    QDate from;   // inclusive; invalid: open
    QDate to;     // inclusive; invalid: open
    QString text; // in the comment or the respondent id, literally (no wildcards)
    // Newest first by default: the order the table stores, which needs no sorting.
    Column sortColumn = Column::Id;
    Qt::SortOrder order = Qt::DescendingOrder;

    friend bool operator==(const FeedbackQuery &, const FeedbackQuery &) = default;
};

// Reads pages of responses for the feedback table and writes single responses for its
// undo commands. Built for a million rows: counts and pages read the feedback indexes
// where those hold every column needed, and make one pass over the table where not, never
// a lookup per row (except for the few rows of a few cards).
class FeedbackQueryRepository
{
public:
    explicit FeedbackQueryRepository(Document &document)
        : m_document(document)
    {}

    // Longest text filter used; longer text is cut (SQLite limits LIKE patterns).
    static constexpr int MaxTextLength = 200;

    // Number of responses the query matches; -1 on error.
    qint64 count(const FeedbackQuery &query);
    // limit responses in the query's order, starting at offset. total, when the caller
    // knows count(query), lets pages past the middle be read from the other end.
    QList<Feedback> fetch(const FeedbackQuery &query, qint64 offset, int limit, qint64 total = -1);
    // The distinct segments of a journey's responses (NoId: of every journey), sorted.
    QStringList segments(Id journeyId);

    // Responses by id, in the order given; ids that do not exist are left out.
    QList<Feedback> responses(const QList<Id> &ids);

    // Writes for the undo commands, in the caller's transaction. insert keeps row->id when
    // it is set (an undo puts a response back under its old id) and assigns one otherwise.
    bool insert(Feedback *row);
    // Changes what a user can edit; the journey and import batch of a row stay.
    bool update(const Feedback &row);
    // Deletes the responses and returns them as they were, for undo.
    bool remove(const QList<Id> &ids, QList<Feedback> *removed);

    // EXPLAIN QUERY PLAN of the statements count() and fetch() run, one line per step;
    // lets tests check that big tables are read through the indexes.
    QStringList countPlan(const FeedbackQuery &query);
    QStringList fetchPlan(const FeedbackQuery &query, qint64 offset, int limit);

private:
    bool journeyExists(Id journeyId, bool *exists);
    bool loadResponses(const QList<Id> &ids, QList<Feedback> *rows);
    const QStringList &journeyIndexColumns();

    Document &m_document;
    QStringList m_journeyIndex;
    bool m_indexKnown = false;
};

} // namespace Waymark
