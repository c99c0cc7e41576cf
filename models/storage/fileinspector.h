#pragma once

#include <QString>

namespace Waymark {

// What the first 100 bytes of a file say about it, read before SQLite ever sees the file
// (https://www.sqlite.org/fileformat.html, section 1.3).
struct FileHeader
{
    bool exists = false;
    bool readable = false;
    bool writable = false;
    qint64 size = 0;
    bool isSqlite = false;
    quint32 pageSize = 0;
    quint32 pageCount = 0; // the "in-header database size", 0 when not valid
    bool pageCountValid = false;
    quint32 applicationId = 0;
    qint32 userVersion = 0;
    bool walMode = false;
};

FileHeader inspectFile(const QString &path);

} // namespace Waymark
