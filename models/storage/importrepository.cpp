#include "importrepository.h"

#include "sqlhelpers.h"

#include <QSqlDatabase>
#include <QSqlDriver>

#include <sqlite3.h>

namespace Waymark {

namespace {

sqlite3 *handleOf(const QString &connectionName)
{
    const QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    if (!db.isValid() || !db.isOpen() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

QString columnText(sqlite3_stmt *stmt, int column)
{
    const auto *text = static_cast<const char16_t *>(sqlite3_column_text16(stmt, column));
    if (!text)
        return QString();
    return QString(reinterpret_cast<const QChar *>(text), sqlite3_column_bytes16(stmt, column) / 2);
}

QByteArray toUtf8(const QString &text)
{
    return text.toUtf8();
}

// Text columns are NOT NULL; an empty view may have no data pointer, which would bind NULL.
int bindText(sqlite3_stmt *stmt, int index, QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return sqlite3_bind_text(stmt, index, "", 0, SQLITE_STATIC);
    return sqlite3_bind_text(stmt, index, utf8.data(), int(utf8.size()), SQLITE_STATIC);
}

int bindKey(sqlite3_stmt *stmt, int index, const char *key)
{
    return sqlite3_bind_text(stmt, index, key ? key : "", -1, SQLITE_STATIC);
}

int bindId(sqlite3_stmt *stmt, int index, Id id)
{
    return id > 0 ? sqlite3_bind_int64(stmt, index, id) : sqlite3_bind_null(stmt, index);
}

// Statements that only read run to completion and are finalised at once, so that this
// connection never keeps a read lock it does not need.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
    {
        m_rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    bool ok() const { return m_rc == SQLITE_OK && m_stmt; }
    sqlite3_stmt *get() const { return m_stmt; }

private:
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_OK;
};

} // namespace

ImportRepository::ImportRepository(const QString &connectionName)
    : m_db(handleOf(connectionName))
{
    if (!m_db)
        m_lastError = tr("No database connection.");
}

ImportRepository::~ImportRepository()
{
    sqlite3_finalize(m_insertFeedback);
    sqlite3_finalize(m_insertFeedbackMany);
    sqlite3_finalize(m_insertCard);
    if (m_inTransaction)
        rollback();
}

bool ImportRepository::setError()
{
    const int code = sqlite3_errcode(m_db);
    m_busy = code == SQLITE_BUSY || code == SQLITE_LOCKED;
    m_lastError = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

bool ImportRepository::exec(const char *sql)
{
    if (!m_db)
        return false;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return setError();
    return true;
}

bool ImportRepository::prepare(const char *sql, sqlite3_stmt **statement)
{
    if (*statement)
        return true;
    if (!m_db
        || sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, statement, nullptr)
               != SQLITE_OK)
        return setError();
    return true;
}

bool ImportRepository::loadJourneys(QList<Journey> *journeys)
{
    if (!m_db)
        return false;
    Statement q(m_db, "SELECT id, name, state, position FROM journeys ORDER BY position, id");
    if (!q.ok())
        return setError();
    int rc;
    while ((rc = sqlite3_step(q.get())) == SQLITE_ROW) {
        Journey j;
        j.id = sqlite3_column_int64(q.get(), 0);
        j.name = columnText(q.get(), 1);
        j.state = enumFromKey(columnText(q.get(), 2), JourneyState::Current);
        j.position = sqlite3_column_int(q.get(), 3);
        journeys->append(j);
    }
    return rc == SQLITE_DONE || setError();
}

bool ImportRepository::loadFrame(Id journeyId, QList<Stage> *stages, QList<Lane> *lanes,
                                 QList<Card> *cards)
{
    if (!m_db)
        return false;
    int rc;
    {
        Statement q(m_db, "SELECT id, name, position, hidden FROM stages WHERE journey_id = ? "
                          "ORDER BY position, id");
        if (!q.ok())
            return setError();
        sqlite3_bind_int64(q.get(), 1, journeyId);
        while ((rc = sqlite3_step(q.get())) == SQLITE_ROW) {
            Stage s;
            s.id = sqlite3_column_int64(q.get(), 0);
            s.journeyId = journeyId;
            s.name = columnText(q.get(), 1);
            s.position = sqlite3_column_int(q.get(), 2);
            s.hidden = sqlite3_column_int(q.get(), 3) != 0;
            stages->append(s);
        }
        if (rc != SQLITE_DONE)
            return setError();
    }
    {
        Statement q(m_db, "SELECT id, kind, name, position, visible FROM lanes "
                          "WHERE journey_id = ? ORDER BY position, id");
        if (!q.ok())
            return setError();
        sqlite3_bind_int64(q.get(), 1, journeyId);
        while ((rc = sqlite3_step(q.get())) == SQLITE_ROW) {
            Lane l;
            l.id = sqlite3_column_int64(q.get(), 0);
            l.journeyId = journeyId;
            l.kind = enumFromKey(columnText(q.get(), 1), LaneKind::Custom);
            l.name = columnText(q.get(), 2);
            l.position = sqlite3_column_int(q.get(), 3);
            l.visible = sqlite3_column_int(q.get(), 4) != 0;
            lanes->append(l);
        }
        if (rc != SQLITE_DONE)
            return setError();
    }
    {
        // Cards whose stage and lane belong to the journey, as Project::load accepts them.
        Statement q(m_db, "SELECT c.id, c.stage_id, c.lane_id, c.position, c.kind, c.title, "
                          "c.channel FROM cards c JOIN stages s ON s.id = c.stage_id "
                          "JOIN lanes l ON l.id = c.lane_id "
                          "WHERE s.journey_id = ?1 AND l.journey_id = ?1 "
                          "ORDER BY s.position, l.position, c.position, c.id");
        if (!q.ok())
            return setError();
        sqlite3_bind_int64(q.get(), 1, journeyId);
        while ((rc = sqlite3_step(q.get())) == SQLITE_ROW) {
            Card c;
            c.id = sqlite3_column_int64(q.get(), 0);
            c.journeyId = journeyId;
            c.stageId = sqlite3_column_int64(q.get(), 1);
            c.laneId = sqlite3_column_int64(q.get(), 2);
            c.position = sqlite3_column_int(q.get(), 3);
            c.kind = enumFromKey(columnText(q.get(), 4), CardKind::Note);
            c.title = columnText(q.get(), 5);
            c.channel = enumFromKey(columnText(q.get(), 6), Channel::Other);
            cards->append(c);
        }
        if (rc != SQLITE_DONE)
            return setError();
    }
    return true;
}

bool ImportRepository::begin()
{
    // The rows refer to the batch row and to cards of the journey that the import itself
    // wrote or checked; checking each reference again would cost a lookup per row. (The
    // setting cannot change inside a transaction, and the connection ends with the import.)
    exec("PRAGMA foreign_keys = OFF");
    if (!exec("BEGIN IMMEDIATE"))
        return false;
    m_inTransaction = true;
    // The indexes of a large import stay in memory until the commit writes them once; the
    // connection is closed after the import, so the setting does not outlive it.
    exec("PRAGMA cache_size = -131072");
    return true;
}

bool ImportRepository::commit()
{
    if (m_pendingCount > 0 && !flushFeedback())
        return false;
    // Statements must be reset before COMMIT can release the lock.
    if (m_insertFeedbackMany)
        sqlite3_reset(m_insertFeedbackMany);
    if (m_insertFeedback)
        sqlite3_reset(m_insertFeedback);
    if (m_insertCard)
        sqlite3_reset(m_insertCard);
    if (!exec("COMMIT"))
        return false;
    m_inTransaction = false;
    return true;
}

void ImportRepository::rollback()
{
    // A rollback restores the dropped indexes with everything else.
    m_droppedIndexes.clear();
    m_pendingCount = 0;
    if (m_insertFeedbackMany)
        sqlite3_reset(m_insertFeedbackMany);
    if (m_insertFeedback)
        sqlite3_reset(m_insertFeedback);
    if (m_insertCard)
        sqlite3_reset(m_insertCard);
    if (m_db && !sqlite3_get_autocommit(m_db))
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    m_inTransaction = false;
}

bool ImportRepository::countFeedback(qint64 *count)
{
    Statement q(m_db, "SELECT count(*) FROM feedback");
    if (!q.ok() || sqlite3_step(q.get()) != SQLITE_ROW)
        return setError();
    *count = sqlite3_column_int64(q.get(), 0);
    return true;
}

bool ImportRepository::dropFeedbackIndexes()
{
    QList<QPair<QByteArray, QByteArray>> indexes;
    {
        // Indexes made by CREATE INDEX only (those of constraints have no SQL).
        Statement q(m_db, "SELECT name, sql FROM sqlite_schema WHERE type = 'index' "
                          "AND tbl_name = 'feedback' AND sql IS NOT NULL ORDER BY rowid");
        if (!q.ok())
            return setError();
        int rc;
        while ((rc = sqlite3_step(q.get())) == SQLITE_ROW) {
            indexes.append(
                {QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(q.get(), 0))),
                 QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(q.get(), 1)))});
        }
        if (rc != SQLITE_DONE)
            return setError();
    }
    for (const auto &[name, sql] : std::as_const(indexes)) {
        QByteArray drop = "DROP INDEX \"";
        drop += QByteArray(name).replace('"', "\"\"");
        drop += '"';
        if (!exec(drop.constData()))
            return false;
        m_droppedIndexes.append(sql);
    }
    return true;
}

