#pragma once

#include "domain/ids.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QMenu;
class QStackedWidget;

namespace Waymark {

class ChartsPanel;
class FeedbackPanel;
class InspectorPanel;
class JourneyListPanel;
class OutlinePanel;
class MapActions;
class Project;
class ProjectActions;
class ProjectWorkspace;
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
    void openFileDialog();
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
};

} // namespace Waymark
