#include "hardening.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace Waymark {

namespace {

bool execute(sqlite3 *db, const char *sql, QString *error)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return false;
    }
    return true;
}

} // namespace

bool hardenConnection(sqlite3 *db, QString *error)
{
    if (!db) {
        if (error)
            *error = QCoreApplication::translate("Waymark::Document", "No database connection.");
        return false;
    }
    int applied = 0;
    // Defensive mode stops SQL from corrupting the file on purpose (writable_schema,
    // journal_mode=OFF, direct page writes...).
    if (sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, &applied) != SQLITE_OK) {
        if (error)
            *error = QStringLiteral("SQLITE_DBCONFIG_DEFENSIVE");
        return false;
    }
    // The schema of an untrusted file must not be able to run functions with side effects.
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &applied);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &applied);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, &applied);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, &applied);

    // Limits sized for the largest real project (images up to a few MB, long comments),
    // small enough that a hostile file cannot make us allocate gigabytes.
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 64 * 1024 * 1024);
    sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, 1000000);
    sqlite3_limit(db, SQLITE_LIMIT_COLUMN, 200);
    sqlite3_limit(db, SQLITE_LIMIT_EXPR_DEPTH, 200);
    sqlite3_limit(db, SQLITE_LIMIT_COMPOUND_SELECT, 50);
    sqlite3_limit(db, SQLITE_LIMIT_VDBE_OP, 250000000);
    sqlite3_limit(db, SQLITE_LIMIT_FUNCTION_ARG, 16);
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(db, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 1000);
    sqlite3_limit(db, SQLITE_LIMIT_VARIABLE_NUMBER, 2000);
    // Triggers are refused (see Document::verifyContent), but SQLite runs foreign key
    // actions as triggers: deleting a journey cascades to stages, cards and connections
    // (depth 3), a comment to its replies. A depth of 1 made those deletes fail.
    sqlite3_limit(db, SQLITE_LIMIT_TRIGGER_DEPTH, 100);

    return execute(db, "PRAGMA trusted_schema=OFF", error)
           && execute(db, "PRAGMA cell_size_check=ON", error)
           && execute(db, "PRAGMA mmap_size=0", error);
}

} // namespace Waymark
