#pragma once

#include "domain/card.h"
#include "domain/feedback.h"
#include "domain/journey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>
#include <atomic>

struct sqlite3;
struct sqlite3_stmt;

namespace Waymark {

// The reads and writes of one feedback import, on a worker connection of its own (see
// Document::openWorkerConnection): the journey's frame, the touchpoints it creates, the
// import batch and the bulk insert of responses. Feedback rows go through one prepared
// statement on the raw sqlite3 handle, with no QVariant per value: an import of 200,000
// rows must take no more than twice what the sqlite3 shell needs for the same file.
class ImportRepository
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::ImportRepository)

public:
    // connectionName: an open connection of the calling thread.
    explicit ImportRepository(const QString &connectionName);
    ~ImportRepository();
    ImportRepository(const ImportRepository &) = delete;
    ImportRepository &operator=(const ImportRepository &) = delete;

    bool isValid() const { return m_db != nullptr; }
    // The last SQLite error, for a sentence.
    QString lastError() const { return m_lastError; }
    // True when the last failure was the file being locked by another writer.
    bool lastErrorWasBusy() const { return m_busy; }

    // Journeys in display order.
    bool loadJourneys(QList<Journey> *journeys);
    // The stages, lanes and cards of one journey, in display order.
    bool loadFrame(Id journeyId, QList<Stage> *stages, QList<Lane> *lanes, QList<Card> *cards);

    // One write transaction for the whole import (BEGIN IMMEDIATE: the lock is taken at
    // once, so that nothing else can write in the middle of it).
    bool begin();
    bool commit();
    void rollback();

    // Rows of the feedback table, visible or not.
    bool countFeedback(qint64 *count);
    // For an import that is large next to the feedback already there: the indexes of the
    // feedback table are dropped (in the import's transaction) and built again, by sorting,
    // once the rows are in, which costs far less than updating them row by row. Their SQL
    // is read back from the file, so they come back exactly as they were.
    bool dropFeedbackIndexes();
    bool restoreFeedbackIndexes();
    bool feedbackIndexesDropped() const { return !m_droppedIndexes.isEmpty(); }
    // Statements stop with an error once *cancel is set (checked every few thousand steps).
    void setCancelFlag(const std::atomic_bool *cancel);

    // Appends a card at the end of its cell; card->id and card->position are set.
    bool insertCard(Card *card);
    bool insertBatch(ImportBatch *batch);
    // Writes the batch's fingerprint and counts, known once the file has been read.
    bool finishBatch(const ImportBatch &batch);

    // One response, as the bulk insert takes it: text in UTF-8 (what SQLite stores, so it
    // is not converted again), keys as Latin-1 strings, the date as "yyyy-MM-dd" or null.
    struct Row
    {
        Id journeyId = NoId;
        Id cardId = NoId;
        Id batchId = NoId;
        const char *source = "";
        const char *channel = "";
        const char *metric = "";
        QByteArrayView segment;
        QByteArrayView respondent;
        QByteArrayView comment;
        const char *date = nullptr; // 10 characters, or null
        double score = 0;
        bool hasScore = false;
        int scaleMin = 0;
        int scaleMax = 0;
        double sentiment = 0;
        bool hasSentiment = false;
    };
    // Rows are written in groups of RowsPerStatement (one statement for many rows costs far
    // less than one per row). The text and date a row points to must stay valid until
    // flushFeedback(), which writes what is left.
    bool insertFeedback(const Row &row);
    bool flushFeedback();
    static constexpr int RowsPerStatement = 32;

private:
    bool exec(const char *sql);
    bool prepare(const char *sql, sqlite3_stmt **statement);
    bool setError();

    QList<QByteArray> m_droppedIndexes; // their CREATE statements
    sqlite3 *m_db = nullptr;
    bool stepFeedback(sqlite3_stmt *statement, const Row *rows, int count);

    sqlite3_stmt *m_insertFeedback = nullptr;     // one row
    sqlite3_stmt *m_insertFeedbackMany = nullptr; // RowsPerStatement rows
    std::array<Row, RowsPerStatement> m_pending;
    int m_pendingCount = 0;
    sqlite3_stmt *m_insertCard = nullptr;
    QString m_lastError;
    bool m_busy = false;
    bool m_inTransaction = false;
};

} // namespace Waymark
