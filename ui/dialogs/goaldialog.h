#pragma once

#include "domain/plan.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace Waymark {

class Project;

// Edits a goal: a title, its scope (the journey, one of its stages or cards), the metric,
// at least / at most a target, and the period it is due in ("2027-Q2", "2027-06", "2027").
class GoalDialog : public QDialog
{
    Q_OBJECT

public:
    GoalDialog(const Project &project, const Goal &goal, QWidget *parent = nullptr);

    Goal goal() const;

private:
    void fillTargets();
    void updateRange();
    void validate();

    const Project &m_project;
    Goal m_goal;
    QLineEdit *m_title;
    QComboBox *m_scope;
    QComboBox *m_target;
    QComboBox *m_metric;
    QComboBox *m_operator;
    QDoubleSpinBox *m_value;
    QLineEdit *m_due;
};

} // namespace Waymark
