#pragma once

#include "domain/ids.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QMenu;
class QStackedWidget;

namespace Waymark {

class ActionsPanel;
class ChartsPanel;
class CommentsPanel;
class FeedbackPanel;
class GoalsPanel;
class InspectorPanel;
class JourneyListPanel;
class OutlinePanel;
class MapActions;
class Project;
class PersonasPanel;
class PlanActions;
class ProjectActions;
class ProjectWorkspace;
class ReviewActions;
class WelcomePage;

// A window showing one project (or the welcome page). Wires actions, menus, docks and the
// workspace together; file handling lives in ProjectFileService, editing in the canvas
// and the undo commands.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Project *project() const { return m_project.get(); }
    ProjectWorkspace *workspace() const { return m_workspace; }

    // Shows the project in this window, or in a new one if this one already has a project.
    MainWindow *showProject(std::unique_ptr<Project> project);

public Q_SLOTS:
    void newFromTemplate(const QString &name);
    void openFile(const QString &path);
    // Opens a project with its map locked for review (comments and sign-offs allowed).
    void openForReview(const QString &path);
    void openFileDialog();
    // Shows and raises a dock by name: journeys, outline, inspector, charts, feedback,
    // goals, plan, review, personas. False for an unknown name.
    bool raisePanel(const QString &name);
    void openSample();
    bool saveAs();
    void closeProject();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void updateRecentMenu();
    void updateTitle();
    void updateActions();
    void about();
    QDockWidget *addPanel(QWidget *panel, const QString &title, const QString &objectName,
                          Qt::DockWidgetArea area);
    void showPanels(bool show);
    void openFileAs(const QString &path, bool review);

    std::unique_ptr<Project> m_project;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    ProjectWorkspace *m_workspace = nullptr;
    JourneyListPanel *m_journeyPanel;
    QDockWidget *m_journeyDock;
    OutlinePanel *m_outlinePanel;
    QDockWidget *m_outlineDock;
    InspectorPanel *m_inspectorPanel;
    QDockWidget *m_inspectorDock;
    FeedbackPanel *m_feedbackPanel;
    QDockWidget *m_feedbackDock;
    QDockWidget *m_chartsDock;
    ChartsPanel *m_chartsPanel = nullptr; // per project: it shares the workspace's metrics
    CommentsPanel *m_commentsPanel;
    QDockWidget *m_commentsDock;
    GoalsPanel *m_goalsPanel;
    QDockWidget *m_goalsDock;
    ActionsPanel *m_actionsPanel;
    QDockWidget *m_actionsDock;
    PersonasPanel *m_personasPanel;
    QDockWidget *m_personasDock;

    QMenu *m_newMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_sampleAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    MapActions *m_mapActions = nullptr;
    ProjectActions *m_projectActions = nullptr;
    ReviewActions *m_reviewActions = nullptr;
    PlanActions *m_planActions = nullptr;
};

} // namespace Waymark
