#include "markeroverlay.h"

#include "carditem.h"
#include "headeritems.h"
#include "icons.h"
#include "journeyscene.h"
#include "project/project.h"
#include "theme.h"

#include <QDate>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QTimer>

namespace Waymark {

namespace {
constexpr qreal ChipHeight = 18;
constexpr qreal ChipGap = 4;
constexpr qreal IconSize = 12;

QString iconName(MarkerItem::Kind kind)
{
    switch (kind) {
    case MarkerItem::Kind::Comments:
        return QStringLiteral("action-comment");
    case MarkerItem::Kind::Actions:
        return QStringLiteral("action-plan");
    case MarkerItem::Kind::Goal:
        return QStringLiteral("action-goal");
    }
    return {};
}

QFont chipFont()
{
    QFont font;
    font.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.8 : 7.5);
    font.setBold(true);
    return font;
}
} // namespace

MarkerItem::MarkerItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(true);
    setZValue(2);
}

void MarkerItem::setChips(const QList<Chip> &chips)
{
    if (chips == m_chips)
        return;
    prepareGeometryChange();
    m_chips = chips;
    QStringList tips;
    for (const Chip &chip : chips)
        tips.append(chip.tooltip.toHtmlEscaped());
    setToolTip(tips.join(QStringLiteral("<br>")));
    update();
}

const MarkerItem::Chip *MarkerItem::chip(Kind kind) const
{
    for (const Chip &c : m_chips) {
        if (c.kind == kind)
            return &c;
    }
    return nullptr;
}

qreal MarkerItem::chipWidth(const Chip &chip) const
{
    const QFontMetricsF metrics(chipFont());
    const qreal text = chip.text.isEmpty() ? 0 : metrics.horizontalAdvance(chip.text) + 3;
    return 5 + IconSize + text + 5;
}

QRectF MarkerItem::boundingRect() const
{
    qreal width = 0;
    for (const Chip &chip : m_chips)
        width += chipWidth(chip) + ChipGap;
    // The item's origin is its right edge: chips grow to the left.
    return QRectF(-width, 0, width, ChipHeight);
}

void MarkerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    const QColor base = palette.color(QPalette::Base);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(chipFont());
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    qreal right = 0;
    for (const Chip &chip : m_chips) {
        const qreal width = chipWidth(chip);
        const QRectF rect(right - width, 0, width, ChipHeight);
        painter->setPen(QPen(base, 1.5));
        painter->setBrush(chip.color);
        painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), ChipHeight / 2,
                                 ChipHeight / 2);
        const QColor ink = Theme::readableOn(chip.color);
        painter->drawPixmap(
            QRectF(rect.left() + 5, (ChipHeight - IconSize) / 2, IconSize, IconSize),
            Icons::pixmap(iconName(chip.kind), int(IconSize), ink, dpr), QRectF());
        if (!chip.text.isEmpty()) {
            painter->setPen(ink);
            painter->drawText(
                QRectF(rect.left() + 5 + IconSize + 2, 0, width - IconSize - 9, ChipHeight),
                Qt::AlignCenter, chip.text);
        }
        right -= width + ChipGap;
    }
}

MarkerOverlay::MarkerOverlay(JourneyScene *scene, QObject *parent)
    : QObject(parent)
    , m_scene(scene)
{
    Project &project = scene->project();
    connect(scene, &JourneyScene::layoutChanged, this, &MarkerOverlay::scheduleRefresh);
    for (auto signal : {&Project::commentInserted, &Project::commentRemoved,
                        &Project::actionInserted, &Project::actionRemoved, &Project::goalInserted,
                        &Project::goalRemoved, &Project::cardInserted, &Project::cardRemoved})
        connect(&project, signal, this, &MarkerOverlay::scheduleRefresh);
    for (auto signal : {&Project::commentChanged, &Project::actionChanged, &Project::goalChanged,
                        &Project::cardChanged})
        connect(&project, signal, this, &MarkerOverlay::scheduleRefresh);
    connect(&project, &Project::reset, this, &MarkerOverlay::scheduleRefresh);
    connect(&project, &Project::feedbackChanged, this, &MarkerOverlay::scheduleRefresh);
    connect(&project, &Project::cellChanged, this, &MarkerOverlay::scheduleRefresh);
    refresh();
}

