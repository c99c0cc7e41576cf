#pragma once

#include "domain/enums.h"
#include "domain/ids.h"
#include "project/project.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QMenu;
class QMimeData;
class QWidget;

namespace Waymark {

class JourneyScene;
enum class AttachmentPolicy;

// Turns what the user does on the map into undo commands: adding, renaming, moving,
// connecting and deleting cards, the clipboard, and the stage and lane operations of the
// header menus. The view reports gestures; this decides what they mean. All edits go
// through Project::execute.
class CanvasController : public QObject
{
    Q_OBJECT

public:
    // MIME type of cards on the clipboard: the JSON map format.
    static QString mimeType() { return QStringLiteral("application/x-waymark-map+json"); }

    CanvasController(JourneyScene *scene, QWidget *dialogParent);

    JourneyScene *scene() const { return m_scene; }
    Project &project() const;
    Id journeyId() const;

    // --- Cards -------------------------------------------------------------------------
    // Adds a card with the lane's default kind; returns its id (NoId if nothing added).
    Id addCard(Id stageId, Id laneId, int index, const QString &title);
    void renameCard(Id cardId, const QString &title);
    // Moves cards (in the given order) into a cell, starting at index.
    void moveCards(const QList<Id> &cardIds, Id stageId, Id laneId, int index);
    void setEmotion(Id cardId, int emotion);
    Id connectCards(Id fromCardId, Id toCardId);

    QList<Id> selectedCardIds() const;
    QList<Id> selectedConnectionIds() const;
    void selectCards(const QList<Id> &cardIds);

    // --- Selection and clipboard -------------------------------------------------------
    bool hasSelection() const;
    void deleteSelection();
    void copy();
    void cut();
    // Pastes into the cell of the selected card, or the given cell, or the first cell.
    void paste(std::optional<QPair<Id, Id>> cell = std::nullopt);
    void duplicate();
    bool canPaste() const;
    // Cards for the clipboard or a drag.
    QMimeData *mimeDataFor(const QList<Id> &cardIds) const;
    // Inserts cards from mime data into a cell; returns the new card ids.
    QList<Id> insertMimeData(const QMimeData *data, Id stageId, Id laneId);

    // --- Stages and lanes --------------------------------------------------------------
    Id addStage(int index, const QString &name = {});
    Id addLane(int index, LaneKind kind, const QString &name = {});
    void renameStage(Id stageId, const QString &name);
    void renameLane(Id laneId, const QString &name);
    void recolourStage(Id stageId);
    void setStageHidden(Id stageId, bool hidden);
    void setLaneVisible(Id laneId, bool visible);
    void moveStage(Id stageId, int toIndex);
    void moveLane(Id laneId, int toIndex);
    // Asks before deleting a stage or lane that has cards.
    void deleteStage(Id stageId);
    void deleteLane(Id laneId);

    // Context menus for the headers and for empty space.
    void populateStageMenu(QMenu *menu, Id stageId);
    void populateLaneMenu(QMenu *menu, Id laneId);
    void populateHiddenMenu(QMenu *menu);

Q_SIGNALS:
    // Asks the view to start editing a title in place.
    void renameRequested(int itemType, Waymark::Id id);

private:
    // Asks what becomes of what is attached to cards being deleted; nullopt: cancelled.
    std::optional<AttachmentPolicy> askAttachmentPolicy(int cardCount,
                                                        const Project::Attachments &attached) const;
    bool confirmDelete(const QString &text, const QString &detail) const;

    JourneyScene *m_scene;
    QPointer<QWidget> m_dialogParent;
};

} // namespace Waymark
