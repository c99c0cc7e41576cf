#pragma once

#include "domain/enums.h"
#include "domain/ids.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace Waymark {

class MetricsEngine;
class PersonaFilter;
class Project;

// Stage x channel (or stage x lane) scores of a journey, for the heatmap.
class HeatmapModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { ScoreValueRole = Qt::UserRole + 1, CountRole, ColorRole, SmallSampleRole };

    HeatmapModel(Project &project, MetricsEngine &engine, QObject *parent = nullptr);

    void setJourney(Id journeyId);
    void setMetric(Metric metric);
    void setByLane(bool byLane);
    // Whose responses the cells count (all when null).
    void setPersonaFilter(PersonaFilter *filter);
    Metric metric() const { return m_metric; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void refresh();

private:
    struct CellData
    {
        QString text;
        QString tooltip;
        QColor color;
        qint64 n = 0;
        bool small = false;
        std::optional<double> value;
    };

    Project &m_project;
    MetricsEngine &m_engine;
    QPointer<PersonaFilter> m_persona;
    Id m_journeyId = NoId;
    Metric m_metric = Metric::Nps;
    bool m_byLane = false;
    QList<Id> m_stages;
    QStringList m_columnKeys;
    QStringList m_columnLabels;
    QHash<QPair<int, int>, CellData> m_cells;
};

// The heatmap tab: where in the journey (stage) and on which channel scores are weak.
class HeatmapView : public QWidget
{
    Q_OBJECT

public:
    HeatmapView(Project &project, MetricsEngine &engine, QWidget *parent = nullptr);

    void setJourney(Id journeyId);
    void setMetric(Metric metric);
    void setPersonaFilter(PersonaFilter *filter);
    HeatmapModel *model() const { return m_model; }
    QLabel *title() const { return m_title; }
    QTableView *table() const { return m_table; }

private:
    void updateTitle();

    HeatmapModel *m_model;
    QTableView *m_table;
    QComboBox *m_columns;
    QLabel *m_title;
    QPointer<PersonaFilter> m_persona;
};

} // namespace Waymark
