#pragma once

#include "domain/ids.h"

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMenu;
class QWidget;

namespace Waymark {

class ActionsPanel;
class GoalsPanel;
class ProjectWorkspace;

// The Actions menu: new action, an action from the selected pain point in one gesture
// (also in the card's context menu), new goal. Follows the current workspace; the panels
// do the work.
class PlanActions : public QObject
{
    Q_OBJECT

public:
    PlanActions(QWidget *window, ActionsPanel *actions, QDockWidget *actionsDock);

    void setGoalsPanel(GoalsPanel *goals, QDockWidget *goalsDock);
    void setWorkspace(ProjectWorkspace *workspace);
    void addPlanActions(QMenu *menu) const;
    // Duplicate as future state, compare current and future state.
    void addJourneyActions(QMenu *menu) const;

    QAction *newActionAction() const { return m_newAction; }
    QAction *fromCardAction() const { return m_fromCard; }
    QAction *newGoalAction() const { return m_newGoal; }
    QAction *duplicateFutureAction() const { return m_duplicateFuture; }
    QAction *compareAction() const { return m_compare; }

public Q_SLOTS:
    void updateActions();
    void createFromCard(Waymark::Id cardId);
    void duplicateAsFutureState();
    void compareStates();

private:
    QList<Waymark::Id> selectedCards() const;
    // The (current, future) pair of the journey shown, if it has one.
    QPair<Waymark::Id, Waymark::Id> statePair() const;

    QPointer<ActionsPanel> m_actions;
    QPointer<QDockWidget> m_actionsDock;
    QPointer<GoalsPanel> m_goals;
    QPointer<QDockWidget> m_goalsDock;
    QPointer<ProjectWorkspace> m_workspace;
    QAction *m_newAction;
    QAction *m_fromCard;
    QAction *m_newGoal;
    QAction *m_duplicateFuture;
    QAction *m_compare;
    QWidget *m_window;
};

} // namespace Waymark
