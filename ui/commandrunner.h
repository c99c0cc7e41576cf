#pragma once

class QString;
class QUndoCommand;
class QWidget;

namespace Waymark {

class Project;

// Executes command on the project's stack; when the project refuses it, says why in the
// status bar of context's main window. Returns whether the command ran.
bool runCommand(Project &project, QUndoCommand *command, QWidget *context);

// Shows a refusal in the status bar of context's main window. False when there is something
// to say but no main window to say it in, so the caller can fall back to a message box.
bool showRefusal(const QString &why, QWidget *context);

} // namespace Waymark
