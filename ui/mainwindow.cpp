#include "mainwindow.h"

#include "canvas/journeyview.h"
#include "canvas/personacurves.h"
#include "colorscheme.h"
#include "icons.h"
#include "io/templates.h"
#include "mapactions.h"
#include "panels/actionspanel.h"
#include "panels/chartspanel.h"
#include "panels/commentspanel.h"
#include "panels/feedbackpanel.h"
#include "panels/goalspanel.h"
#include "panels/inspectorpanel.h"
#include "panels/journeylistpanel.h"
#include "panels/outlinepanel.h"
#include "panels/personaspanel.h"
#include "planactions.h"
#include "project/editcategory.h"
#include "project/paths.h"
#include "project/project.h"
#include "projectactions.h"
#include "projectfileservice.h"
#include "projectworkspace.h"
#include "recentfiles.h"
#include "reviewactions.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace Waymark {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_journeyPanel(new JourneyListPanel(this))
    , m_journeyDock(addPanel(m_journeyPanel, tr("Journeys"), QStringLiteral("JourneysDock"),
                             Qt::LeftDockWidgetArea))
    , m_outlinePanel(new OutlinePanel(this))
    , m_outlineDock(addPanel(m_outlinePanel, tr("Outline"), QStringLiteral("OutlineDock"),
                             Qt::LeftDockWidgetArea))
    , m_inspectorPanel(new InspectorPanel(this))
    , m_inspectorDock(addPanel(m_inspectorPanel, tr("Inspector"), QStringLiteral("InspectorDock"),
                               Qt::RightDockWidgetArea))
    , m_feedbackPanel(new FeedbackPanel(this))
    , m_feedbackDock(addPanel(m_feedbackPanel, tr("Feedback"), QStringLiteral("FeedbackDock"),
                              Qt::BottomDockWidgetArea))
    , m_chartsDock(addPanel(new QWidget(this), tr("Charts"), QStringLiteral("ChartsDock"),
                            Qt::RightDockWidgetArea))
    , m_commentsPanel(new CommentsPanel(this))
    , m_commentsDock(addPanel(m_commentsPanel, tr("Review"), QStringLiteral("ReviewDock"),
                              Qt::RightDockWidgetArea))
    , m_goalsPanel(new GoalsPanel(this))
    , m_goalsDock(addPanel(m_goalsPanel, tr("Goals"), QStringLiteral("GoalsDock"),
                           Qt::BottomDockWidgetArea))
    , m_actionsPanel(new ActionsPanel(this))
    , m_actionsDock(addPanel(m_actionsPanel, tr("Improvement Plan"), QStringLiteral("ActionsDock"),
                             Qt::BottomDockWidgetArea))
    , m_personasPanel(new PersonasPanel(this))
    , m_personasDock(addPanel(m_personasPanel, tr("Personas"), QStringLiteral("PersonasDock"),
                              Qt::LeftDockWidgetArea))
{
    tabifyDockWidget(m_feedbackDock, m_goalsDock);
    tabifyDockWidget(m_goalsDock, m_actionsDock);
    m_feedbackDock->raise();
    tabifyDockWidget(m_inspectorDock, m_chartsDock);
    tabifyDockWidget(m_chartsDock, m_commentsDock);
    tabifyDockWidget(m_journeyDock, m_outlineDock);
    tabifyDockWidget(m_outlineDock, m_personasDock);
    m_inspectorDock->raise();
    m_journeyDock->raise();
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowIcon(QIcon(QStringLiteral(":/waymark/icons/app.svg")));
    m_stack->addWidget(m_welcome);
    setCentralWidget(m_stack);

    createActions();
    createMenus();

    connect(m_welcome, &WelcomePage::templateChosen, this, &MainWindow::newFromTemplate);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openFileDialog);
    connect(m_welcome, &WelcomePage::recentFileChosen, this, &MainWindow::openFile);
    connect(m_welcome, &WelcomePage::sampleRequested, this, &MainWindow::openSample);
    connect(m_journeyPanel, &JourneyListPanel::journeyActivated, this, [this](Id journeyId) {
        if (m_workspace)
            m_workspace->setCurrentJourney(journeyId);
    });
    connect(&RecentFiles::instance(), &RecentFiles::changed, this, &MainWindow::updateRecentMenu);
    connect(m_outlinePanel, &OutlinePanel::journeyChosen, this, [this](Id journeyId) {
        if (m_workspace)
            m_workspace->setCurrentJourney(journeyId);
    });
    connect(m_outlinePanel, &OutlinePanel::cardsChosen, this,
            [this](Id journeyId, const QList<Id> &cardIds) {
                if (m_workspace)
                    m_workspace->showCards(journeyId, cardIds);
            });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1500, 950);
    // The map gets most of the room by default.
    resizeDocks({m_feedbackDock}, {200}, Qt::Vertical);
    resizeDocks({m_journeyDock, m_inspectorDock}, {210, 320}, Qt::Horizontal);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    showPanels(false);
    updateRecentMenu();
    updateTitle();
    updateActions();
    statusBar()->showMessage(tr("Ready"), 2000);
}