void MarkerOverlay::setGoalStatus(GoalStatus status)
{
    m_goalStatus = std::move(status);
    refresh();
}

void MarkerOverlay::scheduleRefresh()
{
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, &MarkerOverlay::refresh);
}

MarkerItem *MarkerOverlay::markerOf(QGraphicsItem *item)
{
    if (!item)
        return nullptr;
    for (QGraphicsItem *child : item->childItems()) {
        if (child->type() == MarkerItem::Type)
            return static_cast<MarkerItem *>(child);
    }
    return nullptr;
}

MarkerItem *MarkerOverlay::cardMarker(Id cardId) const
{
    return m_scene ? markerOf(m_scene->cardItem(cardId)) : nullptr;
}

MarkerItem *MarkerOverlay::stageMarker(Id stageId) const
{
    return m_scene ? markerOf(m_scene->stageHeader(stageId)) : nullptr;
}

void MarkerOverlay::apply(QGraphicsItem *item, const QList<MarkerItem::Chip> &chips,
                          const QPointF &bottomRight)
{
    MarkerItem *marker = markerOf(item);
    if (chips.isEmpty()) {
        delete marker;
        return;
    }
    if (!marker)
        marker = new MarkerItem(item);
    marker->setChips(chips);
    marker->setPos(bottomRight);
}

void MarkerOverlay::refresh()
{
    m_pending = false;
    if (!m_scene)
        return;
    const Project &project = m_scene->project();
    const QDate today = QDate::currentDate();
    const QColor commentColor(0x2f, 0x7d, 0xd1);
    const QColor actionColor(0x7b, 0x5c, 0xc7);
    const QColor overdueColor(0xc6, 0x28, 0x28);

    auto goalChips = [&](TargetKind kind, Id id) {
        QList<MarkerItem::Chip> chips;
        for (const Goal &goal : project.goals(m_scene->journeyId())) {
            if (goal.scope != kind || goal.targetId != id)
                continue;
            QPair<QColor, QString> status(QColor(0x6b, 0x72, 0x80), goal.title);
            if (m_goalStatus)
                status = m_goalStatus(goal.id);
            chips.append({MarkerItem::Kind::Goal, {}, status.first, status.second});
            break; // one flag is enough; the goals panel has the details
        }
        return chips;
    };
    auto commentChip = [&](TargetKind kind, Id id) {
        QList<MarkerItem::Chip> chips;
        int open = 0;
        for (const Comment &comment : project.commentsOn(kind, id)) {
            if (comment.parentId == NoId && !comment.resolved)
                ++open;
        }
        if (open > 0) {
            chips.append({MarkerItem::Kind::Comments, QString::number(open), commentColor,
                          tr("%n unresolved comment(s)", nullptr, open)});
        }
        return chips;
    };

    for (CardItem *item : m_scene->cardItems()) {
        if (item->type() != CardItem::Type)
            continue;
        const Id cardId = item->cardId();
        QList<MarkerItem::Chip> chips = commentChip(TargetKind::Card, cardId);
        int open = 0;
        int overdue = 0;
        for (const Action &action : project.actionsOfCard(cardId)) {
            if (action.isOpen())
                ++open;
            if (action.isOverdue(today))
                ++overdue;
        }
        if (open > 0) {
            QString tip = tr("%n open action(s) in the improvement plan", nullptr, open);
            if (overdue > 0)
                tip += QLatin1Char('\n') + tr("%n overdue", nullptr, overdue);
            chips.append({MarkerItem::Kind::Actions, QString::number(open),
                          overdue > 0 ? overdueColor : actionColor, tip});
        }
        chips += goalChips(TargetKind::Card, cardId);
        // Straddling the top edge, right of centre, clear of the score badge's corner.
        apply(item, chips, QPointF(item->width() - 62, -ChipHeight / 2 - 1));
    }
    for (Id stageId : m_scene->visibleStages()) {
        StageHeaderItem *header = m_scene->stageHeader(stageId);
        if (!header)
            continue;
        QList<MarkerItem::Chip> chips = commentChip(TargetKind::Stage, stageId);
        chips += goalChips(TargetKind::Stage, stageId);
        const QRectF rect = header->boundingRect();
        // Bottom right, left of the stage's score pill.
        apply(header, chips, QPointF(rect.right() - 82, rect.bottom() - ChipHeight - 7));
    }
}

} // namespace Waymark
