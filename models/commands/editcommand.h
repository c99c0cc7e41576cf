#pragma once

#include "projectaccess.h"

#include <QUndoCommand>

namespace Waymark {

// Changes the content of one object from `before` to `after` (a rename, a recolour, an
// emotion drag...): swaps whole values, like LabPlot's StandardSetterCmd. With a merge
// key, consecutive edits of the same object and key become one undo step (typing, drags).
template<typename T>
class EditCommand : public QUndoCommand
{
public:
    EditCommand(Project &project, const T &before, const T &after, const QString &text = {},
                int mergeKey = -1, QUndoCommand *parent = nullptr)
        : QUndoCommand(text.isEmpty() ? ProjectAccess<T>::editText() : text, parent)
        , m_project(project)
        , m_before(before)
        , m_after(after)
        , m_mergeKey(mergeKey)
    {
        if constexpr (requires(const T &b, T *a) { ProjectAccess<T>::prepareEdit(b, a); })
            ProjectAccess<T>::prepareEdit(m_before, &m_after);
    }

    // Convenience: the current value of the object is `before`.
    EditCommand(Project &project, const T &after, const QString &text = {}, int mergeKey = -1,
                QUndoCommand *parent = nullptr)
        : EditCommand(project, ProjectAccess<T>::get(project, after.id), after, text, mergeKey,
                      parent)
    {}

    void redo() override
    {
        if (!ProjectAccess<T>::update(m_project, m_after))
            setObsolete(true);
    }

    void undo() override
    {
        if (!ProjectAccess<T>::update(m_project, m_before))
            setObsolete(true);
    }

    int id() const override { return m_mergeKey; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *edit = dynamic_cast<const EditCommand<T> *>(other);
        if (!edit || edit->m_mergeKey != m_mergeKey || edit->m_after.id != m_after.id)
            return false;
        m_after = edit->m_after;
        setObsolete(m_after == m_before);
        return true;
    }

private:
    Project &m_project;
    T m_before;
    T m_after;
    int m_mergeKey;
};

using EditJourneyCommand = EditCommand<Journey>;
using EditStageCommand = EditCommand<Stage>;
using EditLaneCommand = EditCommand<Lane>;
using EditCardCommand = EditCommand<Card>;
using EditConnectionCommand = EditCommand<Connection>;
using EditPersonaCommand = EditCommand<Persona>;
using EditGoalCommand = EditCommand<Goal>;
using EditActionCommand = EditCommand<Action>;

// Merge keys of EditCommand (QUndoCommand::id()); only edits with the same key merge.
enum MergeKey { CardTextMergeKey = 1000, CardEmotionMergeKey, SettingMergeKey };

} // namespace Waymark
