#pragma once

#include "storage/document.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QWidget;

namespace Waymark {

class Project;

// Opening, creating and saving project files from the GUI, with the dialogs that go with
// it: a file in use (who, since when, open read-only?), a damaged or foreign file (one
// sentence), Save As. Keeps MainWindow free of file handling.
class ProjectFileService
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::ProjectFileService)

public:
    // Opens path; asks the user what to do when it is in use. Null when not opened (the
    // user was told why, or cancelled).
    static std::unique_ptr<Project> open(QWidget *parent, const QString &path);

    // A new untitled project from a template, kept in Waymark's data folder until the user
    // names it with Save As.
    static std::unique_ptr<Project> createFromTemplate(QWidget *parent, const QString &name);

    // The sample project: opened from the data folder, created there the first time.
    static std::unique_ptr<Project> openSample(QWidget *parent);
    static QString samplePath();

    // Asks for a file name and continues the project there. False when cancelled/failed.
    static bool saveAs(QWidget *parent, Project &project);

    // File dialog filter for projects.
    static QString fileFilter();

    // Shows a problem with a file as a dialog.
    static void showError(QWidget *parent, const QString &title, const QString &message);
};

} // namespace Waymark
