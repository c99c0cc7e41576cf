#include "fileinspector.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <cstring>

namespace Waymark {

namespace {

constexpr int HeaderSize = 100;
constexpr char Magic[] = "SQLite format 3";

quint32 readBigEndian32(const uchar *bytes)
{
    return qFromBigEndian<quint32>(bytes);
}

} // namespace

FileHeader inspectFile(const QString &path)
{
    FileHeader header;
    const QFileInfo info(path);
    header.exists = info.exists() && info.isFile();
    if (!header.exists)
        return header;
    header.size = info.size();
    header.writable = info.isWritable();

    QFile file(path);
    header.readable = file.open(QIODevice::ReadOnly);
    if (!header.readable)
        return header;
    if (header.size < HeaderSize)
        return header;

    uchar bytes[HeaderSize];
    if (file.read(reinterpret_cast<char *>(bytes), HeaderSize) != HeaderSize)
        return header;
    // The magic string includes its terminating NUL.
    if (std::memcmp(bytes, Magic, sizeof Magic) != 0)
        return header;

    // Page size: big-endian 16 bit at offset 16; the value 1 means 65536.
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const bool powerOfTwo
        = pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) == 0;
    if (!powerOfTwo)
        return header;

    header.isSqlite = true;
    header.pageSize = pageSize;
    header.walMode = bytes[18] == 2 || bytes[19] == 2;
    // The in-header page count is only valid when the change counter at offset 24 matches
    // the "version-valid-for" number at offset 92.
    header.pageCount = readBigEndian32(bytes + 28);
    header.pageCountValid = header.pageCount > 0 && std::memcmp(bytes + 24, bytes + 92, 4) == 0;
    header.userVersion = static_cast<qint32>(readBigEndian32(bytes + 60));
    header.applicationId = readBigEndian32(bytes + 68);
    return header;
}

} // namespace Waymark
