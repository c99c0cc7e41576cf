#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace Waymark {

namespace {
const QString Key = QStringLiteral("recentFiles");
}

RecentFiles &RecentFiles::instance()
{
    static RecentFiles recent;
    return recent;
}

QStringList RecentFiles::files() const
{
    return QSettings().value(Key).toStringList();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaxFiles)
        list.removeLast();
    store(list);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    if (list.removeAll(QFileInfo(path).absoluteFilePath()) > 0)
        store(list);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList &files)
{
    QSettings().setValue(Key, files);
    Q_EMIT changed();
}

} // namespace Waymark
