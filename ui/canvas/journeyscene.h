#pragma once

#include "canvasmetrics.h"
#include "domain/ids.h"

#include <QGraphicsScene>
#include <QHash>

#include <optional>

namespace Waymark {

class CardItem;
class ConnectionItem;
class EmotionCurveItem;
class LaneHeaderItem;
class Project;
class StageHeaderItem;

// The map of one journey: stage columns across lane rows, cards in their cells, the
// connections between them. A view of the Project: it listens to the project's
// fine-grained signals and updates only what changed (a card that changes cell relayouts
// its lane, not the whole map). It never changes the project itself; editing gestures are
// turned into undo commands by the JourneyView.
class JourneyScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit JourneyScene(Project &project, QObject *parent = nullptr);
    ~JourneyScene() override;

    Project &project() const { return m_project; }
    Id journeyId() const { return m_journeyId; }
    void setJourney(Id journeyId);

    const CanvasMetrics &metrics() const { return m_metrics; }
    // Re-derives sizes from a new font (the system's, scaled) and relays out.
    void setBaseFont(const QFont &font);

    CardItem *cardItem(Id cardId) const { return m_cards.value(cardId); }
    StageHeaderItem *stageHeader(Id stageId) const { return m_stageHeaders.value(stageId); }
    LaneHeaderItem *laneHeader(Id laneId) const { return m_laneHeaders.value(laneId); }
    ConnectionItem *connectionItem(Id id) const { return m_connectionItems.value(id); }
    QList<CardItem *> cardItems() const { return m_cards.values(); }
    QList<EmotionCurveItem *> emotionCurves() const { return m_curves.values(); }

    // Stages and lanes as drawn (hidden stages and lanes are left out), in order.
    QList<Id> visibleStages() const { return m_visibleStages; }
    QList<Id> visibleLanes() const { return m_visibleLanes; }

    struct Cell
    {
        Id stageId = NoId;
        Id laneId = NoId;
        friend bool operator==(const Cell &, const Cell &) = default;
    };
    // The cell under a scene position, if any.
    std::optional<Cell> cellAt(const QPointF &scenePos) const;
    QRectF cellRect(Id stageId, Id laneId) const;
    QRectF stageRect(Id stageId) const;
    QRectF laneRect(Id laneId) const;
    // Where in a cell's card order a drop at scenePos lands, counting only the cards that
    // are not ignored (the ones being dragged).
    int insertionIndex(const Cell &cell, const QPointF &scenePos, Id ignoredCardId = NoId) const;
    int insertionIndex(const Cell &cell, const QPointF &scenePos,
                       const QList<Id> &ignoredCardIds) const;

    // Puts cards back where the layout wants them (after a drag that changed nothing).
    void relayoutCards(const QList<Id> &cardIds);
    // The top-left corner of what the view shows: stage headers stay below its top edge,
    // lane headers right of its left edge.
    void setStickyOrigin(const QPointF &topLeft);

    // How many times the lanes were laid out since the journey was shown (for tests and
    // the benchmark: dragging one card must not relayout every lane).
    int laneLayoutCount() const { return m_laneLayouts; }

Q_SIGNALS:
    // The layout changed size (the view may want to keep the headers in sight).
    void layoutChanged();

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void rebuild();
    void clearItems();
    void addCardItem(Id cardId);
    void addConnectionItem(Id connectionId);
    void updateVisibleFrame();
    void layoutAll();
    void layoutLane(Id laneId);
    void placeLanes();
    void placeStageHeaders();
    void routeConnectionsOf(const QList<Id> &cardIds);
    void routeAllConnections();
    void updateStageSummaries();
    void updateSceneRect();
    qreal laneContentHeight(Id laneId);
    qreal layoutEmotionLane(Id laneId, qreal laneTop);
    void ensureItemKind(Id cardId);
    void updateCurves();

    void onCardInserted(Id journeyId, Id cardId);
    void onCardRemoved(Id journeyId, Id cardId);
    void onCardChanged(Id cardId);
    void onCellChanged(Id journeyId, Id stageId, Id laneId);
    void onStructureChanged(Id journeyId);
    void onConnectionInserted(Id journeyId, Id connectionId);
    void onConnectionRemoved(Id journeyId, Id connectionId);
    void onConnectionChanged(Id connectionId);

    Project &m_project;
    Id m_journeyId = NoId;
    CanvasMetrics m_metrics;

    QHash<Id, CardItem *> m_cards;
    QHash<Id, StageHeaderItem *> m_stageHeaders;
    QHash<Id, LaneHeaderItem *> m_laneHeaders;
    QHash<Id, ConnectionItem *> m_connectionItems;
    QHash<Id, EmotionCurveItem *> m_curves; // by emotion lane

    QList<Id> m_visibleStages;
    QList<Id> m_visibleLanes;
    QHash<Id, qreal> m_stageX;
    QHash<Id, qreal> m_laneY;
    QHash<Id, qreal> m_laneHeight;
    qreal m_contentWidth = 0;
    qreal m_contentHeight = 0;
    int m_laneLayouts = 0;
    QPointF m_stickyOrigin;
};

} // namespace Waymark
