#include "document.h"

#include "fileinspector.h"
#include "hardening.h"
#include "migrations.h"
#include "schema.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace Waymark {

namespace {

QAtomicInt connectionCounter;

QString newConnectionName(const QString &prefix)
{
    return QStringLiteral("%1-%2").arg(prefix).arg(connectionCounter.fetchAndAddRelaxed(1));
}

QString displayName(const QString &path)
{
    return QFileInfo(path).fileName();
}

// The lock lives beside the document, hidden, so that colleagues opening the same file on
// a share see it too.
QString lockPathFor(const QString &path)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(QStringLiteral(".%1.lock").arg(info.fileName()));
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

bool syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool syncDirectoryOf(const QString &path)
{
    return syncFile(QFileInfo(path).absolutePath());
}

// Runs one statement and returns the first column of every row; fails on any SQL error.
bool queryColumn(const QSqlDatabase &db, const QString &sql, QStringList *rows, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    while (query.next())
        rows->append(query.value(0).toString());
    if (query.lastError().isValid()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

bool execAll(const QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            if (error)
                *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

// Rolls back the hot journal a stopped program left beside a project, on a connection of
// its own (SQLite does that when a writable connection first reads). True when there was a
// journal and it is gone now; false when there was none or it could not be rolled back.
bool rollBackInterruptedChange(const QString &path)
{
    const QString journal = path + QStringLiteral("-journal");
    if (QFileInfo(journal).size() <= 0)
        return false;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
            == SQLITE_OK
        && hardenConnection(db, nullptr)) {
        sqlite3_busy_timeout(db, 3000);
        sqlite3_exec(db, "PRAGMA schema_version", nullptr, nullptr, nullptr);
    }
    sqlite3_close(db);
    return !QFileInfo::exists(journal);
}

QString uniqueSiblingPath(const QString &path, const QString &suffix)
{
    const QFileInfo info(path);
    const QString base = info.absoluteDir().filePath(info.completeBaseName() + suffix);
    QString candidate = base + QStringLiteral(".waymark");
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = base + QStringLiteral("-%1.waymark").arg(n);
    return candidate;
}

QString temporarySiblingPath(const QString &target, const QString &purpose)
{
    const QFileInfo info(target);
    return info.absoluteDir().filePath(
        QStringLiteral(".%1.%2-%3")
            .arg(info.fileName(), purpose, QUuid::createUuid().toString(QUuid::Id128).left(12)));
}

} // namespace

QString LockOwner::describe() const
{
    QString who = user.isEmpty() ? application : user;
    if (who.isEmpty())
        who = Document::tr("another program");
    QString where;
    if (!hostName.isEmpty())
        where = Document::tr(" on %1").arg(hostName);
    const QString when = since.isValid() ? QLocale().toString(since, QLocale::ShortFormat)
                                         : Document::tr("an unknown time");
    return Document::tr("%1 (%2, process %3%4) since %5")
        .arg(who, application.isEmpty() ? QStringLiteral("?") : application)
        .arg(pid)
        .arg(where, when);
}

std::unique_ptr<Document> Document::create(const QString &path, DocumentError *error)
{
    DocumentError local;
    DocumentError &err = error ? *error : local;
    err = {};
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(absolute)) {
        err.code = DocumentError::Code::AlreadyExists;
        err.message = tr("“%1” already exists.").arg(displayName(absolute));
        return nullptr;
    }
    if (!QFileInfo(QFileInfo(absolute).absolutePath()).isDir()) {
        err.code = DocumentError::Code::WriteFailed;
        err.message = tr("The folder of “%1” does not exist.").arg(displayName(absolute));
        return nullptr;
    }

    std::unique_ptr<Document> doc(new Document);
    doc->m_path = absolute;
    doc->m_lock = std::make_unique<QLockFile>(lockPathFor(absolute));
    doc->m_lock->setStaleLockTime(0);
    if (!doc->m_lock->tryLock(0)) {
        err.code = DocumentError::Code::WriteFailed;
        err.message
            = tr("Cannot create “%1”: the folder is not writable.").arg(displayName(absolute));
        doc->m_lock.reset();
        return nullptr;
    }
    if (!doc->openConnection(false, &err)) {
        doc->closeDatabase();
        QFile::remove(absolute);
        return nullptr;
    }

    QString sqlError;
    QStringList statements = {QStringLiteral("BEGIN IMMEDIATE")};
    statements += Schema::createStatements();
    statements += {QStringLiteral("PRAGMA application_id = %1").arg(Schema::ApplicationId),
                   QStringLiteral("PRAGMA user_version = %1").arg(Schema::CurrentVersion),
                   QStringLiteral("COMMIT")};
    if (!execAll(doc->database(), statements, &sqlError)) {
        err.code = DocumentError::Code::WriteFailed;
        err.message = tr("Cannot create “%1”: %2").arg(displayName(absolute), sqlError);
        doc->closeDatabase();
        QFile::remove(absolute);
        QFile::remove(absolute + QStringLiteral("-journal"));
        return nullptr;
    }
    doc->m_schemaVersion = Schema::CurrentVersion;
    return doc;
}

std::unique_ptr<Document> Document::open(const QString &path, const OpenOptions &options,
                                         DocumentError *error)
{
    DocumentError local;
    DocumentError &err = error ? *error : local;
    err = {};
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString name = displayName(absolute);

    // 1. Look at the raw bytes before SQLite does.
    FileHeader header = inspectFile(absolute);
    // A Waymark that stopped in the middle of an edit (crash, kill -9, power cut) left a hot
    // journal: until it is rolled back the file may look cut off or damaged, and a read-only
    // connection cannot roll it back. Only for a file whose header says it is a project.
    if (header.isSqlite && header.applicationId == Schema::ApplicationId
        && header.userVersion <= Schema::CurrentVersion && rollBackInterruptedChange(absolute)) {
        header = inspectFile(absolute);
    }
    if (!header.exists && QFileInfo(absolute).isDir()) {
        err.code = DocumentError::Code::NotDatabase;
        err.message = tr("“%1” is a folder, not a Waymark project.").arg(name);
        return nullptr;
    }
    if (!header.exists) {
        err.code = DocumentError::Code::NotFound;
        err.message = tr("“%1” does not exist.").arg(name);
        return nullptr;
    }
    if (!header.readable) {
        err.code = DocumentError::Code::NotReadable;
        err.message = tr("“%1” cannot be read: permission denied.").arg(name);
        return nullptr;
    }
    if (header.size == 0) {
        err.code = DocumentError::Code::Empty;
        err.message = tr("“%1” is empty; it is not a Waymark project.").arg(name);
        return nullptr;
    }
    if (!header.isSqlite) {
        err.code = DocumentError::Code::NotDatabase;
        err.message = tr("“%1” is not a Waymark project (it is not a database file).").arg(name);
        return nullptr;
    }
    if (header.size % header.pageSize != 0
        || (header.pageCountValid
            && header.size < qint64(header.pageCount) * qint64(header.pageSize))) {
        err.code = DocumentError::Code::Truncated;
        err.message = tr("“%1” is incomplete: the file is shorter than its content says. It may "
                         "have been cut off while it was copied or downloaded.")
                          .arg(name);
        return nullptr;
    }
    if (header.applicationId == 0) {
        err.code = DocumentError::Code::ForeignDatabase;
        err.message
            = tr("“%1” is a database of another application, not a Waymark project.").arg(name);
        return nullptr;
    }
    if (header.applicationId != Schema::ApplicationId) {
        err.code = DocumentError::Code::ForeignApplication;
        err.message = tr("“%1” belongs to another application (application id 0x%2), not to "
                         "Waymark.")
                          .arg(name)
                          .arg(header.applicationId, 8, 16, QLatin1Char('0'));
        return nullptr;
    }
    if (header.userVersion > Schema::CurrentVersion) {
        err.code = DocumentError::Code::NewerVersion;
        err.message = tr("“%1” was saved by a newer Waymark (file format version %2); this "
                         "Waymark reads versions up to %3. Please update Waymark to open it.")
                          .arg(name)
                          .arg(header.userVersion)
                          .arg(Schema::CurrentVersion);
        return nullptr;
    }
    if (header.userVersion < Migrations::OldestSupported) {
        err.code = DocumentError::Code::UnexpectedSchema;
        err.message
            = tr("“%1” has an unknown file format version (%2).").arg(name).arg(header.userVersion);
        return nullptr;
    }

    std::unique_ptr<Document> doc(new Document);
    doc->m_path = absolute;
    doc->m_schemaVersion = header.userVersion;

    // 2. Decide whether we can write, and mark the file as in use.
    bool readOnly = options.access == Access::ReadOnly;
    if (!readOnly && !header.writable) {
        readOnly = true;
        doc->m_readOnlyReason = tr("“%1” is write-protected, so it is open read-only.").arg(name);
    }
    if (!readOnly) {
        auto lock = std::make_unique<QLockFile>(lockPathFor(absolute));
        lock->setStaleLockTime(0);
        bool locked = lock->tryLock(0);
        if (!locked && lock->error() == QLockFile::LockFailedError && options.breakLock) {
            lock->removeStaleLockFile();
            locked = lock->tryLock(0);
        }
        if (!locked) {
            if (lock->error() == QLockFile::LockFailedError) {
                LockOwner owner;
                lock->getLockInfo(&owner.pid, &owner.hostName, &owner.application);
                const QFileInfo lockInfo(lockPathFor(absolute));
                owner.user = lockInfo.owner();
                owner.since = lockInfo.lastModified();
                err.code = DocumentError::Code::Locked;
                err.lockOwner = owner;
                err.message = tr("“%1” is in use by %2.").arg(name, owner.describe());
                return nullptr;
            }
            // The folder is not writable (a read-only share, a CD): nothing can be saved.
            readOnly = true;
            doc->m_readOnlyReason = tr("The folder of “%1” is write-protected, so it is open "
                                       "read-only.")
                                        .arg(name);
        } else {
            doc->m_lock = std::move(lock);
        }
    }
    if (readOnly && doc->m_readOnlyReason.isEmpty())
        doc->m_readOnlyReason = tr("“%1” is open read-only.").arg(name);
    doc->m_readOnly = readOnly;

    // 3. Connect, harden, and check everything before trusting anything. A refused file is
    // closed before the document is destroyed, so that nothing (such as the orphan purge
    // of ~Document) ever writes to it.
    auto refuse = [&doc]() {
        doc->closeDatabase();
        return nullptr;
    };
    if (!doc->openConnection(readOnly, &err) || !doc->verifyContent(&err))
        return refuse();

    if (doc->m_schemaVersion < Schema::CurrentVersion) {
        if (readOnly) {
            err.code = DocumentError::Code::NeedsUpgrade;
            err.message = tr("“%1” was made by an older Waymark (file format version %2) and "
                             "must be upgraded, which needs write access.")
                              .arg(name)
                              .arg(doc->m_schemaVersion);
            return refuse();
        }
        if (!doc->migrate(doc->m_schemaVersion, &err))
            return refuse();
    }

    QString sqlError;
    if (!execAll(doc->database(), {QStringLiteral("PRAGMA foreign_keys = ON")}, &sqlError)) {
        err.code = DocumentError::Code::Corrupt;
        err.message = tr("“%1” cannot be opened: %2").arg(name, sqlError);
        return refuse();
    }
    if (!readOnly)
        doc->purgeOrphans();
    return doc;
}

bool Document::openConnection(bool readOnly, DocumentError *error)
{
    const QString name = displayName(m_path);
    m_connectionName = newConnectionName(QStringLiteral("waymark-document"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000");
        if (readOnly)
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(connectOptions);
        if (!db.open()) {
            error->code = DocumentError::Code::NotReadable;
            error->message = tr("“%1” cannot be opened: %2").arg(name, db.lastError().text());
            return false;
        }
    }
    QString hardeningError;
    if (!hardenConnection(handle(), &hardeningError)) {
        error->code = DocumentError::Code::Corrupt;
        error->message = tr("“%1” cannot be opened safely: %2").arg(name, hardeningError);
        return false;
    }
    QString sqlError;
    QStringList pragmas = {QStringLiteral("PRAGMA synchronous = FULL")};
    if (!readOnly)
        pragmas.prepend(QStringLiteral("PRAGMA journal_mode = DELETE"));
    if (!execAll(database(), pragmas, &sqlError)) {
        error->code = DocumentError::Code::Corrupt;
        error->message
            = tr("“%1” is damaged and cannot be opened safely (%2).").arg(name, sqlError);
        return false;
    }
    return true;
}

bool Document::verifyContent(DocumentError *error)
{
    const QString name = displayName(m_path);
    const QSqlDatabase db = database();
    auto corrupt = [&](const QString &detail) {
        error->code = DocumentError::Code::Corrupt;
        error->message = tr("“%1” is damaged and cannot be opened safely (%2).").arg(name, detail);
        return false;
    };

    QStringList result;
    QString sqlError;
    if (!queryColumn(db, QStringLiteral("PRAGMA quick_check(20)"), &result, &sqlError))
        return corrupt(sqlError);
    if (result != QStringList{QStringLiteral("ok")}) {
        // A row can hold several lines ("*** in database main ***\nPage 7: ..."); the message
        // is one line naming the first few problems.
        QStringList problems
            = result.join(QLatin1Char('\n')).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        problems.removeIf(
            [](const QString &line) { return line.startsWith(QLatin1String("***")); });
        return corrupt(problems.mid(0, 3).join(QStringLiteral("; ")).left(300));
    }

    // Only tables and their indexes: a view or a trigger would run SQL we did not write.
    QSqlQuery objects(db);
    objects.setForwardOnly(true);
    if (!objects.exec(QStringLiteral("SELECT type, name FROM sqlite_schema")))
        return corrupt(objects.lastError().text());
    QStringList unexpected;
    QStringList tables;
    while (objects.next()) {
        const QString type = objects.value(0).toString();
        const QString object = objects.value(1).toString();
        if (type == QLatin1String("table"))
            tables.append(object);
        else if (type != QLatin1String("index"))
            unexpected.append(QStringLiteral("%1 “%2”").arg(type, object));
    }
    if (!unexpected.isEmpty()) {
        error->code = DocumentError::Code::UnexpectedSchema;
        error->message = tr("“%1” contains database code that Waymark did not create (%2) and is "
                            "refused for safety.")
                             .arg(name, unexpected.join(QStringLiteral(", ")).left(300));
        return false;
    }

    const QStringList required = Migrations::requiredTables(m_schemaVersion);
    for (const QString &table : required) {
        if (!tables.contains(table)) {
            error->code = DocumentError::Code::UnexpectedSchema;
            error->message = tr("“%1” is not a complete Waymark project: the table “%2” is "
                                "missing.")
                                 .arg(name, table);
            return false;
        }
        if (m_schemaVersion != Schema::CurrentVersion)
            continue;
        QSqlQuery info(db);
        info.setForwardOnly(true);
        if (!info.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)))
            return corrupt(info.lastError().text());
        QStringList columns;
        while (info.next())
            columns.append(info.value(0).toString());
        for (const QString &column : Schema::requiredColumns(table)) {
            if (!columns.contains(column)) {
                error->code = DocumentError::Code::UnexpectedSchema;
                error->message = tr("“%1” is not a complete Waymark project: the column “%2.%3” "
                                    "is missing.")
                                     .arg(name, table, column);
                return false;
            }
        }
    }

