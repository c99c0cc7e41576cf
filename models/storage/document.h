#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class QLockFile;
struct sqlite3;

namespace Waymark {

// Who holds the lock on a project file that is in use.
struct LockOwner
{
    qint64 pid = 0;
    QString hostName;
    QString application;
    QString user;
    QDateTime since;

    QString describe() const;
};

// Why a project file could not be opened or written; message is a sentence for the user.
struct DocumentError
{
    enum class Code {
        None,
        NotFound,
        NotReadable,
        Empty,
        NotDatabase,
        Truncated,
        Corrupt,
        ForeignDatabase,
        ForeignApplication,
        NewerVersion,
        UnexpectedSchema,
        Locked,
        AlreadyExists,
        NeedsUpgrade,
        WriteFailed,
    };

    Code code = Code::None;
    QString message;
    LockOwner lockOwner;

    explicit operator bool() const { return code != Code::None; }
};

// One project file and its SQLite connection: identity checks and hardening on open,
// schema creation and migration, the lock that marks it in use, Save As, transactions.
// The only class that opens project databases; repositories run their SQL through it.
class Document
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::Document)

public:
    enum class Access { ReadWrite, ReadOnly };

    struct OpenOptions
    {
        Access access = Access::ReadWrite;
        // Take over a lock left by a crashed instance on another machine.
        bool breakLock = false;
    };

    // Creates a new project file with the current schema. Fails if path exists.
    static std::unique_ptr<Document> create(const QString &path, DocumentError *error);
    // Opens an existing project file; untrusted content is checked before it is used.
    static std::unique_ptr<Document> open(const QString &path, const OpenOptions &options,
                                          DocumentError *error);

    // Integrity report for `waymark-cli check`: each line is one check and its result.
    struct CheckReport
    {
        bool ok = false;
        QStringList lines;
    };
    static CheckReport check(const QString &path);

    ~Document();
    Document(const Document &) = delete;
    Document &operator=(const Document &) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // Sentence explaining why the document is read-only; empty when it is writable.
    QString readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const { return m_schemaVersion; }
    // Where the pre-migration copy of the file was written, if the file was migrated.
    QString migrationBackupPath() const { return m_backupPath; }

    QString connectionName() const { return m_connectionName; }
    QSqlDatabase database() const;
    sqlite3 *handle() const;

    // Opens a second, hardened connection to the same file for the calling thread (a
    // connection belongs to the thread that opened it). Close it with closeConnection().
    QString openWorkerConnection(QString *error) const;
    static void closeConnection(const QString &connectionName);

    // Writes a consistent copy to target (VACUUM INTO a temporary file beside it, checked,
    // then renamed into place) and continues on the copy. The old file stays as it was.
    bool saveAs(const QString &target, DocumentError *error);
    // Writes a consistent copy to target without switching to it.
    bool writeCopy(const QString &target, DocumentError *error) const;

    // Nested transactions (savepoints). Every write happens inside one.
    bool begin();
    bool commit();
    void rollback();
    int transactionDepth() const { return m_depth; }

    // Clears soft references to objects that no longer exist (kept while undo could bring
    // them back). Runs when a writable document is closed and when it is opened.
    void purgeOrphans();

    // Last SQL error message, for diagnostics.
    QString lastError() const { return m_lastError; }
    void setLastError(const QString &message) { m_lastError = message; }

private:
    Document() = default;
    bool openConnection(bool readOnly, DocumentError *error);
    bool verifyContent(DocumentError *error);
    bool migrate(int fromVersion, DocumentError *error);
    void closeDatabase();

    QString m_path;
    QString m_connectionName;
    QString m_readOnlyReason;
    QString m_backupPath;
    QString m_lastError;
    std::unique_ptr<QLockFile> m_lock;
    int m_schemaVersion = 0;
    int m_depth = 0;
    bool m_readOnly = false;
};

// Commits on commit(), rolls back when it goes out of scope uncommitted.
class Transaction
{
public:
    explicit Transaction(Document &document);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    Document &m_document;
    bool m_active = false;
};

} // namespace Waymark
