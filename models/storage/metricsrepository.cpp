#include "metricsrepository.h"

#include "document.h"
#include "metrics/sentiment.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

#include <variant>
#include <vector>

namespace Waymark {

namespace {

// SQL text and the values of its "?" placeholders, built together so that optional
// clauses and their bindings cannot get out of step.
struct Sql
{
    QByteArray text;
    std::vector<std::variant<qint64, double, QByteArray>> values;

    Sql &operator<<(const char *part)
    {
        text += part;
        return *this;
    }
    void bind(qint64 value) { values.emplace_back(value); }
    void bind(double value) { values.emplace_back(value); }
    void bind(const QByteArray &value) { values.emplace_back(value); }
};

// A statement that is finalised when it goes out of scope: no read transaction survives
// a call (it would keep writers, such as an import on a worker connection, waiting).
class PreparedStatement
{
public:
    PreparedStatement(sqlite3 *db, const Sql &sql)
        : m_db(db)
    {
        if (!db) {
            m_error = QStringLiteral("no database connection");
            return;
        }
        if (sqlite3_prepare_v2(db, sql.text.constData(), int(sql.text.size()), &m_stmt, nullptr)
                != SQLITE_OK
            || !m_stmt) {
            setError();
            return;
        }
        int index = 1;
        for (const auto &value : sql.values) {
            int rc = SQLITE_OK;
            if (const auto *i = std::get_if<qint64>(&value))
                rc = sqlite3_bind_int64(m_stmt, index, *i);
            else if (const auto *d = std::get_if<double>(&value))
                rc = sqlite3_bind_double(m_stmt, index, *d);
            else if (const auto *t = std::get_if<QByteArray>(&value))
                rc = sqlite3_bind_text(m_stmt, index, t->constData(), int(t->size()),
                                       SQLITE_TRANSIENT);
            if (rc != SQLITE_OK) {
                setError();
                return;
            }
            ++index;
        }
    }
    ~PreparedStatement() { sqlite3_finalize(m_stmt); }
    PreparedStatement(const PreparedStatement &) = delete;
    PreparedStatement &operator=(const PreparedStatement &) = delete;

    bool isValid() const { return m_stmt && m_error.isEmpty(); }
    QString error() const { return m_error; }

