#pragma once

#include <QString>

namespace Waymark::Paths {

// Folder where new, not yet named projects live until "Save As" names them, so that
// nothing is lost even before the user picks a place (DESIGN.md section 3).
QString untitledDirectory();

// A fresh path for an untitled project in untitledDirectory(): "Untitled 1.waymark", ...
QString newUntitledPath(const QString &baseName);

bool isUntitled(const QString &path);

// File name suffix of projects, without the dot.
inline QString suffix()
{
    return QStringLiteral("waymark");
}

} // namespace Waymark::Paths
