#pragma once

#include "carditem.h"

#include <QGraphicsItem>

namespace Waymark {

// A card of the emotion curve lane, drawn as a point on the curve at the height of its
// emotion (-2 at the bottom, +2 at the top) with its title beside it. Drag it up or down
// to change the emotion (the view turns the drag into an undo command).
class EmotionPointItem : public CardItem
{
public:
    enum { Type = CardItem::Type + 1 };

    EmotionPointItem(const Card &card, const CanvasMetrics &metrics);

    int type() const override { return Type; }
    qreal height() const override;
    QRectF anchorRect() const override;
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // The point's centre, in item coordinates: the item's origin is the point.
    static constexpr qreal Radius = 7;
    // Set while dragging, to show the value the drop will give.
    void setPreviewEmotion(std::optional<int> emotion);

private:
    std::optional<int> m_preview;
    // The title under the point, laid out once per title.
    QString m_labelTitle;
    QStaticText m_label;
    bool m_labelValid = false;
};

// The smooth emotion curve through the points of one emotion lane, with its scale.
class EmotionCurveItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 30 };

    explicit EmotionCurveItem(const CanvasMetrics &metrics);

    int type() const override { return Type; }
    // The lane's rectangle (scene) and the points in left-to-right order (scene).
    void setGeometry(const QRectF &laneRect, qreal left, const QList<QPointF> &points);
    // The curve the feedback draws: (x, emotion -2..+2) per stage; empty hides it.
    void setDataPoints(const QList<QPointF> &points);
    bool hasDataCurve() const { return !m_dataPath.isEmpty(); }
    // Whose feedback the data curve is (e.g. a persona's); empty: all customers.
    void setDataLabel(const QString &label);
    QString dataLabel() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // The y of an emotion value inside a lane rectangle, and back.
    static qreal yFor(const QRectF &laneRect, qreal emotion);
    static qreal emotionFor(const QRectF &laneRect, qreal y);

private:
    const CanvasMetrics &m_metrics;
    QRectF m_laneRect;
    qreal m_left = 0;
    QPainterPath m_path;
    QList<QPointF> m_dataPoints; // x in scene, y as emotion
    QString m_dataLabel;
    QPainterPath m_dataPath;
    void rebuildDataPath();
};

} // namespace Waymark
