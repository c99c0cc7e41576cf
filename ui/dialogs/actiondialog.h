#pragma once

#include "domain/plan.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace Waymark {

class Project;

// Edits one action of the improvement plan: title, description, owner, status, due date,
// expected impact, and the cards and goals of its journey it is linked to. Returns the
// edited value; the caller turns it into a command.
class ActionDialog : public QDialog
{
    Q_OBJECT

public:
    ActionDialog(const Project &project, const Action &action, QWidget *parent = nullptr);

    Action action() const;

private:
    const Project &m_project;
    Action m_action;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QLineEdit *m_owner;
    QComboBox *m_status;
    QCheckBox *m_hasDue;
    QDateEdit *m_due;
    QLineEdit *m_impact;
    QListWidget *m_cards;
    QListWidget *m_goals;
};

} // namespace Waymark
