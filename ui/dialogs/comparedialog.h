#pragma once

#include "domain/ids.h"

#include <QDialog>
#include <QPointF>

#include <optional>

class QLabel;
class QTreeWidget;

namespace Waymark {

class Project;

// Two emotion curves over the stages of a journey: the current state and the future state.
class EmotionCompareChart : public QWidget
{
    Q_OBJECT

public:
    explicit EmotionCompareChart(QWidget *parent = nullptr);

    struct Curve
    {
        QString name;
        QColor color;
        QList<std::optional<double>> values; // per stage, -2..+2
    };
    void setData(const QStringList &stages, const QList<Curve> &curves);
    QSize sizeHint() const override { return QSize(640, 220); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QStringList m_stages;
    QList<Curve> m_curves;
};

// The current and the future state of a journey compared: cards added, removed and changed
// per stage, and both emotion curves overlaid.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    CompareDialog(const Project &project, Id currentJourney, Id futureJourney,
                  QWidget *parent = nullptr);

    QTreeWidget *changes() const { return m_changes; }

private:
    QLabel *m_summary;
    QTreeWidget *m_changes;
    EmotionCompareChart *m_chart;
};

} // namespace Waymark
