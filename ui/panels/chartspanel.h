#pragma once

#include "domain/enums.h"
#include "domain/ids.h"

#include <QPointer>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QListWidget;

namespace Waymark {

class MetricsEngine;
class PersonaFilter;
class Project;

// Charts of the feedback for the journey or the selected touchpoint: the score's trend by
// month or quarter, the distribution of answers (NPS bars coloured detractor, passive,
// promoter), a comparison across stages or segments, and the most positive and most
// negative verbatims.
class ChartsPanel : public QWidget
{
    Q_OBJECT

public:
    ChartsPanel(Project &project, MetricsEngine &engine, QWidget *parent = nullptr);

    void setJourney(Id journeyId);
    // The touchpoint the distribution and verbatims are about; NoId for the whole journey.
    void setCard(Id cardId);
    void setMetric(Metric metric);
    Metric metric() const { return m_metric; }
    // Whose responses the charts are about (all when null).
    void setPersonaFilter(PersonaFilter *filter);
    QLabel *scopeLabel() const { return m_scope; }

    QChart *trendChart() const;
    QChart *distributionChart() const;
    QChart *comparisonChart() const;
    QListWidget *positiveList() const { return m_positive; }
    QListWidget *negativeList() const { return m_negative; }

public Q_SLOTS:
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillTrend();
    void fillDistribution();
    void fillComparison();
    void fillVerbatims();
    void styleChart(QChart *chart) const;

    Project &m_project;
    MetricsEngine &m_engine;
    QPointer<PersonaFilter> m_persona;
    Id m_journeyId = NoId;
    Id m_cardId = NoId;
    Metric m_metric = Metric::Nps;

    QLabel *m_scope;
    QComboBox *m_metricBox;
    QComboBox *m_periodBox;
    QComboBox *m_compareBox;
    QChartView *m_trend;
    QChartView *m_distribution;
    QChartView *m_comparison;
    QListWidget *m_positive;
    QListWidget *m_negative;
};

} // namespace Waymark
