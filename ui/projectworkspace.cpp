#include "projectworkspace.h"

#include "canvas/canvascontroller.h"
#include "canvas/carditem.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "canvas/markeroverlay.h"
#include "canvas/personacurves.h"
#include "canvas/scoreoverlay.h"
#include "metrics/goalprogress.h"
#include "metrics/metricsengine.h"
#include "panels/dashboardview.h"
#include "panels/goalspanel.h"
#include "panels/heatmapview.h"
#include "personafilter.h"
#include "personafilterbar.h"
#include "project/project.h"
#include "reviewbanner.h"

#include <QLabel>
#include <QScrollBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Waymark {

ProjectWorkspace::ProjectWorkspace(Project &project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_banner(new ReviewBanner(project, this))
    , m_scene(new JourneyScene(project, this))
    , m_view(new JourneyView(m_scene, this))
    , m_metrics(new MetricsEngine(project, this))
    , m_overlay(new ScoreOverlay(m_scene, m_metrics, this))
    , m_markers(new MarkerOverlay(m_scene, this))
    , m_personaCurves(new PersonaCurves(m_scene, m_metrics, this))
    , m_personaFilter(new PersonaFilter(project, this))
    , m_heatmap(new HeatmapView(project, *m_metrics, this))
    , m_dashboard(new DashboardView(project, *m_metrics, this))
    , m_tabs(new QTabWidget(this))
{
    connect(m_banner, &ReviewBanner::leaveReviewRequested, this,
            [this] { m_project.setReviewMode(false); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(new PersonaFilterBar(m_personaFilter, this));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_view, tr("&Map"));
    m_tabs->addTab(m_heatmap, tr("&Heatmap"));
    m_tabs->addTab(m_dashboard, tr("&Dashboard"));
    layout->addWidget(m_tabs, 1);
    m_overlay->setPersonaFilter(m_personaFilter);
    m_heatmap->setPersonaFilter(m_personaFilter);
    m_dashboard->setPersonaFilter(m_personaFilter);

    // Goal flags on the map take the colour of the goal's status.
    m_markers->setGoalStatus([this](Id goalId) {
        GoalProgressCalculator calculator(m_project, *m_metrics);
        const Goal goal = m_project.goal(goalId);
        const GoalProgress progress = calculator.progress(goal);
        return qMakePair(
            GoalsPanel::statusColor(progress.status),
            tr("Goal “%1”: %2")
                    .arg(goal.title, GoalProgressCalculator::statusLabel(progress.status))
                + QLatin1Char('\n') + progress.rule);
    });
    connect(m_metrics, &MetricsEngine::changed, m_markers, &MarkerOverlay::refresh);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        Q_EMIT cardSelectionChanged(currentJourney(), m_view->controller()->selectedCardIds());
    });
    connect(&project, &Project::journeyRemoved, this, [this](Id journeyId) {
        if (journeyId == currentJourney() || currentJourney() == NoId) {
            const QList<Journey> journeys = m_project.journeys();
            setCurrentJourney(journeys.isEmpty() ? NoId : journeys.first().id);
        }
    });
    connect(&project, &Project::journeyInserted, this, [this](Id journeyId) {
        if (currentJourney() == NoId)
            setCurrentJourney(journeyId);
    });
    connect(&project, &Project::reset, this, [this] {
        if (!m_project.hasJourney(currentJourney())) {
            const QList<Journey> journeys = m_project.journeys();
            setCurrentJourney(journeys.isEmpty() ? NoId : journeys.first().id);
        }
    });
    const QList<Journey> journeys = project.journeys();
    if (!journeys.isEmpty())
        setCurrentJourney(journeys.first().id);
    setScoreMetric(Metric::None, true);
}

Metric ProjectWorkspace::mainMetric(Id journeyId) const
{
    MetricFilter filter;
    filter.journeyId = journeyId;
    Metric best = Metric::Nps;
    qint64 bestN = 0;
    for (Metric metric : {Metric::Nps, Metric::Csat, Metric::Ces, Metric::Rating}) {
        const qint64 n = m_metrics->total(metric, filter).n;
        if (n > bestN) {
            best = metric;
            bestN = n;
        }
    }
    return best;
}

void ProjectWorkspace::setScoreMetric(Metric metric, bool automatic)
{
    m_automatic = automatic;
    m_metric = automatic ? mainMetric(currentJourney()) : metric;
    m_overlay->setMetric(m_metric);
    m_personaCurves->setMetric(m_metric);
    m_overlay->setAutomatic(automatic);
    m_heatmap->setMetric(m_metric == Metric::None ? Metric::Nps : m_metric);
    Q_EMIT scoreMetricChanged(m_metric);
}

ProjectWorkspace::~ProjectWorkspace()
{
    // The view (and its controller's clients) first, then the scene it shows: children
    // would go in creation order, scene before view.
    delete m_overlay;
    delete m_markers;
    delete m_personaCurves;
    delete m_view;
    delete m_tabs; // the heatmap, which uses the metrics engine
    delete m_scene;
}

bool ProjectWorkspace::showTab(const QString &name)
{
    const QHash<QString, QWidget *> tabs{{QStringLiteral("map"), m_view},
                                         {QStringLiteral("heatmap"), m_heatmap},
                                         {QStringLiteral("dashboard"), m_dashboard}};
    QWidget *tab = tabs.value(name.toLower());
    if (!tab)
        return false;
    m_tabs->setCurrentWidget(tab);
    return true;
}

Id ProjectWorkspace::currentJourney() const
{
    return m_scene->journeyId();
}

void ProjectWorkspace::setCurrentJourney(Id journeyId)
{
    if (journeyId == m_scene->journeyId() && journeyId != NoId)
        return;
    m_scene->setJourney(journeyId);
    m_heatmap->setJourney(journeyId);
    m_dashboard->setJourney(journeyId);
    if (m_automatic && journeyId != NoId && m_metrics)
        setScoreMetric(Metric::None, true);
    m_overlay->refresh();
    m_view->horizontalScrollBar()->setValue(0);
    m_view->verticalScrollBar()->setValue(0);
    Q_EMIT currentJourneyChanged(journeyId);
}

void ProjectWorkspace::showCards(Id journeyId, const QList<Id> &cardIds)
{
    setCurrentJourney(journeyId);
    m_view->controller()->selectCards(cardIds);
    if (!cardIds.isEmpty()) {
        if (CardItem *item = m_scene->cardItem(cardIds.last()))
            m_view->ensureVisible(item, 40, 40);
    }
}

} // namespace Waymark
