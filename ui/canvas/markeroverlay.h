#pragma once

#include "domain/ids.h"

#include <QColor>
#include <QGraphicsItem>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Waymark {

class JourneyScene;

// Small chips on a card or stage header: unresolved comments (with their count), open
// actions of the improvement plan, the status of goals about it. A child of the card or
// header item; purely a view.
class MarkerItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 41 };
    enum class Kind { Comments, Actions, Goal };

    struct Chip
    {
        Kind kind = Kind::Comments;
        QString text; // a count, or empty for an icon only
        QColor color;
        QString tooltip;
        friend bool operator==(const Chip &, const Chip &) = default;
    };

    explicit MarkerItem(QGraphicsItem *parent);

    int type() const override { return Type; }
    void setChips(const QList<Chip> &chips);
    QList<Chip> chips() const { return m_chips; }
    // The chip of a kind, if shown.
    const Chip *chip(Kind kind) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    qreal chipWidth(const Chip &chip) const;

    QList<Chip> m_chips;
};

// Puts the review and the plan on the map: a comment marker with the number of unresolved
// threads on cards and stages, a marker on cards with open actions, and a flag where a goal
// is set (coloured by its status). Follows the project's signals.
class MarkerOverlay : public QObject
{
    Q_OBJECT

public:
    explicit MarkerOverlay(JourneyScene *scene, QObject *parent = nullptr);

    // The colour and sentence of a goal's status (set by whoever computes goal progress);
    // without it, goals are flagged in a neutral colour.
    using GoalStatus = std::function<QPair<QColor, QString>(Id goalId)>;
    void setGoalStatus(GoalStatus status);

    MarkerItem *cardMarker(Id cardId) const;
    MarkerItem *stageMarker(Id stageId) const;

public Q_SLOTS:
    void refresh();

private:
    void scheduleRefresh();
    static MarkerItem *markerOf(QGraphicsItem *item);
    void apply(QGraphicsItem *item, const QList<MarkerItem::Chip> &chips,
               const QPointF &bottomRight);

    QPointer<JourneyScene> m_scene;
    GoalStatus m_goalStatus;
    bool m_pending = false;
};

} // namespace Waymark
