#pragma once

#include "domain/journey.h"

#include <QGraphicsItem>
#include <QStaticText>

namespace Waymark {

struct CanvasMetrics;

// The header of a stage column: its colour, name and a line of summary.
class StageHeaderItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 10 };

    StageHeaderItem(const Stage &stage, const CanvasMetrics &metrics);

    int type() const override { return Type; }
    Id stageId() const { return m_stage.id; }
    const Stage &stage() const { return m_stage; }
    void setStage(const Stage &stage, int index);
    void setSummary(const QString &summary);
    // The stage's total for the chosen metric ("+12"), coloured by its threshold band;
    // empty text hides it.
    void setScore(const QString &text, const QColor &color, bool faded,
                  const QString &caption = {});
    QString scoreText() const { return m_scoreText; }
    void setWidth(qreal width);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void ensureTexts();
    qreal scorePillWidth() const;

    Stage m_stage;
    int m_index = 0;
    QString m_summary;
    QString m_scoreText;
    QString m_scoreCaption;
    QColor m_scoreColor;
    bool m_scoreFaded = false;
    const CanvasMetrics &m_metrics;
    qreal m_width;
    // Name and summary, elided and laid out once (not on every paint).
    bool m_textsValid = false;
    QStaticText m_nameText;
    QStaticText m_summaryText;
};

// The header of a lane row: kind icon and name.
class LaneHeaderItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 11 };

    LaneHeaderItem(const Lane &lane, const CanvasMetrics &metrics);

    int type() const override { return Type; }
    Id laneId() const { return m_lane.id; }
    const Lane &lane() const { return m_lane; }
    void setLane(const Lane &lane);
    void setHeight(qreal height);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Lane m_lane;
    const CanvasMetrics &m_metrics;
    qreal m_height;
    bool m_nameValid = false;
    QStaticText m_nameText;
};

} // namespace Waymark
