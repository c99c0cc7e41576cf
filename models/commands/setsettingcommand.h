#pragma once

#include "project/project.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Waymark {

// Changes one project setting (title, client, branding...); a null value removes it.
class SetSettingCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::SetSettingCommand)

public:
    SetSettingCommand(Project &project, const QString &key, const QVariant &value,
                      const QString &text = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Project &m_project;
    QString m_key;
    QVariant m_before;
    QVariant m_after;
};

} // namespace Waymark
