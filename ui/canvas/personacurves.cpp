#include "personacurves.h"

#include "emotionitems.h"
#include "journeyscene.h"
#include "metrics/metricsengine.h"
#include "project/project.h"
#include "theme.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPath>
#include <QTimer>

namespace Waymark {

PersonaCurveItem::PersonaCurveItem(QGraphicsItem *parent, Id personaId)
    : QGraphicsItem(parent)
    , m_personaId(personaId)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(1);
}

QRectF PersonaCurveItem::laneRect() const
{
    // The curve item's bounding rectangle is its lane with a margin of 2.
    return parentItem() ? parentItem()->boundingRect().adjusted(2, 2, -2, -2) : QRectF();
}

void PersonaCurveItem::setCurve(const QString &name, const QColor &color,
                                const QList<QPointF> &points)
{
    prepareGeometryChange();
    m_name = name;
    m_color = color;
    m_points = points;
    setToolTip(QCoreApplication::translate("Waymark::PersonaCurves",
                                           "Emotion of “%1” from the feedback of its segments")
                   .arg(name)
                   .toHtmlEscaped());
    update();
}

void PersonaCurveItem::setLabelOffset(qreal dy)
{
    prepareGeometryChange();
    m_labelOffset = dy;
    update();
}

std::optional<QPointF> PersonaCurveItem::labelAnchor() const
{
    if (m_points.isEmpty() || laneRect().isEmpty())
        return std::nullopt;
    const QPointF last = m_points.last();
    return QPointF(last.x(), EmotionCurveItem::yFor(laneRect(), qBound(-2.0, last.y(), 2.0)));
}

QRectF PersonaCurveItem::boundingRect() const
{
    return laneRect().adjusted(-4, -4 - std::abs(m_labelOffset), 160, 4 + std::abs(m_labelOffset));
}

void PersonaCurveItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF lane = laneRect();
    if (m_points.isEmpty() || lane.isEmpty())
        return;
    QList<QPointF> points;
    for (const QPointF &p : m_points)
        points.append(QPointF(p.x(), EmotionCurveItem::yFor(lane, qBound(-2.0, p.y(), 2.0))));
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path(points.first());
    for (int i = 0; i + 1 < points.size(); ++i) {
        const QPointF p0 = points.at(qMax(0, i - 1));
        const QPointF p1 = points.at(i);
        const QPointF p2 = points.at(i + 1);
        const QPointF p3 = points.at(qMin(int(points.size()) - 1, i + 2));
        path.cubicTo(p1 + (p2 - p0) / 6, p2 - (p3 - p1) / 6, p2);
    }
    // Persona colours are chosen on light paper: on a dark palette, dark ones are lightened;
    // a halo in the lane's colour keeps crossing curves apart.
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    QColor color = m_color;
    if (Theme::isDark(palette) && color.lightnessF() < 0.6)
        color = QColor::fromHslF(color.hslHueF(), color.hslSaturationF(), 0.68);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(
        QPen(palette.color(QPalette::Base), 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->drawPath(path);
    // Dash-dot: neither the designed curve (solid) nor the feedback of everyone (dashed).
    QPen pen(color, 2.5, Qt::CustomDashLine, Qt::RoundCap, Qt::RoundJoin);
    pen.setDashPattern({5, 2, 0.5, 2});
    painter->setPen(pen);
    painter->drawPath(path);
    painter->setBrush(color);
    for (const QPointF &p : points)
        painter->drawEllipse(p, 3.5, 3.5);
    QFont font = scene() ? scene()->font() : QFont();
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(color);
    const QFontMetricsF fm(font);
    painter->drawText(points.last() + QPointF(8, fm.ascent() / 2 - 1 + m_labelOffset), m_name);
}

PersonaCurves::PersonaCurves(JourneyScene *scene, MetricsEngine *engine, QObject *parent)
    : QObject(parent)
    , m_scene(scene)
    , m_engine(engine)
{
    connect(engine, &MetricsEngine::changed, this, &PersonaCurves::scheduleRefresh);
    connect(scene, &JourneyScene::layoutChanged, this, &PersonaCurves::scheduleRefresh);
    connect(&scene->project(), &Project::personasChanged, this, &PersonaCurves::scheduleRefresh);
    connect(&scene->project(), &Project::reset, this, &PersonaCurves::scheduleRefresh);
}

void PersonaCurves::setPersonas(const QList<Id> &personaIds)
{
    const bool changed = personaIds != m_personas;
    m_personas = personaIds;
    refresh();
    if (changed)
        Q_EMIT personasChanged(m_personas);
}

void PersonaCurves::setMetric(Metric metric)
{
    if (metric == m_metric)
        return;
    m_metric = metric;
    scheduleRefresh();
}

void PersonaCurves::scheduleRefresh()
{
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, &PersonaCurves::refresh);
}

QList<PersonaCurveItem *> PersonaCurves::items() const
{
    QList<PersonaCurveItem *> result;
    if (!m_scene)
        return result;
    for (EmotionCurveItem *curve : m_scene->emotionCurves()) {
        for (QGraphicsItem *child : curve->childItems()) {
            if (child->type() == PersonaCurveItem::Type)
                result.append(static_cast<PersonaCurveItem *>(child));
        }
    }
    return result;
}

void PersonaCurves::refresh()
{
    m_pending = false;
    if (!m_scene || !m_engine)
        return;
    const Project &project = m_scene->project();
    const Metric metric = m_metric == Metric::None ? Metric::Nps : m_metric;
    const ScoreScale scale = defaultScale(metric);
    // The curves of each persona, computed once for all emotion lanes.
    QList<QPair<Persona, QList<QPointF>>> curves;
    for (Id personaId : std::as_const(m_personas)) {
        const Persona persona = project.persona(personaId);
        if (persona.id == NoId)
            continue;
        MetricFilter filter;
        filter.journeyId = m_scene->journeyId();
        filter.segments = personaSegments(persona);
        QList<QPointF> points;
        for (Id stageId : m_scene->visibleStages()) {
            const Score score = m_engine->stageScore(stageId, metric, filter);
            if (!score.mean || scale.max <= scale.min)
                continue;
            points.append(QPointF(m_scene->stageRect(stageId).center().x(),
                                  (*score.mean - scale.min) / (scale.max - scale.min) * 4 - 2));
        }
        curves.append({persona, points});
    }
    for (EmotionCurveItem *curve : m_scene->emotionCurves()) {
        QList<QGraphicsItem *> old;
        for (QGraphicsItem *child : curve->childItems()) {
            if (child->type() == PersonaCurveItem::Type)
                old.append(child);
        }
        qDeleteAll(old);
        QList<QPair<qreal, PersonaCurveItem *>> labels;
        for (const auto &[persona, points] : std::as_const(curves)) {
            auto *item = new PersonaCurveItem(curve, persona.id);
            item->setCurve(persona.name, persona.color.isValid() ? persona.color : QColor(Qt::gray),
                           points);
            if (const auto anchor = item->labelAnchor())
                labels.append({anchor->y(), item});
        }
        // Names of curves ending close together are spread apart, top to bottom.
        std::sort(labels.begin(), labels.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        const qreal gap = QFontMetricsF(m_scene->font()).height();
        qreal previous = -1e9;
        for (const auto &[y, item] : std::as_const(labels)) {
            const qreal placed = std::max(y, previous + gap);
            item->setLabelOffset(placed - y);
            previous = placed;
        }
    }
}

} // namespace Waymark
