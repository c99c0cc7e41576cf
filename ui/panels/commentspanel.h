#pragma once

#include "domain/enums.h"
#include "domain/ids.h"
#include "project/project.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoCommand;

namespace Waymark {

class JourneyScene;
class Project;

// The review dock: comment threads pinned to the journey, its stages and cards (all, those
// of the selection, or the unresolved ones), a field to comment on the selection, reply,
// resolve or reopen, delete one's own; and the project's sign-offs, current or outdated.
// Every change is a review command through Project::execute.
class CommentsPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Filter { All, Selection, Unresolved };

    explicit CommentsPanel(QWidget *parent = nullptr);

    void setProject(Project *project, JourneyScene *scene);
    void setFilter(Filter filter);

    // Where a new comment goes: the selected card or stage, else the journey.
    TargetKind targetKind() const { return m_targetKind; }
    Id targetId() const { return m_targetId; }

    // The reviewer's name, asked once and kept in the settings; false when cancelled.
    static bool ensureReviewerName(QWidget *parent, Project &project);

Q_SIGNALS:
    // A thread was double-clicked: show what it is pinned to on the map.
    void showTargetRequested(Waymark::TargetKind kind, Waymark::Id targetId);

public Q_SLOTS:
    // Puts the cursor in the comment field (Review > Add Comment).
    void startComment();
    bool addComment(const QString &text);
    bool reply(Id threadId, const QString &text);
    bool setResolved(Id threadId, bool resolved);
    bool removeComment(Id commentId);
    void signOff();
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateTarget();
    void updateButtons();
    Id currentCommentId() const;
    QString targetLabel(TargetKind kind, Id id) const;
    bool run(QUndoCommand *command);
    void refreshSignoffs();

    QPointer<Project> m_project;
    QPointer<JourneyScene> m_scene;
    TargetKind m_targetKind = TargetKind::Journey;
    Id m_targetId = NoId;
    Filter m_filter = Filter::All;

    QComboBox *m_filterBox;
    QTreeWidget *m_tree;
    QLabel *m_emptyLabel;
    QLabel *m_targetLabel;
    QPlainTextEdit *m_text;
    QPushButton *m_comment;
    QPushButton *m_reply;
    QPushButton *m_resolve;
    QPushButton *m_delete;
    QListWidget *m_signoffs;
    QPushButton *m_signOff;
    QLabel *m_lockLabel;
};

} // namespace Waymark
