#include "planactions.h"

#include "canvas/canvascontroller.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "commandrunner.h"
#include "commands/plancommands.h"
#include "dialogs/comparedialog.h"
#include "icons.h"
#include "panels/actionspanel.h"
#include "panels/goalspanel.h"
#include "project/project.h"
#include "projectworkspace.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>

namespace Waymark {

PlanActions::PlanActions(QWidget *window, ActionsPanel *actions, QDockWidget *actionsDock)
    : QObject(window)
    , m_actions(actions)
    , m_actionsDock(actionsDock)
    , m_newAction(new QAction(Icons::icon(QStringLiteral("action-plan")), tr("New &Action…"), this))
    , m_fromCard(new QAction(tr("Create Action from &Pain Point"), this))
    , m_newGoal(new QAction(Icons::icon(QStringLiteral("action-goal")), tr("New &Goal…"), this))
    , m_duplicateFuture(new QAction(tr("Duplicate as &Future State"), this))
    , m_compare(new QAction(tr("Compare C&urrent and Future State…"), this))
    , m_window(window)
{
    m_duplicateFuture->setObjectName(QStringLiteral("duplicateFuture"));
    m_duplicateFuture->setStatusTip(
        tr("Copy the journey as its future state, to design how it should become"));
    m_compare->setObjectName(QStringLiteral("compareStates"));
    connect(m_duplicateFuture, &QAction::triggered, this, &PlanActions::duplicateAsFutureState);
    connect(m_compare, &QAction::triggered, this, &PlanActions::compareStates);
    m_newAction->setObjectName(QStringLiteral("newActionAction"));
    m_fromCard->setObjectName(QStringLiteral("actionFromCard"));
    m_fromCard->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A));
    m_fromCard->setStatusTip(
        tr("Add an action to the improvement plan for the selected card and edit it"));
    m_newGoal->setObjectName(QStringLiteral("newGoalAction"));
    auto raise = [](QDockWidget *dock) {
        if (dock) {
            dock->show();
            dock->raise();
        }
    };
    connect(m_newAction, &QAction::triggered, this, [this, raise] {
        raise(m_actionsDock);
        if (m_actions)
            m_actions->newAction();
    });
    connect(m_fromCard, &QAction::triggered, this, [this] {
        const QList<Id> cards = selectedCards();
        if (cards.size() == 1)
            createFromCard(cards.first());
    });
    connect(m_newGoal, &QAction::triggered, this, [this, raise] {
        raise(m_goalsDock);
        if (m_goals)
            m_goals->newGoal();
    });
    updateActions();
}

void PlanActions::setGoalsPanel(GoalsPanel *goals, QDockWidget *goalsDock)
{
    m_goals = goals;
    m_goalsDock = goalsDock;
    updateActions();
}

QList<Id> PlanActions::selectedCards() const
{
    return m_workspace ? m_workspace->view()->controller()->selectedCardIds() : QList<Id>();
}

void PlanActions::setWorkspace(ProjectWorkspace *workspace)
{
    if (m_workspace) {
        disconnect(&m_workspace->project(), nullptr, this, nullptr);
        disconnect(m_workspace, nullptr, this, nullptr);
        disconnect(m_workspace->view(), nullptr, this, nullptr);
    }
    m_workspace = workspace;
    if (workspace) {
        connect(&workspace->project(), &Project::editLockChanged, this,
                &PlanActions::updateActions);
        connect(workspace, &ProjectWorkspace::cardSelectionChanged, this,
                &PlanActions::updateActions);
        connect(workspace, &ProjectWorkspace::currentJourneyChanged, this,
                &PlanActions::updateActions);
        connect(&workspace->project(), &Project::journeyInserted, this,
                &PlanActions::updateActions);
        connect(&workspace->project(), &Project::journeyRemoved, this, &PlanActions::updateActions);
        connect(workspace->view(), &JourneyView::cardMenuAboutToShow, this,
                [this](QMenu *menu, Id cardId) {
                    menu->addSeparator();
                    QAction *a = menu->addAction(Icons::icon(QStringLiteral("action-plan")),
                                                 m_fromCard->text(), this,
                                                 [this, cardId] { createFromCard(cardId); });
                    a->setEnabled(m_workspace && m_workspace->project().isEditable());
                });
    }
    updateActions();
}

void PlanActions::addPlanActions(QMenu *menu) const
{
    menu->addAction(m_newAction);
    menu->addAction(m_fromCard);
    menu->addSeparator();
    menu->addAction(m_newGoal);
}

void PlanActions::addJourneyActions(QMenu *menu) const
{
    menu->addAction(m_duplicateFuture);
    menu->addAction(m_compare);
}

QPair<Id, Id> PlanActions::statePair() const
{
    if (!m_workspace)
        return {NoId, NoId};
    const Project &project = m_workspace->project();
    const Journey journey = project.journey(m_workspace->currentJourney());
    if (journey.id == NoId)
        return {NoId, NoId};
    if (journey.state == JourneyState::Future && project.hasJourney(journey.sourceJourneyId))
        return {journey.sourceJourneyId, journey.id};
    for (const Journey &j : project.journeys()) {
        if (j.state == JourneyState::Future && j.sourceJourneyId == journey.id)
            return {journey.id, j.id};
    }
    return {NoId, NoId};
}

void PlanActions::duplicateAsFutureState()
{
    if (!m_workspace)
        return;
    Project &project = m_workspace->project();
    const Journey journey = project.journey(m_workspace->currentJourney());
    if (journey.id == NoId)
        return;
    auto *command = new DuplicateJourneyCommand(project, journey.id,
                                                tr("%1 (future state)").arg(journey.name), true);
    if (!runCommand(project, command, m_window))
        return;
    m_workspace->setCurrentJourney(command->createdId());
}

void PlanActions::compareStates()
{
    const QPair<Id, Id> pair = statePair();
    if (!m_workspace || pair.first == NoId)
        return;
    auto *dialog = new CompareDialog(m_workspace->project(), pair.first, pair.second, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Closed with the project: it reads the project while open.
    connect(m_workspace, &QObject::destroyed, dialog, &QDialog::close);
    dialog->show();
}

void PlanActions::updateActions()
{
    const bool editable = m_workspace && m_workspace->project().isEditable()
                          && m_workspace->currentJourney() != NoId;
    m_newAction->setEnabled(editable);
    m_fromCard->setEnabled(editable && selectedCards().size() == 1);
    m_newGoal->setEnabled(editable && m_goals);
    m_duplicateFuture->setEnabled(editable);
    m_compare->setEnabled(statePair().first != NoId);
}

void PlanActions::createFromCard(Id cardId)
{
    if (m_actionsDock) {
        m_actionsDock->show();
        m_actionsDock->raise();
    }
    if (m_actions)
        m_actions->createFromCard(cardId);
}

} // namespace Waymark