    result.clear();
    if (!queryColumn(db, QStringLiteral("PRAGMA foreign_key_check"), &result, &sqlError))
        return corrupt(sqlError);
    if (!result.isEmpty())
        return corrupt(tr("broken references in the table “%1”").arg(result.first()));
    return true;
}

bool Document::migrate(int fromVersion, DocumentError *error)
{
    const QString name = displayName(m_path);
    DocumentError copyError;
    m_backupPath = uniqueSiblingPath(m_path, QStringLiteral(".v%1-backup").arg(fromVersion));
    if (!writeCopy(m_backupPath, &copyError)) {
        error->code = DocumentError::Code::WriteFailed;
        error->message = tr("“%1” needs to be upgraded, but its backup copy could not be "
                            "written: %2")
                             .arg(name, copyError.message);
        m_backupPath.clear();
        return false;
    }

    QStringList statements = {QStringLiteral("BEGIN IMMEDIATE")};
    for (int version = fromVersion; version < Schema::CurrentVersion; ++version)
        statements += Migrations::stepFrom(version);
    statements += {QStringLiteral("PRAGMA user_version = %1").arg(Schema::CurrentVersion),
                   QStringLiteral("COMMIT")};
    QString sqlError;
    if (!execAll(database(), statements, &sqlError)) {
        QSqlQuery(database()).exec(QStringLiteral("ROLLBACK"));
        error->code = DocumentError::Code::WriteFailed;
        error->message = tr("“%1” could not be upgraded from version %2 (%3); it was left "
                            "unchanged.")
                             .arg(name)
                             .arg(fromVersion)
                             .arg(sqlError);
        return false;
    }
    m_schemaVersion = Schema::CurrentVersion;
    return verifyContent(error);
}

