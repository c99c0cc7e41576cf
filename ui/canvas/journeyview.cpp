#include "journeyview.h"

#include "canvascontroller.h"
#include "carditem.h"
#include "commands/editcommand.h"
#include "connectionitem.h"
#include "emotionitems.h"
#include "headeritems.h"
#include "inlineeditor.h"
#include "journeyscene.h"
#include "project/project.h"

#include <QAccessible>
#include <QApplication>
#include <QMenu>
#include <QScrollBar>
#include <QWheelEvent>
#include <QtMath>

namespace Waymark {

namespace {

constexpr qreal MinZoom = 0.1;
constexpr qreal MaxZoom = 4.0;
constexpr qreal ZoomStep = 1.2;
constexpr qreal HandleRadius = CardItem::HandleRadius;
constexpr int NewCardType = -1; // m_editType while typing a new card

} // namespace

JourneyView::JourneyView(JourneyScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
    , m_controller(new CanvasController(scene, this))
    , m_editor(new InlineEditor(viewport()))
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                   | QPainter::SmoothPixmapTransform);
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Journey map"));
    applyPalette();

    connect(m_editor, &InlineEditor::committed, this, &JourneyView::onEditorCommitted);
    connect(m_editor, &InlineEditor::cancelled, this, [this] {
        m_editType = 0;
        setFocus();
    });
    connect(m_controller, &CanvasController::renameRequested, this, &JourneyView::startRename);
    connect(m_scene, &QGraphicsScene::selectionChanged, this,
            &JourneyView::updateAccessibleDescription);
    connect(m_scene, &JourneyScene::layoutChanged, this, &JourneyView::updateStickyHeaders);
    // Connection handles are drawn only while the project can be edited.
    connect(&m_scene->project(), &Project::editLockChanged, viewport(),
            qOverload<>(&QWidget::update));
}

JourneyView::~JourneyView()
{
    // An edit in progress is dropped with the view; it must not reach a controller that
    // may already be gone.
    disconnect(m_editor, nullptr, this, nullptr);
}

qreal JourneyView::zoom() const
{
    return transform().m11();
}

void JourneyView::setZoom(qreal zoom)
{
    zoom = qBound(MinZoom, zoom, MaxZoom);
    if (qFuzzyCompare(zoom, this->zoom()))
        return;
    if (m_editor->isActive())
        m_editor->commit();
    setTransform(QTransform::fromScale(zoom, zoom));
    updateStickyHeaders();
    Q_EMIT zoomChanged(zoom);
}

void JourneyView::zoomIn()
{
    setZoom(zoom() * ZoomStep);
}

void JourneyView::zoomOut()
{
    setZoom(zoom() / ZoomStep);
}

void JourneyView::resetZoom()
{
    setZoom(1.0);
}

void JourneyView::zoomToFit()
{
    const QRectF rect = sceneRect();
    if (rect.isEmpty())
        return;
    const qreal scale
        = qMin(viewport()->width() / rect.width(), viewport()->height() / rect.height());
    setZoom(qMin(1.0, scale * 0.98));
    centerOn(rect.center());
}

void JourneyView::selectAllCards()
{
    QList<Id> ids;
    for (CardItem *item : m_scene->cardItems()) {
        if (item->isVisible())
            ids.append(item->cardId());
    }
    m_controller->selectCards(ids);
}

QPointF JourneyView::handleCenter(const CardItem *item)
{
    const QRectF rect = item->anchorRect();
    return QPointF(rect.right(), rect.center().y());
}

// The handle is drawn half outside its card, where itemAt() finds no card: look for cards
// near the point instead.
CardItem *JourneyView::handleAt(const QPointF &scenePos) const
{
    const qreal reach = HandleRadius + 3;
    const QRectF area(scenePos - QPointF(reach, reach), QSizeF(2 * reach, 2 * reach));
    const QList<QGraphicsItem *> items = m_scene->items(area, Qt::IntersectsItemBoundingRect);
    for (QGraphicsItem *item : items) {
        CardItem *card = CardItem::from(item);
        if (card && card->type() == CardItem::Type && card->isVisible()
            && QLineF(handleCenter(card), scenePos).length() <= reach) {
            return card;
        }
    }
    return nullptr;
}

