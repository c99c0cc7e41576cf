#pragma once

#include "domain/ids.h"
#include "metrics/goalprogress.h"
#include "project/project.h"

#include <QColor>
#include <QPointer>
#include <QWidget>

class QLabel;
class QTableWidget;
class QToolButton;
class QUndoCommand;

namespace Waymark {

class MetricsEngine;

// The goals of the current journey with their progress from the feedback: scope, metric,
// target, due period, current value with n, trend and a status chip (On track, At risk,
// Off track, No data) whose tooltip is the rule that decided it. Add, edit, delete.
class GoalsPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { Title, Scope, Metric, Target, Due, Current, Count, Trend, Status, ColumnCount };

    explicit GoalsPanel(QWidget *parent = nullptr);

    void setProject(Project *project, MetricsEngine *metrics);
    void setJourney(Id journeyId);
    QTableWidget *table() const { return m_table; }

    static QColor statusColor(GoalStatus status);

public Q_SLOTS:
    void newGoal();
    void editGoal(Id goalId);
    void deleteSelected();
    void refresh();

private:
    bool run(QUndoCommand *command);
    Id selectedId() const;
    void updateButtons();
    void scheduleRefresh();

    QPointer<Project> m_project;
    QPointer<MetricsEngine> m_metrics;
    Id m_journeyId = NoId;
    QToolButton *m_new;
    QToolButton *m_edit;
    QToolButton *m_delete;
    QLabel *m_summary;
    QTableWidget *m_table;
    QLabel *m_empty;
    bool m_pending = false;
};

} // namespace Waymark