    // True for a row; false at the end or on an error (then error() is set).
    bool next()
    {
        if (!isValid())
            return false;
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            setError();
        return false;
    }

    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    qint64 integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
    double real(int column) const { return sqlite3_column_double(m_stmt, column); }
    QByteArrayView bytes(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
    }
    QString text(int column) const { return QString::fromUtf8(bytes(column)); }

private:
    void setError() { m_error = QString::fromUtf8(sqlite3_errmsg(m_db)); }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

QByteArray metricKey(Metric metric)
{
    return enumKey(metric).toUtf8();
}

// The WHERE clause shared by every statement: the journey (only its positive id: rows of an
// undone import carry the negative one), the metric, the date range, the segment, and
// optionally a list of cards (bound as one JSON array, whatever its length).
void appendFilter(Sql *sql, const MetricsRepository::Query &query, bool withMetric,
                  const QList<Id> *cardIds)
{
    *sql << " WHERE journey_id = ?";
    sql->bind(qint64(query.journeyId));
    if (withMetric) {
        *sql << " AND metric = ?";
        sql->bind(metricKey(query.metric));
    }
    if (query.from.isValid()) {
        *sql << " AND date >= ?";
        sql->bind(query.from.toString(Qt::ISODate).toLatin1());
    }
    if (query.to.isValid()) {
        *sql << " AND date <= ?";
        sql->bind(query.to.toString(Qt::ISODate).toLatin1());
    }
    if (!query.segment.isEmpty()) {
        *sql << " AND segment = ?";
        sql->bind(query.segment.toUtf8());
    }
    if (!query.segments.isEmpty()) {
        // One JSON array, whatever the number of segments, like the card list below.
        *sql << " AND segment IN (SELECT value FROM json_each(?))";
        sql->bind(QJsonDocument(QJsonArray::fromStringList(query.segments))
                      .toJson(QJsonDocument::Compact));
    }
    if (cardIds) {
        QJsonArray ids;
        for (Id id : *cardIds)
            ids.append(id);
        *sql << " AND card_id IN (SELECT value FROM json_each(?))";
        sql->bind(QJsonDocument(ids).toJson(QJsonDocument::Compact));
    }
}

Sql cardTalliesSql(const MetricsRepository::Query &query, bool withComments)
{
    // GROUP BY follows the index (journey_id, metric, card_id, score, scale_min, scale_max):
    // SQLite streams the groups with count(*) and never sorts a row. Sums of scores are
    // made from (score, count) pairs by ScoreTally::addScore, so that what a promoter or a
    // top-two answer is stays defined in one place.
    Sql sql;
    sql << "SELECT card_id, score, scale_min, scale_max, count(*)";
    if (withComments) {
        sql << ", count(sentiment), sum(sentiment >= ?), sum(sentiment <= ?), total(sentiment)";
        sql.bind(SentimentAnalyzer::PositiveThreshold);
        sql.bind(SentimentAnalyzer::NegativeThreshold);
    }
    sql << " FROM feedback";
    appendFilter(&sql, query, true, nullptr);
    sql << " GROUP BY card_id, score, scale_min, scale_max";
    return sql;
}

const char *attributeColumn(MetricsRepository::Attribute attribute)
{
    switch (attribute) {
    case MetricsRepository::Attribute::Channel:
        return "channel";
    case MetricsRepository::Attribute::Segment:
        return "segment";
    case MetricsRepository::Attribute::Month:
        return "date";
    }
    return "channel";
}

Sql attributeTalliesSql(const MetricsRepository::Query &query,
                        MetricsRepository::Attribute attribute)
{
    // SQLite has no hash aggregation: a GROUP BY on a column outside the index order sorts
    // every row (0.7 s for 400,000 responses, measured). So this reads the covering index
    // once and folds the rows into tallies as they stream (about 0.1 s); see
    // attributeTallies().
    Sql sql;
    sql << "SELECT card_id, " << attributeColumn(attribute)
        << ", score, scale_min, scale_max, sentiment FROM feedback";
    appendFilter(&sql, query, true, nullptr);
    return sql;
}

Sql commentTallySql(const MetricsRepository::Query &query, const QList<Id> *cardIds)
{
    Sql sql;
    sql << "SELECT count(sentiment), sum(sentiment >= ?), sum(sentiment <= ?), "
           "total(sentiment) FROM feedback";
    sql.bind(SentimentAnalyzer::PositiveThreshold);
    sql.bind(SentimentAnalyzer::NegativeThreshold);
    appendFilter(&sql, query, false, cardIds);
    sql << " AND sentiment IS NOT NULL";
    return sql;
}

Sql responseCountsSql(const MetricsRepository::Query &query)
{
    Sql sql;
    sql << "SELECT metric, count(score) FROM feedback";
    appendFilter(&sql, query, false, nullptr);
    sql << " GROUP BY metric";
    return sql;
}

Sql distributionSql(const MetricsRepository::Query &query, const QList<Id> *cardIds)
{
    // The inner GROUP BY streams in index order; only its few thousand groups are sorted.
    Sql sql;
    sql << "SELECT score, sum(c) FROM (SELECT card_id, score, count(*) AS c FROM feedback";
    appendFilter(&sql, query, true, cardIds);
    sql << " AND score IS NOT NULL GROUP BY card_id, score) GROUP BY score ORDER BY score";
    return sql;
}

Sql commentsSql(const MetricsRepository::Query &query, int count, bool mostNegative,
                const QList<Id> *cardIds)
{
    // The inner query picks the ids from the covering index (sentiment, date, segment and
    // card are in it); only the chosen rows are read from the table for their text.
    const char *order = mostNegative ? " ORDER BY sentiment ASC, date DESC, id DESC"
                                     : " ORDER BY sentiment DESC, date DESC, id DESC";
    Sql sql;
    sql << "SELECT id, card_id, date, segment, comment, sentiment, score, metric FROM feedback "
           "WHERE id IN (SELECT id FROM feedback";
    appendFilter(&sql, query, false, cardIds);
    if (mostNegative) {
        sql << " AND sentiment <= ?";
        sql.bind(SentimentAnalyzer::NegativeThreshold);
    } else {
        sql << " AND sentiment >= ?";
        sql.bind(SentimentAnalyzer::PositiveThreshold);
    }
    sql << order << " LIMIT ?)";
    sql.bind(qint64(count));
    sql << order;
    return sql;
}

// Whether text starts like an ISO date: "yyyy-MM", with a month 01..12.
bool startsWithMonth(QByteArrayView date)
{
    if (date.size() < 7 || date.at(4) != '-')
        return false;
    for (int i : {0, 1, 2, 3, 5, 6}) {
        if (date.at(i) < '0' || date.at(i) > '9')
            return false;
    }
    const int month = (date.at(5) - '0') * 10 + (date.at(6) - '0');
    return month >= 1 && month <= 12;
}

} // namespace

bool MetricsRepository::fail(const QString &message)
{
    m_lastError = message;
    m_document.setLastError(message);
    return false;
}

bool MetricsRepository::cardTallies(const Query &query, CardTallies *byCard, bool withComments)
{
    byCard->clear();
    PreparedStatement stmt(m_document.handle(), cardTalliesSql(query, withComments));
    while (stmt.next()) {
        const Id cardId = stmt.isNull(0) ? NoId : stmt.integer(0);
        ScoreTally &tally = (*byCard)[cardId];
        if (!stmt.isNull(1)) {
            tally.addScore(query.metric, stmt.real(1), int(stmt.integer(2)), int(stmt.integer(3)),
                           stmt.integer(4));
        }
        if (withComments) {
            tally.comments += stmt.integer(5);
            tally.positive += stmt.integer(6);
            tally.negative += stmt.integer(7);
            tally.sentimentSum += stmt.real(8);
        }
    }
    if (!stmt.error().isEmpty()) {
        byCard->clear();
        return fail(stmt.error());
    }
    return true;
}

bool MetricsRepository::attributeTallies(const Query &query, Attribute attribute,
                                         QHash<QString, CardTallies> *byValue)
{
    byValue->clear();
    PreparedStatement stmt(m_document.handle(), attributeTalliesSql(query, attribute));
    // Few distinct values (channels, segments, months) against many rows: values are
    // interned once, and the last one is compared first because neighbours often share it.
    // (Tallies are kept by index: a QHash may move its values when it grows.)
    QList<QByteArray> values;
    std::vector<CardTallies> tallies;
    qsizetype last = -1;
    while (stmt.next()) {
        QByteArrayView key = stmt.bytes(1);
        if (attribute == Attribute::Month)
            key = startsWithMonth(key) ? key.first(7) : QByteArrayView();
        if (last < 0 || values.at(last) != key) {
            last = values.indexOf(key);
            if (last < 0) {
                values.append(key.toByteArray());
                tallies.emplace_back();
                last = values.size() - 1;
            }
        }
        const Id cardId = stmt.isNull(0) ? NoId : stmt.integer(0);
        ScoreTally &tally = tallies[size_t(last)][cardId];
        if (!stmt.isNull(2)) {
            tally.addScore(query.metric, stmt.real(2), int(stmt.integer(3)), int(stmt.integer(4)));
        }
        if (!stmt.isNull(5))
            tally.addComment(stmt.real(5));
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        byValue->insert(QString::fromUtf8(values.at(i)), std::move(tallies[size_t(i)]));
    if (!stmt.error().isEmpty()) {
        byValue->clear();
        return fail(stmt.error());
    }
    return true;
}

bool MetricsRepository::commentTally(const Query &query, const QList<Id> *cardIds,
                                     ScoreTally *tally)
{
    *tally = ScoreTally();
    PreparedStatement stmt(m_document.handle(), commentTallySql(query, cardIds));
    if (!stmt.next())
        return fail(stmt.error().isEmpty() ? QStringLiteral("no result") : stmt.error());
    tally->comments = stmt.integer(0);
    tally->positive = stmt.integer(1);
    tally->negative = stmt.integer(2);
    tally->sentimentSum = stmt.real(3);
    return true;
}

bool MetricsRepository::distribution(const Query &query, const QList<Id> *cardIds,
                                     QList<QPair<double, qint64>> *counts)
{
    counts->clear();
    PreparedStatement stmt(m_document.handle(), distributionSql(query, cardIds));
    while (stmt.next())
        counts->append({stmt.real(0), stmt.integer(1)});
    if (!stmt.error().isEmpty()) {
        counts->clear();
        return fail(stmt.error());
    }
    return true;
}

bool MetricsRepository::comments(const Query &query, int count, bool mostNegative,
                                 const QList<Id> *cardIds, QList<CommentRow> *rows)
{
    rows->clear();
    if (count <= 0)
        return true;
    PreparedStatement stmt(m_document.handle(), commentsSql(query, count, mostNegative, cardIds));
    while (stmt.next()) {
        CommentRow row;
        row.feedbackId = stmt.integer(0);
        row.cardId = stmt.isNull(1) ? NoId : stmt.integer(1);
        row.date = QDate::fromString(stmt.text(2), Qt::ISODate);
        row.segment = stmt.text(3);
        row.comment = stmt.text(4);
        row.sentiment = stmt.real(5);
        if (!stmt.isNull(6))
            row.score = stmt.real(6);
        row.metric = enumFromKey<Metric>(stmt.text(7), Metric::None);
        rows->append(row);
    }
    if (!stmt.error().isEmpty()) {
        rows->clear();
        return fail(stmt.error());
    }
    return true;
}

bool MetricsRepository::responseCounts(const Query &query, QHash<Metric, qint64> *counts)
{
    counts->clear();
    PreparedStatement stmt(m_document.handle(), responseCountsSql(query));
    while (stmt.next()) {
        const std::optional<Metric> metric = enumFromKey<Metric>(stmt.text(0));
        if (metric && *metric != Metric::None && stmt.integer(1) > 0)
            (*counts)[*metric] += stmt.integer(1);
    }
    if (!stmt.error().isEmpty()) {
        counts->clear();
        return fail(stmt.error());
    }
    return true;
}

bool MetricsRepository::metricsWithData(Id journeyId, QList<Metric> *metrics)
{
    metrics->clear();
    for (Metric metric : enumValues<Metric>()) {
        if (metric == Metric::None)
            continue;
        // One index seek per metric; EXISTS stops at the first scored response.
        Sql sql;
        sql << "SELECT EXISTS (SELECT 1 FROM feedback WHERE journey_id = ? AND metric = ? "
               "AND score IS NOT NULL)";
        sql.bind(qint64(journeyId));
        sql.bind(metricKey(metric));
        PreparedStatement stmt(m_document.handle(), sql);
        if (!stmt.next())
            return fail(stmt.error().isEmpty() ? QStringLiteral("no result") : stmt.error());
        if (stmt.integer(0) != 0)
            metrics->append(metric);
    }
    return true;
}

bool MetricsRepository::latestDate(Id journeyId, Metric metric, QDate *date)
{
    *date = {};
    // Dates are stored as ISO text (yyyy-MM-dd), so the greatest text is the latest date;
    // malformed ones are left out.
    Sql sql;
    sql << "SELECT max(date) FROM feedback WHERE journey_id = ? AND metric = ? "
           "AND score IS NOT NULL AND date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'";
    sql.bind(qint64(journeyId));
    sql.bind(metricKey(metric));
    PreparedStatement stmt(m_document.handle(), sql);
    if (!stmt.next())
        return fail(stmt.error().isEmpty() ? QStringLiteral("no result") : stmt.error());
    *date = QDate::fromString(stmt.text(0).left(10), Qt::ISODate);
    return true;
}

QStringList MetricsRepository::queryPlan(Statement statement, const Query &query)
{
    Sql sql;
    const QList<Id> someCards = {1, 2};
    switch (statement) {
    case Statement::CardTallies:
        sql = cardTalliesSql(query, true);
        break;
    case Statement::CardScoreTallies:
        sql = cardTalliesSql(query, false);
        break;
    case Statement::CommentTally:
        sql = commentTallySql(query, nullptr);
        break;
    case Statement::ResponseCounts:
        sql = responseCountsSql(query);
        break;
    case Statement::AttributeTallies:
        sql = attributeTalliesSql(query, Attribute::Channel);
        break;
    case Statement::Distribution:
        sql = distributionSql(query, &someCards);
        break;
    case Statement::Comments:
        sql = commentsSql(query, 10, true, nullptr);
        break;
    }
    sql.text.prepend("EXPLAIN QUERY PLAN ");
    QStringList lines;
    PreparedStatement stmt(m_document.handle(), sql);
    while (stmt.next())
        lines.append(stmt.text(3));
    if (!stmt.error().isEmpty())
        fail(stmt.error());
    return lines;
}

} // namespace Waymark
