#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMenu;
class QWidget;

namespace Waymark {

class CommentsPanel;
class ProjectWorkspace;

// The Review menu: open a file for review, review mode on and off, add a comment (to the
// selected card or stage, or the journey), sign off. Follows the current workspace; the
// comments panel does the work.
class ReviewActions : public QObject
{
    Q_OBJECT

public:
    ReviewActions(QWidget *window, CommentsPanel *panel, QDockWidget *dock);

    void setWorkspace(ProjectWorkspace *workspace);
    void addReviewActions(QMenu *menu) const;

    QAction *openForReviewAction() const { return m_openForReview; }
    QAction *reviewModeAction() const { return m_reviewMode; }
    QAction *addCommentAction() const { return m_addComment; }
    QAction *signOffAction() const { return m_signOff; }

public Q_SLOTS:
    void updateActions();

Q_SIGNALS:
    void openForReviewRequested();

private:
    void showDock();

    QWidget *m_window;
    QPointer<CommentsPanel> m_panel;
    QPointer<QDockWidget> m_dock;
    QPointer<ProjectWorkspace> m_workspace;
    QAction *m_openForReview;
    QAction *m_reviewMode;
    QAction *m_addComment;
    QAction *m_signOff;
};

} // namespace Waymark
