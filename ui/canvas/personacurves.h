#pragma once

#include "domain/enums.h"
#include "domain/ids.h"

#include <QColor>
#include <QGraphicsItem>
#include <QObject>
#include <QPointer>

#include <optional>

namespace Waymark {

class JourneyScene;
class MetricsEngine;

// One persona's emotion curve from the feedback: the normalised mean score of each stage
// (-2..+2) among the responses of the persona's segments, in the persona's colour, with
// its name at the end. A child of the emotion lane's curve item.
class PersonaCurveItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 42 };

    PersonaCurveItem(QGraphicsItem *parent, Id personaId);

    int type() const override { return Type; }
    Id personaId() const { return m_personaId; }
    // points: x in scene units, y an emotion value -2..+2.
    void setCurve(const QString &name, const QColor &color, const QList<QPointF> &points);
    QList<QPointF> points() const { return m_points; }
    QColor color() const { return m_color; }
    // Moves the name label up or down (so that names of curves that end close together
    // do not overlap).
    void setLabelOffset(qreal dy);
    // Where the name is drawn without an offset (the last point), in item coordinates.
    std::optional<QPointF> labelAnchor() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF laneRect() const;

    Id m_personaId;
    QString m_name;
    QColor m_color;
    QList<QPointF> m_points;
    qreal m_labelOffset = 0;
};

// Shows the emotion curves of chosen personas on the map at once, each in its colour, from
// the responses of their segments. Follows the metrics engine and the map's layout.
class PersonaCurves : public QObject
{
    Q_OBJECT

public:
    PersonaCurves(JourneyScene *scene, MetricsEngine *engine, QObject *parent = nullptr);

    void setPersonas(const QList<Id> &personaIds);
    QList<Id> personas() const { return m_personas; }
    void setMetric(Metric metric);
    QList<PersonaCurveItem *> items() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void personasChanged(const QList<Waymark::Id> &personaIds);

private:
    void scheduleRefresh();

    QPointer<JourneyScene> m_scene;
    QPointer<MetricsEngine> m_engine;
    QList<Id> m_personas;
    Metric m_metric = Metric::Nps;
    bool m_pending = false;
};

} // namespace Waymark
