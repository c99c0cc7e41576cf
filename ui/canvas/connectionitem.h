#pragma once

#include "domain/card.h"

#include <QGraphicsPathItem>

namespace Waymark {

// A flow arrow between two cards, routed as a smooth curve from the side of one card to
// the side of the other so that it stays readable when cards move.
class ConnectionItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 20 };

    explicit ConnectionItem(const Connection &connection);

    int type() const override { return Type; }
    Id connectionId() const { return m_connection.id; }
    const Connection &connection() const { return m_connection; }
    void setConnection(const Connection &connection);
    // Recomputes the route between the two card rectangles (scene coordinates).
    void route(const QRectF &from, const QRectF &to);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Connection m_connection;
    QRectF m_from; // what the route was made for
    QRectF m_to;
    QPainterPath m_path;
    QPolygonF m_arrow;
    QPointF m_labelAnchor;
};

} // namespace Waymark
