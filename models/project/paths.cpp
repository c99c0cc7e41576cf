#include "paths.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Waymark::Paths {

QString untitledDirectory()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString dir = QDir(base).filePath(QStringLiteral("untitled"));
    QDir().mkpath(dir);
    return dir;
}

QString newUntitledPath(const QString &baseName)
{
    const QDir dir(untitledDirectory());
    QString name = baseName;
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    for (int n = 1;; ++n) {
        const QString candidate
            = dir.filePath(n == 1 ? QStringLiteral("%1.%2").arg(name, suffix())
                                  : QStringLiteral("%1 %2.%3").arg(name).arg(n).arg(suffix()));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

bool isUntitled(const QString &path)
{
    const QString dir = QFileInfo(untitledDirectory()).canonicalFilePath();
    const QString parent = QFileInfo(QFileInfo(path).absolutePath()).canonicalFilePath();
    return !dir.isEmpty() && dir == parent;
}

} // namespace Waymark::Paths
