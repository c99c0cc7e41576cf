#include "emotionitems.h"

#include "canvasmetrics.h"
#include "theme.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Waymark {

namespace {
constexpr qreal LabelWidth = 120;
constexpr qreal CurveMargin = 22; // room above +2 and below -2 inside the lane
} // namespace

EmotionPointItem::EmotionPointItem(const Card &card, const CanvasMetrics &metrics)
    : CardItem(card, metrics)
{
    setZValue(1);
}

qreal EmotionPointItem::height() const
{
    return 2 * Radius;
}

QRectF EmotionPointItem::anchorRect() const
{
    return mapRectToScene(QRectF(-Radius, -Radius, 2 * Radius, 2 * Radius));
}

QRectF EmotionPointItem::boundingRect() const
{
    const qreal labelHeight = 2.5 * QFontMetricsF(metrics().smallFont).lineSpacing();
    return QRectF(-LabelWidth / 2, -Radius - 3, LabelWidth, 2 * Radius + labelHeight + 8);
}

QPainterPath EmotionPointItem::shape() const
{
    QPainterPath path;
    path.addEllipse(QPointF(0, 0), Radius + 4, Radius + 4);
    return path;
}

void EmotionPointItem::setPreviewEmotion(std::optional<int> emotion)
{
    m_preview = emotion;
    update();
}

void EmotionPointItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    const int emotion = m_preview.value_or(card().emotion.value_or(0));
    const QColor color = Theme::emotionColor(emotion);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(
        QPen(isSelected() ? palette.color(QPalette::Highlight) : palette.color(QPalette::Base),
             isSelected() ? 3 : 2));
    painter->setBrush(color);
    painter->drawEllipse(QPointF(0, 0), Radius, Radius);

    // Zoomed far out, as cards: no text.
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < 0.35 && !m_preview)
        return;
    painter->setFont(metrics().smallFont);
    painter->setPen(palette.color(QPalette::Text));
    const QFontMetricsF fm(metrics().smallFont);
    if (!m_labelValid || m_labelTitle != card().title) {
        // Laid out once: shaping and eliding text on every paint is most of a point's cost.
        m_labelValid = true;
        m_labelTitle = card().title;
        QString title = m_labelTitle.left(200);
        title.replace(QLatin1Char('\n'), QLatin1Char(' '));
        m_label.setText(fm.elidedText(title, Qt::ElideRight, LabelWidth * 2 - 10));
        m_label.setTextFormat(Qt::PlainText);
        m_label.setTextWidth(LabelWidth);
        QTextOption textOption(Qt::AlignHCenter | Qt::AlignTop);
        textOption.setWrapMode(QTextOption::WordWrap);
        m_label.setTextOption(textOption);
        m_label.prepare(QTransform(), metrics().smallFont);
    }
    painter->drawStaticText(QPointF(-LabelWidth / 2, Radius + 3), m_label);
    if (m_preview) {
        const QString value
            = *m_preview > 0 ? QStringLiteral("+%1").arg(*m_preview) : QString::number(*m_preview);
        painter->drawText(QRectF(Radius + 4, -fm.height() / 2, 30, fm.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, value);
    }
}

EmotionCurveItem::EmotionCurveItem(const CanvasMetrics &metrics)
    : m_metrics(metrics)
{
    setZValue(0.5);
    setAcceptedMouseButtons(Qt::NoButton);
}

qreal EmotionCurveItem::yFor(const QRectF &laneRect, qreal emotion)
{
    const qreal top = laneRect.top() + CurveMargin;
    const qreal bottom = laneRect.bottom() - CurveMargin - 24; // labels below the points
    return bottom - (emotion + 2) / 4 * (bottom - top);
}

qreal EmotionCurveItem::emotionFor(const QRectF &laneRect, qreal y)
{
    const qreal top = laneRect.top() + CurveMargin;
    const qreal bottom = laneRect.bottom() - CurveMargin - 24;
    return qBound(-2.0, (bottom - y) / (bottom - top) * 4 - 2, 2.0);
}

