#include "connectionitem.h"

#include "canvasmetrics.h"
#include "theme.h"

#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace Waymark {

ConnectionItem::ConnectionItem(const Connection &connection)
    : m_connection(connection)
{
    setFlag(ItemIsSelectable);
    setZValue(-1);
    setToolTip(plainToolTip(connection.label.left(300)));
}

void ConnectionItem::setConnection(const Connection &connection)
{
    m_connection = connection;
    setToolTip(plainToolTip(connection.label.left(300)));
    update();
}

void ConnectionItem::route(const QRectF &from, const QRectF &to)
{
    // Most connections stay where they are when a lane above grows: nothing to do.
    if (from == m_from && to == m_to && !m_path.isEmpty())
        return;
    m_from = from;
    m_to = to;
    prepareGeometryChange();
    QPointF start;
    QPointF end;
    QPointF c1;
    QPointF c2;
    if (to.left() >= from.right() - 1) {
        // Forward: right side to left side.
        start = QPointF(from.right(), from.center().y());
        end = QPointF(to.left(), to.center().y());
        const qreal dx = qMax(40.0, (end.x() - start.x()) / 2);
        c1 = start + QPointF(dx, 0);
        c2 = end - QPointF(dx, 0);
    } else if (to.right() <= from.left() + 1) {
        // Backwards (a loop): leave below, come back above the cards.
        start = QPointF(from.center().x(), from.bottom());
        end = QPointF(to.center().x(), to.bottom());
        const qreal depth = 60 + qAbs(start.x() - end.x()) * 0.08;
        c1 = start + QPointF(0, depth);
        c2 = end + QPointF(0, depth);
    } else {
        // Same column: bottom to top (or top to bottom).
        if (to.top() >= from.bottom()) {
            start = QPointF(from.center().x(), from.bottom());
            end = QPointF(to.center().x(), to.top());
        } else {
            start = QPointF(from.center().x(), from.top());
            end = QPointF(to.center().x(), to.bottom());
        }
        const qreal dy = (end.y() - start.y()) / 2;
        c1 = start + QPointF(0, dy);
        c2 = end - QPointF(0, dy);
    }
    m_path = QPainterPath(start);
    m_path.cubicTo(c1, c2, end);

    // Arrow head along the curve's last tangent, which for a cubic points from the second
    // control point to the end. (QPainterPath::angleAtPercent() measures the curve's length
    // first; with a thousand connections to reroute that is most of a drag.)
    QPointF tangent = end - c2;
    if (qFuzzyIsNull(tangent.x()) && qFuzzyIsNull(tangent.y()))
        tangent = end - start;
    const qreal length = std::hypot(tangent.x(), tangent.y());
    const QPointF direction = length > 1e-9 ? tangent / length : QPointF(1, 0);
    const QPointF normal(-direction.y(), direction.x());
    const qreal size = 9;
    m_arrow = QPolygonF({end, end - direction * size + normal * size * 0.55,
                         end - direction * size - normal * size * 0.55});
    // The control points are symmetric, so the middle of the parameter is the middle of the
    // length.
    m_labelAnchor = (start + 3 * c1 + 3 * c2 + end) / 8;
}

QRectF ConnectionItem::boundingRect() const
{
    QRectF rect = m_path.boundingRect().united(m_arrow.boundingRect()).adjusted(-6, -6, 6, 6);
    if (!m_connection.label.isEmpty())
        rect = rect.united(QRectF(m_labelAnchor - QPointF(120, 20), QSizeF(240, 40)));
    return rect;
}

QPainterPath ConnectionItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    return stroker.createStroke(m_path);
}

void ConnectionItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    QColor color = Theme::mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.35);
    if (isSelected())
        color = palette.color(QPalette::Highlight);
    const qreal width = isSelected() ? 2.5 : 1.6;
    const Qt::PenStyle style = m_connection.kind == ConnectionKind::Branch ? Qt::DashLine
                               : m_connection.kind == ConnectionKind::Loop ? Qt::DotLine
                                                                           : Qt::SolidLine;
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod < 0.35) {
        // Zoomed far out (as the cards): the line is thinner than a pixel and the arrow head
        // a speck. A one-pixel cosmetic line with the coverage the stroke would have looks
        // the same and costs a fraction of stroking the curve; no head, no label.
        color.setAlphaF(float(qBound(0.2, width * lod, 1.0)));
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(color, 0, style));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_path);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(color, width);
    pen.setStyle(style);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(m_arrow);

    if (!m_connection.label.isEmpty()) {
        const QFontMetricsF fm(painter->font());
        const QString label = fm.elidedText(m_connection.label.left(200), Qt::ElideRight, 220);
        QRectF box = fm.boundingRect(label).adjusted(-6, -3, 6, 3);
        box.moveCenter(m_labelAnchor);
        painter->setBrush(palette.color(QPalette::Base));
        painter->setPen(QPen(color, 1));
        painter->drawRoundedRect(box, 6, 6);
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(box, Qt::AlignCenter, label);
    }
}

} // namespace Waymark