// The area a line of the foreground covers (drop indicators are 4 pixels wide).
QRectF JourneyView::lineArea(const QLineF &line)
{
    if (line.isNull())
        return {};
    return QRectF(line.p1(), line.p2()).normalized().adjusted(-4, -4, 4, 4);
}

// Repaints a part of the foreground (drop line, rubber connection) instead of the whole
// viewport: a full repaint of a large map on every mouse move makes dragging stutter.
void JourneyView::updateSceneArea(const QRectF &sceneArea)
{
    if (!sceneArea.isNull())
        viewport()->update(mapFromScene(sceneArea).boundingRect().adjusted(-4, -4, 4, 4));
}

// The handle follows the card under the mouse. The card's bounding rectangle covers its
// handle, so updating the two cards repaints the two handles.
void JourneyView::updateHover(const QPoint &viewPos)
{
    CardItem *card = CardItem::from(itemAt(viewPos));
    const Id hovered = card && card->type() == CardItem::Type ? card->cardId() : NoId;
    if (hovered == m_hoverCard)
        return;
    if (CardItem *previous = m_scene->cardItem(m_hoverCard))
        previous->update();
    if (hovered != NoId)
        card->update();
    m_hoverCard = hovered;
}

bool JourneyView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Leave) {
        if (CardItem *previous = m_scene->cardItem(m_hoverCard))
            previous->update();
        m_hoverCard = NoId;
    }
    return QGraphicsView::viewportEvent(event);
}

QList<Id> JourneyView::draggedIds() const
{
    QList<Id> ids;
    for (const DraggedCard &dragged : m_dragged)
        ids.append(dragged.id);
    return ids;
}

// Ends the look of a drag on the items that still exist.
void JourneyView::restoreDragged()
{
    for (const DraggedCard &dragged : std::as_const(m_dragged)) {
        CardItem *item = m_scene->cardItem(dragged.id);
        if (!item)
            continue;
        item->setZValue(dragged.z);
        item->setOpacity(1.0);
        if (auto *point = qgraphicsitem_cast<EmotionPointItem *>(item))
            point->setPreviewEmotion({});
    }
    m_dragged.clear();
}

bool JourneyView::event(QEvent *event)
{
    // QGraphicsView hands Tab to the scene first, which moves keyboard focus between
    // focusable items without selecting anything (and never reaches focusNextPrevChild()
    // when no item has focus). On the map, Tab selects the next card.
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
        if (tab && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            const bool next = key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
            if (focusNextPrevChild(next)) {
                event->accept();
                return true;
            }
        }
    }
    return QGraphicsView::event(event);
}

// --- Painting and scrolling ------------------------------------------------------------

void JourneyView::applyPalette()
{
    m_scene->setPalette(palette());
    setBackgroundBrush(palette().color(QPalette::Window));
}

void JourneyView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    else if (event->type() == QEvent::FontChange)
        m_scene->setBaseFont(font());
    QGraphicsView::changeEvent(event);
}

void JourneyView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    updateStickyHeaders();
    if (m_editor->isActive())
        m_editor->commit();
}

void JourneyView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    updateStickyHeaders();
}

void JourneyView::updateStickyHeaders()
{
    m_scene->setStickyOrigin(mapToScene(QPoint(0, 0)));
}

