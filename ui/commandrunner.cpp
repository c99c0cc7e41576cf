#include "commandrunner.h"

#include "project/project.h"

#include <QMainWindow>
#include <QStatusBar>

namespace Waymark {

bool runCommand(Project &project, QUndoCommand *command, QWidget *context)
{
    if (project.execute(command))
        return true;
    showRefusal(project.lastRefusal(), context);
    return false;
}

bool showRefusal(const QString &why, QWidget *context)
{
    if (why.isEmpty())
        return true;
    auto *window = context ? qobject_cast<QMainWindow *>(context->window()) : nullptr;
    if (!window)
        return false;
    window->statusBar()->showMessage(why, 6000);
    return true;
}

} // namespace Waymark
