#pragma once

#include "domain/ids.h"

#include <QGraphicsView>
#include <QPainterPath>
#include <QPointer>

namespace Waymark {

class CanvasController;
class CardItem;
class InlineEditor;
class JourneyScene;

// Shows a JourneyScene and turns mouse and keyboard gestures into intents for the
// CanvasController: double-click to add or rename, drag cards between cells, drag from a
// card's handle to connect, drag emotion points, drag headers to reorder, rubber-band and
// Ctrl-click selection, Delete, arrows/Tab/Enter, zoom (Ctrl+wheel, Ctrl +/-, Ctrl+0) and
// pan (scroll bars, middle button, Space+drag). Stage headers stay in sight while
// scrolling down, lane headers while scrolling right.
class JourneyView : public QGraphicsView
{
    Q_OBJECT

public:
    JourneyView(JourneyScene *scene, QWidget *parent = nullptr);
    ~JourneyView() override;

    JourneyScene *journeyScene() const { return m_scene; }
    CanvasController *controller() const { return m_controller; }
    InlineEditor *inlineEditor() const { return m_editor; }

    qreal zoom() const;
    void setZoom(qreal zoom);

    // Starts editing a title in place (a card, StageHeaderItem or LaneHeaderItem type).
    void startRename(int itemType, Id id);
    // Starts typing a new card at the end of a cell.
    void startAddCard(Id stageId, Id laneId);

    // Size of the connection handle on the right edge of a card, for tests.
    static QPointF handleCenter(const CardItem *item);

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void resetZoom();
    void selectAllCards();

Q_SIGNALS:
    void zoomChanged(qreal zoom);
    // A card's context menu is being built: others may add their entries (plan, review).
    void cardMenuAboutToShow(QMenu *menu, Waymark::Id cardId);

protected:
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    enum class Gesture {
        None,
        PendingCardDrag,
        CardDrag,
        ConnectionDrag,
        EmotionDrag,
        PendingHeaderDrag,
        HeaderDrag,
        Pan
    };

    // A card being dragged: where it was and how it was stacked. Kept by id, not by item:
    // an undo or a deletion during the drag may delete the item.
    struct DraggedCard
    {
        Id id = NoId;
        QPointF origin;
        qreal z = 0;
    };

    void applyPalette();
    void updateStickyHeaders();
    // The card whose connection handle is at scenePos, if any.
    CardItem *handleAt(const QPointF &scenePos) const;
    QList<Id> draggedIds() const;
    static QRectF lineArea(const QLineF &line);
    void updateSceneArea(const QRectF &sceneArea);
    void updateHover(const QPoint &viewPos);
    void restoreDragged();
    void finishCardDrag(const QPointF &scenePos);
    void cancelGesture();
    void moveSelection(int dx, int dy);
    void moveSelectedCardByKeyboard(int key);
    void selectCard(Id cardId);
    void updateAccessibleDescription();
    void showCardMenu(QMenu *menu, CardItem *item);
    void onEditorCommitted(const QString &text);

    JourneyScene *m_scene;
    CanvasController *m_controller;
    InlineEditor *m_editor;

    Gesture m_gesture = Gesture::None;
    QPoint m_pressViewPos;
    QPointF m_pressScenePos;
    Id m_pressedId = NoId;
    int m_pressedType = 0;
    QList<DraggedCard> m_dragged;
    QLineF m_dropLine; // scene coordinates, drawn in foreground
    QPainterPath m_rubberConnection;
    int m_previewEmotion = 0;
    bool m_spaceHeld = false;
    Id m_hoverCard = NoId; // whose handle is shown for the mouse

    // What the inline editor is editing.
    int m_editType = 0;
    Id m_editId = NoId;
    Id m_editStage = NoId;
    Id m_editLane = NoId;
};

} // namespace Waymark