void JourneyView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    const QColor highlight = palette().color(QPalette::Highlight);
    painter->setRenderHint(QPainter::Antialiasing);
    if (!m_dropLine.isNull()) {
        painter->setPen(QPen(highlight, 4, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(m_dropLine);
    }
    if (!m_rubberConnection.isEmpty()) {
        painter->setPen(QPen(highlight, 2, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_rubberConnection);
    }
    // The connection handle of the card under the mouse or the selected card.
    if (m_scene->project().isEditable() && m_gesture == Gesture::None) {
        QList<CardItem *> cards;
        if (CardItem *hovered = m_scene->cardItem(m_hoverCard); hovered && hovered->isVisible())
            cards.append(hovered);
        for (QGraphicsItem *item : m_scene->selectedItems()) {
            CardItem *card = CardItem::from(item);
            if (card && card->type() == CardItem::Type && !cards.contains(card))
                cards.append(card);
        }
        painter->setPen(QPen(palette().color(QPalette::Base), 2));
        painter->setBrush(highlight);
        for (CardItem *card : std::as_const(cards).first(qMin(qsizetype(8), cards.size())))
            painter->drawEllipse(handleCenter(card), HandleRadius, HandleRadius);
    }
}

// --- Mouse ---------------------------------------------------------------------------------

void JourneyView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        setZoom(zoom() * std::pow(ZoomStep, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void JourneyView::mousePressEvent(QMouseEvent *event)
{
    if (m_editor->isActive())
        m_editor->commit();
    m_pressViewPos = event->position().toPoint();
    m_pressScenePos = mapToScene(m_pressViewPos);
    m_pressedId = NoId;
    m_pressedType = 0;

    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_gesture = Gesture::Pan;
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    const bool editable = m_scene->project().isEditable();
    QGraphicsItem *item = itemAt(m_pressViewPos);
    const bool onHeader
        = qgraphicsitem_cast<StageHeaderItem *>(item) || qgraphicsitem_cast<LaneHeaderItem *>(item);
    CardItem *source = editable && !onHeader ? handleAt(m_pressScenePos) : nullptr;
    if (source && !qgraphicsitem_cast<EmotionPointItem *>(item)) {
        m_pressedId = source->cardId();
        m_pressedType = source->type();
        m_gesture = Gesture::ConnectionDrag;
        event->accept();
        return;
    }
    if (CardItem *card = CardItem::from(item)) {
        m_pressedId = card->cardId();
        m_pressedType = card->type();
        if (editable && card->type() == EmotionPointItem::Type) {
            m_scene->clearSelection();
            card->setSelected(true);
            m_gesture = Gesture::EmotionDrag;
            m_dragged = {{card->cardId(), card->pos(), card->zValue()}};
            m_previewEmotion = card->card().emotion.value_or(0);
            event->accept();
            return;
        }
        QGraphicsView::mousePressEvent(event);
        if (editable)
            m_gesture = Gesture::PendingCardDrag;
        return;
    }
    // Headers are not pressed through an item, but for their own left edge, below the
    // sticky position: find them by type.
    if (auto *stage = qgraphicsitem_cast<StageHeaderItem *>(item)) {
        m_pressedId = stage->stageId();
        m_pressedType = StageHeaderItem::Type;
    } else if (auto *lane = qgraphicsitem_cast<LaneHeaderItem *>(item)) {
        m_pressedId = lane->laneId();
        m_pressedType = LaneHeaderItem::Type;
    }
    QGraphicsView::mousePressEvent(event);
    if (m_pressedType != 0 && editable)
        m_gesture = Gesture::PendingHeaderDrag;
}

void JourneyView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint viewPos = event->position().toPoint();
    const QPointF scenePos = mapToScene(viewPos);
    const bool farEnough
        = (viewPos - m_pressViewPos).manhattanLength() >= QApplication::startDragDistance();
    switch (m_gesture) {
    case Gesture::Pan: {
        const QPoint delta = viewPos - m_pressViewPos;
        m_pressViewPos = viewPos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    case Gesture::PendingCardDrag:
        if (!farEnough)
            break;
        {
            CardItem *pressed = m_scene->cardItem(m_pressedId);
            if (!pressed)
                break;
            if (!pressed->isSelected()) {
                m_scene->clearSelection();
                pressed->setSelected(true);
            }
            m_dragged.clear();
            for (Id id : m_controller->selectedCardIds()) {
                CardItem *item = m_scene->cardItem(id);
                m_dragged.append({id, item->pos(), item->zValue()});
                item->setZValue(5);
                item->setOpacity(0.85);
            }
            m_gesture = Gesture::CardDrag;
        }
        [[fallthrough]];
    case Gesture::CardDrag: {
        const QPointF delta = scenePos - m_pressScenePos;
        for (const DraggedCard &dragged : std::as_const(m_dragged)) {
            if (CardItem *item = m_scene->cardItem(dragged.id))
                item->setPos(dragged.origin + delta);
        }
        const QLineF oldLine = m_dropLine;
        m_dropLine = QLineF();
        if (const auto cell = m_scene->cellAt(scenePos)) {
            // The dragged cards follow the mouse: only the others mark where they land.
            const QList<Id> dragged = draggedIds();
            const int index = m_scene->insertionIndex(*cell, scenePos, dragged);
            const QRectF rect = m_scene->cellRect(cell->stageId, cell->laneId);
            QList<Id> others = m_scene->project().cellCardIds(cell->stageId, cell->laneId);
            for (Id id : dragged)
                others.removeOne(id);
            qreal y = rect.top() + m_scene->metrics().cellPadding / 2;
            if (index > 0 && index <= others.size()) {
                if (const CardItem *above = m_scene->cardItem(others.at(index - 1)))
                    y = above->pos().y() + above->height() + m_scene->metrics().cardSpacing / 2;
            }
            m_dropLine = QLineF(rect.left() + 8, y, rect.right() - 8, y);
        }
        if (m_dropLine != oldLine) {
            updateSceneArea(lineArea(oldLine));
            updateSceneArea(lineArea(m_dropLine));
        }
        event->accept();
        return;
    }
    case Gesture::ConnectionDrag: {
        CardItem *from = m_scene->cardItem(m_pressedId);
        if (!from)
            break;
        const QPointF start = handleCenter(from);
        updateSceneArea(m_rubberConnection.controlPointRect());
        m_rubberConnection = QPainterPath(start);
        const qreal dx = qMax(40.0, qAbs(scenePos.x() - start.x()) / 2);
        m_rubberConnection.cubicTo(start + QPointF(dx, 0), scenePos - QPointF(dx, 0), scenePos);
        updateSceneArea(m_rubberConnection.controlPointRect());
        event->accept();
        return;
    }
    case Gesture::EmotionDrag: {
        auto *point = qgraphicsitem_cast<EmotionPointItem *>(m_scene->cardItem(m_pressedId));
        if (!point) {
            event->accept(); // gone under the drag (an undo, a deleted lane)
            return;
        }
        const QRectF lane = m_scene->laneRect(point->card().laneId);
        const qreal emotion = EmotionCurveItem::emotionFor(lane, scenePos.y());
        m_previewEmotion = qRound(emotion);
        point->setPos(point->pos().x(), EmotionCurveItem::yFor(lane, emotion));
        point->setPreviewEmotion(m_previewEmotion);
        event->accept();
        return;
    }
    case Gesture::PendingHeaderDrag:
        if (!farEnough)
            break;
        m_gesture = Gesture::HeaderDrag;
        [[fallthrough]];
    case Gesture::HeaderDrag: {
        const QLineF oldLine = m_dropLine;
        m_dropLine = QLineF();
        const QRectF scene = sceneRect();
        if (m_pressedType == StageHeaderItem::Type) {
            for (Id stageId : m_scene->visibleStages()) {
                const QRectF r = m_scene->stageRect(stageId);
                if (scenePos.x() < r.center().x()) {
                    m_dropLine = QLineF(r.left(), scene.top() + 8, r.left(), scene.bottom() - 8);
                    break;
                }
                m_dropLine = QLineF(r.right(), scene.top() + 8, r.right(), scene.bottom() - 8);
            }
        } else {
            for (Id laneId : m_scene->visibleLanes()) {
                const QRectF r = m_scene->laneRect(laneId);
                if (scenePos.y() < r.center().y()) {
                    m_dropLine = QLineF(scene.left() + 8, r.top(), scene.right() - 8, r.top());
                    break;
                }
                m_dropLine = QLineF(scene.left() + 8, r.bottom(), scene.right() - 8, r.bottom());
            }
        }
        if (m_dropLine != oldLine) {
            updateSceneArea(lineArea(oldLine));
            updateSceneArea(lineArea(m_dropLine));
        }
        event->accept();
        return;
    }
    case Gesture::None:
        updateHover(viewPos);
        break;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void JourneyView::mouseReleaseEvent(QMouseEvent *event)
{
    const QPointF scenePos = mapToScene(event->position().toPoint());
    const Gesture gesture = m_gesture;
    m_gesture = Gesture::None;
    switch (gesture) {
    case Gesture::Pan:
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    case Gesture::CardDrag:
        finishCardDrag(scenePos);
        break;
    case Gesture::ConnectionDrag: {
        m_rubberConnection = QPainterPath();
        CardItem *target = CardItem::from(itemAt(event->position().toPoint()));
        if (target && target->cardId() != m_pressedId)
            m_controller->connectCards(m_pressedId, target->cardId());
        viewport()->update();
        event->accept();
        return;
    }
    case Gesture::EmotionDrag: {
        const Id cardId = m_pressedId;
        restoreDragged();
        m_controller->setEmotion(cardId, m_previewEmotion);
        m_scene->relayoutCards({cardId});
        event->accept();
        return;
    }
    case Gesture::HeaderDrag: {
        m_dropLine = QLineF();
        int index = 0;
        if (m_pressedType == StageHeaderItem::Type) {
            for (Id stageId : m_scene->visibleStages()) {
                if (scenePos.x() < m_scene->stageRect(stageId).center().x())
                    break;
                ++index;
            }
            // Indexes count hidden stages too.
            const QList<Id> all = m_scene->project().stageIds(m_scene->journeyId());
            const QList<Id> visible = m_scene->visibleStages();
            int target
                = index < visible.size() ? int(all.indexOf(visible.at(index))) : int(all.size());
            if (target > m_scene->project().stage(m_pressedId).position)
                --target;
            m_controller->moveStage(m_pressedId, target);
        } else {
            for (Id laneId : m_scene->visibleLanes()) {
                if (scenePos.y() < m_scene->laneRect(laneId).center().y())
                    break;
                ++index;
            }
            const QList<Id> all = m_scene->project().laneIds(m_scene->journeyId());
            const QList<Id> visible = m_scene->visibleLanes();
            int target
                = index < visible.size() ? int(all.indexOf(visible.at(index))) : int(all.size());
            if (target > m_scene->project().lane(m_pressedId).position)
                --target;
            m_controller->moveLane(m_pressedId, target);
        }
        viewport()->update();
        break;
    }
    default:
        break;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void JourneyView::finishCardDrag(const QPointF &scenePos)
{
    QList<Id> ids;
    for (Id id : draggedIds()) {
        if (m_scene->cardItem(id))
            ids.append(id);
    }
    restoreDragged();
    m_dropLine = QLineF();
    viewport()->update();
    if (const auto cell = m_scene->cellAt(scenePos); cell && !ids.isEmpty()) {
        // The index among the cards that are not dragged: where the first dragged card goes
        // once the dragged ones have left their places.
        const int index = m_scene->insertionIndex(*cell, scenePos, ids);
        m_controller->moveCards(ids, cell->stageId, cell->laneId, index);
    }
    // Whatever happened, cards snap to their cells.
    m_scene->relayoutCards(ids);
}

void JourneyView::cancelGesture()
{
    const QList<Id> ids = draggedIds();
    restoreDragged();
    // Back where the layout wants them (which an edit during the drag may have changed).
    m_scene->relayoutCards(ids);
    m_dropLine = QLineF();
    m_rubberConnection = QPainterPath();
    m_gesture = Gesture::None;
    viewport()->update();
}

void JourneyView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_scene->project().isEditable()) {
        QGraphicsView::mouseDoubleClickEvent(event);
        return;
    }
    const QPointF scenePos = mapToScene(event->position().toPoint());
    QGraphicsItem *item = itemAt(event->position().toPoint());
    if (CardItem *card = CardItem::from(item)) {
        startRename(CardItem::Type, card->cardId());
    } else if (auto *stage = qgraphicsitem_cast<StageHeaderItem *>(item)) {
        startRename(StageHeaderItem::Type, stage->stageId());
    } else if (auto *lane = qgraphicsitem_cast<LaneHeaderItem *>(item)) {
        startRename(LaneHeaderItem::Type, lane->laneId());
    } else if (const auto cell = m_scene->cellAt(scenePos)) {
        startAddCard(cell->stageId, cell->laneId);
    }
    event->accept();
}

// --- In-place editing ------------------------------------------------------------------

void JourneyView::startRename(int itemType, Id id)
{
    if (!m_scene->project().isEditable())
        return;
    QRectF sceneRect;
    QString text;
    QFont font = m_scene->metrics().font;
    if (itemType == CardItem::Type || itemType == EmotionPointItem::Type) {
        CardItem *item = m_scene->cardItem(id);
        if (!item)
            return;
        ensureVisible(item);
        sceneRect = item->type() == EmotionPointItem::Type
                        ? QRectF(item->pos() - QPointF(80, 12), QSizeF(160, 60))
                        : item->anchorRect();
        text = item->card().title;
        itemType = CardItem::Type;
    } else if (itemType == StageHeaderItem::Type) {
        StageHeaderItem *item = m_scene->stageHeader(id);
        if (!item)
            return;
        sceneRect = item->sceneBoundingRect();
        text = item->stage().name;
        font = m_scene->metrics().headerFont;
    } else if (itemType == LaneHeaderItem::Type) {
        LaneHeaderItem *item = m_scene->laneHeader(id);
        if (!item)
            return;
        sceneRect = item->sceneBoundingRect();
        text = item->lane().name;
        font.setBold(true);
    } else {
        return;
    }
    m_editType = itemType;
    m_editId = id;
    font.setPointSizeF(font.pointSizeF() * zoom());
    m_editor->start(text, mapFromScene(sceneRect).boundingRect().adjusted(2, 2, -2, -2), font);
}

void JourneyView::startAddCard(Id stageId, Id laneId)
{
    if (!m_scene->project().isEditable())
        return;
    const QRectF cell = m_scene->cellRect(stageId, laneId);
    if (cell.isEmpty())
        return;
    // The new card appears at the end of the cell: type it there.
    const CanvasMetrics &m = m_scene->metrics();
    qreal y = cell.top() + m.cellPadding;
    for (Id id : m_scene->project().cellCardIds(stageId, laneId)) {
        if (const CardItem *item = m_scene->cardItem(id))
            y = qMax(y, item->pos().y() + item->height() + m.cardSpacing);
    }
    y = qMin(y, cell.bottom() - m.cardHeight);
    const QRectF rect(cell.left() + m.cellPadding, y, m.cardWidth, m.cardHeight);
    m_editType = NewCardType;
    m_editStage = stageId;
    m_editLane = laneId;
    QFont font = m.font;
    font.setPointSizeF(font.pointSizeF() * zoom());
    ensureVisible(rect);
    m_editor->start({}, mapFromScene(rect).boundingRect().adjusted(2, 2, -2, -2), font);
}

void JourneyView::onEditorCommitted(const QString &text)
{
    const int type = m_editType;
    m_editType = 0;
    setFocus();
    switch (type) {
    case NewCardType:
        if (!text.trimmed().isEmpty()) {
            m_controller->addCard(
                m_editStage, m_editLane,
                int(m_scene->project().cellCardIds(m_editStage, m_editLane).size()),
                text.trimmed());
        }
        break;
    case CardItem::Type:
        m_controller->renameCard(m_editId, text);
        break;
    case StageHeaderItem::Type:
        m_controller->renameStage(m_editId, text.simplified());
        break;
    case LaneHeaderItem::Type:
        m_controller->renameLane(m_editId, text.simplified());
        break;
    default:
        break;
    }
}

// --- Keyboard ------------------------------------------------------------------------------

void JourneyView::keyPressEvent(QKeyEvent *event)
{
    const bool editable = m_scene->project().isEditable();
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        if (m_gesture != Gesture::None)
            cancelGesture();
        else
            m_scene->clearSelection();
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && editable) {
        m_controller->deleteSelection();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_F2 || event->key() == Qt::Key_Return
        || event->key() == Qt::Key_Enter) {
        const QList<QGraphicsItem *> selected = m_scene->selectedItems();
        if (selected.size() == 1) {
            QGraphicsItem *item = selected.first();
            if (CardItem *card = CardItem::from(item))
                startRename(CardItem::Type, card->cardId());
            else if (auto *stage = qgraphicsitem_cast<StageHeaderItem *>(item))
                startRename(StageHeaderItem::Type, stage->stageId());
            else if (auto *lane = qgraphicsitem_cast<LaneHeaderItem *>(item))
                startRename(LaneHeaderItem::Type, lane->laneId());
            event->accept();
            return;
        }
    }
    if (event->matches(QKeySequence::SelectAll)) {
        selectAllCards();
        event->accept();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (event->modifiers() & Qt::AltModifier) {
            if (editable)
                moveSelectedCardByKeyboard(event->key());
        } else {
            moveSelection(event->key() == Qt::Key_Left    ? -1
                          : event->key() == Qt::Key_Right ? 1
                                                          : 0,
                          event->key() == Qt::Key_Up     ? -1
                          : event->key() == Qt::Key_Down ? 1
                                                         : 0);
        }
        event->accept();
        return;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void JourneyView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void JourneyView::selectCard(Id cardId)
{
    m_controller->selectCards({cardId});
    if (CardItem *item = m_scene->cardItem(cardId))
        ensureVisible(item, 40, 40);
}

// Arrows go to the nearest card in that direction.
void JourneyView::moveSelection(int dx, int dy)
{
    const QList<Id> selected = m_controller->selectedCardIds();
    QList<CardItem *> cards;
    for (CardItem *item : m_scene->cardItems()) {
        if (item->isVisible())
            cards.append(item);
    }
    if (cards.isEmpty())
        return;
    if (selected.isEmpty()) {
        // The first card in reading order that is shown (not in a hidden stage or lane).
        for (const Card &card : m_scene->project().cards(m_scene->journeyId())) {
            if (CardItem *item = m_scene->cardItem(card.id); item && item->isVisible()) {
                selectCard(card.id);
                break;
            }
        }
        return;
    }
    const QPointF from = m_scene->cardItem(selected.last())->anchorRect().center();
    CardItem *best = nullptr;
    qreal bestScore = 0;
    for (CardItem *item : std::as_const(cards)) {
        if (item->cardId() == selected.last())
            continue;
        const QPointF d = item->anchorRect().center() - from;
        const qreal along = d.x() * dx + d.y() * dy;
        if (along <= 1)
            continue;
        const qreal across = qAbs(d.x() * dy) + qAbs(d.y() * dx);
        const qreal score = along + 3 * across;
        if (!best || score < bestScore) {
            best = item;
            bestScore = score;
        }
    }
    if (best)
        selectCard(best->cardId());
}

// Alt+arrows move the selected card: up/down within its cell, left/right to the
// neighbouring stage; the keyboard way to do what dragging does.
void JourneyView::moveSelectedCardByKeyboard(int key)
{
    const QList<Id> selected = m_controller->selectedCardIds();
    if (selected.size() != 1)
        return;
    const Card card = m_scene->project().card(selected.first());
    if (key == Qt::Key_Up || key == Qt::Key_Down) {
        const int index = card.position + (key == Qt::Key_Up ? -1 : 1);
        if (index < 0)
            return;
        m_controller->moveCards({card.id}, card.stageId, card.laneId, index);
    } else {
        const QList<Id> stages = m_scene->visibleStages();
        const int at = int(stages.indexOf(card.stageId)) + (key == Qt::Key_Left ? -1 : 1);
        if (at < 0 || at >= stages.size())
            return;
        m_controller->moveCards(
            {card.id}, stages.at(at), card.laneId,
            int(m_scene->project().cellCardIds(stages.at(at), card.laneId).size()));
    }
    selectCard(card.id);
}

bool JourneyView::focusNextPrevChild(bool next)
{
    // Tab cycles through the cards in reading order while the map has focus.
    const QList<Card> cards = m_scene->project().cards(m_scene->journeyId());
    if (cards.isEmpty() || m_editor->isActive())
        return QGraphicsView::focusNextPrevChild(next);
    QList<Id> visible;
    for (const Card &c : cards) {
        if (CardItem *item = m_scene->cardItem(c.id); item && item->isVisible())
            visible.append(c.id);
    }
    if (visible.isEmpty())
        return QGraphicsView::focusNextPrevChild(next);
    const QList<Id> selected = m_controller->selectedCardIds();
    qsizetype index = selected.isEmpty() ? -1 : visible.indexOf(selected.last());
    index = next ? index + 1 : (index <= 0 ? visible.size() - 1 : index - 1);
    selectCard(visible.at(index % visible.size()));
    return true;
}

void JourneyView::updateAccessibleDescription()
{
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    QString description;
    if (selected.size() == 1) {
        if (CardItem *card = CardItem::from(selected.first()))
            description = card->accessibleText();
        else if (auto *stage = qgraphicsitem_cast<StageHeaderItem *>(selected.first()))
            description = tr("Stage %1").arg(stage->stage().name);
        else if (auto *lane = qgraphicsitem_cast<LaneHeaderItem *>(selected.first()))
            description = tr("Lane %1").arg(lane->lane().name);
    } else if (selected.size() > 1) {
        description = tr("%n item(s) selected", nullptr, int(selected.size()));
    }
    setAccessibleDescription(description);
    QAccessibleEvent event(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
    // No repaint here: (de)selected cards repaint themselves, their handles included.
}

// --- Context menus -------------------------------------------------------------------------

void JourneyView::showCardMenu(QMenu *menu, CardItem *item)
{
    const bool editable = m_scene->project().isEditable();
    if (!item->isSelected()) {
        m_scene->clearSelection();
        item->setSelected(true);
    }
    const Id cardId = item->cardId();
    menu->addAction(tr("&Rename"), this, [this, cardId] { startRename(CardItem::Type, cardId); })
        ->setEnabled(editable);
    QMenu *kinds = menu->addMenu(tr("&Kind"));
    for (CardKind kind : enumValues<CardKind>()) {
        QAction *a = kinds->addAction(enumLabel(kind), this, [this, cardId, kind] {
            Project &p = m_scene->project();
            Card card = p.card(cardId);
            const Card before = card;
            card.kind = kind;
            p.execute(new EditCardCommand(p, before, card, tr("Change card kind")));
        });
        a->setCheckable(true);
        a->setChecked(item->card().kind == kind);
    }
    kinds->setEnabled(editable);
    QMenu *channels = menu->addMenu(tr("C&hannel"));
    for (Channel channel : enumValues<Channel>()) {
        QAction *a = channels->addAction(enumLabel(channel), this, [this, cardId, channel] {
            Project &p = m_scene->project();
            Card card = p.card(cardId);
            const Card before = card;
            card.channel = channel;
            p.execute(new EditCardCommand(p, before, card, tr("Change channel")));
        });
        a->setCheckable(true);
        a->setChecked(item->card().channel == channel);
    }
    channels->setEnabled(editable);
    menu->addSeparator();
    menu->addAction(tr("Cu&t"), m_controller, &CanvasController::cut)->setEnabled(editable);
    menu->addAction(tr("&Copy"), m_controller, &CanvasController::copy);
    menu->addAction(tr("&Paste"), this, [this] { m_controller->paste(); })
        ->setEnabled(m_controller->canPaste());
    menu->addAction(tr("D&uplicate"), m_controller, &CanvasController::duplicate)
        ->setEnabled(editable);
    menu->addSeparator();
    menu->addAction(tr("&Delete"), m_controller, &CanvasController::deleteSelection)
        ->setEnabled(editable);
    Q_EMIT cardMenuAboutToShow(menu, cardId);
}

void JourneyView::contextMenuEvent(QContextMenuEvent *event)
{
    if (m_editor->isActive())
        m_editor->commit();
    QMenu menu(this);
    const QPointF scenePos = mapToScene(event->pos());
    QGraphicsItem *item = itemAt(event->pos());
    if (CardItem *card = CardItem::from(item)) {
        showCardMenu(&menu, card);
    } else if (auto *stage = qgraphicsitem_cast<StageHeaderItem *>(item)) {
        m_scene->clearSelection();
        stage->setSelected(true);
        m_controller->populateStageMenu(&menu, stage->stageId());
    } else if (auto *lane = qgraphicsitem_cast<LaneHeaderItem *>(item)) {
        m_scene->clearSelection();
        lane->setSelected(true);
        m_controller->populateLaneMenu(&menu, lane->laneId());
    } else if (auto *connection = qgraphicsitem_cast<ConnectionItem *>(item)) {
        m_scene->clearSelection();
        connection->setSelected(true);
        menu.addAction(tr("&Delete Connection"), m_controller, &CanvasController::deleteSelection)
            ->setEnabled(m_scene->project().isEditable());
    } else if (const auto cell = m_scene->cellAt(scenePos)) {
        const bool editable = m_scene->project().isEditable();
        menu.addAction(tr("&Add Card Here"), this,
                       [this, cell] { startAddCard(cell->stageId, cell->laneId); })
            ->setEnabled(editable);
        menu.addAction(
                tr("&Paste Here"), this,
                [this, cell] { m_controller->paste(qMakePair(cell->stageId, cell->laneId)); })
            ->setEnabled(m_controller->canPaste());
        m_controller->populateHiddenMenu(&menu);
    } else {
        m_controller->populateHiddenMenu(&menu);
    }
    if (!menu.isEmpty())
        menu.exec(event->globalPos());
}

} // namespace Waymark
