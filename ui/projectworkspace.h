#pragma once

#include "domain/enums.h"
#include "domain/ids.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace Waymark {

class DashboardView;
class HeatmapView;
class JourneyScene;
class JourneyView;
class MetricsEngine;
class Project;
class MarkerOverlay;
class PersonaCurves;
class PersonaFilter;
class ReviewBanner;
class ScoreOverlay;

// The central area for an open project: a banner when the project cannot be edited (and
// why), and tabs with the map of the current journey and its heatmap. Owns the project's
// metrics engine, which the map's score badges, the panels and the report share.
class ProjectWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectWorkspace(Project &project, QWidget *parent = nullptr);
    ~ProjectWorkspace() override;

    Project &project() const { return m_project; }
    JourneyScene *scene() const { return m_scene; }
    JourneyView *view() const { return m_view; }
    MetricsEngine *metrics() const { return m_metrics; }
    ScoreOverlay *scoreOverlay() const { return m_overlay; }
    // Comment, action and goal markers on the map.
    MarkerOverlay *markers() const { return m_markers; }
    // Emotion curves of chosen personas on the map.
    PersonaCurves *personaCurves() const { return m_personaCurves; }
    // Whose responses the scores on the map, the heatmap and the charts count: all
    // customers or one persona's segments. Kept across journeys.
    PersonaFilter *personaFilter() const { return m_personaFilter; }
    HeatmapView *heatmap() const { return m_heatmap; }
    DashboardView *dashboard() const { return m_dashboard; }
    // Shows the tab "map", "heatmap" or "dashboard"; false for another name.
    bool showTab(const QString &name);
    QTabWidget *tabs() const { return m_tabs; }

    // The metric of badges, stage totals and the heatmap (Metric::None hides scores). In
    // automatic mode each card shows its own main metric, and heatmap and charts the
    // journey's main metric, which scoreMetric() then returns.
    Metric scoreMetric() const { return m_metric; }
    bool isScoreAutomatic() const { return m_automatic; }
    void setScoreMetric(Metric metric, bool automatic = false);
    // The metric most responses of the journey use; NPS when it has none.
    Metric mainMetric(Id journeyId) const;

    Id currentJourney() const;
    void setCurrentJourney(Id journeyId);
    // Shows the journey and selects the cards on the map.
    void showCards(Id journeyId, const QList<Id> &cardIds);

Q_SIGNALS:
    void currentJourneyChanged(Waymark::Id journeyId);
    void cardSelectionChanged(Waymark::Id journeyId, const QList<Waymark::Id> &cardIds);
    void scoreMetricChanged(Waymark::Metric metric);

private:
    Project &m_project;
    ReviewBanner *m_banner;
    JourneyScene *m_scene;
    JourneyView *m_view;
    MetricsEngine *m_metrics;
    ScoreOverlay *m_overlay;
    MarkerOverlay *m_markers;
    PersonaCurves *m_personaCurves;
    PersonaFilter *m_personaFilter;
    HeatmapView *m_heatmap;
    DashboardView *m_dashboard;
    QTabWidget *m_tabs;
    Metric m_metric = Metric::Nps;
    bool m_automatic = true;
};

} // namespace Waymark