MainWindow::~MainWindow()
{
    // The workspace views the project: it goes first.
    delete m_workspace;
    m_workspace = nullptr;
}

void MainWindow::createActions()
{
    auto action = [this](const QString &icon, const QString &text, const QKeySequence &shortcut) {
        auto *a = new QAction(Icons::icon(icon), text, this);
        a->setShortcut(shortcut);
        return a;
    };
    m_newAction = action(QStringLiteral("action-new"), tr("&New Project"), QKeySequence::New);
    m_newAction->setStatusTip(tr("Start a project from the default template"));
    connect(m_newAction, &QAction::triggered, this,
            [this] { newFromTemplate(Templates::defaultName()); });
    m_openAction = action(QStringLiteral("action-open"), tr("&Open…"), QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openFileDialog);
    m_sampleAction = action(QStringLiteral("action-sample"), tr("Open the Sa&mple Project"), {});
    connect(m_sampleAction, &QAction::triggered, this, &MainWindow::openSample);
    m_saveAction = action(QStringLiteral("action-save"), tr("&Save"), QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, [this] {
        if (m_project && Paths::isUntitled(m_project->filePath())) {
            saveAs();
            return;
        }
        statusBar()->showMessage(tr("Waymark saves every change as you make it."), 4000);
    });
    m_saveAsAction
        = action(QStringLiteral("action-save-as"), tr("Save &As…"), QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);
    m_closeAction = action(QString(), tr("&Close Project"), QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeProject);
    m_quitAction = action(QString(), tr("&Quit"), QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    m_undoAction = action(QStringLiteral("action-undo"), tr("&Undo"), QKeySequence::Undo);
    m_redoAction = action(QStringLiteral("action-redo"), tr("&Redo"), QKeySequence::Redo);

    m_mapActions = new MapActions(this);
    m_projectActions = new ProjectActions(this);
    m_reviewActions = new ReviewActions(this, m_commentsPanel, m_commentsDock);
    m_planActions = new PlanActions(this, m_actionsPanel, m_actionsDock);
    m_planActions->setGoalsPanel(m_goalsPanel, m_goalsDock);
    connect(m_reviewActions, &ReviewActions::openForReviewRequested, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Project for Review"), {},
                                                          ProjectFileService::fileFilter());
        if (!path.isEmpty())
            openForReview(path);
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    m_newMenu = file->addMenu(tr("New from &Template"));
    for (const TemplateInfo &info : Templates::all()) {
        QAction *a = m_newMenu->addAction(info.title);
        a->setStatusTip(info.description);
        connect(a, &QAction::triggered, this, [this, name = info.name] { newFromTemplate(name); });
    }
    file->addAction(m_openAction);
    file->addAction(m_reviewActions->openForReviewAction());
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(m_sampleAction);
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    m_projectActions->addFileActions(file);
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    m_mapActions->addEditActions(edit);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_journeyDock->toggleViewAction());
    m_viewMenu->addAction(m_outlineDock->toggleViewAction());
    m_viewMenu->addAction(m_personasDock->toggleViewAction());
    m_viewMenu->addAction(m_inspectorDock->toggleViewAction());
    m_viewMenu->addAction(m_chartsDock->toggleViewAction());
    m_viewMenu->addAction(m_feedbackDock->toggleViewAction());
    m_viewMenu->addAction(m_goalsDock->toggleViewAction());
    m_viewMenu->addAction(m_actionsDock->toggleViewAction());
    m_viewMenu->addAction(m_commentsDock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_projectActions->addViewActions(m_viewMenu);
    m_viewMenu->addSeparator();
    m_mapActions->addZoomActions(m_viewMenu);
    m_viewMenu->addSeparator();
    ColorScheme::populateMenu(m_viewMenu->addMenu(tr("&Colour Scheme")));

    QMenu *map = menuBar()->addMenu(tr("&Map"));
    m_mapActions->addInsertActions(map);
    map->addSeparator();
    m_planActions->addJourneyActions(map);

    m_planActions->addPlanActions(menuBar()->addMenu(tr("&Actions")));
    m_reviewActions->addReviewActions(menuBar()->addMenu(tr("&Review")));

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("MainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    toolBar->addAction(m_newAction);
    toolBar->addAction(m_openAction);
    toolBar->addSeparator();
    toolBar->addAction(m_undoAction);
    toolBar->addAction(m_redoAction);
    toolBar->addSeparator();
    m_mapActions->addToToolBar(toolBar);
    toolBar->addSeparator();
    toolBar->addAction(m_projectActions->importAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = help->addAction(Icons::icon(QStringLiteral("action-help")),
                                           tr("&About Waymark"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

QDockWidget *MainWindow::addPanel(QWidget *panel, const QString &title, const QString &objectName,
                                  Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(panel);
    addDockWidget(area, dock);
    return dock;
}

// Panels only make sense with a project; the welcome page gets the whole window.
void MainWindow::showPanels(bool show)
{
    for (QDockWidget *dock :
         {m_journeyDock, m_outlineDock, m_inspectorDock, m_chartsDock, m_feedbackDock,
          m_commentsDock, m_goalsDock, m_actionsDock, m_personasDock})
        dock->setVisible(show);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::instance().files();
    for (const QString &path : files) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName());
        a->setStatusTip(path);
        a->setEnabled(QFileInfo::exists(path));
        connect(a, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), &RecentFiles::instance(), &RecentFiles::clear);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

MainWindow *MainWindow::showProject(std::unique_ptr<Project> project)
{
    if (!project)
        return nullptr;
    if (m_project) {
        auto *window = new MainWindow;
        window->show();
        return window->showProject(std::move(project));
    }
    m_project = std::move(project);
    RecentFiles::instance().add(m_project->filePath());
    // A file that cannot be written is shown as for review (the banner says why), and
    // comments and sign-offs are kept under the name the reviewer gave once.
    if (m_project->document().isReadOnly())
        m_project->setReviewMode(true);
    const QString reviewer = QSettings().value(QStringLiteral("review/name")).toString();
    if (!reviewer.trimmed().isEmpty())
        m_project->setReviewerName(reviewer);
    m_workspace = new ProjectWorkspace(*m_project, this);
    m_stack->addWidget(m_workspace);
    m_stack->setCurrentWidget(m_workspace);
    m_mapActions->setView(m_workspace->view());
    showPanels(true);
    m_journeyPanel->setProject(m_project.get());
    m_journeyPanel->setCurrentJourney(m_workspace->currentJourney());
    m_outlinePanel->setProject(m_project.get());
    m_inspectorPanel->setScene(m_workspace->scene());
    connect(m_workspace, &ProjectWorkspace::currentJourneyChanged, m_journeyPanel,
            &JourneyListPanel::setCurrentJourney);
    connect(m_workspace, &ProjectWorkspace::cardSelectionChanged, m_outlinePanel,
            &OutlinePanel::showSelection);
    m_projectActions->setWorkspace(m_workspace);
    m_reviewActions->setWorkspace(m_workspace);
    m_planActions->setWorkspace(m_workspace);
    m_commentsPanel->setProject(m_project.get(), m_workspace->scene());
    connect(m_commentsPanel, &CommentsPanel::showTargetRequested, m_workspace,
            [this](TargetKind kind, Id targetId) {
                if (kind == TargetKind::Card && m_project->hasCard(targetId))
                    m_workspace->showCards(m_project->card(targetId).journeyId, {targetId});
            });
    m_goalsPanel->setProject(m_project.get(), m_workspace->metrics());
    m_goalsPanel->setJourney(m_workspace->currentJourney());
    m_actionsPanel->setProject(m_project.get());
    m_personasPanel->setProject(m_project.get());
    connect(m_personasPanel, &PersonasPanel::shownOnMapChanged, m_workspace,
            [this](const QList<Id> &ids) { m_workspace->personaCurves()->setPersonas(ids); });
    connect(m_workspace->personaCurves(), &PersonaCurves::personasChanged, m_personasPanel,
            &PersonasPanel::setShownOnMap);
    m_actionsPanel->setJourney(m_workspace->currentJourney());
    connect(m_workspace, &ProjectWorkspace::currentJourneyChanged, m_goalsPanel,
            &GoalsPanel::setJourney);
    connect(m_workspace, &ProjectWorkspace::currentJourneyChanged, m_actionsPanel,
            &ActionsPanel::setJourney);
    m_feedbackPanel->setProject(m_project.get());
    m_feedbackPanel->setJourney(m_workspace->currentJourney());
    m_chartsPanel = new ChartsPanel(*m_project, *m_workspace->metrics(), m_chartsDock);
    delete m_chartsDock->widget();
    m_chartsDock->setWidget(m_chartsPanel);
    m_chartsPanel->setJourney(m_workspace->currentJourney());
    m_chartsPanel->setMetric(m_workspace->scoreMetric());
    m_chartsPanel->setPersonaFilter(m_workspace->personaFilter());
    connect(m_workspace, &ProjectWorkspace::currentJourneyChanged, m_feedbackPanel,
            &FeedbackPanel::setJourney);
    connect(m_workspace, &ProjectWorkspace::currentJourneyChanged, m_chartsPanel,
            &ChartsPanel::setJourney);
    connect(m_workspace, &ProjectWorkspace::currentJourneyChanged, m_projectActions,
            &ProjectActions::updateActions);
    connect(m_workspace, &ProjectWorkspace::scoreMetricChanged, m_chartsPanel,
            &ChartsPanel::setMetric);
    connect(m_workspace, &ProjectWorkspace::cardSelectionChanged, this,
            [this](Id journeyId, const QList<Id> &cardIds) {
                m_feedbackPanel->setJourney(journeyId);
                m_feedbackPanel->showCards(cardIds);
                m_chartsPanel->setCard(cardIds.size() == 1 ? cardIds.first() : NoId);
            });

    QUndoStack *stack = m_project->undoStack();
    connect(m_undoAction, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_redoAction, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, this, &MainWindow::updateActions);
    connect(stack, &QUndoStack::canRedoChanged, this, &MainWindow::updateActions);
    connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::updateActions);
    connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::updateActions);
    connect(m_project.get(), &Project::settingChanged, this, &MainWindow::updateTitle);
    connect(m_project.get(), &Project::editLockChanged, this, &MainWindow::updateActions);
    connect(m_project.get(), &Project::writeFailed, this, [this](const QString &message) {
        ProjectFileService::showError(this, tr("Change not saved"), message);
    });
    updateTitle();
    updateActions();
    return this;
}

void MainWindow::newFromTemplate(const QString &name)
{
    showProject(ProjectFileService::createFromTemplate(this, name));
}

void MainWindow::openFile(const QString &path)
{
    openFileAs(path, false);
}

void MainWindow::openForReview(const QString &path)
{
    openFileAs(path, true);
}

void MainWindow::openFileAs(const QString &path, bool review)
{
    // Already open in a window? Bring that one forward instead of locking ourselves out.
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *window = qobject_cast<MainWindow *>(widget);
        if (window && window->project() && window->project()->filePath() == absolute) {
            window->raise();
            window->activateWindow();
            if (review)
                window->project()->setReviewMode(true);
            return;
        }
    }
    std::unique_ptr<Project> project = ProjectFileService::open(this, path);
    if (!project && !QFileInfo::exists(path))
        RecentFiles::instance().remove(path);
    if (project && review)
        project->setReviewMode(true);
    MainWindow *window = showProject(std::move(project));
    if (window && review) {
        window->m_commentsDock->show();
        window->m_commentsDock->raise();
    }
}

bool MainWindow::raisePanel(const QString &name)
{
    const QHash<QString, QDockWidget *> docks{
        {QStringLiteral("journeys"), m_journeyDock},    {QStringLiteral("outline"), m_outlineDock},
        {QStringLiteral("inspector"), m_inspectorDock}, {QStringLiteral("charts"), m_chartsDock},
        {QStringLiteral("feedback"), m_feedbackDock},   {QStringLiteral("goals"), m_goalsDock},
        {QStringLiteral("plan"), m_actionsDock},        {QStringLiteral("review"), m_commentsDock},
        {QStringLiteral("personas"), m_personasDock}};
    QDockWidget *dock = docks.value(name.toLower());
    if (!dock)
        return false;
    dock->show();
    dock->raise();
    return true;
}

void MainWindow::openFileDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), {},
                                                      ProjectFileService::fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openSample()
{
    const QString path = ProjectFileService::samplePath();
    if (QFileInfo::exists(path)) {
        openFile(path);
        return;
    }
    showProject(ProjectFileService::openSample(this));
}

bool MainWindow::saveAs()
{
    if (!m_project)
        return false;
    if (!ProjectFileService::saveAs(this, *m_project))
        return false;
    RecentFiles::instance().add(m_project->filePath());
    updateTitle();
    updateActions();
    statusBar()->showMessage(tr("Saved as %1").arg(m_project->filePath()), 4000);
    return true;
}

void MainWindow::closeProject()
{
    if (!m_project)
        return;
    // What is being typed in place (a title on the map, a field of the inspector) is
    // committed when its field loses the focus: let that happen before the project goes.
    if (QWidget *focus = QApplication::focusWidget())
        focus->clearFocus();
    const QString path = m_project->filePath();
    // An untitled project nobody touched is not worth keeping.
    const bool discard = Paths::isUntitled(path) && m_project->undoStack()->count() == 0
                         && m_project->undoStack()->isClean();
    m_journeyPanel->setProject(nullptr);
    m_outlinePanel->setProject(nullptr);
    m_inspectorPanel->setScene(nullptr);
    m_feedbackPanel->setProject(nullptr);
    m_projectActions->setWorkspace(nullptr);
    m_reviewActions->setWorkspace(nullptr);
    m_planActions->setWorkspace(nullptr);
    m_commentsPanel->setProject(nullptr, nullptr);
    m_goalsPanel->setProject(nullptr, nullptr);
    m_actionsPanel->setProject(nullptr);
    m_personasPanel->setProject(nullptr);
    m_chartsDock->setWidget(new QWidget(m_chartsDock));
    delete m_chartsPanel;
    m_chartsPanel = nullptr;
    m_mapActions->setView(nullptr);
    m_stack->removeWidget(m_workspace);
    delete m_workspace;
    m_workspace = nullptr;
    m_project.reset();
    if (discard) {
        RecentFiles::instance().remove(path);
        QFile::remove(path);
    }
    m_stack->setCurrentWidget(m_welcome);
    showPanels(false);
    updateTitle();
    updateActions();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    closeProject();
    event->accept();
}

void MainWindow::updateTitle()
{
    if (!m_project) {
        setWindowTitle(tr("Waymark"));
        setWindowFilePath({});
        return;
    }
    QString title = m_project->title();
    if (m_project->document().isReadOnly())
        title = tr("%1 [read-only]").arg(title);
    setWindowTitle(tr("%1 — Waymark").arg(title));
    setWindowFilePath(m_project->filePath());
}

void MainWindow::updateActions()
{
    const bool open = m_project != nullptr;
    m_saveAction->setEnabled(open);
    m_saveAsAction->setEnabled(open);
    m_closeAction->setEnabled(open);
    m_mapActions->updateActions();
    const QUndoStack *stack = open ? m_project->undoStack() : nullptr;
    // In review mode the stack holds only review edits (entering it clears the history):
    // those can be undone as long as comments can be written.
    auto allowed = [this, stack](int index) {
        const QUndoCommand *command = stack->command(index);
        if (!command)
            return false;
        return editCategory(command) == EditCategory::Review ? m_project->canReview()
                                                             : m_project->isEditable();
    };
    m_undoAction->setEnabled(open && stack->canUndo() && allowed(stack->index() - 1));
    m_redoAction->setEnabled(open && stack->canRedo() && allowed(stack->index()));
    m_undoAction->setText(stack && stack->canUndo() ? tr("&Undo %1").arg(stack->undoText())
                                                    : tr("&Undo"));
    m_redoAction->setText(stack && stack->canRedo() ? tr("&Redo %1").arg(stack->redoText())
                                                    : tr("&Redo"));
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Waymark"),
                       tr("<h3>Waymark %1</h3><p>A studio for customer experience work: journey "
                          "maps, customer feedback and scores, goals, improvement plans and "
                          "reports.</p><p>Projects are single files on your own disk; nothing "
                          "leaves your computer.</p>")
                           .arg(QStringLiteral(WAYMARK_VERSION)));
}

} // namespace Waymark