Document::CheckReport Document::check(const QString &path)
{
    CheckReport report;
    const FileHeader header = inspectFile(path);
    DocumentError err;
    OpenOptions options;
    options.access = Access::ReadOnly;
    // open() runs the identity, version, quick_check, schema and foreign key checks.
    std::unique_ptr<Document> doc = open(path, options, &err);
    if (!doc) {
        report.lines.append(err.message);
        return report;
    }
    report.lines.append(tr("Identity: Waymark project (application id 0x%1)")
                            .arg(header.applicationId, 8, 16, QLatin1Char('0')));
    report.lines.append(tr("Version: %1 (this Waymark writes %2)")
                            .arg(doc->schemaVersion())
                            .arg(Schema::CurrentVersion));
    report.lines.append(tr("Integrity: ok"));
    report.lines.append(tr("References: ok"));
    report.lines.append(tr("Schema: ok"));
    report.ok = true;
    return report;
}

Document::~Document()
{
    if (!m_readOnly && !m_connectionName.isEmpty() && database().isOpen()) {
        while (m_depth > 0)
            rollback();
        purgeOrphans();
    }
    closeDatabase();
    if (m_lock)
        m_lock->unlock();
}

void Document::closeDatabase()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

QSqlDatabase Document::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Document::handle() const
{
    return handleOf(database());
}

