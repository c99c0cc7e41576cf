#pragma once

#include <QStringList>

namespace Waymark::Schema {

// PRAGMA application_id of every Waymark project: 'WYMK'.
inline constexpr quint32 ApplicationId = 0x57594D4B;

// PRAGMA user_version this build writes. Older files are migrated forward on open.
inline constexpr int CurrentVersion = 1;

// Statements that create the current schema in an empty database.
QStringList createStatements();

// Tables the current schema has; anything else in a file is refused when it is a view or a
// trigger, ignored when it is a table.
QStringList tableNames();

// Columns each table must have for this build to read it.
QStringList requiredColumns(const QString &table);

} // namespace Waymark::Schema
