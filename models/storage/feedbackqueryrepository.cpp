#include "feedbackqueryrepository.h"

#include "sqlhelpers.h"

#include <QHash>

#include <algorithm>

namespace Waymark {

using namespace Sql;

namespace {

// How a statement reaches the rows. Without ANALYZE data SQLite assumes that
// `journey_id = ?` is selective and reads the table through feedback_journey, one random
// lookup per row: seconds on a million rows, where one pass over the table in rowid order
// takes a tenth of that. So the repository chooses the path itself and steers the planner
// with NOT INDEXED and the unary `+` (which hides a column from the index matcher).
enum class Access {
    Covering,  // feedback_journey holds every column the statement needs: no table reads
    CardIndex, // a few cards: feedback_card, then a lookup per (few) matching rows
    Scan,      // everything else: one pass over the table
};

constexpr int MaxIndexedCards = 64;     // beyond this a scan beats a lookup per row
constexpr int MaxIdsPerStatement = 500; // SQLITE_LIMIT_VARIABLE_NUMBER is 2000 (hardening)
// SQLite's sorter keeps offset + limit rows in a bounded tree that gets slow past some
// ten thousand rows; deeper pages sort everything (a fast external merge sort) and step.
constexpr qint64 MaxSorterOffset = 50000;

const QString &feedbackColumns()
{
    static const QString columns = QStringLiteral(
        "id, journey_id, card_id, batch_id, source, channel, segment, respondent, date, metric, "
        "score, scale_min, scale_max, comment, sentiment");
    return columns;
}

Feedback readRow(const QSqlQuery &q)
{
    Feedback f;
    f.id = q.value(0).toLongLong();
    f.journeyId = q.value(1).toLongLong();
    f.cardId = q.value(2).toLongLong();
    f.batchId = q.value(3).toLongLong();
    f.source = enumFromKey(q.value(4).toString(), FeedbackSource::Survey);
    f.channel = enumFromKey(q.value(5).toString(), Channel::None);
    f.segment = q.value(6).toString();
    f.respondent = q.value(7).toString();
    f.date = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    f.metric = enumFromKey(q.value(9).toString(), Metric::None);
    f.score = optionalDouble(q.value(10));
    f.scaleMin = q.value(11).toInt();
    f.scaleMax = q.value(12).toInt();
    f.comment = q.value(13).toString();
    f.sentiment = optionalDouble(q.value(14));
    return f;
}

// The user's text as a LIKE pattern that matches it literally anywhere.
QString containsPattern(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text.left(FeedbackQueryRepository::MaxTextLength)) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString jsonIdArray(const QList<Id> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (Id id : ids)
        parts.append(QString::number(id));
    return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}

QString placeholders(qsizetype n)
{
    QStringList marks(n, QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

bool fewCards(const FeedbackQuery &q)
{
    return !q.cardIds.isEmpty() && !q.cardIds.contains(NoId) && q.cardIds.size() <= MaxIndexedCards;
}

// Columns of feedback a statement reads, besides the journey and the id.
QStringList filterColumns(const FeedbackQuery &q)
{
    QStringList columns;
    if (!q.cardIds.isEmpty() || q.stageId != NoId)
        columns.append(QStringLiteral("card_id"));
    if (!q.segment.isNull())
        columns.append(QStringLiteral("segment"));
    if (q.metric)
        columns.append(QStringLiteral("metric"));
    if (q.from.isValid() || q.to.isValid())
        columns.append(QStringLiteral("date"));
    if (!q.text.isEmpty())
        columns += {QStringLiteral("comment"), QStringLiteral("respondent")};
    return columns;
}

QString sortColumnName(FeedbackQuery::Column column)
{
    using C = FeedbackQuery::Column;
    switch (column) {
    case C::Id:
        return {};
    case C::Date:
        return QStringLiteral("date");
    case C::Touchpoint:
    case C::Stage:
        return QStringLiteral("card_id");
    case C::Channel:
        return QStringLiteral("channel");
    case C::Segment:
        return QStringLiteral("segment");
    case C::Metric:
        return QStringLiteral("metric");
    case C::Score:
        return QStringLiteral("score");
    case C::Comment:
        return QStringLiteral("comment");
    case C::Sentiment:
        return QStringLiteral("sentiment");
    case C::Respondent:
        return QStringLiteral("respondent");
    case C::Source:
        return QStringLiteral("source");
    }
    return {};
}

bool covers(const QStringList &indexColumns, const QStringList &columns)
{
    if (indexColumns.value(0) != QLatin1String("journey_id"))
        return false;
    return std::all_of(columns.begin(), columns.end(),
                       [&](const QString &c) { return indexColumns.contains(c); });
}

// The card index is optional: files made before it was dropped have it, newer ones do not.
// journeyIndexColumns() marks its presence with this pseudo column.
const QLatin1String CardIndexMarker("@feedback_card");

Access countAccess(const FeedbackQuery &q, const QStringList &indexColumns)
{
    if (fewCards(q) && indexColumns.contains(CardIndexMarker))
        return Access::CardIndex;
    return covers(indexColumns, filterColumns(q)) ? Access::Covering : Access::Scan;
}

Access fetchAccess(const FeedbackQuery &q, const QStringList &indexColumns)
{
    if (fewCards(q) && indexColumns.contains(CardIndexMarker))
        return Access::CardIndex;
    // Id order is rowid order: a scan delivers it without sorting.
    if (q.sortColumn == FeedbackQuery::Column::Id)
        return Access::Scan;
    QStringList columns = filterColumns(q);
    columns.append(sortColumnName(q.sortColumn));
    return covers(indexColumns, columns) ? Access::Covering : Access::Scan;
}

// Expressions the rows are ordered by (before the final id).
QStringList sortTerms(FeedbackQuery::Column column)
{
    using C = FeedbackQuery::Column;
    switch (column) {
    case C::Id:
        return {};
    case C::Date:
        return {QStringLiteral("f.date")};
    case C::Touchpoint:
        return {QStringLiteral("c.title COLLATE NOCASE")};
    case C::Stage:
        return {QStringLiteral("s.position"), QStringLiteral("s.id")};
    case C::Channel:
        return {QStringLiteral("f.channel")};
    case C::Segment:
        return {QStringLiteral("f.segment COLLATE NOCASE")};
    case C::Metric:
        return {QStringLiteral("f.metric")};
    case C::Score:
        return {QStringLiteral("f.score")};
    case C::Comment:
        return {QStringLiteral("f.comment COLLATE NOCASE")};
    case C::Sentiment:
        return {QStringLiteral("f.sentiment")};
    case C::Respondent:
        return {QStringLiteral("f.respondent COLLATE NOCASE")};
    case C::Source:
        return {QStringLiteral("f.source")};
    }
    return {};
}

QString joinsFor(FeedbackQuery::Column column)
{
    using C = FeedbackQuery::Column;
    if (column == C::Touchpoint)
        return QStringLiteral(" LEFT JOIN cards c ON c.id = f.card_id");
    if (column == C::Stage)
        return QStringLiteral(" LEFT JOIN cards c ON c.id = f.card_id"
                              " LEFT JOIN stages s ON s.id = c.stage_id");
    return {};
}

QString direction(Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
}

// The WHERE clause of a query (without the keyword), its values appended to binds.
QString conditions(const FeedbackQuery &q, Access access, QVariantList *binds)
{
    QStringList where;
    // Journeys have positive ids: the rows of an undone import never match.
    const QString journey = access == Access::CardIndex ? QStringLiteral("+f.journey_id")
                                                        : QStringLiteral("f.journey_id");
    if (q.journeyId != NoId) {
        where.append(journey + QStringLiteral(" = ?"));
        binds->append(q.journeyId);
    } else {
        where.append(journey + QStringLiteral(" IN (SELECT id FROM journeys)"));
    }
    // On the covering path, feedback_card must not tempt the planner into row lookups.
    const QString cardColumn
        = access == Access::Covering ? QStringLiteral("+f.card_id") : QStringLiteral("f.card_id");
    if (!q.cardIds.isEmpty()) {
        QList<Id> cards = q.cardIds;
        cards.removeAll(NoId);
        QStringList any;
        if (!cards.isEmpty()) {
            any.append(cardColumn + QStringLiteral(" IN (SELECT value FROM json_each(?))"));
            binds->append(jsonIdArray(cards));
        }
        if (q.cardIds.contains(NoId)) {
            any.append(cardColumn + QStringLiteral(" IS NULL"));
            any.append(cardColumn + QStringLiteral(" NOT IN (SELECT id FROM cards)"));
        }
        where.append(QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    if (q.stageId != NoId) {
        where.append(cardColumn + QStringLiteral(" IN (SELECT id FROM cards WHERE stage_id = ?)"));
        binds->append(q.stageId);
    }
    if (!q.segment.isNull()) {
        where.append(QStringLiteral("f.segment = ?"));
        binds->append(q.segment);
    }
    if (q.metric) {
        where.append(QStringLiteral("f.metric = ?"));
        binds->append(enumKey(*q.metric));
    }
    if (q.from.isValid()) {
        where.append(QStringLiteral("f.date >= ?"));
        binds->append(q.from.toString(Qt::ISODate));
    }
    if (q.to.isValid()) {
        where.append(QStringLiteral("f.date <= ?"));
        binds->append(q.to.toString(Qt::ISODate));
    }
    if (!q.text.isEmpty()) {
        where.append(QStringLiteral("(f.comment LIKE ? ESCAPE '\\' OR f.respondent LIKE ? "
                                    "ESCAPE '\\')"));
        const QString pattern = containsPattern(q.text);
        binds->append(pattern);
        binds->append(pattern);
    }
    return where.join(QStringLiteral(" AND "));
}

QString fromClause(Access access)
{
    return access == Access::Scan ? QStringLiteral(" FROM feedback f NOT INDEXED")
                                  : QStringLiteral(" FROM feedback f");
}

struct SqlStatement
{
    QString sql;
    QVariantList binds;
};

SqlStatement countStatement(const FeedbackQuery &q, const QStringList &indexColumns)
{
    SqlStatement s;
    const Access access = countAccess(q, indexColumns);
    const QString where = conditions(q, access, &s.binds);
    s.sql = QStringLiteral("SELECT count(*)") + fromClause(access) + QStringLiteral(" WHERE ")
            + where;
    return s;
}

// The ids of the query in order, from offset (all of them when limit < 0). Only ids go
// through the sorter, which keeps it small; the rows are read by id afterwards.
SqlStatement keysStatement(const FeedbackQuery &q, const QStringList &indexColumns,
                           Qt::SortOrder order, qint64 offset, int limit)
{
    const Access access = fetchAccess(q, indexColumns);
    SqlStatement s;
    const QString where = conditions(q, access, &s.binds);
    const QString dir = direction(order);
    QStringList terms;
    for (const QString &term : sortTerms(q.sortColumn))
        terms.append(term + dir);
    terms.append(QStringLiteral("f.id") + dir);
    s.sql = QStringLiteral("SELECT f.id") + fromClause(access) + joinsFor(q.sortColumn)
            + QStringLiteral(" WHERE ") + where + QStringLiteral(" ORDER BY ")
            + terms.join(QStringLiteral(", "));
    if (limit >= 0) {
        s.sql += QStringLiteral(" LIMIT ? OFFSET ?");
        s.binds.append(limit);
        s.binds.append(offset);
    }
    return s;
}

bool run(QSqlQuery &q, Document &document, const SqlStatement &statement)
{
    q = QSqlQuery(document.database());
    q.setForwardOnly(true);
    if (!q.prepare(statement.sql)) {
        document.setLastError(q.lastError().text());
        return false;
    }
    for (const QVariant &value : statement.binds)
        q.addBindValue(value);
    return exec(q, document);
}

QStringList planOf(Document &document, const SqlStatement &statement)
{
    SqlStatement explain = statement;
    explain.sql.prepend(QStringLiteral("EXPLAIN QUERY PLAN "));
    QSqlQuery q;
    QStringList lines;
    if (!run(q, document, explain))
        return {document.lastError()};
    while (q.next())
        lines.append(q.value(3).toString());
    return lines;
}

} // namespace

bool FeedbackQueryRepository::journeyExists(Id journeyId, bool *exists)
{
    QSqlQuery q = prepare(m_document, QStringLiteral("SELECT 1 FROM journeys WHERE id = ?"));
    q.addBindValue(journeyId);
    if (!exec(q, m_document))
        return false;
    *exists = q.next();
    return true;
}

// The columns of feedback_journey, read from the file: which statements it covers decides
// how they read the table, and files made by other versions may index other columns.
const QStringList &FeedbackQueryRepository::journeyIndexColumns()
{
    if (m_indexKnown)
        return m_journeyIndex;
    m_indexKnown = true;
    QSqlQuery q = prepare(m_document, QStringLiteral("SELECT name FROM pragma_index_info(?) "
                                                     "ORDER BY seqno"));
    q.addBindValue(QStringLiteral("feedback_journey"));
    if (exec(q, m_document)) {
        while (q.next())
            m_journeyIndex.append(q.value(0).toString());
    }
    QSqlQuery card = prepare(m_document, QStringLiteral("SELECT count(*) FROM sqlite_schema "
                                                        "WHERE type = 'index' AND name = ?"));
    card.addBindValue(QStringLiteral("feedback_card"));
    if (exec(card, m_document) && card.next() && card.value(0).toInt() > 0)
        m_journeyIndex.append(CardIndexMarker);
    return m_journeyIndex;
}

qint64 FeedbackQueryRepository::count(const FeedbackQuery &query)
{
    // A journey that does not exist (deleted, or the negative id of an undone import)
    // shows nothing; checked once here so that the statements can use plain equality.
    bool exists = true;
    if (query.journeyId != NoId && !journeyExists(query.journeyId, &exists))
        return -1;
    if (!exists)
        return 0;
    QSqlQuery q;
    if (!run(q, m_document, countStatement(query, journeyIndexColumns())) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QList<Feedback> FeedbackQueryRepository::fetch(const FeedbackQuery &query, qint64 offset, int limit,
                                               qint64 total)
{
    if (offset < 0 || limit <= 0)
        return {};
    bool exists = true;
    if (query.journeyId != NoId && (!journeyExists(query.journeyId, &exists) || !exists))
        return {};
    // Sorting stops early only for the first rows of an order: a page past the middle is
    // cheaper to read backwards from the end.
    bool reversed = false;
    Qt::SortOrder order = query.order;
    if (total > 0 && offset < total && offset > total / 2) {
        const qint64 end = std::min(offset + qint64(limit), total);
        limit = int(end - offset);
        offset = total - end;
        order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        reversed = true;
    }
    const QStringList &index = journeyIndexColumns();
    const bool sorted = query.sortColumn != FeedbackQuery::Column::Id
                        || fetchAccess(query, index) != Access::Scan;
    const bool step = sorted && offset > MaxSorterOffset;
    QSqlQuery q;
    if (!run(q, m_document, keysStatement(query, index, order, offset, step ? -1 : limit)))
        return {};
    QList<Id> ids;
    ids.reserve(limit);
    if (step) {
        // A plain sort of every id, then forward to the page: cheaper than a sorter that
        // has to keep offset + limit rows in order.
        for (qint64 i = 0; i < offset; ++i) {
            if (!q.next())
                break;
        }
    }
    while (ids.size() < limit && q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    if (reversed)
        std::reverse(ids.begin(), ids.end());
    QList<Feedback> rows;
    loadResponses(ids, &rows);
    return rows;
}

QStringList FeedbackQueryRepository::segments(Id journeyId)
{
    // Through the index when it has the segment, else one pass over the table (NOT
    // INDEXED): a lookup per row would be far slower.
    const bool covered = covers(journeyIndexColumns(), {QStringLiteral("segment")});
    QString sql = QStringLiteral("SELECT DISTINCT f.segment FROM feedback f");
    if (!covered)
        sql += QStringLiteral(" NOT INDEXED");
    sql += journeyId == NoId ? QStringLiteral(" WHERE f.journey_id IN (SELECT id FROM journeys)")
                             : QStringLiteral(" WHERE f.journey_id = ?");
    sql += QStringLiteral(" ORDER BY f.segment COLLATE NOCASE LIMIT 1000");
    QSqlQuery q = prepare(m_document, sql);
    if (journeyId != NoId)
        q.addBindValue(journeyId);
    QStringList result;
    if (!exec(q, m_document))
        return result;
    while (q.next())
        result.append(q.value(0).toString());
    return result;
}

QList<Feedback> FeedbackQueryRepository::responses(const QList<Id> &ids)
{
    QList<Feedback> rows;
    loadResponses(ids, &rows);
    return rows;
}

bool FeedbackQueryRepository::loadResponses(const QList<Id> &ids, QList<Feedback> *rows)
{
    rows->clear();
    QHash<Id, Feedback> found;
    for (qsizetype start = 0; start < ids.size(); start += MaxIdsPerStatement) {
        const QList<Id> chunk = ids.mid(start, MaxIdsPerStatement);
        QSqlQuery q = prepare(m_document, QStringLiteral("SELECT ") + feedbackColumns()
                                              + QStringLiteral(" FROM feedback WHERE id IN (")
                                              + placeholders(chunk.size()) + QLatin1Char(')'));
        for (Id id : chunk)
            q.addBindValue(id);
        if (!exec(q, m_document))
            return false;
        while (q.next()) {
            const Feedback f = readRow(q);
            found.insert(f.id, f);
        }
    }
    rows->reserve(found.size());
    for (Id id : ids) {
        const auto it = found.constFind(id);
        if (it != found.constEnd())
            rows->append(*it);
    }
    return true;
}

bool FeedbackQueryRepository::insert(Feedback *row)
{
    QSqlQuery q = prepare(m_document,
                          QStringLiteral("INSERT INTO feedback (id, journey_id, card_id, batch_id, "
                                         "source, channel, segment, respondent, date, metric, "
                                         "score, scale_min, scale_max, comment, sentiment) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(idOrNull(row->id));
    q.addBindValue(row->journeyId);
    q.addBindValue(idOrNull(row->cardId));
    q.addBindValue(idOrNull(row->batchId));
    q.addBindValue(text(enumKey(row->source)));
    q.addBindValue(text(enumKey(row->channel)));
    q.addBindValue(text(row->segment));
    q.addBindValue(text(row->respondent));
    q.addBindValue(dateOrNull(row->date));
    q.addBindValue(text(enumKey(row->metric)));
    q.addBindValue(optionalToVariant(row->score));
    q.addBindValue(row->scaleMin);
    q.addBindValue(row->scaleMax);
    q.addBindValue(text(row->comment));
    q.addBindValue(optionalToVariant(row->sentiment));
    if (!exec(q, m_document))
        return false;
    row->id = q.lastInsertId().toLongLong();
    return true;
}

bool FeedbackQueryRepository::update(const Feedback &row)
{
    QSqlQuery q = prepare(
        m_document, QStringLiteral("UPDATE feedback SET card_id = ?, source = ?, channel = ?, "
                                   "segment = ?, respondent = ?, date = ?, metric = ?, "
                                   "score = ?, scale_min = ?, scale_max = ?, comment = ?, "
                                   "sentiment = ? WHERE id = ?"));
    q.addBindValue(idOrNull(row.cardId));
    q.addBindValue(text(enumKey(row.source)));
    q.addBindValue(text(enumKey(row.channel)));
    q.addBindValue(text(row.segment));
    q.addBindValue(text(row.respondent));
    q.addBindValue(dateOrNull(row.date));
    q.addBindValue(text(enumKey(row.metric)));
    q.addBindValue(optionalToVariant(row.score));
    q.addBindValue(row.scaleMin);
    q.addBindValue(row.scaleMax);
    q.addBindValue(text(row.comment));
    q.addBindValue(optionalToVariant(row.sentiment));
    q.addBindValue(row.id);
    if (!exec(q, m_document))
        return false;
    if (q.numRowsAffected() != 1) {
        m_document.setLastError(QStringLiteral("response %1 does not exist").arg(row.id));
        return false;
    }
    return true;
}

bool FeedbackQueryRepository::remove(const QList<Id> &ids, QList<Feedback> *removed)
{
    QList<Feedback> rows;
    if (!loadResponses(ids, &rows))
        return false;
    QSqlQuery q = prepare(m_document, QStringLiteral("DELETE FROM feedback WHERE id = ?"));
    for (const Feedback &row : rows) {
        q.bindValue(0, row.id);
        if (!exec(q, m_document))
            return false;
    }
    if (removed)
        *removed = rows;
    return true;
}

QStringList FeedbackQueryRepository::countPlan(const FeedbackQuery &query)
{
    return planOf(m_document, countStatement(query, journeyIndexColumns()));
}

QStringList FeedbackQueryRepository::fetchPlan(const FeedbackQuery &query, qint64 offset, int limit)
{
    const bool sorted = query.sortColumn != FeedbackQuery::Column::Id
                        || fetchAccess(query, journeyIndexColumns()) != Access::Scan;
    const bool step = sorted && offset > MaxSorterOffset;
    return planOf(m_document, keysStatement(query, journeyIndexColumns(), query.order, offset,
                                            step ? -1 : limit));
}

} // namespace Waymark
