#pragma once

#include <QObject>
#include <QPointer>

class QActionGroup;
class QMenu;
class QWidget;

namespace Waymark {

class ProjectWorkspace;

// The persona menus of the open project: "Scores For" (all customers or one persona, the
// workspace's PersonaFilter; personas without feedback segments are listed disabled, with
// the reason) and "Persona Curves" (whose emotion curves the map draws, the same choice as
// the checks in the Personas dock). Rebuilt when the personas change.
class PersonaMenus : public QObject
{
    Q_OBJECT

public:
    explicit PersonaMenus(QWidget *window);

    void setWorkspace(ProjectWorkspace *workspace);
    QMenu *scoresForMenu() const { return m_scoresFor; }
    QMenu *curvesMenu() const { return m_curves; }

private:
    void rebuildScoresFor();
    void syncChecks();
    void rebuildCurves();
    void syncCurveChecks();
    void chooseCurves();

    QPointer<ProjectWorkspace> m_workspace;
    QMenu *m_scoresFor;
    QMenu *m_curves;
    QActionGroup *m_scoresGroup;
};

} // namespace Waymark