bool ImportRepository::restoreFeedbackIndexes()
{
    while (!m_droppedIndexes.isEmpty()) {
        if (!exec(m_droppedIndexes.first().constData()))
            return false;
        m_droppedIndexes.removeFirst();
    }
    return true;
}

void ImportRepository::setCancelFlag(const std::atomic_bool *cancel)
{
    if (!m_db)
        return;
    if (!cancel) {
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
        return;
    }
    sqlite3_progress_handler(
        m_db, 10000,
        [](void *flag) -> int {
            return static_cast<const std::atomic_bool *>(flag)->load(std::memory_order_relaxed) ? 1
                                                                                                : 0;
        },
        const_cast<std::atomic_bool *>(cancel));
}

bool ImportRepository::insertCard(Card *card)
{
    int position = 0;
    {
        Statement q(m_db, "SELECT coalesce(max(position) + 1, 0) FROM cards "
                          "WHERE stage_id = ? AND lane_id = ?");
        if (!q.ok())
            return setError();
        sqlite3_bind_int64(q.get(), 1, card->stageId);
        sqlite3_bind_int64(q.get(), 2, card->laneId);
        if (sqlite3_step(q.get()) != SQLITE_ROW)
            return setError();
        position = sqlite3_column_int(q.get(), 0);
    }
    if (!prepare("INSERT INTO cards (journey_id, stage_id, lane_id, span, position, kind, title, "
                 "body, channel, owner, emotion, evidence, color) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, '')",
                 &m_insertCard)) {
        return false;
    }
    sqlite3_stmt *q = m_insertCard;
    const QByteArray kind = toUtf8(enumKey(card->kind));
    const QByteArray title = toUtf8(Sql::text(card->title));
    const QByteArray body = toUtf8(Sql::text(card->body));
    const QByteArray channel = toUtf8(enumKey(card->channel));
    const QByteArray owner = toUtf8(Sql::text(card->owner));
    const QByteArray evidence = toUtf8(enumKey(card->evidence));
    sqlite3_bind_int64(q, 1, card->journeyId);
    sqlite3_bind_int64(q, 2, card->stageId);
    sqlite3_bind_int64(q, 3, card->laneId);
    sqlite3_bind_int(q, 4, qMax(1, card->span));
    sqlite3_bind_int(q, 5, position);
    sqlite3_bind_text(q, 6, kind.constData(), int(kind.size()), SQLITE_STATIC);
    sqlite3_bind_text(q, 7, title.constData(), int(title.size()), SQLITE_STATIC);
    sqlite3_bind_text(q, 8, body.constData(), int(body.size()), SQLITE_STATIC);
    sqlite3_bind_text(q, 9, channel.constData(), int(channel.size()), SQLITE_STATIC);
    sqlite3_bind_text(q, 10, owner.constData(), int(owner.size()), SQLITE_STATIC);
    sqlite3_bind_text(q, 11, evidence.constData(), int(evidence.size()), SQLITE_STATIC);
    const int rc = sqlite3_step(q);
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
    if (rc != SQLITE_DONE)
        return setError();
    card->id = sqlite3_last_insert_rowid(m_db);
    card->position = position;
    return true;
}

