#pragma once

#include "domain/enums.h"
#include "domain/ids.h"
#include "project/project.h"

#include <QColor>
#include <QListWidget>
#include <QPointer>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableWidget;
class QToolButton;
class QUndoCommand;

namespace Waymark {

class Project;

// One column of the action board: the actions of one status, in plan order. Cards are
// dragged within it (reorder) and to other columns (change of status); the panel turns a
// drop into commands.
class ActionBoardColumn : public QListWidget
{
    Q_OBJECT

public:
    static QString mimeType() { return QStringLiteral("application/x-waymark-action-id"); }

    ActionBoardColumn(ActionStatus status, QWidget *parent);
    ActionStatus status() const { return m_status; }

Q_SIGNALS:
    // An action was dropped before the item at row (row == count(): at the end).
    void actionDropped(Waymark::Id actionId, Waymark::ActionStatus status, int row);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    ActionStatus m_status;
};

// The improvement plan of the current journey, as a table or as a board with one column
// per status (Idea, Planned, In progress, Done, Dropped). New, edit (the action editor),
// delete, drag on the board; overdue actions are flagged in red.
class ActionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ActionsPanel(QWidget *parent = nullptr);

    void setProject(Project *project);
    Project *project() const { return m_project; }
    void setJourney(Id journeyId);

    bool isBoardShown() const;
    void showBoard(bool board);
    ActionBoardColumn *column(ActionStatus status) const;
    QTableWidget *table() const { return m_table; }

    static QColor statusColor(ActionStatus status);

public Q_SLOTS:
    void newAction();
    // Opens the action editor; changes become one EditActionCommand.
    void editAction(Id actionId);
    void deleteSelected();
    // Creates an action from a card (one command), then opens the editor on it.
    Id createFromCard(Id cardId);
    // What a drop on the board does: a change of status and/or of place in the plan.
    bool dropAction(Id actionId, ActionStatus status, int row);
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void tintColumns();
    bool run(QUndoCommand *command);
    QList<Id> selectedIds() const;
    void updateButtons();

    QPointer<Project> m_project;
    Id m_journeyId = NoId;
    QToolButton *m_new;
    QToolButton *m_edit;
    QToolButton *m_delete;
    QToolButton *m_tableButton;
    QToolButton *m_boardButton;
    QLabel *m_summary;
    QStackedWidget *m_stack;
    QTableWidget *m_table;
    QWidget *m_board;
    QList<ActionBoardColumn *> m_columns;
    QList<QLabel *> m_columnTitles;
    bool m_refreshing = false;
};

} // namespace Waymark