void EmotionCurveItem::setGeometry(const QRectF &laneRect, qreal left, const QList<QPointF> &points)
{
    prepareGeometryChange();
    m_laneRect = laneRect;
    m_left = left;
    m_path = QPainterPath();
    rebuildDataPath();
    if (points.isEmpty())
        return;
    // Catmull-Rom through the points, as cubic Béziers: smooth and passes every point.
    m_path.moveTo(points.first());
    for (int i = 0; i + 1 < points.size(); ++i) {
        const QPointF p0 = points.at(qMax(0, i - 1));
        const QPointF p1 = points.at(i);
        const QPointF p2 = points.at(i + 1);
        const QPointF p3 = points.at(qMin(int(points.size()) - 1, i + 2));
        m_path.cubicTo(p1 + (p2 - p0) / 6, p2 - (p3 - p1) / 6, p2);
    }
}

void EmotionCurveItem::setDataPoints(const QList<QPointF> &points)
{
    if (points == m_dataPoints)
        return;
    m_dataPoints = points;
    rebuildDataPath();
    update();
}

void EmotionCurveItem::setDataLabel(const QString &label)
{
    if (label == m_dataLabel)
        return;
    m_dataLabel = label;
    update();
}

QString EmotionCurveItem::dataLabel() const
{
    return m_dataLabel.isEmpty() ? QCoreApplication::translate("Waymark::EmotionCurveItem",
                                                               "- - from customer feedback")
                                 : m_dataLabel;
}

void EmotionCurveItem::rebuildDataPath()
{
    m_dataPath = QPainterPath();
    if (m_dataPoints.isEmpty() || m_laneRect.isEmpty())
        return;
    QList<QPointF> points;
    for (const QPointF &p : std::as_const(m_dataPoints))
        points.append(QPointF(p.x(), yFor(m_laneRect, qBound(-2.0, p.y(), 2.0))));
    m_dataPath.moveTo(points.first());
    for (int i = 0; i + 1 < points.size(); ++i) {
        const QPointF p0 = points.at(qMax(0, i - 1));
        const QPointF p1 = points.at(i);
        const QPointF p2 = points.at(i + 1);
        const QPointF p3 = points.at(qMin(int(points.size()) - 1, i + 2));
        m_dataPath.cubicTo(p1 + (p2 - p0) / 6, p2 - (p3 - p1) / 6, p2);
    }
}

QRectF EmotionCurveItem::boundingRect() const
{
    return m_laneRect.adjusted(-2, -2, 2, 2);
}

void EmotionCurveItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_laneRect.isEmpty())
        return;
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    painter->setRenderHint(QPainter::Antialiasing);
    // Scale: a dotted line per emotion value, the neutral one stronger.
    const QColor grid
        = Theme::mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.15);
    painter->setFont(m_metrics.smallFont);
    for (int e = -2; e <= 2; ++e) {
        const qreal y = yFor(m_laneRect, e);
        painter->setPen(QPen(grid, e == 0 ? 1.2 : 0.8, e == 0 ? Qt::SolidLine : Qt::DotLine));
        painter->drawLine(QPointF(m_left, y), QPointF(m_laneRect.right(), y));
        painter->setPen(
            Theme::mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.45));
        painter->drawText(QRectF(m_left - 28, y - 8, 24, 16), Qt::AlignRight | Qt::AlignVCenter,
                          e > 0 ? QStringLiteral("+%1").arg(e) : QString::number(e));
    }
    if (!m_dataPath.isEmpty()) {
        // What customers said, beside what the designers assumed: dashed, in the data colour.
        const QColor data
            = Theme::isDark(palette) ? QColor(0xff, 0xb8, 0x6b) : QColor(0xc2, 0x5b, 0x00);
        painter->setPen(QPen(data, 2, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_dataPath);
        painter->setBrush(data);
        painter->setPen(Qt::NoPen);
        for (const QPointF &p : std::as_const(m_dataPoints))
            painter->drawEllipse(QPointF(p.x(), yFor(m_laneRect, qBound(-2.0, p.y(), 2.0))), 3.5,
                                 3.5);
        painter->setPen(data);
        painter->drawText(QRectF(m_laneRect.right() - 410, m_laneRect.top() + 2, 400, 16),
                          Qt::AlignRight | Qt::AlignVCenter, dataLabel());
    }
    if (m_path.isEmpty())
        return;
    const QColor curve
        = Theme::isDark(palette) ? QColor(0x9a, 0xc8, 0xff) : QColor(0x1f, 0x4e, 0x9a);
    painter->setPen(QPen(curve, 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
}

} // namespace Waymark
