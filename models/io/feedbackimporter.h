#pragma once

#include "domain/ids.h"
#include "importmapping.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Waymark {

class Document;

// A row that could not be used, with the 1-based line of the file it started on.
struct RejectedRow
{
    qint64 line = 0;
    QString reason; // a sentence
    QStringList fields;
};

struct ImportResult
{
    qint64 rowsRead = 0;          // data rows in the file
    qint64 responsesImported = 0; // feedback rows written
    qint64 skipped = 0;           // "no answer" values skipped
    qint64 rejected = 0;          // rows rejected
    QList<RejectedRow> rejects;   // the first MaxKeptRejects of them
    QStringList warnings;         // e.g. ragged rows
    QList<Id> createdCardIds;     // touchpoints the import created
    QStringList createdTouchpoints;
    Id batchId = NoId;   // NoId when nothing was written
    Id journeyId = NoId; // the journey the responses went to
    QString fileName;    // of the imported file, without its folder
    QStringList header;  // the file's header row (for writeRejects)
    bool cancelled = false;
    QString error; // set when the import failed as a whole; nothing written

    static constexpr int MaxKeptRejects = 10000;
    bool ok() const { return error.isEmpty() && !cancelled; }
};

// The feedback import engine, used by the import wizard (on a worker thread) and by
// `waymark-cli import`. One import is one transaction on a connection of its own and one
// import batch (file name, sha256, mapping, counts): it either lands whole or not at all,
// and cancelling leaves nothing behind.
class FeedbackImporter
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::FeedbackImporter)

public:
    // What a file looks like before importing: for the wizard's preview steps.
    struct Preview
    {
        QStringList header;
        QList<QStringList> rows; // the first rows
        QChar delimiter;
        QByteArray encoding;
        QString error;
    };
    static Preview preview(const QString &csvPath, const ImportMapping &mapping, int maxRows = 50);

    // Which touchpoints of the file exist in the journey and which would be created.
    struct TouchpointMatch
    {
        QStringList existing;                   // titles as in the project
        QList<QPair<QString, QString>> created; // (stage, title)
        QStringList missingStages;              // stages named by the file that do not exist
        QString error;
    };
    // Reads the document through its own connection (call on the document's thread).
    static TouchpointMatch matchTouchpoints(const Document &document, const QString &csvPath,
                                            const ImportMapping &mapping);

    // progress: 0..1; return value ignored. cancel: checked between rows.
    using Progress = std::function<void(double)>;

    // Imports csvPath into the document's file through a connection opened for this call on
    // the calling thread (any thread; Document::openWorkerConnection). Problems are in the
    // result, never thrown.
    static ImportResult run(const Document &document, const QString &csvPath,
                            const ImportMapping &mapping, const Progress &progress = {},
                            const std::atomic_bool *cancel = nullptr);

    // Takes a finished import out of the file again (its responses, its batch and the
    // touchpoints it created), for an import the project then refused to take as an edit.
    // Call on the document's thread, with the cards not adopted into memory.
    static bool discard(Document &document, const ImportResult &result, QString *error);

    // Writes rejected rows as CSV (line, reason, then the row's fields) atomically.
    static bool writeRejects(const QString &path, const QStringList &header,
                             const QList<RejectedRow> &rejects, QString *error);
};

} // namespace Waymark