QString Document::openWorkerConnection(QString *error) const
{
    const QString name = newConnectionName(QStringLiteral("waymark-worker"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
        if (m_readOnly)
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(connectOptions);
        QString hardeningError;
        if (!db.open() || !hardenConnection(handleOf(db), &hardeningError)
            || !execAll(db,
                        {QStringLiteral("PRAGMA synchronous = FULL"),
                         QStringLiteral("PRAGMA foreign_keys = ON")},
                        &hardeningError)) {
            if (error)
                *error = hardeningError.isEmpty() ? db.lastError().text() : hardeningError;
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return {};
        }
    }
    return name;
}

void Document::closeConnection(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

bool Document::writeCopy(const QString &target, DocumentError *error) const
{
    const QString absolute = QFileInfo(target).absoluteFilePath();
    const QString temp = temporarySiblingPath(absolute, QStringLiteral("saving"));
    auto fail = [&](const QString &detail) {
        QFile::remove(temp);
        if (error) {
            error->code = DocumentError::Code::WriteFailed;
            error->message = tr("Could not write “%1”: %2.").arg(displayName(absolute), detail);
        }
        return false;
    };
    if (!QFileInfo(QFileInfo(absolute).absolutePath()).isDir())
        return fail(tr("its folder does not exist"));

    // VACUUM INTO attaches the output database internally.
    sqlite3 *db = handle();
    const int attachLimit = sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 1);
    QSqlQuery vacuum(database());
    vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(temp);
    const bool vacuumed = vacuum.exec();
    const QString vacuumError = vacuum.lastError().text();
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, attachLimit);
    if (!vacuumed)
        return fail(vacuumError);
    if (!syncFile(temp))
        return fail(tr("the copy could not be flushed to disk"));

    // Check the copy before it replaces anything.
    {
        sqlite3 *check = nullptr;
        bool ok = sqlite3_open_v2(QFile::encodeName(temp).constData(), &check, SQLITE_OPEN_READONLY,
                                  nullptr)
                  == SQLITE_OK;
        if (ok) {
            sqlite3_stmt *stmt = nullptr;
            ok = sqlite3_prepare_v2(check, "PRAGMA quick_check", -1, &stmt, nullptr) == SQLITE_OK
                 && sqlite3_step(stmt) == SQLITE_ROW
                 && qstrcmp(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)), "ok")
                        == 0;
            sqlite3_finalize(stmt);
        }
        sqlite3_close(check);
        if (!ok)
            return fail(tr("the written copy did not pass its integrity check"));
    }

    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(absolute).constData())
        != 0) {
        return fail(QString::fromLocal8Bit(std::strerror(errno)));
    }
    syncDirectoryOf(absolute);
    return true;
}

