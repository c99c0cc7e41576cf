#pragma once

#include "domain/ids.h"
#include "project/project.h"

#include <QPointer>
#include <QWidget>

class QListWidget;
class QToolButton;
class QUndoCommand;

namespace Waymark {

// The project's personas with their colour, picture and name; new, edit (the persona
// editor), delete. Every change is a command through Project::execute.
class PersonasPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PersonasPanel(QWidget *parent = nullptr);

    void setProject(Project *project);
    QListWidget *list() const { return m_list; }
    // The personas whose emotion curves the map shows (checked in the list).
    QList<Id> shownOnMap() const { return m_shown; }

Q_SIGNALS:
    void shownOnMapChanged(const QList<Waymark::Id> &personaIds);

public Q_SLOTS:
    // Checks exactly these personas (e.g. chosen in View → Persona Curves).
    void setShownOnMap(const QList<Waymark::Id> &personaIds);
    void newPersona();
    void editPersona(Id personaId);
    void deleteSelected();
    void refresh();

private:
    bool run(QUndoCommand *command);
    Id selectedId() const;
    void updateButtons();

    QPointer<Project> m_project;
    QListWidget *m_list;
    QToolButton *m_new;
    QToolButton *m_edit;
    QToolButton *m_delete;
    QList<Id> m_shown;
    bool m_refreshing = false;
};

} // namespace Waymark
