#pragma once

#include "domain/ids.h"
#include "metrics/metricsengine.h"
#include "project/project.h"

#include <QPointer>
#include <QScrollArea>

class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace Waymark {

class MetricsEngine;
class PersonaFilter;

// A line of values over time, drawn with QPainter (the headline tiles' trend).
class Sparkline : public QWidget
{
    Q_OBJECT

public:
    explicit Sparkline(QWidget *parent = nullptr);
    void setValues(const QList<std::optional<double>> &values, const QColor &color);
    QSize sizeHint() const override { return QSize(180, 44); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<std::optional<double>> m_values;
    QColor m_color;
};

// The dashboard tab of a journey, made to be read on a projector: headline scores (NPS,
// CSAT, CES, rating) with n, margin of error and a monthly sparkline; the weakest
// touchpoints; how the goals and the improvement plan stand; the latest comments; the most
// negative recent verbatims. Rebuilt when the feedback, goals, plan or comments change.
class DashboardView : public QScrollArea
{
    Q_OBJECT

public:
    DashboardView(Project &project, MetricsEngine &metrics, QWidget *parent = nullptr);

    void setJourney(Id journeyId);
    Id journey() const { return m_journeyId; }
    // Scores, touchpoints and verbatims for one persona's feedback (or everyone's).
    void setPersonaFilter(PersonaFilter *filter);

public Q_SLOTS:
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    MetricFilter filter() const;
    QWidget *tile(const QString &title, QWidget *body = nullptr);
    QWidget *headline(Metric metric);
    QWidget *weakestTouchpoints(Metric metric);
    QWidget *goalStatus();
    QWidget *planStatus();
    QWidget *latestComments();
    QWidget *verbatims();

    Project &m_project;
    QPointer<MetricsEngine> m_metrics;
    QPointer<PersonaFilter> m_personaFilter;
    Id m_journeyId = NoId;
    QWidget *m_content = nullptr;
    bool m_pending = false;
    bool m_dirty = true;
};

} // namespace Waymark
