#pragma once

#include <QString>
#include <QStringList>

namespace Waymark::Migrations {

// Statements that bring a file of schema version `from` to version `from + 1`. They run
// inside one transaction with foreign keys off; the caller sets user_version afterwards.
QStringList stepFrom(int from);

// Tables a file of an old version must have before it can be migrated.
QStringList requiredTables(int version);

// The oldest version this build can migrate.
inline constexpr int OldestSupported = 0;

} // namespace Waymark::Migrations