bool Document::saveAs(const QString &target, DocumentError *error)
{
    const QString absolute = QFileInfo(target).absoluteFilePath();
    if (absolute == m_path)
        return true;

    // Take the target's lock first: never replace a file someone has open.
    auto lock = std::make_unique<QLockFile>(lockPathFor(absolute));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        if (error) {
            error->code = DocumentError::Code::Locked;
            if (lock->error() == QLockFile::LockFailedError) {
                lock->getLockInfo(&error->lockOwner.pid, &error->lockOwner.hostName,
                                  &error->lockOwner.application);
                const QFileInfo lockInfo(lockPathFor(absolute));
                error->lockOwner.user = lockInfo.owner();
                error->lockOwner.since = lockInfo.lastModified();
                error->message = tr("“%1” is in use by %2.")
                                     .arg(displayName(absolute), error->lockOwner.describe());
            } else {
                error->code = DocumentError::Code::WriteFailed;
                error->message = tr("Could not write “%1”: the folder is not writable.")
                                     .arg(displayName(absolute));
            }
        }
        return false;
    }
    if (!writeCopy(absolute, error))
        return false;

    // Continue on the copy.
    const bool wasReadOnly = m_readOnly;
    if (!wasReadOnly) {
        while (m_depth > 0)
            rollback();
    }
    closeDatabase();
    if (m_lock)
        m_lock->unlock();
    m_lock = std::move(lock);
    m_path = absolute;
    m_readOnly = false;
    m_readOnlyReason.clear();
    DocumentError openError;
    if (!openConnection(false, &openError)
        || !execAll(database(), {QStringLiteral("PRAGMA foreign_keys = ON")}, nullptr)) {
        if (error)
            *error = openError;
        return false;
    }
    return true;
}

