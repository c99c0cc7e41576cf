#include "projectfileservice.h"

#include "io/templates.h"
#include "project/paths.h"
#include "project/project.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QUndoStack>

namespace Waymark {

QString ProjectFileService::fileFilter()
{
    return tr("Waymark projects (*.waymark);;All files (*)");
}

void ProjectFileService::showError(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

std::unique_ptr<Project> ProjectFileService::open(QWidget *parent, const QString &path)
{
    DocumentError error;
    Document::OpenOptions options;
    std::unique_ptr<Project> project = Project::open(path, options, &error);
    if (project)
        return project;

    if (error.code == DocumentError::Code::Locked) {
        QMessageBox box(QMessageBox::Question, tr("Project in use"), error.message,
                        QMessageBox::NoButton, parent);
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(tr("You can open it read-only and look at it while it is in use. "
                                  "If the other Waymark crashed on another computer, you can "
                                  "take it over instead."));
        QPushButton *readOnly = box.addButton(tr("Open &Read-Only"), QMessageBox::AcceptRole);
        QPushButton *takeOver = box.addButton(tr("&Take Over"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(readOnly);
        box.exec();
        if (box.clickedButton() == readOnly) {
            options.access = Document::Access::ReadOnly;
        } else if (box.clickedButton() == takeOver) {
            options.breakLock = true;
        } else {
            return nullptr;
        }
        project = Project::open(path, options, &error);
        if (project)
            return project;
    }
    showError(parent, tr("Cannot open project"), error.message);
    return nullptr;
}

std::unique_ptr<Project> ProjectFileService::createFromTemplate(QWidget *parent,
                                                                const QString &name)
{
    MapData map;
    QString message;
    if (!Templates::load(name, &map, &message)) {
        showError(parent, tr("Cannot create project"), message);
        return nullptr;
    }
    const QString path = Paths::newUntitledPath(tr("Untitled"));
    DocumentError error;
    std::unique_ptr<Project> project
        = Project::create(path, map, &error, [name](Project &p, QString *seedError) {
              return Templates::seed(name, p, seedError);
          });
    if (!project)
        showError(parent, tr("Cannot create project"), error.message);
    return project;
}

QString ProjectFileService::samplePath()
{
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                            .filePath(QStringLiteral("samples"));
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("Kestrel Bikes sample.waymark"));
}

std::unique_ptr<Project> ProjectFileService::openSample(QWidget *parent)
{
    const QString path = samplePath();
    if (QFileInfo::exists(path))
        return open(parent, path);
    MapData map;
    QString message;
    if (!Templates::load(Templates::sampleName(), &map, &message)) {
        showError(parent, tr("Cannot open the sample"), message);
        return nullptr;
    }
    DocumentError error;
    std::unique_ptr<Project> project
        = Project::create(path, map, &error, [](Project &p, QString *seedError) {
              return Templates::seed(Templates::sampleName(), p, seedError);
          });
    if (!project)
        showError(parent, tr("Cannot open the sample"), error.message);
    return project;
}

bool ProjectFileService::saveAs(QWidget *parent, Project &project)
{
    const QString current = project.filePath();
    const bool untitled = Paths::isUntitled(current);
    QString suggestion
        = untitled ? QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                         .filePath(project.title() + QStringLiteral(".waymark"))
                   : current;
    QString target
        = QFileDialog::getSaveFileName(parent, tr("Save Project As"), suggestion, fileFilter());
    if (target.isEmpty())
        return false;
    if (QFileInfo(target).suffix().isEmpty())
        target += QStringLiteral(".waymark");
    DocumentError error;
    if (!project.document().saveAs(target, &error)) {
        showError(parent, tr("Cannot save project"), error.message);
        return false;
    }
    if (untitled) {
        QFile::remove(current);
        QFile::remove(current + QStringLiteral("-journal"));
    }
    project.setEditLock({});
    return true;
}

} // namespace Waymark
