#pragma once

#include "domain/feedback.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Waymark {

class Project;

// Asks for one response entered by hand (an interview note, a call): touchpoint, date,
// metric and a score within the metric's scale, comment, segment, channel.
class AddResponseDialog : public QDialog
{
    Q_OBJECT

public:
    AddResponseDialog(const Project &project, Id journeyId, Id cardId, const QStringList &segments,
                      QWidget *parent = nullptr);

    // The response as entered, with its sentiment; not yet in the project.
    Feedback response() const;

private:
    void updateScale();
    void touchpointChanged();

    const Project &m_project;
    Id m_journeyId;
    QComboBox *m_touchpoint;
    QDateEdit *m_date;
    QComboBox *m_metric;
    QDoubleSpinBox *m_score;
    QLabel *m_scale;
    QPlainTextEdit *m_comment;
    QComboBox *m_segment;
    QComboBox *m_channel;
    QComboBox *m_source;
    QLineEdit *m_respondent;
    QDialogButtonBox *m_buttons;
};

} // namespace Waymark
