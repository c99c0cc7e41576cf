#include "reviewactions.h"

#include "canvas/journeyview.h"
#include "icons.h"
#include "panels/commentspanel.h"
#include "project/project.h"
#include "projectworkspace.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>

namespace Waymark {

ReviewActions::ReviewActions(QWidget *window, CommentsPanel *panel, QDockWidget *dock)
    : QObject(window)
    , m_window(window)
    , m_panel(panel)
    , m_dock(dock)
    , m_openForReview(
          new QAction(Icons::icon(QStringLiteral("action-review")), tr("Open for &Review…"), this))
    , m_reviewMode(new QAction(tr("&Review Mode"), this))
    , m_addComment(
          new QAction(Icons::icon(QStringLiteral("action-comment")), tr("Add &Comment"), this))
    , m_signOff(new QAction(tr("&Sign Off…"), this))
{
    m_openForReview->setObjectName(QStringLiteral("openForReview"));
    m_openForReview->setStatusTip(
        tr("Open a project with its map locked, to comment on it and sign it off"));
    connect(m_openForReview, &QAction::triggered, this, &ReviewActions::openForReviewRequested);
    m_reviewMode->setObjectName(QStringLiteral("reviewMode"));
    m_reviewMode->setCheckable(true);
    m_reviewMode->setStatusTip(tr("Lock the map; allow comments and sign-offs"));
    connect(m_reviewMode, &QAction::toggled, this, [this](bool on) {
        if (!m_workspace || m_workspace->project().isReviewMode() == on)
            return;
        m_workspace->project().setReviewMode(on);
        if (on)
            showDock();
    });
    m_addComment->setObjectName(QStringLiteral("addCommentAction"));
    m_addComment->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    m_addComment->setStatusTip(tr("Comment on the selected card or stage, or on the journey"));
    connect(m_addComment, &QAction::triggered, this, [this] {
        showDock();
        if (m_panel)
            m_panel->startComment();
    });
    m_signOff->setObjectName(QStringLiteral("signOffAction"));
    connect(m_signOff, &QAction::triggered, this, [this] {
        showDock();
        if (m_panel)
            m_panel->signOff();
    });
    updateActions();
}

void ReviewActions::showDock()
{
    if (m_dock) {
        m_dock->show();
        m_dock->raise();
    }
}

void ReviewActions::setWorkspace(ProjectWorkspace *workspace)
{
    if (m_workspace)
        disconnect(&m_workspace->project(), nullptr, this, nullptr);
    if (m_workspace)
        disconnect(m_workspace->view(), nullptr, this, nullptr);
    m_workspace = workspace;
    if (workspace) {
        connect(&workspace->project(), &Project::editLockChanged, this,
                &ReviewActions::updateActions);
        // "Add Comment" on a card's context menu: the card is selected already.
        connect(workspace->view(), &JourneyView::cardMenuAboutToShow, this,
                [this](QMenu *menu) { menu->addAction(m_addComment); });
    }
    updateActions();
}

void ReviewActions::addReviewActions(QMenu *menu) const
{
    menu->addAction(m_reviewMode);
    menu->addSeparator();
    menu->addAction(m_addComment);
    menu->addAction(m_signOff);
}

void ReviewActions::updateActions()
{
    const Project *project = m_workspace ? &m_workspace->project() : nullptr;
    const QSignalBlocker blocker(m_reviewMode);
    m_reviewMode->setChecked(project && project->isReviewMode());
    // A read-only file stays in review mode: there is nothing to leave it for.
    m_reviewMode->setEnabled(project && !project->document().isReadOnly());
    m_addComment->setEnabled(project && project->canReview());
    m_signOff->setEnabled(project && project->canReview());
}

} // namespace Waymark