bool ImportRepository::insertBatch(ImportBatch *batch)
{
    Statement q(m_db, "INSERT INTO import_batches (journey_id, file_name, sha256, imported_at, "
                      "mapping, rows_read, rows_imported, rows_skipped, rows_rejected) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!q.ok())
        return setError();
    const QByteArray fileName = toUtf8(batch->fileName);
    const QByteArray sha = toUtf8(batch->sha256);
    const QByteArray when = toUtf8(batch->importedAt.toUTC().toString(Qt::ISODate));
    const QByteArray mapping = toUtf8(batch->mapping);
    bindId(q.get(), 1, batch->journeyId);
    sqlite3_bind_text(q.get(), 2, fileName.constData(), int(fileName.size()), SQLITE_STATIC);
    sqlite3_bind_text(q.get(), 3, sha.constData(), int(sha.size()), SQLITE_STATIC);
    sqlite3_bind_text(q.get(), 4, when.constData(), int(when.size()), SQLITE_STATIC);
    sqlite3_bind_text(q.get(), 5, mapping.constData(), int(mapping.size()), SQLITE_STATIC);
    sqlite3_bind_int64(q.get(), 6, batch->rowsRead);
    sqlite3_bind_int64(q.get(), 7, batch->rowsImported);
    sqlite3_bind_int64(q.get(), 8, batch->rowsSkipped);
    sqlite3_bind_int64(q.get(), 9, batch->rowsRejected);
    if (sqlite3_step(q.get()) != SQLITE_DONE)
        return setError();
    batch->id = sqlite3_last_insert_rowid(m_db);
    return true;
}

bool ImportRepository::finishBatch(const ImportBatch &batch)
{
    Statement q(m_db, "UPDATE import_batches SET sha256 = ?, rows_read = ?, rows_imported = ?, "
                      "rows_skipped = ?, rows_rejected = ? WHERE id = ?");
    if (!q.ok())
        return setError();
    const QByteArray sha = toUtf8(batch.sha256);
    sqlite3_bind_text(q.get(), 1, sha.constData(), int(sha.size()), SQLITE_STATIC);
    sqlite3_bind_int64(q.get(), 2, batch.rowsRead);
    sqlite3_bind_int64(q.get(), 3, batch.rowsImported);
    sqlite3_bind_int64(q.get(), 4, batch.rowsSkipped);
    sqlite3_bind_int64(q.get(), 5, batch.rowsRejected);
    sqlite3_bind_int64(q.get(), 6, batch.id);
    return sqlite3_step(q.get()) == SQLITE_DONE || setError();
}

namespace {

constexpr int FeedbackColumns = 14;
constexpr char InsertFeedbackSql[]
    = "INSERT INTO feedback (journey_id, card_id, batch_id, source, channel, segment, "
      "respondent, date, metric, score, scale_min, scale_max, comment, sentiment) VALUES ";
constexpr char FeedbackValuesSql[] = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

void bindFeedback(sqlite3_stmt *q, int offset, const ImportRepository::Row &row)
{
    sqlite3_bind_int64(q, offset + 1, row.journeyId);
    bindId(q, offset + 2, row.cardId);
    bindId(q, offset + 3, row.batchId);
    bindKey(q, offset + 4, row.source);
    bindKey(q, offset + 5, row.channel);
    bindText(q, offset + 6, row.segment);
    bindText(q, offset + 7, row.respondent);
    if (row.date)
        sqlite3_bind_text(q, offset + 8, row.date, 10, SQLITE_STATIC);
    else
        sqlite3_bind_null(q, offset + 8);
    bindKey(q, offset + 9, row.metric);
    if (row.hasScore)
        sqlite3_bind_double(q, offset + 10, row.score);
    else
        sqlite3_bind_null(q, offset + 10);
    sqlite3_bind_int(q, offset + 11, row.scaleMin);
    sqlite3_bind_int(q, offset + 12, row.scaleMax);
    bindText(q, offset + 13, row.comment);
    if (row.hasSentiment)
        sqlite3_bind_double(q, offset + 14, row.sentiment);
    else
        sqlite3_bind_null(q, offset + 14);
}

} // namespace

bool ImportRepository::stepFeedback(sqlite3_stmt *statement, const Row *rows, int count)
{
    for (int i = 0; i < count; ++i)
        bindFeedback(statement, i * FeedbackColumns, rows[i]);
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    return rc == SQLITE_DONE || setError();
}

bool ImportRepository::insertFeedback(const Row &row)
{
    m_pending[std::size_t(m_pendingCount++)] = row;
    if (m_pendingCount < RowsPerStatement)
        return true;
    m_pendingCount = 0;
    if (!m_insertFeedbackMany) {
        QByteArray sql = InsertFeedbackSql;
        for (int i = 0; i < RowsPerStatement; ++i) {
            if (i > 0)
                sql += ", ";
            sql += FeedbackValuesSql;
        }
        if (!prepare(sql.constData(), &m_insertFeedbackMany))
            return false;
    }
    return stepFeedback(m_insertFeedbackMany, m_pending.data(), RowsPerStatement);
}

bool ImportRepository::flushFeedback()
{
    const int count = m_pendingCount;
    m_pendingCount = 0;
    if (count == 0)
        return true;
    if (!m_insertFeedback) {
        const QByteArray sql = QByteArray(InsertFeedbackSql) + FeedbackValuesSql;
        if (!prepare(sql.constData(), &m_insertFeedback))
            return false;
    }
    for (int i = 0; i < count; ++i) {
        if (!stepFeedback(m_insertFeedback, &m_pending[std::size_t(i)], 1))
            return false;
    }
    return true;
}

} // namespace Waymark
