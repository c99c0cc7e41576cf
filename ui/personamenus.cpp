#include "personamenus.h"

#include "canvas/personacurves.h"
#include "personafilter.h"
#include "project/project.h"
#include "projectworkspace.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>

namespace Waymark {

namespace {

// A persona's name as a menu entry: its own ampersands are not mnemonics.
QString entryText(const QString &name)
{
    QString text = name.simplified().left(60);
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace

PersonaMenus::PersonaMenus(QWidget *window)
    : QObject(window)
    , m_scoresFor(new QMenu(tr("Scores &For"), window))
    , m_curves(new QMenu(tr("&Persona Curves"), window))
    , m_scoresGroup(new QActionGroup(this))
{
    m_scoresFor->setObjectName(QStringLiteral("scoresForMenu"));
    // Disabled entries say in their tooltip why they are disabled.
    m_scoresFor->setToolTipsVisible(true);
    m_curves->setObjectName(QStringLiteral("personaCurvesMenu"));
    m_curves->setToolTipsVisible(true);
    m_curves->menuAction()->setStatusTip(
        tr("Draw the emotion curves of chosen personas from the feedback of their segments"));
    m_scoresFor->menuAction()->setStatusTip(
        tr("Count the responses of all customers or of one persona's segments"));
    connect(m_scoresGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        if (m_workspace)
            m_workspace->personaFilter()->setPersona(action->data().value<Id>());
    });
    rebuildScoresFor();
    rebuildCurves();
}

void PersonaMenus::setWorkspace(ProjectWorkspace *workspace)
{
    if (m_workspace) {
        disconnect(&m_workspace->project(), nullptr, this, nullptr);
        disconnect(m_workspace->personaFilter(), nullptr, this, nullptr);
        disconnect(m_workspace->personaCurves(), nullptr, this, nullptr);
    }
    m_workspace = workspace;
    if (workspace) {
        connect(&workspace->project(), &Project::personasChanged, this,
                &PersonaMenus::rebuildScoresFor);
        connect(&workspace->project(), &Project::reset, this, &PersonaMenus::rebuildScoresFor);
        connect(&workspace->project(), &Project::personasChanged, this,
                &PersonaMenus::rebuildCurves);
        connect(&workspace->project(), &Project::reset, this, &PersonaMenus::rebuildCurves);
        connect(workspace->personaCurves(), &PersonaCurves::personasChanged, this,
                &PersonaMenus::syncCurveChecks);
        // Only the checks: the action that chose the persona is still being triggered.
        connect(workspace->personaFilter(), &PersonaFilter::changed, this,
                &PersonaMenus::syncChecks);
    }
    rebuildScoresFor();
    rebuildCurves();
}

void PersonaMenus::rebuildScoresFor()
{
    for (QAction *action : m_scoresGroup->actions()) {
        m_scoresGroup->removeAction(action);
        delete action;
    }
    m_scoresFor->clear();
    m_scoresFor->setEnabled(m_workspace != nullptr);
    if (!m_workspace)
        return;
    QAction *all = m_scoresFor->addAction(tr("&All Customers"));
    all->setObjectName(QStringLiteral("scoresForAll"));
    all->setData(QVariant::fromValue(NoId));
    all->setStatusTip(tr("Scores count the responses of every customer"));
    QList<QAction *> entries{all};
    const QList<Persona> personas = m_workspace->project().personas();
    if (!personas.isEmpty())
        m_scoresFor->addSeparator();
    for (const Persona &persona : personas) {
        QAction *action = m_scoresFor->addAction(entryText(persona.name));
        action->setData(QVariant::fromValue(persona.id));
        action->setObjectName(QStringLiteral("scoresFor-%1").arg(persona.id));
        if (PersonaFilter::canFilter(persona)) {
            action->setToolTip(tr("Segments: %1").arg(persona.segments.join(QStringLiteral(", "))));
            action->setStatusTip(
                tr("Scores count the responses of the segments of “%1”").arg(persona.name));
        } else {
            action->setEnabled(false);
            action->setToolTip(PersonaFilter::whyNot(persona));
            action->setStatusTip(PersonaFilter::whyNot(persona));
        }
        entries.append(action);
    }
    for (QAction *action : std::as_const(entries)) {
        action->setCheckable(true);
        m_scoresGroup->addAction(action);
    }
    syncChecks();
}

void PersonaMenus::syncChecks()
{
    const Id current = m_workspace ? m_workspace->personaFilter()->persona() : NoId;
    for (QAction *action : m_scoresGroup->actions())
        action->setChecked(action->data().value<Id>() == current);
}

void PersonaMenus::rebuildCurves()
{
    m_curves->clear();
    m_curves->setEnabled(m_workspace != nullptr);
    if (!m_workspace)
        return;
    const QList<Persona> personas = m_workspace->project().personas();
    if (personas.isEmpty()) {
        m_curves->addAction(tr("No Personas"))->setEnabled(false);
        return;
    }
    for (const Persona &persona : personas) {
        QAction *action = m_curves->addAction(entryText(persona.name));
        action->setObjectName(QStringLiteral("personaCurve-%1").arg(persona.id));
        action->setData(QVariant::fromValue(persona.id));
        action->setCheckable(true);
        action->setStatusTip(tr("Draw the emotion curve of “%1” from the feedback of its segments")
                                 .arg(persona.name));
        // triggered, not toggled: syncCurveChecks() sets checks without choosing anything.
        connect(action, &QAction::triggered, this, &PersonaMenus::chooseCurves);
    }
    syncCurveChecks();
}

void PersonaMenus::syncCurveChecks()
{
    const QList<Id> shown = m_workspace ? m_workspace->personaCurves()->personas() : QList<Id>();
    for (QAction *action : m_curves->actions()) {
        if (action->isCheckable())
            action->setChecked(shown.contains(action->data().value<Id>()));
    }
}

// The checked entries, in the order of the personas (as the Personas dock lists them).
void PersonaMenus::chooseCurves()
{
    if (!m_workspace)
        return;
    QList<Id> ids;
    for (QAction *action : m_curves->actions()) {
        if (action->isCheckable() && action->isChecked())
            ids.append(action->data().value<Id>());
    }
    m_workspace->personaCurves()->setPersonas(ids);
}

} // namespace Waymark
