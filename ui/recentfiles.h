#pragma once

#include <QObject>
#include <QStringList>

namespace Waymark {

// The most recently used project files, kept in QSettings and shared by all windows.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static RecentFiles &instance();

    QStringList files() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

    static constexpr int MaxFiles = 10;

Q_SIGNALS:
    void changed();

private:
    RecentFiles() = default;
    void store(const QStringList &files);
};

} // namespace Waymark