bool Document::begin()
{
    QSqlQuery query(database());
    const bool ok = m_depth == 0 ? query.exec(QStringLiteral("BEGIN IMMEDIATE"))
                                 : query.exec(QStringLiteral("SAVEPOINT sp%1").arg(m_depth));
    if (!ok) {
        m_lastError = query.lastError().text();
        return false;
    }
    ++m_depth;
    return true;
}

bool Document::commit()
{
    if (m_depth <= 0)
        return false;
    QSqlQuery query(database());
    const bool ok = m_depth == 1 ? query.exec(QStringLiteral("COMMIT"))
                                 : query.exec(QStringLiteral("RELEASE sp%1").arg(m_depth - 1));
    if (!ok) {
        m_lastError = query.lastError().text();
        return false;
    }
    --m_depth;
    return true;
}

void Document::rollback()
{
    if (m_depth <= 0)
        return;
    QSqlQuery query(database());
    if (m_depth == 1) {
        query.exec(QStringLiteral("ROLLBACK"));
    } else {
        query.exec(QStringLiteral("ROLLBACK TO sp%1").arg(m_depth - 1));
        query.exec(QStringLiteral("RELEASE sp%1").arg(m_depth - 1));
    }
    --m_depth;
}

void Document::purgeOrphans()
{
    if (m_readOnly || m_depth > 0)
        return;
    static const QStringList statements = {
        QStringLiteral("BEGIN IMMEDIATE"),
        QStringLiteral("UPDATE feedback SET card_id = NULL WHERE card_id IS NOT NULL "
                       "AND card_id NOT IN (SELECT id FROM cards)"),
        QStringLiteral("DELETE FROM feedback WHERE journey_id NOT IN (SELECT id FROM journeys)"),
        QStringLiteral("DELETE FROM import_batches WHERE journey_id IS NOT NULL "
                       "AND journey_id NOT IN (SELECT id FROM journeys)"),
        QStringLiteral("DELETE FROM goals WHERE journey_id NOT IN (SELECT id FROM journeys) "
                       "OR (scope = 'stage' AND target_id NOT IN (SELECT id FROM stages)) "
                       "OR (scope = 'card' AND target_id NOT IN (SELECT id FROM cards))"),
        QStringLiteral("DELETE FROM actions WHERE journey_id NOT IN (SELECT id FROM journeys)"),
        QStringLiteral("DELETE FROM action_links WHERE "
                       "(target_kind = 'card' AND target_id NOT IN (SELECT id FROM cards)) "
                       "OR (target_kind = 'goal' AND target_id NOT IN (SELECT id FROM goals))"),
        QStringLiteral("DELETE FROM comments WHERE journey_id NOT IN (SELECT id FROM journeys) "
                       "OR (target_kind = 'stage' AND target_id NOT IN (SELECT id FROM stages)) "
                       "OR (target_kind = 'card' AND target_id NOT IN (SELECT id FROM cards))"),
        // Replies of a thread whose first comment is gone (replies point to the first one).
        QStringLiteral("DELETE FROM comments WHERE parent_id IS NOT NULL "
                       "AND parent_id NOT IN (SELECT id FROM comments)"),
        QStringLiteral("UPDATE journeys SET source_journey_id = NULL WHERE source_journey_id "
                       "IS NOT NULL AND source_journey_id NOT IN (SELECT id FROM journeys)"),
        QStringLiteral("COMMIT"),
    };
    QString sqlError;
    if (!execAll(database(), statements, &sqlError)) {
        QSqlQuery(database()).exec(QStringLiteral("ROLLBACK"));
        m_lastError = sqlError;
    }
}

Transaction::Transaction(Document &document)
    : m_document(document)
    , m_active(document.begin())
{}

Transaction::~Transaction()
{
    if (m_active)
        m_document.rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (!m_document.commit()) {
        m_document.rollback();
        return false;
    }
    return true;
}

} // namespace Waymark
