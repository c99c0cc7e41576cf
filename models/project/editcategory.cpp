#include "editcategory.h"

#include <QUndoCommand>

#include <typeinfo>

namespace Waymark {

EditCategory editCategory(const QUndoCommand *command)
{
    if (!command)
        return EditCategory::Structure;
    if (dynamic_cast<const ReviewCommand *>(command))
        return EditCategory::Review;
    // A plain QUndoCommand does nothing itself: it is what its children are. Any other
    // command that is not marked may change the structure in its own redo().
    if (typeid(*command) != typeid(QUndoCommand) || command->childCount() == 0)
        return EditCategory::Structure;
    for (int i = 0; i < command->childCount(); ++i) {
        if (editCategory(command->child(i)) != EditCategory::Review)
            return EditCategory::Structure;
    }
    return EditCategory::Review;
}

} // namespace Waymark
