#pragma once

class QUndoCommand;

namespace Waymark {

// What an edit changes, which decides whether it is allowed while a project is open for
// review (Project::setReviewMode): the map and everything the review is about (structure)
// or the review itself (comments, replies, resolving, sign-offs).
enum class EditCategory { Structure, Review };

// Marker base of the commands a reviewer may run:
//     class AddSignoffCommand : public QUndoCommand, public ReviewCommand
// Every other command is a structure edit. A macro (a plain QUndoCommand that only groups
// children) is a review edit when it has children and all of them are.
class ReviewCommand
{
public:
    virtual ~ReviewCommand() = default;
};

EditCategory editCategory(const QUndoCommand *command);

} // namespace Waymark
