#include "setsettingcommand.h"

#include "editcommand.h"

namespace Waymark {

SetSettingCommand::SetSettingCommand(Project &project, const QString &key, const QVariant &value,
                                     const QString &text, QUndoCommand *parent)
    : QUndoCommand(text.isEmpty() ? tr("Change project settings") : text, parent)
    , m_project(project)
    , m_key(key)
    , m_before(project.setting(key))
    , m_after(value)
{}

void SetSettingCommand::redo()
{
    if (!m_project.setSetting(m_key, m_after))
        setObsolete(true);
}

void SetSettingCommand::undo()
{
    if (!m_project.setSetting(m_key, m_before))
        setObsolete(true);
}

int SetSettingCommand::id() const
{
    return SettingMergeKey;
}

bool SetSettingCommand::mergeWith(const QUndoCommand *other)
{
    // Edits may carry SettingMergeKey too (it is one of the MergeKey values): check the type.
    const auto *command = dynamic_cast<const SetSettingCommand *>(other);
    if (!command || command->m_key != m_key)
        return false;
    m_after = command->m_after;
    return true;
}

} // namespace Waymark
