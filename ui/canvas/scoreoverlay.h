#pragma once

#include "domain/enums.h"
#include "domain/ids.h"

#include <QGraphicsItem>
#include <QObject>
#include <QPointer>
#include <QStaticText>

namespace Waymark {

class CardItem;
class JourneyScene;
class MetricsEngine;
class PersonaFilter;

// A touchpoint's score on its card: value in its threshold colour, n below it, faded when
// fewer than 30 responses back it. A child of the card item.
class ScoreBadgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 40 };

    explicit ScoreBadgeItem(QGraphicsItem *parent);

    int type() const override { return Type; }
    void setScore(const QString &value, const QString &count, const QColor &color, bool faded,
                  const QString &tooltip);
    QString value() const { return m_value; }
    bool isFaded() const { return m_faded; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_value;
    QString m_count;
    QColor m_color;
    bool m_faded = false;
};

// Puts the feedback on the map: score badges on cards that have responses, each stage's
// total in its header, and the emotion curve the feedback draws (the normalised mean
// score per stage) beside the designer's. Follows the metrics engine and the map.
class ScoreOverlay : public QObject
{
    Q_OBJECT

public:
    ScoreOverlay(JourneyScene *scene, MetricsEngine *engine, QObject *parent = nullptr);

    // Metric::None shows no scores. In automatic mode each card shows the metric most of
    // its responses use, and each stage the metric most of its responses use.
    void setMetric(Metric metric);
    void setAutomatic(bool automatic);
    bool isAutomatic() const { return m_automatic; }
    Metric metric() const { return m_metric; }
    void setDataCurveVisible(bool visible);
    bool isDataCurveVisible() const { return m_dataCurve; }
    // Whose responses the badges, stage totals and the data curve count (all when null).
    void setPersonaFilter(PersonaFilter *filter);

    ScoreBadgeItem *badge(Id cardId) const;

public Q_SLOTS:
    void refresh();

private:
    void scheduleRefresh();
    // The metric with the most responses for a card (or stage); None when none has any.
    template<typename ScoreOf>
    Metric dominantMetric(ScoreOf scoreOf) const;

    QPointer<JourneyScene> m_scene;
    QPointer<MetricsEngine> m_engine;
    QPointer<PersonaFilter> m_persona;
    Metric m_metric = Metric::Nps;
    bool m_automatic = true;
    bool m_dataCurve = true;
    bool m_pending = false;
};

} // namespace Waymark
