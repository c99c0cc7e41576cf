#include "journeyscene.h"

#include "carditem.h"
#include "connectionitem.h"
#include "emotionitems.h"
#include "headeritems.h"
#include "project/project.h"
#include "theme.h"

#include <QApplication>
#include <QPainter>
#include <QSet>
#include <QSignalBlocker>

namespace Waymark {

JourneyScene::JourneyScene(Project &project, QObject *parent)
    : QGraphicsScene(parent)
    , m_project(project)
    , m_metrics(CanvasMetrics::forFont(QApplication::font()))
{
    // Items move rarely and are found often (hit tests, painting): the BSP index pays.
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    connect(&project, &Project::reset, this, &JourneyScene::rebuild);
    connect(&project, &Project::journeyRemoved, this, [this](Id journeyId) {
        if (journeyId == m_journeyId)
            setJourney(NoId);
    });
    connect(&project, &Project::cardInserted, this, &JourneyScene::onCardInserted);
    connect(&project, &Project::cardRemoved, this, &JourneyScene::onCardRemoved);
    connect(&project, &Project::cardChanged, this, &JourneyScene::onCardChanged);
    connect(&project, &Project::cellChanged, this, &JourneyScene::onCellChanged);
    connect(&project, &Project::connectionInserted, this, &JourneyScene::onConnectionInserted);
    connect(&project, &Project::connectionRemoved, this, &JourneyScene::onConnectionRemoved);
    connect(&project, &Project::connectionChanged, this, &JourneyScene::onConnectionChanged);
    const auto structure = [this](Id journeyId) {
        onStructureChanged(journeyId);
    };
    connect(&project, &Project::stageInserted, this, structure);
    connect(&project, &Project::stageRemoved, this, structure);
    connect(&project, &Project::stagesReordered, this, structure);
    connect(&project, &Project::laneInserted, this, structure);
    connect(&project, &Project::laneRemoved, this, structure);
    connect(&project, &Project::lanesReordered, this, structure);
    connect(&project, &Project::stageChanged, this,
            [this](Id stageId) { onStructureChanged(m_project.stage(stageId).journeyId); });
    connect(&project, &Project::laneChanged, this,
            [this](Id laneId) { onStructureChanged(m_project.lane(laneId).journeyId); });
}

JourneyScene::~JourneyScene()
{
    // ~QGraphicsScene would delete the items after this class is gone, and deleting a
    // selected item emits selectionChanged(): listeners (the workspace, the map actions)
    // would call back into a half-destroyed scene. Nobody needs to hear about a scene that
    // goes away; remove the items while this is still a JourneyScene. (Signals are blocked
    // only for that: destroyed() must still reach whoever listens.)
    const QSignalBlocker blocker(this);
    clearItems();
}

void JourneyScene::setJourney(Id journeyId)
{
    if (journeyId != NoId && !m_project.hasJourney(journeyId))
        journeyId = NoId;
    m_journeyId = journeyId;
    rebuild();
}

void JourneyScene::setBaseFont(const QFont &font)
{
    setFont(font);
    m_metrics = CanvasMetrics::forFont(font);
    rebuild();
}

void JourneyScene::clearItems()
{
    clearSelection();
    clear();
    m_cards.clear();
    m_stageHeaders.clear();
    m_laneHeaders.clear();
    m_connectionItems.clear();
    m_curves.clear();
}

void JourneyScene::rebuild()
{
    clearItems();
    m_laneLayouts = 0;
    if (!m_project.hasJourney(m_journeyId)) {
        m_visibleStages.clear();
        m_visibleLanes.clear();
        updateSceneRect();
        return;
    }
    updateVisibleFrame();
    for (const Card &card : m_project.cards(m_journeyId))
        addCardItem(card.id);
    for (const Connection &connection : m_project.connections(m_journeyId))
        addConnectionItem(connection.id);
    layoutAll();
}

void JourneyScene::addCardItem(Id cardId)
{
    const Card card = m_project.card(cardId);
    CardItem *item = nullptr;
    if (m_project.lane(card.laneId).kind == LaneKind::EmotionCurve)
        item = new EmotionPointItem(card, m_metrics);
    else
        item = new CardItem(card, m_metrics);
    m_cards.insert(cardId, item);
    addItem(item);
}

// A card that moved into or out of an emotion curve lane changes how it is drawn.
void JourneyScene::ensureItemKind(Id cardId)
{
    CardItem *item = m_cards.value(cardId);
    if (!item)
        return;
    const bool emotion
        = m_project.lane(m_project.card(cardId).laneId).kind == LaneKind::EmotionCurve;
    if (emotion == (item->type() == EmotionPointItem::Type))
        return;
    const bool selected = item->isSelected();
    delete m_cards.take(cardId);
    addCardItem(cardId);
    m_cards.value(cardId)->setSelected(selected);
}

void JourneyScene::updateCurves()
{
    for (Id laneId : std::as_const(m_visibleLanes)) {
        if (m_project.lane(laneId).kind != LaneKind::EmotionCurve)
            continue;
        EmotionCurveItem *curve = m_curves.value(laneId);
        if (!curve) {
            curve = new EmotionCurveItem(m_metrics);
            m_curves.insert(laneId, curve);
            addItem(curve);
        }
        QList<QPointF> points;
        for (Id stageId : std::as_const(m_visibleStages)) {
            for (Id cardId : m_project.cellCardIds(stageId, laneId)) {
                if (CardItem *item = m_cards.value(cardId))
                    points.append(item->pos());
            }
        }
        std::sort(points.begin(), points.end(),
                  [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
        const QRectF lane(m_metrics.margin + m_metrics.laneHeaderWidth, m_laneY.value(laneId),
                          m_contentWidth - 2 * m_metrics.margin - m_metrics.laneHeaderWidth,
                          m_laneHeight.value(laneId));
        curve->setGeometry(lane, lane.left() + 30, points);
    }
    for (auto it = m_curves.begin(); it != m_curves.end();) {
        if (!m_visibleLanes.contains(it.key())
            || m_project.lane(it.key()).kind != LaneKind::EmotionCurve) {
            delete it.value();
            it = m_curves.erase(it);
        } else {
            ++it;
        }
    }
}

void JourneyScene::addConnectionItem(Id connectionId)
{
    auto *item = new ConnectionItem(m_project.connection(connectionId));
    m_connectionItems.insert(connectionId, item);
    addItem(item);
}

// Creates header items for the stages and lanes that are shown, drops the others.
void JourneyScene::updateVisibleFrame()
{
    m_visibleStages.clear();
    m_visibleLanes.clear();
    QHash<Id, StageHeaderItem *> stageHeaders;
    QHash<Id, LaneHeaderItem *> laneHeaders;
    int index = 0;
    for (const Stage &stage : m_project.stages(m_journeyId)) {
        const int stageIndex = index++;
        if (stage.hidden)
            continue;
        m_visibleStages.append(stage.id);
        StageHeaderItem *header = m_stageHeaders.take(stage.id);
        if (!header) {
            header = new StageHeaderItem(stage, m_metrics);
            header->setZValue(2);
            addItem(header);
        }
        header->setStage(stage, stageIndex);
        stageHeaders.insert(stage.id, header);
    }
    for (const Lane &lane : m_project.lanes(m_journeyId)) {
        if (!lane.visible)
            continue;
        m_visibleLanes.append(lane.id);
        LaneHeaderItem *header = m_laneHeaders.take(lane.id);
        if (!header) {
            header = new LaneHeaderItem(lane, m_metrics);
            header->setZValue(2);
            addItem(header);
        }
        header->setLane(lane);
        laneHeaders.insert(lane.id, header);
    }
    qDeleteAll(m_stageHeaders);
    qDeleteAll(m_laneHeaders);
    m_stageHeaders = stageHeaders;
    m_laneHeaders = laneHeaders;
}

void JourneyScene::layoutAll()
{
    m_stageX.clear();
    qreal x = m_metrics.margin + m_metrics.laneHeaderWidth;
    for (Id stageId : std::as_const(m_visibleStages)) {
        m_stageX.insert(stageId, x);
        x += m_metrics.stageWidth;
    }
    m_contentWidth = x + m_metrics.margin;
    placeStageHeaders();
    m_laneHeight.clear();
    for (Id laneId : std::as_const(m_visibleLanes))
        m_laneHeight.insert(laneId, laneContentHeight(laneId));
    placeLanes();
    updateCurves();
    routeAllConnections();
    updateStageSummaries();
    updateSceneRect();
    Q_EMIT layoutChanged();
}

void JourneyScene::placeStageHeaders()
{
    const qreal y = qMax(m_metrics.margin, m_stickyOrigin.y());
    for (Id stageId : std::as_const(m_visibleStages)) {
        StageHeaderItem *header = m_stageHeaders.value(stageId);
        header->setWidth(m_metrics.stageWidth);
        header->setPos(m_stageX.value(stageId), y);
    }
}

void JourneyScene::setStickyOrigin(const QPointF &topLeft)
{
    if (topLeft == m_stickyOrigin)
        return;
    m_stickyOrigin = topLeft;
    placeStageHeaders();
    const qreal x = qMax(m_metrics.margin, m_stickyOrigin.x());
    for (Id laneId : std::as_const(m_visibleLanes))
        m_laneHeaders.value(laneId)->setPos(x, m_laneY.value(laneId));
}

void JourneyScene::relayoutCards(const QList<Id> &cardIds)
{
    QList<Id> lanes;
    for (Id id : cardIds) {
        const Id laneId = m_project.card(id).laneId;
        if (laneId != NoId && !lanes.contains(laneId))
            lanes.append(laneId);
    }
    for (Id laneId : std::as_const(lanes))
        layoutLane(laneId);
    routeConnectionsOf(cardIds);
}

// Packs the cards of one lane: each stage column has a cursor; a card spanning several
// stages starts below the lowest of their cursors. Positions the lane's card items (at
// y relative to the lane top; placeLanes() adds the lane's offset) and returns the lane's
// height.
qreal JourneyScene::laneContentHeight(Id laneId)
{
    ++m_laneLayouts;
    const qreal padding = m_metrics.cellPadding;
    const qreal laneTop = m_laneY.value(laneId, 0);
    if (m_project.lane(laneId).kind == LaneKind::EmotionCurve)
        return layoutEmotionLane(laneId, laneTop);
    QHash<Id, qreal> cursor;
    for (Id stageId : std::as_const(m_visibleStages))
        cursor.insert(stageId, padding);
    const QList<Id> allStages = m_project.stageIds(m_journeyId);
    qreal bottom = padding;
    for (int s = 0; s < allStages.size(); ++s) {
        const Id stageId = allStages.at(s);
        for (Id cardId : m_project.cellCardIds(stageId, laneId)) {
            CardItem *item = m_cards.value(cardId);
            if (!item)
                continue;
            // Hidden stages hide their cards.
            if (!m_stageX.contains(stageId)) {
                item->setVisible(false);
                continue;
            }
            item->setVisible(true);
            // The stages this card covers, among those shown.
            QList<Id> covered;
            const int span = item->card().span;
            for (int k = s; k < allStages.size() && k < s + span; ++k) {
                if (m_stageX.contains(allStages.at(k)))
                    covered.append(allStages.at(k));
            }
            qreal y = padding;
            for (Id c : std::as_const(covered))
                y = qMax(y, cursor.value(c));
            item->setWidth(m_metrics.spanWidth(int(covered.size())));
            item->setPos(m_stageX.value(stageId) + padding, laneTop + y);
            const qreal next = y + item->height() + m_metrics.cardSpacing;
            for (Id c : std::as_const(covered))
                cursor.insert(c, next);
            bottom = qMax(bottom, next);
        }
    }
    const qreal minimum = m_project.lane(laneId).kind == LaneKind::EmotionCurve
                              ? m_metrics.emotionLaneHeight
                              : m_metrics.cardHeight + 2 * padding;
    return qMax(minimum, bottom - m_metrics.cardSpacing + padding);
}

// Emotion points spread evenly across their stage, at the height of their emotion.
qreal JourneyScene::layoutEmotionLane(Id laneId, qreal laneTop)
{
    const qreal height = m_metrics.emotionLaneHeight;
    const QRectF lane(0, laneTop, m_contentWidth, height);
    for (Id stageId : m_project.stageIds(m_journeyId)) {
        const QList<Id> cell = m_project.cellCardIds(stageId, laneId);
        const bool shown = m_stageX.contains(stageId);
        const qreal usable = m_metrics.stageWidth - 2 * m_metrics.cellPadding;
        for (int i = 0; i < cell.size(); ++i) {
            CardItem *item = m_cards.value(cell.at(i));
            if (!item)
                continue;
            item->setVisible(shown);
            if (!shown)
                continue;
            const qreal x = m_stageX.value(stageId) + m_metrics.cellPadding
                            + (i + 0.5) * usable / cell.size();
            const qreal emotion = item->card().emotion.value_or(0);
            item->setPos(x, EmotionCurveItem::yFor(lane, emotion));
        }
    }
    return height;
}

// Positions lane headers and shifts card items to their lane's current top.
void JourneyScene::placeLanes()
{
    qreal y = m_metrics.margin + m_metrics.stageHeaderHeight + 6;
    for (Id laneId : std::as_const(m_visibleLanes)) {
        const qreal oldTop = m_laneY.value(laneId, 0);
        m_laneY.insert(laneId, y);
        if (!qFuzzyCompare(oldTop + 1, y + 1)) {
            const qreal delta = y - oldTop;
            for (Id stageId : m_project.stageIds(m_journeyId)) {
                for (Id cardId : m_project.cellCardIds(stageId, laneId)) {
                    if (CardItem *item = m_cards.value(cardId))
                        item->moveBy(0, delta);
                }
            }
        }
        LaneHeaderItem *header = m_laneHeaders.value(laneId);
        const qreal height = m_laneHeight.value(laneId);
        header->setHeight(height);
        header->setPos(qMax(m_metrics.margin, m_stickyOrigin.x()), y);
        y += height;
    }
    m_contentHeight = y + m_metrics.margin;
    // Cards of lanes that are not shown stay out of sight.
    for (const Lane &lane : m_project.lanes(m_journeyId)) {
        if (lane.visible)
            continue;
        for (Id stageId : m_project.stageIds(m_journeyId)) {
            for (Id cardId : m_project.cellCardIds(stageId, lane.id)) {
                if (CardItem *item = m_cards.value(cardId))
                    item->setVisible(false);
            }
        }
    }
}

void JourneyScene::layoutLane(Id laneId)
{
    if (!m_laneHeaders.contains(laneId))
        return;
    const qreal before = m_laneHeight.value(laneId);
    const qreal after = laneContentHeight(laneId);
    m_laneHeight.insert(laneId, after);
    if (!qFuzzyCompare(before + 1, after + 1)) {
        placeLanes();
        updateCurves();
        // Lanes below moved: their connections too.
        routeAllConnections();
        updateSceneRect();
        Q_EMIT layoutChanged();
    } else {
        updateCurves();
    }
}

void JourneyScene::routeConnectionsOf(const QList<Id> &cardIds)
{
    // A set: with a list, routing every connection of a 2,000-card map would compare each
    // connection with every card.
    const QSet<Id> cards(cardIds.cbegin(), cardIds.cend());
    for (ConnectionItem *item : std::as_const(m_connectionItems)) {
        const Connection &c = item->connection();
        if (!cards.contains(c.fromCardId) && !cards.contains(c.toCardId))
            continue;
        CardItem *from = m_cards.value(c.fromCardId);
        CardItem *to = m_cards.value(c.toCardId);
        const bool visible = from && to && from->isVisible() && to->isVisible();
        item->setVisible(visible);
        if (visible)
            item->route(from->anchorRect(), to->anchorRect());
    }
}

void JourneyScene::routeAllConnections()
{
    routeConnectionsOf(m_cards.keys());
}

void JourneyScene::updateStageSummaries()
{
    for (Id stageId : std::as_const(m_visibleStages)) {
        int cards = 0;
        int touchpoints = 0;
        for (Id laneId : m_project.laneIds(m_journeyId)) {
            for (Id cardId : m_project.cellCardIds(stageId, laneId)) {
                ++cards;
                if (m_project.card(cardId).kind == CardKind::Touchpoint)
                    ++touchpoints;
            }
        }
        m_stageHeaders.value(stageId)->setSummary(
            tr("%n card(s)", nullptr, cards)
            + (touchpoints > 0 ? tr(", %n touchpoint(s)", nullptr, touchpoints) : QString()));
    }
}

void JourneyScene::updateSceneRect()
{
    const qreal width = qMax(m_contentWidth, m_metrics.laneHeaderWidth + 2 * m_metrics.margin);
    const qreal height = qMax(m_contentHeight, m_metrics.stageHeaderHeight + 2 * m_metrics.margin);
    setSceneRect(0, 0, width, height);
}

std::optional<JourneyScene::Cell> JourneyScene::cellAt(const QPointF &scenePos) const
{
    Cell cell;
    for (Id stageId : m_visibleStages) {
        const qreal x = m_stageX.value(stageId);
        if (scenePos.x() >= x && scenePos.x() < x + m_metrics.stageWidth) {
            cell.stageId = stageId;
            break;
        }
    }
    for (Id laneId : m_visibleLanes) {
        const qreal y = m_laneY.value(laneId);
        if (scenePos.y() >= y && scenePos.y() < y + m_laneHeight.value(laneId)) {
            cell.laneId = laneId;
            break;
        }
    }
    if (cell.stageId == NoId || cell.laneId == NoId)
        return std::nullopt;
    return cell;
}

QRectF JourneyScene::cellRect(Id stageId, Id laneId) const
{
    if (!m_stageX.contains(stageId) || !m_laneY.contains(laneId))
        return {};
    return QRectF(m_stageX.value(stageId), m_laneY.value(laneId), m_metrics.stageWidth,
                  m_laneHeight.value(laneId));
}

QRectF JourneyScene::stageRect(Id stageId) const
{
    if (!m_stageX.contains(stageId))
        return {};
    return QRectF(m_stageX.value(stageId), m_metrics.margin, m_metrics.stageWidth,
                  m_contentHeight - 2 * m_metrics.margin);
}

QRectF JourneyScene::laneRect(Id laneId) const
{
    if (!m_laneY.contains(laneId))
        return {};
    return QRectF(m_metrics.margin, m_laneY.value(laneId), m_contentWidth - 2 * m_metrics.margin,
                  m_laneHeight.value(laneId));
}

int JourneyScene::insertionIndex(const Cell &cell, const QPointF &scenePos, Id ignoredCardId) const
{
    return insertionIndex(cell, scenePos,
                          ignoredCardId == NoId ? QList<Id>() : QList<Id>{ignoredCardId});
}

int JourneyScene::insertionIndex(const Cell &cell, const QPointF &scenePos,
                                 const QList<Id> &ignoredCardIds) const
{
    int index = 0;
    for (Id cardId : m_project.cellCardIds(cell.stageId, cell.laneId)) {
        if (ignoredCardIds.contains(cardId))
            continue;
        const CardItem *item = m_cards.value(cardId);
        if (item && scenePos.y() < item->pos().y() + item->height() / 2)
            break;
        ++index;
    }
    return index;
}

void JourneyScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    const QPalette pal = palette();
    painter->fillRect(rect, pal.color(QPalette::Window));
    if (m_visibleStages.isEmpty() && m_visibleLanes.isEmpty())
        return;
    const QColor base = pal.color(QPalette::Base);
    const QColor line = Theme::mix(base, pal.color(QPalette::Text), 0.12);
    const qreal left = m_metrics.margin + m_metrics.laneHeaderWidth;
    const qreal right = m_contentWidth - m_metrics.margin;

    // Lane bands, alternating, so rows can be followed across a wide map.
    int row = 0;
    for (Id laneId : m_visibleLanes) {
        const QRectF band(left, m_laneY.value(laneId), right - left, m_laneHeight.value(laneId));
        if (band.intersects(rect)) {
            painter->fillRect(
                band, row % 2 == 0 ? base : Theme::mix(base, pal.color(QPalette::Text), 0.03));
        }
        ++row;
    }
    // Stage separators.
    painter->setPen(QPen(line, 1));
    const qreal top = m_metrics.margin + m_metrics.stageHeaderHeight + 6;
    const qreal bottom = m_contentHeight - m_metrics.margin;
    for (Id stageId : m_visibleStages) {
        const qreal x = m_stageX.value(stageId);
        painter->drawLine(QPointF(x, top), QPointF(x, bottom));
    }
    painter->drawLine(QPointF(right, top), QPointF(right, bottom));

    // The line of visibility: between what the customer sees (frontstage) and what they
    // do not (backstage), as service blueprints draw it.
    for (int i = 1; i < m_visibleLanes.size(); ++i) {
        const Lane above = m_project.lane(m_visibleLanes.at(i - 1));
        const Lane below = m_project.lane(m_visibleLanes.at(i));
        if (above.kind != LaneKind::Frontstage || below.kind != LaneKind::Backstage)
            continue;
        const qreal y = m_laneY.value(below.id);
        QPen pen(Theme::mix(pal.color(QPalette::Text), base, 0.3), 2, Qt::DashLine);
        painter->setPen(pen);
        painter->drawLine(QPointF(m_metrics.margin, y), QPointF(right, y));
        painter->setFont(m_metrics.smallFont);
        const QString label = tr("Line of visibility");
        const QFontMetricsF fm(m_metrics.smallFont);
        const QRectF box(right - fm.horizontalAdvance(label) - 16, y - fm.height() / 2 - 2,
                         fm.horizontalAdvance(label) + 12, fm.height() + 4);
        painter->fillRect(box, pal.color(QPalette::Window));
        painter->drawText(box, Qt::AlignCenter, label);
    }
}

// --- Project signals ---------------------------------------------------------------------

void JourneyScene::onCardInserted(Id journeyId, Id cardId)
{
    if (journeyId != m_journeyId)
        return;
    addCardItem(cardId);
    // The cell's layout follows from cellChanged.
}

void JourneyScene::onCardRemoved(Id journeyId, Id cardId)
{
    if (journeyId != m_journeyId)
        return;
    delete m_cards.take(cardId);
    // Connections of the card went with it.
    for (auto it = m_connectionItems.begin(); it != m_connectionItems.end();) {
        if (!m_project.hasConnection(it.key())) {
            delete it.value();
            it = m_connectionItems.erase(it);
        } else {
            ++it;
        }
    }
    updateStageSummaries();
}

void JourneyScene::onCardChanged(Id cardId)
{
    CardItem *item = m_cards.value(cardId);
    if (!item)
        return;
    const Card card = m_project.card(cardId);
    const bool relayout = card.span != item->card().span || card.emotion != item->card().emotion;
    item->setCard(card);
    if (relayout) {
        layoutLane(card.laneId);
        routeConnectionsOf({cardId});
    }
    updateStageSummaries();
}

void JourneyScene::onCellChanged(Id journeyId, Id, Id laneId)
{
    if (journeyId != m_journeyId)
        return;
    for (Id stageId : m_project.stageIds(m_journeyId)) {
        for (Id cardId : m_project.cellCardIds(stageId, laneId))
            ensureItemKind(cardId);
    }
    layoutLane(laneId);
    QList<Id> moved;
    for (Id stageId : m_project.stageIds(m_journeyId))
        moved += m_project.cellCardIds(stageId, laneId);
    routeConnectionsOf(moved);
    updateStageSummaries();
}

void JourneyScene::onStructureChanged(Id journeyId)
{
    if (journeyId != m_journeyId)
        return;
    // Cards of removed stages or lanes are gone from the project; drop their items.
    for (auto it = m_cards.begin(); it != m_cards.end();) {
        if (!m_project.hasCard(it.key())) {
            delete it.value();
            it = m_cards.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = m_connectionItems.begin(); it != m_connectionItems.end();) {
        if (!m_project.hasConnection(it.key())) {
            delete it.value();
            it = m_connectionItems.erase(it);
        } else {
            ++it;
        }
    }
    // Cards restored by an undo come back through cardInserted before this.
    for (const Card &card : m_project.cards(m_journeyId)) {
        if (!m_cards.contains(card.id))
            addCardItem(card.id);
        else
            ensureItemKind(card.id);
    }
    for (const Connection &c : m_project.connections(m_journeyId)) {
        if (!m_connectionItems.contains(c.id))
            addConnectionItem(c.id);
    }
    updateVisibleFrame();
    layoutAll();
}

void JourneyScene::onConnectionInserted(Id journeyId, Id connectionId)
{
    if (journeyId != m_journeyId || m_connectionItems.contains(connectionId))
        return;
    addConnectionItem(connectionId);
    const Connection c = m_project.connection(connectionId);
    routeConnectionsOf({c.fromCardId, c.toCardId});
}

void JourneyScene::onConnectionRemoved(Id journeyId, Id connectionId)
{
    if (journeyId != m_journeyId)
        return;
    delete m_connectionItems.take(connectionId);
}

void JourneyScene::onConnectionChanged(Id connectionId)
{
    if (ConnectionItem *item = m_connectionItems.value(connectionId))
        item->setConnection(m_project.connection(connectionId));
}

} // namespace Waymark
