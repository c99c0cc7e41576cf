#pragma once

#include <QString>

struct sqlite3;

namespace Waymark {

// Settings applied to every connection before any SQL reads a project file, because a
// project mailed by a colleague is untrusted input (https://www.sqlite.org/security.html).
bool hardenConnection(sqlite3 *db, QString *error);

} // namespace Waymark
